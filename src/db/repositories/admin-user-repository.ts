import { asc, eq, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { adminUsers } from '../schema/index.js';

export type AdminUserRow = typeof adminUsers.$inferSelect;
export type AdminUserRepository = ReturnType<typeof createAdminUserRepository>;

/** Admin users; sign-in bookkeeping (failed attempts, lock) is one conditional UPDATE each. */
export function createAdminUserRepository(orm: Orm) {
  return {
    /** Insert a user; undefined when the email is taken. */
    async insert(row: Pick<AdminUserRow, 'email' | 'name' | 'role' | 'passwordHash'>, at: Date): Promise<AdminUserRow | undefined> {
      const [saved] = await orm
        .insert(adminUsers)
        .values({ ...row, createdAt: at, updatedAt: at })
        .onConflictDoNothing({ target: adminUsers.email })
        .returning();
      return saved;
    },

    async byEmail(email: string): Promise<AdminUserRow | undefined> {
      const [row] = await orm.select().from(adminUsers).where(eq(adminUsers.email, email));
      return row;
    },

    async byId(id: string): Promise<AdminUserRow | undefined> {
      const [row] = await orm.select().from(adminUsers).where(eq(adminUsers.id, id));
      return row;
    },

    async list(): Promise<AdminUserRow[]> {
      return orm.select().from(adminUsers).orderBy(asc(adminUsers.email));
    },

    /** A failed sign-in: count it, and lock the account until `lockUntil` once it reaches `limit`. */
    async recordFailure(id: string, limit: number, lockUntil: Date, at: Date): Promise<void> {
      await orm
        .update(adminUsers)
        .set({
          failedAttempts: sql`${adminUsers.failedAttempts} + 1`,
          lockedUntil: sql`case when ${adminUsers.failedAttempts} + 1 >= ${limit} then ${lockUntil.toISOString()}::timestamptz else ${adminUsers.lockedUntil} end`,
          updatedAt: at,
        })
        .where(eq(adminUsers.id, id));
    },

    async recordSuccess(id: string, at: Date): Promise<void> {
      await orm.update(adminUsers).set({ failedAttempts: 0, lockedUntil: null, lastSignInAt: at, updatedAt: at }).where(eq(adminUsers.id, id));
    },

    async setPassword(id: string, passwordHash: string, at: Date): Promise<void> {
      await orm.update(adminUsers).set({ passwordHash, failedAttempts: 0, lockedUntil: null, updatedAt: at }).where(eq(adminUsers.id, id));
    },
  };
}
