import { eq, inArray, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { indicatorSeries, indicatorValues, marketScoringProfiles } from '../schema/market-selection.js';
import { upsertBatch, type UpsertCounts } from './batch-upsert.js';
import { rows } from './inventory-records.js';

export type IndicatorSeriesRecord = { id: string; name: string; unit: string; source: string };
export type IndicatorValueRecord = { seriesId: string; country: string; year: number; value: number; valueText: string };
export type LatestValue = { seriesId: string; country: string; year: number; value: number };

const CHUNK = 5_000;

/** Country indicators: series and their values per country and year, and the merchant's scoring profile. */
export function createIndicatorRepository(orm: Orm) {
  return {
    /** Write series and values by natural key (call inside one transaction: an import is all or nothing). */
    async upsert(series: readonly IndicatorSeriesRecord[], values: readonly IndicatorValueRecord[], importRunId: string, at: Date): Promise<UpsertCounts> {
      for (const s of series) {
        await orm
          .insert(indicatorSeries)
          .values({ ...s, importRunId, updatedAt: at })
          .onConflictDoUpdate({ target: indicatorSeries.id, set: { name: s.name, unit: s.unit, source: s.source, importRunId, updatedAt: at } });
      }
      const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
      for (let start = 0; start < values.length; start += CHUNK) {
        const c = await upsertBatch(
          orm,
          {
            table: indicatorValues,
            columns: [
              { column: indicatorValues.seriesId, type: 'text', value: (r: IndicatorValueRecord) => r.seriesId },
              { column: indicatorValues.country, type: 'text', value: (r) => r.country },
              { column: indicatorValues.year, type: 'integer', value: (r) => r.year },
              { column: indicatorValues.value, type: 'float8', value: (r) => r.value },
              { column: indicatorValues.valueText, type: 'text', value: (r) => r.valueText },
            ],
            constants: [{ column: indicatorValues.importRunId, type: 'uuid', value: importRunId }],
            key: [indicatorValues.seriesId, indicatorValues.country, indicatorValues.year],
            compare: [indicatorValues.value, indicatorValues.valueText],
            alsoSet: [indicatorValues.importRunId],
          },
          values.slice(start, start + CHUNK),
        );
        counts.inserted += c.inserted;
        counts.updated += c.updated;
        counts.unchanged += c.unchanged;
      }
      return counts;
    },

    /** Every series with how many countries and which years it covers. */
    async series(): Promise<Array<IndicatorSeriesRecord & { countries: number; firstYear: number | null; lastYear: number | null; updatedAt: string }>> {
      return rows(
        orm,
        sql`select s.id, s.name, s.unit, s.source, to_char(s.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "updatedAt",
              count(distinct v.country)::int as countries, min(v.year) as "firstYear", max(v.year) as "lastYear"
            from indicator_series s left join indicator_values v on v.series_id = s.id
            group by s.id order by s.id`,
      );
    },

    /** The latest value of each series in each country (optionally of some series, up to a year). */
    async latest(seriesIds: readonly string[], upToYear?: number): Promise<LatestValue[]> {
      if (seriesIds.length === 0) return [];
      return rows<LatestValue>(
        orm,
        sql`select distinct on (series_id, country) series_id as "seriesId", country, year, value
            from indicator_values where series_id in ${sql`(${sql.join(seriesIds.map((s) => sql`${s}`), sql`, `)})`} ${upToYear === undefined ? sql`` : sql`and year <= ${upToYear}`}
            order by series_id, country, year desc`,
      );
    },

    /** Values of some series in one year. */
    async forYear(seriesIds: readonly string[], year: number): Promise<LatestValue[]> {
      if (seriesIds.length === 0) return [];
      const list = await orm.select({ seriesId: indicatorValues.seriesId, country: indicatorValues.country, year: indicatorValues.year, value: indicatorValues.value }).from(indicatorValues).where(sql`${inArray(indicatorValues.seriesId, [...seriesIds])} and ${indicatorValues.year} = ${year}`);
      return list;
    },

    async seriesById(ids: readonly string[]): Promise<IndicatorSeriesRecord[]> {
      if (ids.length === 0) return [];
      return orm.select({ id: indicatorSeries.id, name: indicatorSeries.name, unit: indicatorSeries.unit, source: indicatorSeries.source }).from(indicatorSeries).where(inArray(indicatorSeries.id, [...ids]));
    },

    /** Up to `limit` active products, one variant each (the first), for the landed cost of the catalog abroad. */
    async catalogSample(limit: number): Promise<Array<{ sku: string; hsCode: string; originCountry: string; priceMinor: number; currency: string; weightG: number }>> {
      return rows(
        orm,
        sql`select distinct on (p.id) v.sku, p.hs_code as "hsCode", p.origin_country as "originCountry", v.price_minor::float8 as "priceMinor", v.currency, v.weight_g as "weightG"
            from products p join variants v on v.product_id = p.id where p.status = 'active'
            order by p.id, v.position, v.sku limit ${limit}`,
      );
    },

    /** Paid orders per shipping country in a window (count; the store's own sales evidence). */
    async paidOrdersByCountry(from: Date, to: Date): Promise<Array<{ country: string; orders: number }>> {
      return rows(orm, sql`select country, count(*)::int as orders from orders where paid_at >= ${from.toISOString()}::timestamptz and paid_at < ${to.toISOString()}::timestamptz group by country`);
    },

    async profile(id: string): Promise<Record<string, unknown> | undefined> {
      const [row] = await orm.select().from(marketScoringProfiles).where(eq(marketScoringProfiles.id, id));
      return row?.config;
    },

    async putProfile(id: string, config: Record<string, unknown>, by: string | null, at: Date): Promise<void> {
      await orm.insert(marketScoringProfiles).values({ id, config, updatedBy: by, updatedAt: at }).onConflictDoUpdate({ target: marketScoringProfiles.id, set: { config, updatedBy: by, updatedAt: at } });
    },
  };
}

export type IndicatorRepository = ReturnType<typeof createIndicatorRepository>;
