import { createIdempotencyRepository } from '../../db/repositories/idempotency-repository.js';
import type { Deps } from '../deps.js';

/** How long an answer is kept for retries by default: a week, well past any client's retry window. */
export const IDEMPOTENCY_RETENTION_MS = 7 * 86_400_000;

/**
 * Forget Idempotency-Keys older than `retentionMs` (default 7 days): a retry after that runs as a
 * new request. Meant for a periodic job; safe to run from several processes at once.
 */
export async function pruneIdempotencyKeys(deps: Pick<Deps, 'database' | 'clock'>, retentionMs = IDEMPOTENCY_RETENTION_MS): Promise<{ deleted: number }> {
  const before = new Date(deps.clock().getTime() - retentionMs);
  return { deleted: await createIdempotencyRepository(deps.database.orm).prune(before) };
}
