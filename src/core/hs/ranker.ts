import { FEATURE_COUNT, RANK_FEATURES, type Candidates } from './candidate-features.js';
import type { HsRanker } from './types.js';

/** A ranker's weights laid out in `RANK_FEATURES` order (features it does not name weigh 0). */
function weightsInOrder(ranker: HsRanker): Float64Array {
  const w = new Float64Array(FEATURE_COUNT);
  ranker.features.forEach((name, i) => {
    const k = (RANK_FEATURES as readonly string[]).indexOf(name);
    if (k >= 0) w[k] = ranker.weights[i] ?? 0;
  });
  return w;
}

// Derived from a ranker that never changes: laid out once, not on every query.
const laidOut = new WeakMap<HsRanker, Float64Array>();

/** Each candidate's score: the weighted sum of its features. */
export function scoreCandidates(candidates: Candidates, ranker: HsRanker): Float64Array {
  let w = laidOut.get(ranker);
  if (!w) laidOut.set(ranker, (w = weightsInOrder(ranker)));
  const n = candidates.hs6.length;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    const base = i * FEATURE_COUNT;
    for (let k = 0; k < FEATURE_COUNT; k++) s += w[k]! * candidates.x[base + k]!;
    scores[i] = s;
  }
  return scores;
}

/** A training query: its candidates and the position of the right code among them (-1: not among them). */
export type RankerSample = { readonly candidates: Candidates; readonly gold: number };

export type FitRankerOptions = {
  /**
   * Pull toward the starting weights (L2). Default: worth half a sample in all, so a ranker fitted
   * on a handful of examples stays near the start and one fitted on thousands follows its data.
   */
  readonly l2?: number;
  readonly iterations?: number;
  readonly learningRate?: number;
  /** Where fitting starts and what `l2` pulls toward (default: the index's default ranker). */
  readonly start?: HsRanker;
};

/**
 * Fit the ranker's weights and its "none of these" score by minimizing the cross-entropy of the
 * softmax over each sample's candidates (plus "none", the answer when the right code is not among
 * them), with Adam on the whole batch from `start`. Deterministic: no sampling, a fixed order.
 */
export function fitRanker(samples: readonly RankerSample[], start: HsRanker, options: FitRankerOptions = {}): HsRanker {
  const l2 = options.l2 ?? Math.max(1e-4, 0.5 / Math.max(1, samples.length));
  const iterations = options.iterations ?? 150;
  const rate = options.learningRate ?? 0.2;
  const K = FEATURE_COUNT;
  const size = K + 1; // the weights, then "none"
  const w0 = new Float64Array(size);
  w0.set(weightsInOrder(start));
  w0[FEATURE_COUNT] = start.none;
  const w = Float64Array.from(w0);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  let scores = new Float64Array(64);
  for (let t = 1; t <= iterations && samples.length > 0; t++) {
    grad.fill(0);
    for (const { candidates, gold } of samples) {
      const n = candidates.hs6.length;
      const x = candidates.x;
      if (scores.length < n) scores = new Float64Array(n * 2);
      let top = w[K]!;
      for (let i = 0; i < n; i++) {
        let s = 0;
        const base = i * K;
        for (let k = 0; k < K; k++) s += w[k]! * x[base + k]!;
        scores[i] = s;
        if (s > top) top = s;
      }
      const none = Math.exp(w[K]! - top);
      let total = none;
      for (let i = 0; i < n; i++) total += scores[i] = Math.exp(scores[i]! - top);
      for (let i = 0; i < n; i++) {
        const pi = scores[i]! / total - (i === gold ? 1 : 0);
        if (pi === 0) continue;
        const base = i * K;
        for (let k = 0; k < K; k++) grad[k]! += pi * x[base + k]!;
      }
      grad[K]! += none / total - (gold < 0 ? 1 : 0);
    }
    for (let k = 0; k < size; k++) {
      const g = grad[k]! / samples.length + l2 * (w[k]! - w0[k]!);
      m[k] = 0.9 * m[k]! + 0.1 * g;
      v[k] = 0.999 * v[k]! + 0.001 * g * g;
      const mHat = m[k]! / (1 - 0.9 ** t);
      const vHat = v[k]! / (1 - 0.999 ** t);
      w[k]! -= (rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return { features: [...RANK_FEATURES], weights: [...w.subarray(0, FEATURE_COUNT)].map(round), none: round(w[FEATURE_COUNT]!) };
}
