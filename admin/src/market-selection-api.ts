/**
 * The admin's calls to the market-selection API (/v1/admin/market-selection/...), with the tab's
 * key and the same problem+json handling as api.ts, plus the small formatting its screens share.
 */
import { formatNumber, formatShare, formatValue } from '../../src/core/market-selection/format.js';
import { createCaller } from './api.js';
import type { CompositeMethodKind, CompositeReproduction, IndicatorSeriesInfo, MarketRanking, MarketScoringProfile } from './api-types.js';

/** Where app.tsx keeps the key (or session token) of this browser tab. */
const TAB_KEY = 'landfall.admin.key';

export type MarketSelectionApi = ReturnType<typeof createMarketSelectionApi>;

/** A profile as the form sends it: a field may hold what was typed, so that the server names the problem. */
export type ProfileBody = Record<string, unknown>;

export function createMarketSelectionApi(key: string, fetcher: typeof fetch = fetch.bind(globalThis)) {
  const call = createCaller(key, fetcher);
  const base = '/v1/admin/market-selection';
  return {
    /** The ranking by the saved profile, with how ranks move when a weight moves. */
    getRanking: () => call<MarketRanking>('GET', `${base}/ranking?sensitivity=true`),
    /** The ranking with a profile that is not saved. */
    tryRanking: (profile: ProfileBody) => call<MarketRanking>('POST', `${base}/ranking`, { profile, sensitivity: true }),
    getProfile: () => call<MarketScoringProfile>('GET', `${base}/profile`),
    saveProfile: (profile: ProfileBody) => call<MarketScoringProfile>('PUT', `${base}/profile`, profile),
    listSeries: () => call<{ items: IndicatorSeriesInfo[] }>('GET', `${base}/indicators`),
    reproduceIndex: (index: string, params: { year: string; method: CompositeMethodKind; weights?: string }) => {
      const q = new URLSearchParams({ year: params.year, method: params.method });
      if (params.method === 'weighted-mean' && params.weights !== undefined) q.set('weights', params.weights);
      return call<CompositeReproduction>('GET', `${base}/composites/${encodeURIComponent(index)}?${q.toString()}`);
    },
  };
}

/** The market-selection client of the signed-in tab (the Api object does not hand out its key). */
export function marketSelectionApiOfTab(): MarketSelectionApi {
  return createMarketSelectionApi(sessionStorage.getItem(TAB_KEY) ?? '');
}

/** A raw indicator value with its unit, as the explanations write it: "92.5 %", "EUR 41.20", "3.2 days". */
export function valueWithUnit(value: number, unit: string | undefined): string {
  return formatValue(value, unit === '' ? undefined : unit);
}

/** A share 0..1 as a percentage: 0.15 -> "15 %". */
export const percent = formatShare;

/** A score 0..100 with one decimal. */
export function scoreText(score: number | null): string {
  return score === null ? '—' : score.toFixed(1);
}

/** Points with their sign and one decimal: "+4.3", "-0.7", "0.0". */
export function signedPoints(points: number): string {
  const text = formatNumber(points, 1);
  return points > 0 && text !== '0.0' ? `+${text}` : text;
}

/** A number with `decimals` places and thousands commas, or a dash. */
export function fixed(value: number | null | undefined, decimals: number): string {
  return value === null || value === undefined ? '—' : formatNumber(value, decimals);
}

/** 1 -> "1st", 2 -> "2nd", 13 -> "13th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** A sensitivity factor in short: "×0.5". */
export function factorText(factor: number): string {
  return `×${String(factor)}`;
}
