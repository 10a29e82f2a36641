import { parseDecimal } from '../../core/decimal/decimal.js';
import { convert } from '../../core/fx/convert.js';
import { buildFxTable, type FxRate, type FxTable } from '../../core/fx/fx-table.js';
import type { Deps } from '../deps.js';

/**
 * The age limit given to conversions that must not be refused for old rates (carts and the product
 * page's delivery estimate price with the rates the storefront showed; staleness is reported, not
 * enforced).
 */
export const ANY_FX_AGE_DAYS = 36_500;

/**
 * Convert minor units between currencies with one table, at any rate age (stated where it matters
 * by the caller); null when the table has no rate for a side.
 */
export function minorConverter(table: FxTable, date: string): (from: string, minor: number, to: string) => number | null {
  return (from, minor, to) => {
    if (from === to) return minor;
    const r = convert({ amount: minor, currency: from }, to, table, { date, maxAgeDays: ANY_FX_AGE_DAYS });
    return r.ok ? r.value.money.amount : null;
  };
}

/**
 * The latest ECB rate of every currency published on or before `date`, however old: carts are
 * priced with the rates the storefront showed (and say when they are stale) rather than refused.
 */
export async function latestFxTable(deps: Pick<Deps, 'markets' | 'referenceCache'>, date: string): Promise<FxTable> {
  return deps.referenceCache.get(`fx-table:${date}`, async () => {
    const rates: FxRate[] = [];
    for (const r of await deps.markets.latestFxRates('ECB', date)) {
      const rate = parseDecimal(r.rate);
      if (rate && rate.coef > 0) rates.push({ base: r.base, quote: r.quote, date: r.rateDate, rate, source: 'ECB' });
    }
    return buildFxTable('EUR', 'ECB', rates);
  });
}
