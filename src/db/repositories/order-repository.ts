import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Position } from '../../core/pagination/cursor.js';
import type { Orm } from '../create-db.js';
import { orderLines, orderRefunds, orders, shipments } from '../schema/index.js';
import { rows } from './inventory-records.js';

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type ShipmentRow = typeof shipments.$inferSelect;
export type OrderRefundRow = typeof orderRefunds.$inferSelect;
export type NewOrder = Omit<typeof orders.$inferInsert, 'createdAt' | 'updatedAt'> & { id: string; number: string };
export type NewOrderLine = Omit<typeof orderLines.$inferInsert, 'orderId'>;
export type NewShipment = Omit<typeof shipments.$inferInsert, 'orderId' | 'id'>;
export type OrderPatch = Partial<Pick<OrderRow, 'status' | 'capturedMinor' | 'refundedMinor' | 'paymentMethod' | 'stockHold' | 'cancelReason' | 'paidAt' | 'cancelledAt' | 'riskStatus' | 'riskAssessmentId'>>;
export type OrderRecord = OrderRow & { lines: OrderLineRow[]; shipments: ShipmentRow[]; refunds: OrderRefundRow[] };

export type OrderRepository = ReturnType<typeof createOrderRepository>;

/**
 * Orders with their lines, shipments and refunds. A change that must agree with others (a status,
 * the stock it moves, the event reporting it) is made in one transaction: build this repository over
 * it and `lock` the order first.
 */
export function createOrderRepository(orm: Orm) {
  async function withParts(order: OrderRow | undefined): Promise<OrderRecord | undefined> {
    if (!order) return undefined;
    // One after the other: inside a transaction they share one connection.
    const lines = await orm.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position));
    const parcels = await orm.select().from(shipments).where(eq(shipments.orderId, order.id)).orderBy(asc(shipments.position));
    const refunds = await orm.select().from(orderRefunds).where(eq(orderRefunds.orderId, order.id)).orderBy(asc(orderRefunds.createdAt), asc(orderRefunds.id));
    return { ...order, lines, shipments: parcels, refunds };
  }

  return {
    /** The next order sequence number (never reused, even when the transaction that took it rolls back). */
    async nextSequence(): Promise<number> {
      const [row] = await rows<{ n: string }>(orm, sql`select nextval('order_number_seq')::text as n`);
      return Number(row!.n);
    },

    async insert(order: NewOrder, lines: readonly NewOrderLine[], parcels: readonly NewShipment[], at: Date): Promise<void> {
      await orm.insert(orders).values({ ...order, createdAt: at, updatedAt: at });
      await orm.insert(orderLines).values(lines.map((l) => ({ ...l, orderId: order.id })));
      await orm.insert(shipments).values(parcels.map((s) => ({ ...s, orderId: order.id })));
    },

    async byNumber(number: string): Promise<OrderRecord | undefined> {
      const [row] = await orm.select().from(orders).where(eq(orders.number, number));
      return withParts(row);
    },

    async byId(id: string): Promise<OrderRecord | undefined> {
      const [row] = await orm.select().from(orders).where(eq(orders.id, id));
      return withParts(row);
    },

    async byCart(cartId: string): Promise<OrderRow | undefined> {
      const [row] = await orm.select().from(orders).where(eq(orders.cartId, cartId));
      return row;
    },

    /** Read and lock an order (by number or id) for the rest of the transaction. */
    async lock(by: { number: string } | { id: string }): Promise<OrderRecord | undefined> {
      const [row] = await orm
        .select()
        .from(orders)
        .where('number' in by ? eq(orders.number, by.number) : eq(orders.id, by.id))
        .for('update');
      return withParts(row);
    },

    async update(id: string, patch: OrderPatch, at: Date): Promise<void> {
      await orm.update(orders).set({ ...patch, updatedAt: at }).where(eq(orders.id, id));
    },

    async updateShipment(id: string, patch: Partial<Pick<ShipmentRow, 'status' | 'trackingNumber' | 'carrier' | 'shippedAt' | 'deliveredAt'>>): Promise<void> {
      await orm.update(shipments).set(patch).where(eq(shipments.id, id));
    },

    async addRefund(row: Omit<typeof orderRefunds.$inferInsert, 'createdAt'>, lineQuantities: ReadonlyArray<{ position: number; quantity: number }>, at: Date): Promise<OrderRefundRow> {
      const [saved] = await orm.insert(orderRefunds).values({ ...row, createdAt: at }).returning();
      for (const l of lineQuantities) {
        await orm
          .update(orderLines)
          .set({ refundedQuantity: sql`${orderLines.refundedQuantity} + ${l.quantity}` })
          .where(and(eq(orderLines.orderId, row.orderId), eq(orderLines.position, l.position)));
      }
      return saved!;
    },

    /** One page of orders, newest first, optionally in one status. */
    async list(filter: { status?: string; email?: string }, page: { limit: number; after?: Position }): Promise<OrderRow[]> {
      const where = [
        filter.status ? eq(orders.status, filter.status) : undefined,
        filter.email ? eq(orders.email, filter.email) : undefined,
        page.after ? sql`(${orders.createdAt}, ${orders.id}) < (${page.after.createdAt.toISOString()}::timestamptz, ${page.after.id}::uuid)` : undefined,
      ].filter((w) => w !== undefined);
      return orm
        .select()
        .from(orders)
        .where(where.length > 0 ? and(...where) : undefined)
        .orderBy(desc(orders.createdAt), desc(orders.id))
        .limit(page.limit);
    },

    /**
     * Orders still waiting for payment whose stock hold has ended (expired or released) and that
     * were created before `before`: nobody can pay them any more without the stock.
     */
    async unpaidWithoutHold(before: Date, limit: number): Promise<string[]> {
      const found = await rows<{ id: string }>(
        orm,
        sql`select o.id from orders o
            where o.status = 'pending_payment' and o.created_at < ${before.toISOString()}::timestamptz
              and not exists (select 1 from reservations r where r.reference = o.id::text and r.status in ('active', 'converted'))
            order by o.created_at limit ${limit}`,
      );
      return found.map((r) => r.id);
    },

    async numbersOf(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const found = await orm.select({ id: orders.id, number: orders.number }).from(orders).where(inArray(orders.id, [...ids]));
      return new Map(found.map((r) => [r.id, r.number]));
    },
  };
}
