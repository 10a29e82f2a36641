import { type Decimal } from '../decimal/decimal.js';

/** One published reference rate: 1 `base` = `rate` `quote`, on `date`, from `source`. */
export type FxRate = { readonly base: string; readonly quote: string; readonly date: string; readonly rate: Decimal; readonly source: string };

/**
 * Reference rates against one base currency (the ECB publishes against EUR), indexed for lookup
 * by quote currency and date. Built once from rows; read by `convert`.
 */
export type FxTable = {
  readonly base: string;
  readonly source: string;
  /** Per quote currency, rates sorted by date ascending. */
  readonly series: ReadonlyMap<string, ReadonlyArray<{ date: string; rate: Decimal }>>;
};

export function buildFxTable(base: string, source: string, rates: readonly FxRate[]): FxTable {
  const series = new Map<string, Array<{ date: string; rate: Decimal }>>();
  for (const r of rates) {
    if (r.base !== base) continue;
    const list = series.get(r.quote) ?? [];
    list.push({ date: r.date, rate: r.rate });
    series.set(r.quote, list);
  }
  for (const list of series.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { base, source, series };
}

/** The latest rate for `quote` published on or before `date`, or undefined. */
export function findRate(table: FxTable, quote: string, date: string): { date: string; rate: Decimal } | undefined {
  if (quote === table.base) return { date, rate: { coef: 1, scale: 0 } };
  const list = table.series.get(quote);
  if (!list || list.length === 0) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  if (list[0]!.date > date) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]!.date <= date) lo = mid;
    else hi = mid - 1;
  }
  return list[lo];
}
