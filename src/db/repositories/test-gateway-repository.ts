import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { testGatewayEvents, testGatewayIntents, testGatewayRefunds } from '../schema/index.js';

export type GatewayIntentRow = typeof testGatewayIntents.$inferSelect;
export type GatewayRefundRow = typeof testGatewayRefunds.$inferSelect;
export type GatewayEventRow = typeof testGatewayEvents.$inferSelect;
export type NewGatewayIntent = Omit<typeof testGatewayIntents.$inferInsert, 'createdAt' | 'updatedAt'>;
export type GatewayIntentPatch = Partial<Pick<GatewayIntentRow, 'status' | 'amountCapturedMinor' | 'lastError' | 'nextAction'>>;

export type TestGatewayRepository = ReturnType<typeof createTestGatewayRepository>;

/**
 * The test gateway's own books, kept apart from Landfall's as a real provider's are: its payment
 * intents, refunds, and the webhook events it owes. State changes lock the intent first and queue
 * their event in the same transaction (build this repository over it).
 */
export function createTestGatewayRepository(orm: Orm) {
  return {
    /** Insert an intent; with an idempotency key already used, the intent made with it instead. */
    async insertIntent(row: NewGatewayIntent, at: Date): Promise<{ row: GatewayIntentRow; created: boolean }> {
      const [saved] = await orm
        .insert(testGatewayIntents)
        .values({ ...row, createdAt: at, updatedAt: at })
        .onConflictDoNothing({ target: testGatewayIntents.idempotencyKey })
        .returning();
      if (saved) return { row: saved, created: true };
      const [existing] = await orm.select().from(testGatewayIntents).where(eq(testGatewayIntents.idempotencyKey, row.idempotencyKey!));
      return { row: existing!, created: false };
    },

    async getIntent(id: string): Promise<GatewayIntentRow | undefined> {
      const [row] = await orm.select().from(testGatewayIntents).where(eq(testGatewayIntents.id, id));
      return row;
    },

    async lockIntent(id: string): Promise<GatewayIntentRow | undefined> {
      const [row] = await orm.select().from(testGatewayIntents).where(eq(testGatewayIntents.id, id)).for('update');
      return row;
    },

    async updateIntent(id: string, patch: GatewayIntentPatch, at: Date): Promise<GatewayIntentRow> {
      const [row] = await orm.update(testGatewayIntents).set({ ...patch, updatedAt: at }).where(eq(testGatewayIntents.id, id)).returning();
      return row!;
    },

    /** Add to the refunded total while it stays within the captured amount; undefined when it would not. */
    async addRefunded(id: string, amountMinor: number, at: Date): Promise<GatewayIntentRow | undefined> {
      const [row] = await orm
        .update(testGatewayIntents)
        .set({ amountRefundedMinor: sql`${testGatewayIntents.amountRefundedMinor} + ${amountMinor}`, updatedAt: at })
        .where(and(eq(testGatewayIntents.id, id), sql`${testGatewayIntents.amountRefundedMinor} + ${amountMinor} <= ${testGatewayIntents.amountCapturedMinor}`))
        .returning();
      return row;
    },

    /** Insert a refund; undefined when its idempotency key was taken meanwhile. */
    async insertRefund(row: Omit<typeof testGatewayRefunds.$inferInsert, 'createdAt'>, at: Date): Promise<GatewayRefundRow | undefined> {
      const [saved] = await orm
        .insert(testGatewayRefunds)
        .values({ ...row, createdAt: at })
        .onConflictDoNothing({ target: testGatewayRefunds.idempotencyKey })
        .returning();
      return saved;
    },

    async findRefundByIdempotencyKey(key: string): Promise<GatewayRefundRow | undefined> {
      const [row] = await orm.select().from(testGatewayRefunds).where(eq(testGatewayRefunds.idempotencyKey, key));
      return row;
    },

    async getRefund(id: string): Promise<GatewayRefundRow | undefined> {
      const [row] = await orm.select().from(testGatewayRefunds).where(eq(testGatewayRefunds.id, id));
      return row;
    },

    async queueEvent(event: { id: string; type: string; data: Record<string, unknown> }, at: Date): Promise<void> {
      await orm.insert(testGatewayEvents).values({ ...event, status: 'pending', attempts: 0, nextAttemptAt: at, createdAt: at });
    },

    /**
     * Take up to `limit` due events, oldest first, for delivery: locked with SKIP LOCKED so two
     * workers take different events, and leased (due again at `now + leaseMs`) so an event whose
     * worker died is sent again rather than lost.
     */
    async claimDueEvents(now: Date, limit: number, leaseMs: number): Promise<GatewayEventRow[]> {
      return orm.transaction(async (tx) => {
        const due = await tx
          .select({ id: testGatewayEvents.id })
          .from(testGatewayEvents)
          .where(and(eq(testGatewayEvents.status, 'pending'), lte(testGatewayEvents.nextAttemptAt, now)))
          .orderBy(asc(testGatewayEvents.createdAt), asc(testGatewayEvents.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        if (due.length === 0) return [];
        const rows = await tx
          .update(testGatewayEvents)
          .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
          .where(inArray(testGatewayEvents.id, due.map((d) => d.id)))
          .returning();
        return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
      });
    },

    /** One delivery attempt's outcome: delivered, due again at `retryAt`, or given up. */
    async recordAttempt(id: string, outcome: { delivered: boolean; retryAt: Date | undefined }): Promise<void> {
      await orm
        .update(testGatewayEvents)
        .set({
          attempts: sql`${testGatewayEvents.attempts} + 1`,
          ...(outcome.delivered ? { status: 'delivered' } : outcome.retryAt ? { nextAttemptAt: outcome.retryAt } : { status: 'failed' }),
        })
        .where(and(eq(testGatewayEvents.id, id), eq(testGatewayEvents.status, 'pending')));
    },

    async listEvents(filter: { intentId?: string; type?: string } = {}): Promise<GatewayEventRow[]> {
      const where = [
        filter.type ? eq(testGatewayEvents.type, filter.type) : undefined,
        filter.intentId ? sql`(${testGatewayEvents.data} -> 'object' ->> 'id' = ${filter.intentId} or ${testGatewayEvents.data} -> 'object' ->> 'payment_intent' = ${filter.intentId})` : undefined,
      ].filter((x) => x !== undefined);
      return orm.select().from(testGatewayEvents).where(and(...where)).orderBy(asc(testGatewayEvents.createdAt), asc(testGatewayEvents.id));
    },

    async countIntents(): Promise<number> {
      const [row] = await orm.select({ n: sql<number>`count(*)::int` }).from(testGatewayIntents);
      return row?.n ?? 0;
    },
  };
}
