import { parseDecimal } from '../../core/decimal/decimal.js';
import { buildFxTable, type FxRate, type FxTable } from '../../core/fx/fx-table.js';
import type { Deps } from '../deps.js';

const TTL_MS = 60_000;
const cache = new WeakMap<object, Map<string, { table: FxTable; at: number }>>();

/**
 * The latest ECB rate of every currency published on or before `date`, however old: carts are
 * priced with the rates the storefront showed (and say when they are stale) rather than refused.
 * Kept a minute per date and per database.
 */
export async function latestFxTable(deps: Pick<Deps, 'markets' | 'database'>, date: string): Promise<FxTable> {
  let perDate = cache.get(deps.database);
  if (!perDate) cache.set(deps.database, (perDate = new Map()));
  const hit = perDate.get(date);
  const now = performance.now();
  if (hit && now - hit.at < TTL_MS) return hit.table;
  const rates: FxRate[] = [];
  for (const r of await deps.markets.latestFxRates('ECB', date)) {
    const rate = parseDecimal(r.rate);
    if (rate && rate.coef > 0) rates.push({ base: r.base, quote: r.quote, date: r.rateDate, rate, source: 'ECB' });
  }
  const table = buildFxTable('EUR', 'ECB', rates);
  if (perDate.size > 8) perDate.clear();
  perDate.set(date, { table, at: now });
  return table;
}
