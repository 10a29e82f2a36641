import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Position } from '../../core/pagination/cursor.js';
import { wantsEvent } from '../../core/webhooks/endpoint-input.js';
import { emailsBuyers } from '../../data/channels/marketplaces/sales-channels.js';
import { emailKindsFor } from '../../data/notifications/email-kinds.js';
import type { Orm } from '../create-db.js';
import { keysetBefore } from './keyset.js';
import { emailMessages, orders, outboxEvents, webhookDeliveries, webhookEndpoints } from '../schema/index.js';

export type OutboxEventRow = typeof outboxEvents.$inferSelect;
export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type NewEvent = { type: string; subject: { kind: string; id: string }; payload: Record<string, unknown> };

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;

/**
 * The outbox and its webhook deliveries. `append` is meant to run inside the transaction of the
 * change it reports (build this repository over that transaction): the event, one delivery per
 * subscribed endpoint and the buyer's emails it calls for commit with the change or not at all.
 */
export function createOutboxRepository(orm: Orm) {
  return {
    async append(event: NewEvent, at: Date): Promise<OutboxEventRow> {
      const [saved] = await orm
        .insert(outboxEvents)
        .values({ type: event.type, subjectKind: event.subject.kind, subjectId: event.subject.id, payload: event.payload, createdAt: at })
        .returning();
      const endpoints = await orm.select({ id: webhookEndpoints.id, eventTypes: webhookEndpoints.eventTypes }).from(webhookEndpoints).where(eq(webhookEndpoints.active, true));
      const wanting = endpoints.filter((e) => wantsEvent(e.eventTypes, event.type));
      if (wanting.length > 0) await orm.insert(webhookDeliveries).values(wanting.map((e) => ({ endpointId: e.id, eventId: saved!.id, nextAttemptAt: at, createdAt: at })));
      await queueEmails(orm, saved!, event, at);
      return saved!;
    },

    async listEvents(filter: { type?: string; subjectKind?: string; subjectId?: string }, page: { limit: number; after?: Position }): Promise<OutboxEventRow[]> {
      const where = [
        filter.type ? eq(outboxEvents.type, filter.type) : undefined,
        filter.subjectKind ? eq(outboxEvents.subjectKind, filter.subjectKind) : undefined,
        filter.subjectId ? eq(outboxEvents.subjectId, filter.subjectId) : undefined,
        page.after ? keysetBefore(outboxEvents.createdAt, outboxEvents.id, page.after) : undefined,
      ].filter((x) => x !== undefined);
      return orm.select().from(outboxEvents).where(and(...where)).orderBy(desc(outboxEvents.createdAt), desc(outboxEvents.id)).limit(page.limit);
    },

    async getEvents(ids: string[]): Promise<OutboxEventRow[]> {
      return ids.length === 0 ? [] : orm.select().from(outboxEvents).where(inArray(outboxEvents.id, ids));
    },

    async createEndpoint(row: { url: string; description: string | null; eventTypes: string[]; secret: string }, at: Date): Promise<WebhookEndpointRow> {
      const [saved] = await orm.insert(webhookEndpoints).values({ ...row, createdAt: at, updatedAt: at }).returning();
      return saved!;
    },

    async listEndpoints(): Promise<WebhookEndpointRow[]> {
      return orm.select().from(webhookEndpoints).orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
    },

    async getEndpoints(ids: string[]): Promise<WebhookEndpointRow[]> {
      return ids.length === 0 ? [] : orm.select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, ids));
    },

    /** Remove an endpoint and its deliveries; false when there was none. */
    async deleteEndpoint(id: string): Promise<boolean> {
      const gone = await orm.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)).returning({ id: webhookEndpoints.id });
      return gone.length > 0;
    },

    async listDeliveries(filter: { endpointId?: string; status?: string; eventId?: string }, page: { limit: number; after?: Position }): Promise<WebhookDeliveryRow[]> {
      const where = [
        filter.endpointId ? eq(webhookDeliveries.endpointId, filter.endpointId) : undefined,
        filter.status ? eq(webhookDeliveries.status, filter.status) : undefined,
        filter.eventId ? eq(webhookDeliveries.eventId, filter.eventId) : undefined,
        page.after ? keysetBefore(webhookDeliveries.createdAt, webhookDeliveries.id, page.after) : undefined,
      ].filter((x) => x !== undefined);
      return orm.select().from(webhookDeliveries).where(and(...where)).orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id)).limit(page.limit);
    },

    async getDelivery(id: string): Promise<WebhookDeliveryRow | undefined> {
      const [row] = await orm.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
      return row;
    },

    /**
     * Take up to `limit` due deliveries for sending: locked with SKIP LOCKED so concurrent workers
     * take different rows, and leased (due again at `now + leaseMs`) so a worker that dies mid-send
     * leaves them to be retried instead of lost.
     */
    async claimDue(now: Date, limit: number, leaseMs: number): Promise<WebhookDeliveryRow[]> {
      return orm.transaction(async (tx) => {
        const due = await tx
          .select({ id: webhookDeliveries.id })
          .from(webhookDeliveries)
          .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)))
          .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        if (due.length === 0) return [];
        return tx
          .update(webhookDeliveries)
          .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
          .where(inArray(webhookDeliveries.id, due.map((d) => d.id)))
          .returning();
      });
    },

    /** The outcome of one attempt: delivered, or pending again at `retryAt`, or failed for good. */
    async recordAttempt(id: string, outcome: { at: Date; statusCode: number | null; error: string | null; delivered: boolean; retryAt: Date | undefined }): Promise<void> {
      await orm
        .update(webhookDeliveries)
        .set({
          attempts: sql`${webhookDeliveries.attempts} + 1`,
          lastAttemptAt: outcome.at,
          lastStatusCode: outcome.statusCode,
          lastError: outcome.error,
          ...(outcome.delivered ? { status: 'delivered', deliveredAt: outcome.at } : outcome.retryAt ? { status: 'pending', nextAttemptAt: outcome.retryAt } : { status: 'failed' }),
        })
        .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'pending')));
    },

    /** Send a delivery again now, whatever became of it; its attempts count on. */
    async replay(id: string, now: Date): Promise<WebhookDeliveryRow | undefined> {
      const [row] = await orm.update(webhookDeliveries).set({ status: 'pending', nextAttemptAt: now, deliveredAt: null }).where(eq(webhookDeliveries.id, id)).returning();
      return row;
    },
  };
}

/** The buyer's emails an order event calls for (src/data/notifications/email-kinds.ts), addressed from the order. */
async function queueEmails(orm: Orm, saved: OutboxEventRow, event: NewEvent, at: Date): Promise<void> {
  const kinds = event.subject.kind === 'order' ? emailKindsFor(event.type) : [];
  if (kinds.length === 0) return;
  const [order] = await orm.select({ id: orders.id, email: orders.email, locale: orders.locale, salesChannel: orders.salesChannel }).from(orders).where(eq(orders.id, event.subject.id));
  // A marketplace's buyers hear from the marketplace, not from Landfall.
  if (!order || !emailsBuyers(order.salesChannel)) return;
  const about = (names: readonly string[]) => Object.fromEntries(names.flatMap((n) => (typeof event.payload[n] === 'string' ? [[n, event.payload[n] as string]] : [])));
  await orm
    .insert(emailMessages)
    .values(kinds.map((k) => ({ eventId: saved.id, kind: k.kind, orderId: order.id, about: about(k.about), toAddress: order.email, locale: order.locale ?? 'en', nextAttemptAt: new Date(at.getTime() + k.delayMs), createdAt: at })))
    .onConflictDoNothing();
}
