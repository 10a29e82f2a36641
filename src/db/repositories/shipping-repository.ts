import { and, asc, eq, gt, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { rateCards, shippingServices, variants, warehouses } from '../schema/index.js';

export type ShippingServiceRow = typeof shippingServices.$inferSelect;
export type ShippingServiceWrite = Pick<ShippingServiceRow, 'code' | 'carrier' | 'name' | 'channel'>;
export type RateCardRow = typeof rateCards.$inferSelect;
export type RateCardWrite = Omit<typeof rateCards.$inferInsert, 'id' | 'createdAt'>;
/** A rate card with the codes of its service and warehouse, as lists show it. */
export type RateCardListRow = RateCardRow & { serviceCode: string; warehouseCode: string };
/** A card in effect, with its service, for quoting. */
export type ActiveRateCardRow = RateCardRow & { service: ShippingServiceRow };
/** What shipping needs of a variant: its shipping weight and packed size. */
export type ParcelVariantRow = { sku: string; weightG: number; lengthMm: number | null; widthMm: number | null; heightMm: number | null };

export type ShippingRepository = ReturnType<typeof createShippingRepository>;

const CARD_LIST_COLUMNS = {
  id: rateCards.id,
  serviceId: rateCards.serviceId,
  warehouseId: rateCards.warehouseId,
  currency: rateCards.currency,
  effectiveFrom: rateCards.effectiveFrom,
  effectiveTo: rateCards.effectiveTo,
  source: rateCards.source,
  card: rateCards.card,
  createdAt: rateCards.createdAt,
  serviceCode: shippingServices.code,
  warehouseCode: warehouses.code,
};

/** Carrier services and their dated rate cards per warehouse. */
export function createShippingRepository(orm: Orm) {
  return {
    async listServices(): Promise<ShippingServiceRow[]> {
      return orm.select().from(shippingServices).orderBy(asc(shippingServices.code));
    },

    async getServiceByCode(code: string): Promise<ShippingServiceRow | undefined> {
      const [row] = await orm.select().from(shippingServices).where(eq(shippingServices.code, code));
      return row;
    },

    /** Create or replace a service by its code; its id (and so its rate cards) stays. */
    async upsertService(row: ShippingServiceWrite, at: Date): Promise<ShippingServiceRow> {
      const { code: _code, ...rest } = row;
      const [saved] = await orm
        .insert(shippingServices)
        .values({ ...row, updatedAt: at })
        .onConflictDoUpdate({ target: shippingServices.code, set: { ...rest, updatedAt: at } })
        .returning();
      return saved!;
    },

    /**
     * Hold the service row until the transaction ends, so that two writers adding cards for it
     * take turns (the overlap check then sees the other's card).
     */
    async lockService(id: string): Promise<void> {
      await orm.select({ id: shippingServices.id }).from(shippingServices).where(eq(shippingServices.id, id)).for('update');
    },

    async insertRateCard(row: RateCardWrite): Promise<RateCardRow> {
      const [saved] = await orm.insert(rateCards).values(row).returning();
      return saved!;
    },

    /** Insert a card unless one with the same service, warehouse and start exists (two seeders at once). */
    async insertRateCardIfAbsent(row: RateCardWrite): Promise<void> {
      await orm.insert(rateCards).values(row).onConflictDoNothing({ target: [rateCards.serviceId, rateCards.warehouseId, rateCards.effectiveFrom] });
    },

    /** Rate cards by service code, warehouse code, then start date; narrowed by either id when given. */
    async listRateCards(filter: { serviceId?: string; warehouseId?: string } = {}): Promise<RateCardListRow[]> {
      const where: SQL[] = [];
      if (filter.serviceId !== undefined) where.push(eq(rateCards.serviceId, filter.serviceId));
      if (filter.warehouseId !== undefined) where.push(eq(rateCards.warehouseId, filter.warehouseId));
      return orm
        .select(CARD_LIST_COLUMNS)
        .from(rateCards)
        .innerJoin(shippingServices, eq(shippingServices.id, rateCards.serviceId))
        .innerJoin(warehouses, eq(warehouses.id, rateCards.warehouseId))
        .where(where.length > 0 ? and(...where) : undefined)
        .orderBy(asc(shippingServices.code), asc(warehouses.code), asc(rateCards.effectiveFrom));
    },

    /** The cards in effect on `date` (from inclusive, to exclusive) for these warehouses, with their services. */
    async activeRateCards(date: string, warehouseIds: readonly string[]): Promise<ActiveRateCardRow[]> {
      if (warehouseIds.length === 0) return [];
      const rows = await orm
        .select({ card: rateCards, service: shippingServices })
        .from(rateCards)
        .innerJoin(shippingServices, eq(shippingServices.id, rateCards.serviceId))
        .where(and(inArray(rateCards.warehouseId, [...warehouseIds]), lte(rateCards.effectiveFrom, date), or(isNull(rateCards.effectiveTo), gt(rateCards.effectiveTo, date))))
        .orderBy(asc(shippingServices.code), asc(rateCards.effectiveFrom));
      return rows.map((r) => ({ ...r.card, service: r.service }));
    },

    /** Shipping weight and packed size of the variants with these SKUs (unknown SKUs are absent). */
    async parcelVariants(skus: readonly string[]): Promise<ParcelVariantRow[]> {
      if (skus.length === 0) return [];
      return orm
        .select({ sku: variants.sku, weightG: variants.weightG, lengthMm: variants.lengthMm, widthMm: variants.widthMm, heightMm: variants.heightMm })
        .from(variants)
        .where(inArray(variants.sku, [...skus]));
    },
  };
}
