import type { NormalizedMatrix } from './normalize.js';
import type { RankOptions } from './types.js';

export type Scores = {
  /** 0..100 per country (input order); NaN when the country has nothing to score. */
  score: Float64Array;
  /** Share of the total weight for which the country has data. */
  coverage: Float64Array;
  /** The weight actually divided by: the weights present ('reweight') or of indicators anyone has ('worst'). */
  denominator: Float64Array;
  /** 1-based rank per country, 0 when not ranked. */
  rank: Int32Array;
  /** Country indexes: ranked ones by rank, then unranked ones by score (NaN last), then code. */
  order: number[];
};

/** Coverage is a sum of float shares; a hair below the threshold still meets it. */
const COVERAGE_EPSILON = 1e-12;

/**
 * Score every country from the normalized matrix and a set of weights (>= 0, any scale):
 * 100 * sum(w_i * n_i) / sum(w_i), the sums over the indicators the country has ('reweight') or over
 * all indicators any country has, a missing value counting as the worst observed ('worst').
 * Countries below `minCoverage` of the weight, or with no data, keep their score but get no rank.
 * Ties in score are ordered by country code. One pass over the matrix plus one sort: O(n k + n log n).
 */
export function scoreCountries(
  m: NormalizedMatrix,
  codes: readonly string[],
  weights: ArrayLike<number>,
  missing: RankOptions['missing'],
  minCoverage: number,
): Scores {
  const { n, k, norm, count, worst } = m;
  let total = 0;
  let observedTotal = 0;
  for (let i = 0; i < k; i++) {
    total += weights[i]!;
    if (count[i]! > 0) observedTotal += weights[i]!;
  }
  const score = new Float64Array(n);
  const coverage = new Float64Array(n);
  const denominator = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    let present = 0;
    let sum = 0;
    const row = c * k;
    for (let i = 0; i < k; i++) {
      const w = weights[i]!;
      if (w === 0) continue;
      const v = norm[row + i]!;
      if (v === v) {
        present += w;
        sum += w * v;
      } else if (missing === 'worst' && count[i]! > 0) {
        sum += w * worst[i]!;
      }
    }
    const denom = missing === 'worst' ? observedTotal : present;
    coverage[c] = total > 0 ? present / total : 0;
    denominator[c] = denom;
    score[c] = denom > 0 ? (100 * sum) / denom : Number.NaN;
  }

  const isRanked = (c: number) => coverage[c]! > 0 && coverage[c]! + COVERAGE_EPSILON >= minCoverage && score[c] === score[c];
  const byScore = (a: number, b: number) => {
    const sa = score[a]!;
    const sb = score[b]!;
    if (sa !== sb) {
      if (sa !== sa) return 1;
      if (sb !== sb) return -1;
      return sb - sa;
    }
    const ca = codes[a]!;
    const cb = codes[b]!;
    return ca < cb ? -1 : ca > cb ? 1 : 0;
  };
  const ranked: number[] = [];
  const unranked: number[] = [];
  for (let c = 0; c < n; c++) (isRanked(c) ? ranked : unranked).push(c);
  ranked.sort(byScore);
  unranked.sort(byScore);
  const rank = new Int32Array(n);
  ranked.forEach((c, r) => {
    rank[c] = r + 1;
  });
  return { score, coverage, denominator, rank, order: [...ranked, ...unranked] };
}
