import { fail, type Failure } from '../../core/result/result.js';
import type { Orm } from '../../db/create-db.js';
import { createCatalogReadRepository, type CatalogReadRepository } from '../../db/repositories/catalog-read-repository.js';
import { createCatalogWriteRepository, SkuTakenError, type CatalogWriteRepository } from '../../db/repositories/catalog-write-repository.js';
import { createOutboxRepository, type OutboxRepository } from '../../db/repositories/outbox-repository.js';
import type { Deps } from '../deps.js';

/** What catalog services need: the database (repositories are built over it or a transaction) and the clock. */
export type CatalogDeps = Pick<Deps, 'database' | 'clock'> & Partial<Pick<Deps, 'store'>>;

/** `events` writes to the outbox in the same transaction (product.created, product.updated, product.archived). */
export type CatalogRepositories = { read: CatalogReadRepository; write: CatalogWriteRepository; events: OutboxRepository };

export function catalogRepositories(orm: Orm): CatalogRepositories {
  return { read: createCatalogReadRepository(orm), write: createCatalogWriteRepository(orm), events: createOutboxRepository(orm) };
}

/** The outbox event of a product change: small, receivers read the product through the API. */
export function productEvent(type: 'product.created' | 'product.updated' | 'product.archived', p: { id: string; handle: string; status: string; hsCode: string; updatedAt: Date }) {
  return { type, subject: { kind: 'product', id: p.id }, payload: { id: p.id, handle: p.handle, status: p.status, hsCode: p.hsCode, updatedAt: p.updatedAt.toISOString() } };
}

/** The expected failures of catalog writes. */
export type CatalogFailure = Failure<'VALIDATION_FAILED' | 'CONFLICT' | 'NOT_FOUND'>;

/** Thrown inside a transaction to roll it back and come out as this failure. */
export class RollbackWith extends Error {
  constructor(readonly failure: CatalogFailure) {
    super(failure.message);
  }
}

/**
 * Run `fn` in one transaction over fresh repositories: everything it writes commits together or not
 * at all. A deadlock or serialization failure (two imports touching the same rows) is retried up to
 * three times; a SKU owned by another product becomes a CONFLICT failure; a RollbackWith becomes
 * its failure; anything else is rethrown after the rollback.
 */
export async function inCatalogTransaction<T>(
  deps: Pick<CatalogDeps, 'database'>,
  fn: (repos: CatalogRepositories) => Promise<T>,
  describeSku: (sku: string) => string | undefined = () => undefined,
): Promise<{ ok: true; value: T } | CatalogFailure> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, value: await deps.database.orm.transaction(async (tx) => fn(catalogRepositories(tx as unknown as Orm))) };
    } catch (error) {
      if (error instanceof RollbackWith) return error.failure;
      if (error instanceof SkuTakenError) {
        const sku = error.skus[0]!.sku;
        const field = describeSku(sku);
        return fail('CONFLICT', `SKU ${sku} already belongs to another product`, field ? { field } : {});
      }
      const constraint = uniqueViolation(error);
      if (constraint === 'products_handle_unique') return fail('CONFLICT', 'another product already has this handle', { field: 'handle' });
      if (attempt < 3 && isRetryable(error)) continue;
      throw error;
    }
  }
}

/** Search the error and its causes for a PostgreSQL error code. */
function pgCode(error: unknown): { code: string; constraint?: string } | undefined {
  for (let e = error as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return { code: e.code, ...(typeof e.constraint === 'string' ? { constraint: e.constraint } : {}) };
  }
  return undefined;
}

function uniqueViolation(error: unknown): string | undefined {
  const pg = pgCode(error);
  return pg?.code === '23505' ? (pg.constraint ?? '') : undefined;
}

/** 40P01 deadlock detected, 40001 serialization failure. */
function isRetryable(error: unknown): boolean {
  const code = pgCode(error)?.code;
  return code === '40P01' || code === '40001';
}
