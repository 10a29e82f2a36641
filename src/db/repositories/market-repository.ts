import { and, asc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { fxRates, markets, priceListEntries } from '../schema/index.js';

export type MarketRow = typeof markets.$inferSelect;
export type MarketWrite = Omit<typeof markets.$inferInsert, 'createdAt' | 'updatedAt'>;
export type PriceListRow = { marketId: string; sku: string; amountMinor: number; currency: string; effectiveFrom: string; effectiveTo: string | null };

export type MarketRepository = ReturnType<typeof createMarketRepository>;

const PRICE_LIST_COLUMNS = {
  marketId: priceListEntries.marketId,
  sku: priceListEntries.sku,
  amountMinor: priceListEntries.amountMinor,
  currency: priceListEntries.currency,
  effectiveFrom: priceListEntries.effectiveFrom,
  effectiveTo: priceListEntries.effectiveTo,
};

export function createMarketRepository(orm: Orm) {
  return {
    async list(): Promise<MarketRow[]> {
      return orm.select().from(markets).orderBy(asc(markets.position), asc(markets.id));
    },

    async get(id: string): Promise<MarketRow | undefined> {
      const [row] = await orm.select().from(markets).where(eq(markets.id, id));
      return row;
    },

    async upsert(row: MarketWrite, at: Date): Promise<MarketRow> {
      const { id: _id, ...rest } = row;
      const [saved] = await orm
        .insert(markets)
        .values({ ...row, updatedAt: at })
        .onConflictDoUpdate({ target: markets.id, set: { ...rest, updatedAt: at } })
        .returning();
      return saved!;
    },

    /** Markets other than `id` that already sell to any of `countries` (a country belongs to one market). */
    async overlapping(id: string, countries: string[]): Promise<Array<{ id: string; countries: string[] }>> {
      const rows = await orm.select({ id: markets.id, countries: markets.countries }).from(markets);
      return rows.filter((r) => r.id !== id && r.countries.some((c) => countries.includes(c)));
    },

    async setDefault(id: string): Promise<void> {
      await orm.update(markets).set({ isDefault: sql`${markets.id} = ${id}` });
    },

    /** Price-list entries in effect on `date` for a market and SKUs. */
    async priceListFor(marketId: string, skus: string[], date: string): Promise<PriceListRow[]> {
      if (skus.length === 0) return [];
      return orm
        .select(PRICE_LIST_COLUMNS)
        .from(priceListEntries)
        .where(
          and(
            eq(priceListEntries.marketId, marketId),
            inArray(priceListEntries.sku, skus),
            lte(priceListEntries.effectiveFrom, date),
            or(isNull(priceListEntries.effectiveTo), gt(priceListEntries.effectiveTo, date)),
          ),
        )
        .orderBy(asc(priceListEntries.effectiveFrom));
    },

    /** Every entry of a market's price list (for one SKU when given), by SKU and start date. */
    async priceListEntries(marketId: string, sku?: string): Promise<PriceListRow[]> {
      return orm
        .select(PRICE_LIST_COLUMNS)
        .from(priceListEntries)
        .where(sku === undefined ? eq(priceListEntries.marketId, marketId) : and(eq(priceListEntries.marketId, marketId), eq(priceListEntries.sku, sku)))
        .orderBy(asc(priceListEntries.sku), asc(priceListEntries.effectiveFrom));
    },

    async addPriceListEntry(row: Omit<PriceListRow, never>): Promise<void> {
      await orm.insert(priceListEntries).values(row);
    },

    /** The latest published rate of each currency on or before `date` (any age; the caller judges staleness). */
    async latestFxRates(source: string, date: string): Promise<Array<{ base: string; quote: string; rateDate: string; rate: string }>> {
      const rows = await orm.execute(
        sql`select distinct on (quote) base, quote, rate_date::text as "rateDate", rate from ${fxRates} where source = ${source} and rate_date <= ${date} order by quote, rate_date desc`,
      );
      return (rows as unknown as { rows: Array<{ base: string; quote: string; rateDate: string; rate: string }> }).rows;
    },
  };
}
