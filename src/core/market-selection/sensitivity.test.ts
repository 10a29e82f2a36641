import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weightSensitivity, type WeightSensitivity } from './sensitivity.js';
import type { CountryInput, IndicatorSpec, RankOptions } from './types.js';

const v = (value: number) => ({ value, year: 2024, source: 'test' });
// Values already span 0..1, so min-max leaves them as they are.
//        reach  cost-score
// XA     1.0    0.2        equal weights: 60  (rank 1)
// YA     0.6    0.0                       30  (rank 3)
// ZA     0.0    1.0                       50  (rank 2)
const countries: CountryInput[] = [
  { country: 'XA', name: 'Xland', values: { reach: v(1), score: v(0.2) } },
  { country: 'YA', name: 'Yland', values: { reach: v(0.6), score: v(0) } },
  { country: 'ZA', name: 'Zland', values: { reach: v(0), score: v(1) } },
];
const specs: IndicatorSpec[] = [
  { id: 'reach', name: 'Internet use', weight: 1, direction: 'higher' },
  { id: 'score', name: 'Delivery score', weight: 1, direction: 'higher' },
];
const options: RankOptions = { normalization: 'min-max', missing: 'reweight' };

function run(factors: number[], top: number, s = specs): WeightSensitivity {
  const r = weightSensitivity(countries, s, options, { factors, top });
  assert.ok(r.ok, r.ok ? '' : `${r.field}: ${r.message}`);
  return r.value;
}

test('doubling one weight swaps two countries; the moves, rank correlation and top set are reported', () => {
  const s = run([2], 1);
  assert.deepEqual(s.base, [{ country: 'XA', rank: 1 }, { country: 'ZA', rank: 2 }, { country: 'YA', rank: 3 }]);

  // internet use x2 (weights 2/3, 1/3): XA 73.3, YA 40, ZA 33.3 -> YA and ZA swap
  const reach = s.indicators[0]!.variations[0]!;
  assert.equal(reach.weight, 2 / 3);
  assert.deepEqual(reach.ranks, [{ country: 'XA', rank: 1 }, { country: 'YA', rank: 2 }, { country: 'ZA', rank: 3 }]);
  assert.deepEqual(reach.moved, [{ country: 'YA', from: 3, to: 2 }, { country: 'ZA', from: 2, to: 3 }]);
  // ranks (1, 3, 2) against (1, 2, 3): 1 - 6 * 2 / (3 * 8) = 0.5
  assert.ok(Math.abs(reach.spearman! - 0.5) < 1e-12);
  assert.equal(reach.topChanged, false);
  assert.equal(reach.summary, 'Doubling the weight of internet use moves 2 countries (at most 1 place); the top 1 stays the same');

  // delivery score x2 (weights 1/3, 2/3): XA 46.7, YA 20, ZA 66.7 -> XA and ZA swap, and the top 1 changes
  const score = s.indicators[1]!.variations[0]!;
  assert.deepEqual(score.moved, [{ country: 'XA', from: 1, to: 2 }, { country: 'ZA', from: 2, to: 1 }]);
  assert.equal(score.topChanged, true);
  assert.deepEqual([score.entered, score.left], [['ZA'], ['XA']]);
  assert.equal(score.summary, 'Doubling the weight of delivery score moves 2 countries (at most 1 place); the top 1 changes: Zland comes in, Xland drops out');
});

test('the default factors and top 10; a weight set to 0 and a factor that changes nothing', () => {
  const r = weightSensitivity(countries, specs, options);
  assert.ok(r.ok);
  assert.deepEqual(r.value.factors, [0, 0.5, 1.5, 2]);
  assert.equal(r.value.top, 10);
  const [zero, half, more] = r.value.indicators[1]!.variations;
  // only internet use left: XA 100, YA 60, ZA 0
  assert.deepEqual(zero!.ranks.map((x) => x.country), ['XA', 'YA', 'ZA']);
  assert.equal(zero!.summary, 'Setting the weight of delivery score to 0 moves 2 countries (at most 1 place); the top 10 stays the same');
  // halving delivery score (2/3, 1/3) gives the same order as doubling internet use
  assert.deepEqual(half!.moved.map((m) => m.country), ['YA', 'ZA']);
  // x1.5 (0.4, 0.6): XA 52, YA 24, ZA 60 -> XA and ZA swap
  assert.deepEqual(more!.moved.map((m) => [m.country, m.from, m.to]), [['XA', 1, 2], ['ZA', 2, 1]]);
  assert.match(more!.summary, /^Multiplying the weight of delivery score by 1.5 moves 2 countries/);
  assert.equal(
    r.value.indicators[1]!.summary.split('. ').length,
    4,
    'one sentence per factor',
  );
});

test('setting the only weighted indicator to 0 leaves nothing to rank, and says so', () => {
  const s = run([0, 1], 3, [specs[0]!, { ...specs[1]!, weight: 0 }]);
  const [zero, same] = s.indicators[0]!.variations;
  assert.equal(zero!.possible, false);
  assert.equal(zero!.summary, 'Setting the weight of internet use to 0 leaves no weight at all: nothing to rank');
  assert.equal(same!.moved.length, 0);
  assert.equal(same!.spearman, 1);
  assert.equal(same!.summary, 'Keeping the weight of internet use moves no country; the top 3 stays the same');
});

test('bad sensitivity options name the field', () => {
  for (const [opts, field] of [
    [{ factors: [1, -2] }, 'sensitivity.factors[1]'],
    [{ factors: [] }, 'sensitivity.factors'],
    [{ top: 0 }, 'sensitivity.top'],
  ] as const) {
    const r = weightSensitivity(countries, specs, options, { ...opts, factors: opts.factors ? [...opts.factors] : undefined });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.field, field);
  }
  const r = weightSensitivity(countries, [{ ...specs[0]!, weight: -1 }], options);
  assert.ok(!r.ok && r.field === 'indicators[0].weight');
});
