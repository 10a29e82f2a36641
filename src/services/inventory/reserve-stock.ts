import { validateReservationRequest } from '../../core/inventory/validate-reservation-request.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { toReservationView, type InventoryDeps, type ReservationView } from './inventory-views.js';
import { resolveReservationLines } from './resolve-reservation-lines.js';

export type ReserveStockFailure = 'VALIDATION_FAILED' | 'NOT_FOUND' | 'CONFLICT' | 'INSUFFICIENT_STOCK';

/**
 * Hold stock for a checkout: `reference` (the cart), lines of { sku or variantId, warehouse code,
 * quantity }, and optionally `ttlSeconds` (60 to 86,400; default the store's
 * LANDFALL_RESERVATION_TTL_MINUTES, 15 minutes). All lines are held or none.
 *
 * Calling it again for a reference with an active reservation replaces that reservation in one
 * transaction (a changed cart): the stock it held counts as available to the new one, and if the
 * new one cannot be met the old one stays as it was.
 *
 * A line that cannot be met is INSUFFICIENT_STOCK naming `lines[i].quantity`, with what is
 * available; every short line is listed in `details`. No oversell under any concurrency: see
 * src/db/repositories/inventory-reservations.ts.
 * @example await reserveStock(deps, { reference: 'cart-81f2', lines: [{ sku: 'COF-ROB-250', warehouse: 'vn-hoian', quantity: 2 }] })
 */
export async function reserveStock(deps: Pick<InventoryDeps, 'inventory' | 'clock' | 'reservationTtlMinutes'>, input: unknown): Promise<Result<ReservationView, ReserveStockFailure>> {
  const request = validateReservationRequest(input);
  if (!request.ok) return request;
  const lines = await resolveReservationLines(deps, request.value.lines);
  if (!lines.ok) return lines;
  const at = deps.clock();
  const ttlMs = (request.value.ttlSeconds ?? deps.reservationTtlMinutes * 60) * 1_000;
  const outcome = await deps.inventory.reserve({ reference: request.value.reference, lines: lines.value, expiresAt: new Date(at.getTime() + ttlMs), at });
  if (outcome.ok) return ok(toReservationView(outcome.reservation));

  const details = outcome.shortages.map((s) => {
    const line = request.value.lines[s.index]!;
    return { field: `lines[${s.index}].quantity`, message: `only ${s.available} of ${line.sku ?? line.variantId} available in ${line.warehouse}, ${s.requested} requested` };
  });
  return fail('INSUFFICIENT_STOCK', details.map((d) => `${d.field}: ${d.message}`).join('; '), { field: details[0]!.field, details });
}
