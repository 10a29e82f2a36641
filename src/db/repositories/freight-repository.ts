import { asc, eq } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { companies, freightShipments, orders, quotes } from '../schema/index.js';

export type FreightShipmentRow = typeof freightShipments.$inferSelect;
export type NewFreightShipment = Omit<typeof freightShipments.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type FreightShipmentPatch = Partial<Pick<FreightShipmentRow, 'status' | 'documentNumber' | 'carrier' | 'voyage'>>;
/** A freight shipment with its order's number. */
export type FreightShipmentRecord = FreightShipmentRow & { orderNumber: string };
export type CompanyRow = typeof companies.$inferSelect;

export type FreightRepository = ReturnType<typeof createFreightRepository>;

/**
 * Freight shipments of orders, and what their defaults and documents read: the order's company
 * (the consignee of a distributor's order) and the named place of the quote the order came from.
 * A change runs in one transaction: build this repository over it and `lock` first.
 */
export function createFreightRepository(orm: Orm) {
  const withNumber = { row: freightShipments, orderNumber: orders.number };
  const record = (r: { row: FreightShipmentRow; orderNumber: string }): FreightShipmentRecord => ({ ...r.row, orderNumber: r.orderNumber });

  return {
    async insert(row: NewFreightShipment, at: Date): Promise<FreightShipmentRow> {
      const [saved] = await orm.insert(freightShipments).values({ ...row, createdAt: at, updatedAt: at }).returning();
      return saved!;
    },

    async byId(id: string): Promise<FreightShipmentRecord | undefined> {
      const [row] = await orm.select(withNumber).from(freightShipments).innerJoin(orders, eq(orders.id, freightShipments.orderId)).where(eq(freightShipments.id, id));
      return row ? record(row) : undefined;
    },

    /** Read and lock a freight shipment for the rest of the transaction. */
    async lock(id: string): Promise<FreightShipmentRecord | undefined> {
      const [row] = await orm.select(withNumber).from(freightShipments).innerJoin(orders, eq(orders.id, freightShipments.orderId)).where(eq(freightShipments.id, id)).for('update', { of: freightShipments });
      return row ? record(row) : undefined;
    },

    /** An order's freight shipments, oldest first. */
    async ofOrder(orderId: string): Promise<FreightShipmentRecord[]> {
      const rows = await orm.select(withNumber).from(freightShipments).innerJoin(orders, eq(orders.id, freightShipments.orderId)).where(eq(freightShipments.orderId, orderId)).orderBy(asc(freightShipments.createdAt), asc(freightShipments.id));
      return rows.map(record);
    },

    async update(id: string, patch: FreightShipmentPatch, at: Date): Promise<void> {
      await orm.update(freightShipments).set({ ...patch, updatedAt: at }).where(eq(freightShipments.id, id));
    },

    /** Lock the order a shipment is added to, so that a cancellation cannot slip in between (its status and cancellation). */
    async lockOrder(orderId: string): Promise<{ status: string; cancelledAt: Date | null } | undefined> {
      const [row] = await orm.select({ status: orders.status, cancelledAt: orders.cancelledAt }).from(orders).where(eq(orders.id, orderId)).for('update');
      return row;
    },

    async company(id: string): Promise<CompanyRow | undefined> {
      const [row] = await orm.select().from(companies).where(eq(companies.id, id));
      return row;
    },

    /** The named place of the quote an order came from. */
    async quoteNamedPlace(id: string): Promise<string | undefined> {
      const [row] = await orm.select({ namedPlace: quotes.namedPlace }).from(quotes).where(eq(quotes.id, id));
      return row?.namedPlace;
    },
  };
}
