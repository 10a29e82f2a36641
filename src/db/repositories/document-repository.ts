import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { orderLines, orders, productNationalCodes, productTranslations, shipments, variants } from '../schema/index.js';

export type ShipmentRef = { orderNumber: string; position: number };

export type PlannedShipmentRow = {
  orderId: string;
  orderNumber: string;
  orderStatus: string;
  paidAt: Date | null;
  cancelledAt: Date | null;
  riskStatus: string | null;
  createdAt: Date;
  position: number;
  status: string;
  service: string;
  lines: Array<{ sku: string; quantity: number }>;
};

export type CustomsFacts = { customsDescription: string | null; nationalCodes: Array<{ territory: string; code: string }> };

export type DocumentRepository = ReturnType<typeof createDocumentRepository>;

/** What the customs documents, packing slips and pick lists read besides the order itself. */
export function createDocumentRepository(orm: Orm) {
  return {
    /** The order and position of a shipment by its id. */
    async shipmentRef(id: string): Promise<ShipmentRef | undefined> {
      const [row] = await orm.select({ orderNumber: orders.number, position: shipments.position }).from(shipments).innerJoin(orders, eq(orders.id, shipments.orderId)).where(eq(shipments.id, id));
      return row;
    },

    /** Parcels still in a warehouse (planned, or labelled and not yet collected), with their order's state, oldest order first. */
    async plannedShipments(warehouseCode: string): Promise<PlannedShipmentRow[]> {
      return orm
        .select({
          orderId: orders.id,
          orderNumber: orders.number,
          orderStatus: orders.status,
          paidAt: orders.paidAt,
          cancelledAt: orders.cancelledAt,
          riskStatus: orders.riskStatus,
          createdAt: orders.createdAt,
          position: shipments.position,
          status: shipments.status,
          service: shipments.service,
          lines: shipments.lines,
        })
        .from(shipments)
        .innerJoin(orders, eq(orders.id, shipments.orderId))
        .where(and(eq(shipments.warehouse, warehouseCode), inArray(shipments.status, ['planned', 'labelled'])))
        .orderBy(asc(orders.createdAt), asc(orders.number), asc(shipments.position));
    },

    /** Line titles of these orders, by order id and SKU. */
    async lineTitles(orderIds: readonly string[]): Promise<Map<string, string>> {
      if (orderIds.length === 0) return new Map();
      const found = await orm.select({ orderId: orderLines.orderId, sku: orderLines.sku, title: orderLines.title }).from(orderLines).where(inArray(orderLines.orderId, [...orderIds]));
      return new Map(found.map((r) => [`${r.orderId} ${r.sku}`, r.title]));
    },

    /** The catalog's titles of these SKUs' products in every locale, with each variant's options (for pick lists). */
    async catalogTitles(skus: readonly string[]): Promise<Map<string, { sku: string; options: Record<string, string>; titles: Record<string, string> }>> {
      if (skus.length === 0) return new Map();
      const found = await orm
        .select({ sku: variants.sku, options: variants.options, locale: productTranslations.locale, title: productTranslations.title })
        .from(variants)
        .innerJoin(productTranslations, eq(productTranslations.productId, variants.productId))
        .where(inArray(variants.sku, [...skus]));
      const out = new Map<string, { sku: string; options: Record<string, string>; titles: Record<string, string> }>();
      for (const r of found) {
        const v = out.get(r.sku) ?? { sku: r.sku, options: r.options, titles: {} };
        v.titles[r.locale] = r.title;
        out.set(r.sku, v);
      }
      return out;
    },

    /**
     * The catalog's customs facts of these SKUs: the customs description in `locale` (else in any
     * locale, English first) and the product's national codes. SKUs no longer in the catalog are absent.
     */
    async customsFacts(skus: readonly string[], locale: string): Promise<Map<string, CustomsFacts>> {
      if (skus.length === 0) return new Map();
      const owners = await orm.select({ sku: variants.sku, productId: variants.productId }).from(variants).where(inArray(variants.sku, [...skus]));
      const ids = [...new Set(owners.map((o) => o.productId))];
      if (ids.length === 0) return new Map();
      const texts = await orm
        .select({ productId: productTranslations.productId, locale: productTranslations.locale, text: productTranslations.customsDescription })
        .from(productTranslations)
        .where(and(inArray(productTranslations.productId, ids), sql`${productTranslations.customsDescription} is not null`));
      const codes = await orm.select().from(productNationalCodes).where(inArray(productNationalCodes.productId, ids));
      const rank = (l: string) => (l === locale ? 0 : l === 'en' ? 1 : 2);
      return new Map(
        owners.map((o) => {
          const best = texts.filter((t) => t.productId === o.productId).sort((a, b) => rank(a.locale) - rank(b.locale) || (a.locale < b.locale ? -1 : 1))[0];
          return [o.sku, { customsDescription: best?.text ?? null, nationalCodes: codes.filter((c) => c.productId === o.productId).map((c) => ({ territory: c.territory, code: c.code })) }];
        }),
      );
    },
  };
}
