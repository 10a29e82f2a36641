import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { apiKeys } from '../schema/index.js';

export type ApiKeyRecord = {
  id: string;
  name: string;
  prefix: string;
  secretHash: string;
  scopes: string[];
  createdAt: Date;
  revokedAt: Date | null;
  expiresAt: Date | null;
  userId: string | null;
};

export type ApiKeyRepository = ReturnType<typeof createApiKeyRepository>;

export function createApiKeyRepository(orm: Orm) {
  return {
    async insert(row: { name: string; prefix: string; secretHash: string; scopes: string[]; expiresAt?: Date; userId?: string }): Promise<ApiKeyRecord> {
      const [created] = await orm.insert(apiKeys).values(row).returning();
      return created!;
    },

    /** The key with this prefix that is neither revoked nor, for a session, past its expiry at `now`. */
    async findActiveByPrefix(prefix: string, now: Date = new Date()): Promise<ApiKeyRecord | undefined> {
      const [row] = await orm
        .select()
        .from(apiKeys)
        .where(and(eq(apiKeys.prefix, prefix), isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now))))
        .limit(1);
      return row;
    },

    /** API keys (not sign-in sessions), oldest first, `limit` rows after the (createdAt, id) position. */
    async list(options: { limit: number; after?: { createdAt: Date; id: string } }): Promise<ApiKeyRecord[]> {
      const after = options.after;
      const where = and(
        isNull(apiKeys.userId),
        after ? or(gt(apiKeys.createdAt, after.createdAt), and(eq(apiKeys.createdAt, after.createdAt), gt(apiKeys.id, after.id))) : undefined,
      );
      return orm.select().from(apiKeys).where(where).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id)).limit(options.limit);
    },

    /** Marks the key revoked; false when there is no such active key. */
    async revoke(id: string, at: Date): Promise<boolean> {
      const rows = await orm
        .update(apiKeys)
        .set({ revokedAt: at })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
        .returning({ id: apiKeys.id });
      return rows.length > 0;
    },

    async countActive(): Promise<number> {
      const [row] = await orm.select({ n: sql<number>`count(*)::int` }).from(apiKeys).where(and(isNull(apiKeys.revokedAt), isNull(apiKeys.userId)));
      return row?.n ?? 0;
    },
  };
}
