import type { CountryInput, IndicatorSpec, RankOptions } from './types.js';

/**
 * The countries' values scaled once, independent of the weights, so that scoring under other
 * weights (sensitivity) costs one pass over the matrix. Cell (c, i) is at `c * k + i`.
 */
export type NormalizedMatrix = {
  /** Number of countries and of indicators. */
  n: number;
  k: number;
  /** 0..1, 1 = best; NaN where the country has no value. */
  norm: Float64Array;
  /** Where the raw value sits among the countries' raw values, 0 = lowest, 1 = highest; NaN when missing. */
  position: Float64Array;
  /** Per indicator: countries with a value, mean and lowest (worst) normalized value (NaN when none). */
  count: Int32Array;
  mean: Float64Array;
  worst: Float64Array;
};

/** z-scores beyond this many standard deviations are clipped, so one outlier cannot squeeze the rest. */
export const Z_CLIP = 3;

/**
 * Scale each indicator to 0..1 over the countries that have it, oriented so that higher = better:
 * - min-max: (x - min) / (max - min); an indicator with one value everywhere gives 0.5 to all;
 * - z-score: z = (x - mean) / sd (population sd, dividing by n), clipped to [-3, 3], then (z + 3) / 6;
 *   sd 0 gives 0.5 to all;
 * - rank: average ranks for ties (1 = worst), (r - 1) / (n - 1); a single country gets 0.5.
 * 'log' indicators are transformed with the natural log first; 'lower' indicators are negated.
 * Cost: one sort per indicator, O(k n log n).
 * @example normalizeIndicators(countries, specs, 'min-max').norm[c * k + i] // 0..1, or NaN when country c lacks indicator i
 */
export function normalizeIndicators(
  countries: readonly CountryInput[],
  specs: readonly IndicatorSpec[],
  normalization: RankOptions['normalization'],
): NormalizedMatrix {
  const n = countries.length;
  const k = specs.length;
  const norm = new Float64Array(n * k).fill(Number.NaN);
  const position = new Float64Array(n * k).fill(Number.NaN);
  const count = new Int32Array(k);
  const mean = new Float64Array(k).fill(Number.NaN);
  const worst = new Float64Array(k).fill(Number.NaN);
  const idx = new Int32Array(n);
  const xs = new Float64Array(n);

  for (let i = 0; i < k; i++) {
    const spec = specs[i]!;
    const isLog = spec.transform === 'log';
    const sign = spec.direction === 'lower' ? -1 : 1;
    let m = 0;
    for (let c = 0; c < n; c++) {
      const v = countries[c]!.values[spec.id];
      if (v === undefined) continue;
      idx[m] = c;
      xs[m] = isLog ? Math.log(v.value) : v.value;
      m++;
    }
    count[i] = m;
    if (m === 0) continue;

    // One ascending sort of the transformed values gives both the raw position and, for 'rank', the score.
    const order = Array.from({ length: m }, (_, j) => j).sort((a, b) => xs[a]! - xs[b]!);
    const avgRank = new Float64Array(m);
    for (let s = 0; s < m; ) {
      let e = s;
      while (e + 1 < m && xs[order[e + 1]!] === xs[order[s]!]) e++;
      const r = (s + e) / 2 + 1;
      for (let t = s; t <= e; t++) avgRank[order[t]!] = r;
      s = e + 1;
    }
    for (let j = 0; j < m; j++) position[idx[j]! * k + i] = m === 1 ? 0.5 : (avgRank[j]! - 1) / (m - 1);

    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    let sum = 0;
    for (let j = 0; j < m; j++) {
      const o = sign * xs[j]!;
      if (o < lo) lo = o;
      if (o > hi) hi = o;
      sum += o;
    }
    const avg = sum / m;
    let sq = 0;
    for (let j = 0; j < m; j++) sq += (sign * xs[j]! - avg) ** 2;
    const sd = Math.sqrt(sq / m);

    let total = 0;
    let least = Number.POSITIVE_INFINITY;
    for (let j = 0; j < m; j++) {
      const o = sign * xs[j]!;
      let v: number;
      if (normalization === 'min-max') v = hi === lo ? 0.5 : (o - lo) / (hi - lo);
      else if (normalization === 'z-score') v = sd === 0 ? 0.5 : (Math.min(Z_CLIP, Math.max(-Z_CLIP, (o - avg) / sd)) + Z_CLIP) / (2 * Z_CLIP);
      else v = m === 1 ? 0.5 : ((sign === 1 ? avgRank[j]! : m + 1 - avgRank[j]!) - 1) / (m - 1);
      norm[idx[j]! * k + i] = v;
      total += v;
      if (v < least) least = v;
    }
    mean[i] = total / m;
    worst[i] = least;
  }
  return { n, k, norm, position, count, mean, worst };
}
