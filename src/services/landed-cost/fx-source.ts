import { parseDecimal } from '../../core/decimal/decimal.js';
import { buildFxTable, type FxRate, type FxTable } from '../../core/fx/fx-table.js';
import type { LandedCostDataRepository } from '../../db/repositories/landed-cost-data-repository.js';

export type FxSource = { forDate(date: string, maxAgeDays: number): Promise<FxTable>; invalidate(): void };

/**
 * ECB reference rates for a quote date: the rates published in the `maxAgeDays` before it, read
 * from the database and kept per date (a small cache: quotes cluster on today's date).
 */
export function createFxSource(deps: { landedCostData: LandedCostDataRepository; source?: string; cacheSize?: number; ttlMs?: number; now?: () => number }): FxSource {
  const source = deps.source ?? 'ECB';
  const cacheSize = deps.cacheSize ?? 32;
  const ttlMs = deps.ttlMs ?? 60_000;
  const now = deps.now ?? (() => performance.now());
  const cache = new Map<string, { table: FxTable; at: number }>();
  return {
    async forDate(date, maxAgeDays) {
      const key = `${date}/${maxAgeDays}`;
      const hit = cache.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.table;
      const from = new Date(Date.parse(`${date}T00:00:00Z`) - maxAgeDays * 86_400_000).toISOString().slice(0, 10);
      const rows = await deps.landedCostData.fxRatesBetween(source, from, date);
      const rates: FxRate[] = [];
      for (const r of rows) {
        const rate = parseDecimal(r.rate);
        if (rate && rate.coef > 0) rates.push({ base: r.base, quote: r.quote, date: r.rateDate, rate, source });
      }
      const table = buildFxTable('EUR', source, rates);
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
      cache.set(key, { table, at: now() });
      return table;
    },
    invalidate() {
      cache.clear();
    },
  };
}
