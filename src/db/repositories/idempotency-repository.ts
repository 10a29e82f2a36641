import { and, eq, lt } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { idempotencyKeys } from '../schema/index.js';

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;
export type IdempotencyRepository = ReturnType<typeof createIdempotencyRepository>;

/**
 * Idempotency keys and the answers kept for them. A key is claimed by inserting it: the unique
 * index on (scope, key) lets exactly one of several concurrent requests win; the others read the
 * winner's row.
 */
export function createIdempotencyRepository(orm: Orm) {
  return {
    /** Claim a key for a request; when someone holds it already, their row. */
    async claim(scope: string, key: string, requestHash: string, at: Date): Promise<{ claimed: true } | { claimed: false; row: IdempotencyRow | undefined }> {
      const inserted = await orm
        .insert(idempotencyKeys)
        .values({ scope, key, requestHash, status: 'in_progress', createdAt: at })
        .onConflictDoNothing({ target: [idempotencyKeys.scope, idempotencyKeys.key] })
        .returning({ key: idempotencyKeys.key });
      if (inserted.length > 0) return { claimed: true };
      const [row] = await orm.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
      return { claimed: false, row };
    },

    /**
     * Take over a key whose first request has been in progress since before `staleBefore` (its
     * process died): true when this caller got it. Compare-and-set on the claim time, so only one
     * of several retries takes it.
     */
    async takeOver(scope: string, key: string, claimedAt: Date, staleBefore: Date, at: Date): Promise<boolean> {
      const taken = await orm
        .update(idempotencyKeys)
        .set({ createdAt: at })
        .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), eq(idempotencyKeys.status, 'in_progress'), eq(idempotencyKeys.createdAt, claimedAt), lt(idempotencyKeys.createdAt, staleBefore)))
        .returning({ key: idempotencyKeys.key });
      return taken.length > 0;
    },

    async complete(scope: string, key: string, response: { status: number; body: unknown }, at: Date): Promise<void> {
      await orm
        .update(idempotencyKeys)
        .set({ status: 'completed', responseStatus: response.status, responseBody: response.body, completedAt: at })
        .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
    },

    /** Forget keys claimed before `before`; how many. */
    async prune(before: Date): Promise<number> {
      const gone = await orm.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).returning({ key: idempotencyKeys.key });
      return gone.length;
    },

    /** Give a key back (the request failed in a way a retry may fix): the next request runs afresh. */
    async release(scope: string, key: string): Promise<void> {
      await orm.delete(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), eq(idempotencyKeys.status, 'in_progress')));
    },
  };
}
