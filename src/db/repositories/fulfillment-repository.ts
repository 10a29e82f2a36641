import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { carrierLabels, carrierWebhookDeliveries, orders, shipments, trackingEvents } from '../schema/index.js';

export type CarrierLabelRow = typeof carrierLabels.$inferSelect;
export type NewCarrierLabel = Omit<typeof carrierLabels.$inferInsert, 'id' | 'status' | 'voidedAt'>;
export type TrackingEventRow = typeof trackingEvents.$inferSelect;
export type NewTrackingEvent = Omit<typeof trackingEvents.$inferInsert, 'id'>;
/** A label with the shipment and order it belongs to, as a webhook needs it. */
export type LabelTarget = CarrierLabelRow & { shipmentPosition: number; shipmentStatus: string; orderId: string; orderNumber: string; incoterm: string };

export type FulfillmentRepository = ReturnType<typeof createFulfillmentRepository>;

/** Carrier labels, the tracking events carriers sent for them, and the webhook deliveries seen. */
export function createFulfillmentRepository(orm: Orm) {
  return {
    async activeLabel(shipmentId: string): Promise<CarrierLabelRow | undefined> {
      const [row] = await orm.select().from(carrierLabels).where(and(eq(carrierLabels.shipmentId, shipmentId), eq(carrierLabels.status, 'active')));
      return row;
    },

    /** The labels of these shipments, newest first (voided ones too). */
    async labelsOf(shipmentIds: readonly string[]): Promise<CarrierLabelRow[]> {
      if (shipmentIds.length === 0) return [];
      return orm.select().from(carrierLabels).where(inArray(carrierLabels.shipmentId, [...shipmentIds])).orderBy(desc(carrierLabels.createdAt));
    },

    async insertLabel(row: NewCarrierLabel): Promise<CarrierLabelRow> {
      const [saved] = await orm.insert(carrierLabels).values(row).returning();
      return saved!;
    },

    async voidLabel(id: string, at: Date): Promise<CarrierLabelRow | undefined> {
      const [saved] = await orm.update(carrierLabels).set({ status: 'voided', voidedAt: at }).where(and(eq(carrierLabels.id, id), eq(carrierLabels.status, 'active'))).returning();
      return saved;
    },

    /** The labels of `carrier` with these tracking numbers, with their shipment and order. */
    async labelsByTracking(carrier: string, numbers: readonly string[]): Promise<LabelTarget[]> {
      if (numbers.length === 0) return [];
      const found = await orm
        .select({ label: carrierLabels, shipmentPosition: shipments.position, shipmentStatus: shipments.status, orderId: orders.id, orderNumber: orders.number, incoterm: orders.incoterm })
        .from(carrierLabels)
        .innerJoin(shipments, eq(shipments.id, carrierLabels.shipmentId))
        .innerJoin(orders, eq(orders.id, shipments.orderId))
        .where(and(eq(carrierLabels.carrier, carrier), inArray(carrierLabels.trackingNumber, [...numbers])));
      return found.map((r) => ({ ...r.label, shipmentPosition: r.shipmentPosition, shipmentStatus: r.shipmentStatus, orderId: r.orderId, orderNumber: r.orderNumber, incoterm: r.incoterm }));
    },

    /** Note a webhook delivery; false when it was seen before (a replay). */
    async recordDelivery(carrier: string, deliveryId: string, events: number, at: Date): Promise<boolean> {
      const saved = await orm.insert(carrierWebhookDeliveries).values({ carrier, deliveryId, events, receivedAt: at }).onConflictDoNothing().returning({ id: carrierWebhookDeliveries.deliveryId });
      return saved.length === 1;
    },

    /** Store one tracking event; false when the carrier's event id was seen before. */
    async addTrackingEvent(row: NewTrackingEvent): Promise<boolean> {
      const saved = await orm.insert(trackingEvents).values(row).onConflictDoNothing({ target: [trackingEvents.carrier, trackingEvents.carrierEventId] }).returning({ id: trackingEvents.id });
      return saved.length === 1;
    },

    /** The tracking events of these shipments, oldest first per shipment. */
    async trackingOf(shipmentIds: readonly string[]): Promise<TrackingEventRow[]> {
      if (shipmentIds.length === 0) return [];
      return orm.select().from(trackingEvents).where(inArray(trackingEvents.shipmentId, [...shipmentIds])).orderBy(asc(trackingEvents.shipmentId), asc(trackingEvents.at), asc(trackingEvents.receivedAt));
    },

    async countTrackingEvents(): Promise<number> {
      const [row] = await orm.select({ n: count() }).from(trackingEvents);
      return Number(row?.n ?? 0);
    },
  };
}
