import { and, asc, eq, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { paymentProviderEvents, payments, refunds } from '../schema/index.js';

export type PaymentRow = typeof payments.$inferSelect;
export type RefundRow = typeof refunds.$inferSelect;
export type NewPayment = Omit<typeof payments.$inferInsert, 'createdAt' | 'updatedAt' | 'capturedMinor' | 'refundedMinor'> & { id: string };
export type PaymentPatch = Partial<Pick<PaymentRow, 'status' | 'capturedMinor' | 'nextAction' | 'failureCode' | 'failureMessage'>>;
export type NewRefund = Omit<typeof refunds.$inferInsert, 'id' | 'createdAt'>;

export type PaymentRepository = ReturnType<typeof createPaymentRepository>;

/**
 * Landfall's payments, their refunds and the provider webhook events already applied. Changes that
 * must agree with each other (a status and its outbox event, a refund and the refunded total) are
 * made over one transaction: build this repository over it and `lock` the payment first.
 */
export function createPaymentRepository(orm: Orm) {
  return {
    /** Insert a payment; when the provider's id is already stored (a retried create), the stored row. */
    async insert(row: NewPayment, at: Date): Promise<{ row: PaymentRow; created: boolean }> {
      const [saved] = await orm
        .insert(payments)
        .values({ ...row, createdAt: at, updatedAt: at })
        .onConflictDoNothing({ target: [payments.provider, payments.providerPaymentId] })
        .returning();
      if (saved) return { row: saved, created: true };
      const [existing] = await orm.select().from(payments).where(and(eq(payments.provider, row.provider), eq(payments.providerPaymentId, row.providerPaymentId)));
      return { row: existing!, created: false };
    },

    /** The payments of one checkout or order, oldest first. */
    async byReference(reference: string): Promise<PaymentRow[]> {
      return orm.select().from(payments).where(eq(payments.reference, reference)).orderBy(asc(payments.createdAt), asc(payments.id));
    },

    async get(id: string): Promise<PaymentRow | undefined> {
      const [row] = await orm.select().from(payments).where(eq(payments.id, id));
      return row;
    },

    /** Read and lock a payment for the rest of the transaction (SELECT ... FOR UPDATE). */
    async lock(id: string): Promise<PaymentRow | undefined> {
      const [row] = await orm.select().from(payments).where(eq(payments.id, id)).for('update');
      return row;
    },

    async lockByProviderId(provider: string, providerPaymentId: string): Promise<PaymentRow | undefined> {
      const [row] = await orm
        .select()
        .from(payments)
        .where(and(eq(payments.provider, provider), eq(payments.providerPaymentId, providerPaymentId)))
        .for('update');
      return row;
    },

    async update(id: string, patch: PaymentPatch, at: Date): Promise<PaymentRow> {
      const [row] = await orm.update(payments).set({ ...patch, updatedAt: at }).where(eq(payments.id, id)).returning();
      return row!;
    },

    /**
     * Add a refund to the refunded total, only while it stays within what was captured (the same
     * rule as the table's check, asked first so that breaking it is an answer, not an error).
     */
    async addRefunded(id: string, amountMinor: number, at: Date): Promise<PaymentRow | undefined> {
      const [row] = await orm
        .update(payments)
        .set({ refundedMinor: sql`${payments.refundedMinor} + ${amountMinor}`, updatedAt: at })
        .where(and(eq(payments.id, id), sql`${payments.refundedMinor} + ${amountMinor} <= ${payments.capturedMinor}`))
        .returning();
      return row;
    },

    async listRefunds(paymentId: string): Promise<RefundRow[]> {
      return orm.select().from(refunds).where(eq(refunds.paymentId, paymentId)).orderBy(asc(refunds.createdAt), asc(refunds.id));
    },

    async findRefund(providerRefundId: string): Promise<RefundRow | undefined> {
      const [row] = await orm.select().from(refunds).where(eq(refunds.providerRefundId, providerRefundId));
      return row;
    },

    async insertRefund(row: NewRefund, at: Date): Promise<RefundRow> {
      const [saved] = await orm
        .insert(refunds)
        .values({ ...row, createdAt: at })
        .returning();
      return saved!;
    },

    /** Fill in what only Landfall knows (reason, parts) on a refund first learnt from a webhook. */
    async annotateRefund(id: string, note: { reason: string | null; parts: Record<string, number> | null }): Promise<RefundRow> {
      const [row] = await orm
        .update(refunds)
        .set({ reason: sql`coalesce(${refunds.reason}, ${note.reason})`, parts: sql`coalesce(${refunds.parts}, ${note.parts === null ? null : JSON.stringify(note.parts)}::jsonb)` })
        .where(eq(refunds.id, id))
        .returning();
      return row!;
    },

    /** Note a provider event as applied; false when it already was (a replayed delivery). */
    async recordProviderEvent(provider: string, eventId: string, type: string, at: Date): Promise<boolean> {
      const saved = await orm
        .insert(paymentProviderEvents)
        .values({ provider, eventId, type, receivedAt: at })
        .onConflictDoNothing({ target: [paymentProviderEvents.provider, paymentProviderEvents.eventId] })
        .returning({ eventId: paymentProviderEvents.eventId });
      return saved.length > 0;
    },

    async countProviderEvents(provider: string): Promise<number> {
      const [row] = await orm.select({ n: sql<number>`count(*)::int` }).from(paymentProviderEvents).where(eq(paymentProviderEvents.provider, provider));
      return row?.n ?? 0;
    },
  };
}
