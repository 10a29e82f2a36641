/**
 * Exit codes, the CLI's side of the same error codes the HTTP layer maps to statuses.
 * 0 success; 1 an unexpected failure; 2 bad usage or input; 3 a dependency (the database) cannot be
 * reached; 4 something named does not exist; 5 a conflict with what is stored.
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, unavailable: 3, notFound: 4, conflict: 5 } as const;

const BY_CODE: Readonly<Record<string, number>> = {
  VALIDATION_FAILED: EXIT.usage,
  INVALID_CONFIG: EXIT.usage,
  USAGE: EXIT.usage,
  DATABASE_UNAVAILABLE: EXIT.unavailable,
  NOT_FOUND: EXIT.notFound,
  FX_RATE_MISSING: EXIT.notFound,
  FX_RATE_STALE: EXIT.notFound,
  CONFLICT: EXIT.conflict,
  INVALID_CREDENTIALS: EXIT.failure,
  MIGRATION_CHANGED: EXIT.conflict,
  INSUFFICIENT_STOCK: EXIT.conflict,
  RESERVATION_EXPIRED: EXIT.conflict,
  MARKET_NOT_FOUND: EXIT.notFound,
  NO_WAREHOUSE_FOR_MARKET: EXIT.notFound,
  NO_LISTS: EXIT.notFound,
  ORDER_NOT_FOUND: EXIT.notFound,
  SHIPMENT_NOT_FOUND: EXIT.notFound,
  WAREHOUSE_NOT_FOUND: EXIT.notFound,
  ORDER_STATE_CONFLICT: EXIT.conflict,
  CUSTOMS_DATA_MISSING: EXIT.usage,
  CUSTOMS_FORM_NOT_APPLICABLE: EXIT.usage,
};

export function exitCodeFor(code: string): number {
  return BY_CODE[code] ?? EXIT.failure;
}
