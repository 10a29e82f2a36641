import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FEATURE_COUNT, RANK_FEATURES, type Candidates } from './candidate-features.js';
import { fitRanker, scoreCandidates } from './ranker.js';
import type { HsRanker } from './types.js';

const ZERO: HsRanker = { features: [...RANK_FEATURES], weights: RANK_FEATURES.map(() => 0), none: 0 };
const at = (name: string) => (RANK_FEATURES as readonly string[]).indexOf(name);

/** Two candidates; the right one has `descSim` 1, the other `residual` 1. */
function sample(): { candidates: Candidates; gold: number } {
  const x = new Float64Array(2 * FEATURE_COUNT);
  x[at('descSim')] = 1;
  x[FEATURE_COUNT + at('residual')] = 1;
  return { candidates: { hs6: ['090121', '090190'], x, voters: new Map() }, gold: 0 };
}

test('fitting moves weight onto the feature that marks the right candidate, the same way every time', () => {
  const samples = Array.from({ length: 20 }, sample);
  const a = fitRanker(samples, ZERO);
  const b = fitRanker(samples, ZERO);
  assert.deepEqual(a, b);
  assert.ok(a.weights[at('descSim')]! > 1, `descSim weight ${a.weights[at('descSim')]}`);
  assert.ok(a.weights[at('residual')]! < 0);
  const scores = scoreCandidates(sample().candidates, a);
  assert.ok(scores[0]! > scores[1]!);
});

test('a sample whose right code is not among the candidates raises "none of these"', () => {
  const missing = { ...sample(), gold: -1 };
  const fitted = fitRanker(Array.from({ length: 20 }, () => missing), ZERO);
  assert.ok(fitted.none > 1, `none ${fitted.none}`);
});

test('no samples: the start is returned; features a ranker does not name weigh nothing', () => {
  assert.deepEqual(fitRanker([], ZERO).weights, ZERO.weights);
  const partial: HsRanker = { features: ['descSim', 'retired'], weights: [2, 100], none: 0 };
  assert.deepEqual([...scoreCandidates(sample().candidates, partial)], [2, 0]);
});
