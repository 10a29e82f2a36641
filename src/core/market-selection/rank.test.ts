import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { rankCountries } from './rank.js';
import type { CountryInput, IndicatorSpec, RankOptions, Ranking } from './types.js';

const v = (value: number, year: number | null = null, source = 'test') => ({ value, year, source });
/** Countries from a table: { DE: { a: 1, b: 2 } } -> CountryInput[]; null means missing. */
function table(rows: Record<string, Record<string, number | null>>): CountryInput[] {
  return Object.entries(rows).map(([country, values]) => ({
    country,
    values: Object.fromEntries(Object.entries(values).filter(([, x]) => x !== null).map(([id, x]) => [id, v(x!)])),
  }));
}
function rank(countries: CountryInput[], specs: IndicatorSpec[], options: RankOptions): Ranking {
  const r = rankCountries(countries, specs, options);
  assert.ok(r.ok, r.ok ? '' : `${r.field}: ${r.message}`);
  return r.value;
}
const get = (r: Ranking, code: string) => r.countries.find((c) => c.country === code)!;
const norm = (r: Ranking, code: string, id: string) => get(r, code).contributions.find((c) => c.id === id)!.normalized;
const close = (actual: number | null, expected: number, tol = 1e-12) =>
  assert.ok(actual !== null && Math.abs(actual - expected) <= tol, `expected ${expected}, got ${actual}`);

const one = (id = 'a', direction: 'higher' | 'lower' = 'higher'): IndicatorSpec => ({ id, name: id.toUpperCase(), weight: 1, direction });
const MINMAX: RankOptions = { normalization: 'min-max', missing: 'reweight' };

test('min-max: (x - min) / (max - min); a lower-is-better indicator is turned around', () => {
  const countries = table({ DE: { a: 90, b: 40 }, FR: { a: 80, b: 20 }, IT: { a: 60, b: 30 } });
  const r = rank(countries, [{ ...one('a'), weight: 3 }, one('b', 'lower')], MINMAX);
  close(norm(r, 'DE', 'a'), 1);
  close(norm(r, 'FR', 'a'), 2 / 3);
  close(norm(r, 'IT', 'a'), 0);
  close(norm(r, 'DE', 'b'), 0); // the highest cost is the worst
  close(norm(r, 'FR', 'b'), 1);
  close(norm(r, 'IT', 'b'), 0.5);
  // DE: 100 * (3*1 + 1*0) / 4 = 75; FR: 100 * (3*2/3 + 1*1) / 4 = 75; IT: 100 * (0 + 0.5) / 4 = 12.5
  assert.deepEqual(r.countries.map((c) => [c.country, c.rank, c.score]), [['DE', 1, 75], ['FR', 2, 75], ['IT', 3, 12.5]]);
  assert.deepEqual(r.method.weights, { a: 0.75, b: 0.25 });
  const de = get(r, 'DE');
  assert.deepEqual(de.contributions.map((c) => [c.id, c.weight, c.points]), [['a', 0.75, 75], ['b', 0.25, 0]]);
});

test('ties in score are ordered by country code, not by input order', () => {
  const r = rank(table({ ZA: { a: 5 }, AT: { a: 5 }, MX: { a: 1 } }), [one()], MINMAX);
  assert.deepEqual(r.countries.map((c) => [c.country, c.rank]), [['AT', 1], ['ZA', 2], ['MX', 3]]);
});

test('z-score: population sd, (z + 3) / 6; beyond 3 sd is clipped', () => {
  // 2,4,4,4,5,5,7,9: mean 5, population sd 2
  const values = [2, 4, 4, 4, 5, 5, 7, 9];
  const codes = ['AA', 'AB', 'AC', 'AD', 'AE', 'AF', 'AG', 'AH'];
  const countries = table(Object.fromEntries(codes.map((c, i) => [c, { a: values[i]! }])));
  const r = rank(countries, [one()], { normalization: 'z-score', missing: 'reweight' });
  const expected = values.map((x) => ((x - 5) / 2 + 3) / 6); // 0.25, 0.41667, ..., 0.83333
  codes.forEach((c, i) => close(norm(r, c, 'a'), expected[i]!));
  close(norm(r, 'AA', 'a'), 0.25);
  close(norm(r, 'AH', 'a'), 5 / 6);

  // fifteen 0s and one 16: mean 1, population variance (15 * 1 + 225) / 16 = 15; z(16) = 15 / sqrt(15) > 3
  const many = table(Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`B${String.fromCharCode(65 + i)}`, { a: i === 15 ? 16 : 0 }])));
  const z = rank(many, [one()], { normalization: 'z-score', missing: 'reweight' });
  close(norm(z, 'BP', 'a'), 1);
  close(norm(z, 'BA', 'a'), (3 - 1 / Math.sqrt(15)) / 6);
  // lower is better: the same numbers mirrored
  const low = rank(countries, [one('a', 'lower')], { normalization: 'z-score', missing: 'reweight' });
  close(norm(low, 'AA', 'a'), 0.75);
});

test('rank: average ranks for ties, (r - 1) / (n - 1), turned around for lower-is-better', () => {
  const countries = table({ AA: { a: 10 }, BB: { a: 20 }, CC: { a: 20 }, DD: { a: 30 } });
  const up = rank(countries, [one()], { normalization: 'rank', missing: 'reweight' });
  assert.deepEqual(['AA', 'BB', 'CC', 'DD'].map((c) => norm(up, c, 'a')), [0, 0.5, 0.5, 1]);
  const down = rank(countries, [one('a', 'lower')], { normalization: 'rank', missing: 'reweight' });
  assert.deepEqual(['AA', 'BB', 'CC', 'DD'].map((c) => norm(down, c, 'a')), [1, 0.5, 0.5, 0]);
});

test('a constant indicator gives 0.5 to every country under each scaling', () => {
  const countries = table({ AA: { a: 7, b: 1 }, BB: { a: 7, b: 2 }, CC: { a: 7, b: 3 } });
  for (const normalization of ['min-max', 'z-score', 'rank'] as const) {
    const r = rank(countries, [one('a'), one('b')], { normalization, missing: 'reweight' });
    assert.deepEqual(['AA', 'BB', 'CC'].map((c) => norm(r, c, 'a')), [0.5, 0.5, 0.5], normalization);
    assert.deepEqual(r.countries.map((c) => c.country), ['CC', 'BB', 'AA'], normalization);
  }
});

test('missing: reweight spreads the weight, worst counts the worst observed; both state it and the coverage', () => {
  // a: AA 0, BB 1, CC 0.5; b: AA 1, CC 0, BB has none
  const countries = table({ AA: { a: 10, b: 1 }, BB: { a: 30, b: null }, CC: { a: 20, b: 0 } });
  const specs: IndicatorSpec[] = [
    { id: 'a', name: 'Internet use', weight: 1, direction: 'higher' },
    { id: 'b', name: 'GDP per capita', weight: 1, direction: 'higher' },
  ];
  const re = rank(countries, specs, MINMAX);
  assert.deepEqual(re.countries.map((c) => [c.country, c.score, c.coverage]), [['BB', 100, 0.5], ['AA', 50, 1], ['CC', 25, 1]]);
  assert.deepEqual(get(re, 'BB').missing, ['no value for GDP per capita: its 50 % weight was spread over the others']);
  assert.deepEqual(get(re, 'BB').contributions.map((c) => [c.id, c.weight, c.normalized]), [['a', 1, 1], ['b', 0, null]]);
  assert.deepEqual(get(re, 'AA').missing, []);

  const worst = rank(countries, specs, { normalization: 'min-max', missing: 'worst' });
  // BB: (1 + 0) / 2 = 50, tied with AA (ordered by code)
  assert.deepEqual(worst.countries.map((c) => [c.country, c.rank, c.score, c.coverage]), [['AA', 1, 50, 1], ['BB', 2, 50, 0.5], ['CC', 3, 25, 1]]);
  assert.deepEqual(get(worst, 'BB').missing, ['no value for GDP per capita: counted as the worst observed value']);
  const b = get(worst, 'BB').contributions[1]!;
  assert.deepEqual([b.raw, b.normalized, b.weight, b.points], [null, 0, 0.5, 0]);
  assert.match(worst.method.statement, /counts as the worst value observed/);
  // BB against the average country: a 0.5 * (1 - 0.5) * 100 = +25, b 0.5 * (0 - 0.5) * 100 = -25
  assert.deepEqual(get(worst, 'BB').lifts, ['Internet use (30) is among the highest: +25.0 points over the average country']);
  assert.deepEqual(get(worst, 'BB').sinks, ['No value for GDP per capita, counted as the worst observed: -25.0 points against the average country']);
  assert.deepEqual(get(re, 'BB').sinks, [], 'under reweight a missing value neither lifts nor sinks');
});

test('below minCoverage a country is listed after the ranked ones with no rank and the reason', () => {
  const countries = table({ AA: { a: 10, b: 1 }, BB: { a: 30, b: null }, CC: { a: 20, b: 0 }, DD: { a: null, b: null } });
  const r = rank(countries, [one('a'), { ...one('b'), name: 'GDP per capita' }], { ...MINMAX, minCoverage: 0.6 });
  assert.deepEqual(r.countries.map((c) => [c.country, c.rank, c.score]), [['AA', 1, 50], ['CC', 2, 25], ['BB', null, 100], ['DD', null, null]]);
  assert.equal(get(r, 'BB').notRanked, 'data for 50 % of the weight, below the 60 % required: listed but not ranked');
  assert.equal(get(r, 'DD').notRanked, 'no value for any weighted indicator: listed but not ranked');
  assert.equal(get(r, 'AA').notRanked, null);
  assert.match(r.method.statement, /less than 60 % of the weight are listed but not ranked/);
});

test('explanations: what lifts and what sinks each country, in words, against the average country', () => {
  const countries: CountryInput[] = [
    { country: 'DE', name: 'Germany', values: { internet: v(90, 2023, 'ITU'), cost: v(40, null, 'landed cost') } },
    { country: 'FR', name: 'France', values: { internet: v(80, 2023, 'ITU'), cost: v(20, null, 'landed cost') } },
    { country: 'IT', name: 'Italy', values: { internet: v(60, 2023, 'ITU'), cost: v(30, null, 'landed cost') } },
  ];
  const specs: IndicatorSpec[] = [
    { id: 'internet', name: 'Internet use', weight: 3, direction: 'higher', unit: '%' },
    { id: 'cost', name: 'Landed cost of your catalog', weight: 1, direction: 'lower', unit: 'EUR' },
  ];
  const r = rank(countries, specs, MINMAX);
  // mean normalized: internet (1 + 2/3 + 0) / 3 = 5/9, cost (0 + 1 + 0.5) / 3 = 1/2
  // DE: internet 0.75 * (1 - 5/9) * 100 = +33.3; cost 0.25 * (0 - 1/2) * 100 = -12.5
  assert.deepEqual(get(r, 'DE').lifts, ['Internet use (90.0 % in 2023) is among the highest: +33.3 points over the average country']);
  assert.deepEqual(get(r, 'DE').sinks, ['Landed cost of your catalog (EUR 40.00) is among the highest: -12.5 points against the average country']);
  // FR: cost +12.5 first, internet 0.75 * (2/3 - 5/9) * 100 = +8.3
  assert.deepEqual(get(r, 'FR').lifts, [
    'Landed cost of your catalog (EUR 20.00) is among the lowest: +12.5 points over the average country',
    'Internet use (80.0 % in 2023) is in the middle: +8.3 points over the average country',
  ]);
  assert.deepEqual(get(r, 'FR').sinks, []);
  // IT: internet -41.7; cost exactly average, so not mentioned
  assert.deepEqual(get(r, 'IT').lifts, []);
  assert.deepEqual(get(r, 'IT').sinks, ['Internet use (60.0 % in 2023) is among the lowest: -41.7 points against the average country']);
  close(get(r, 'DE').contributions[0]!.vsAverage, 100 / 3, 1e-9);
  assert.equal(get(r, 'DE').name, 'Germany');
  assert.deepEqual(r.indicators.map((i) => [i.id, i.countries, i.years]), [['internet', 3, { from: 2023, to: 2023 }], ['cost', 3, null]]);
  assert.equal(
    r.method.statement,
    'Each indicator is scaled to 0..1 across the countries that have a value for it, so that 1 is the best; for landed cost of your catalog lower is better, so the scale is turned around. ' +
      'Scaling is min-max: (value - lowest) / (highest - lowest); an indicator with the same value in every country gives 0.5 to all. ' +
      'The score (0 to 100) is 100 times the weighted sum of the scaled values divided by the sum of the weights used. ' +
      'Weights, normalized to sum 100 %: internet use 75 % and landed cost of your catalog 25 %. ' +
      "A missing value is never counted as zero: the country's score uses the weights of the indicators it has, renormalized to sum 1, and its coverage (the share of the weight with data) is stated. " +
      'Countries with equal scores are ordered by country code.',
  );
});

test('a log-transformed indicator is scaled on the logarithm', () => {
  const r = rank(table({ AA: { pop: 10 }, BB: { pop: 100 }, CC: { pop: 1000 } }), [{ ...one('pop'), transform: 'log' }], MINMAX);
  close(norm(r, 'BB', 'pop'), 0.5, 1e-12); // ln 100 is halfway between ln 10 and ln 1000
  assert.match(r.method.statement, /POP is taken as natural logarithms first/);
});

test('validation names the field at fault', () => {
  const countries = table({ DE: { a: 1 } });
  const cases: [IndicatorSpec[], RankOptions, CountryInput[], string][] = [
    [[one('a'), one('a')], MINMAX, countries, 'indicators[1].id'],
    [[one('a'), one('b'), { ...one('c'), weight: -1 }], MINMAX, countries, 'indicators[2].weight'],
    [[{ ...one('a'), weight: Number.NaN }], MINMAX, countries, 'indicators[0].weight'],
    [[{ ...one('a'), weight: 0 }], MINMAX, countries, 'indicators'],
    [[], MINMAX, countries, 'indicators'],
    [[{ ...one('a'), direction: 'up' as 'higher' }], MINMAX, countries, 'indicators[0].direction'],
    [[one('a')], { ...MINMAX, minCoverage: 1.5 }, countries, 'options.minCoverage'],
    [[one('a')], { ...MINMAX, normalization: 'max' as 'rank' }, countries, 'options.normalization'],
    [[one('a')], MINMAX, [...countries, ...countries], 'countries[1].country'],
    [[one('a')], MINMAX, [{ country: 'DE', values: { a: v(Number.NaN) } }], 'countries[0].values.a.value'],
    [[{ ...one('a'), transform: 'log' }], MINMAX, [{ country: 'DE', values: { a: v(0) } }], 'countries[0].values.a.value'],
    [[one('a')], MINMAX, [{ country: 'deu', values: {} }], 'countries[0].country'],
  ];
  for (const [specs, options, input, field] of cases) {
    const r = rankCountries(input, specs, options);
    assert.equal(r.ok, false, field);
    if (!r.ok) {
      assert.equal(r.code, 'VALIDATION_FAILED');
      assert.equal(r.field, field);
    }
  }
});

test('invariants: points sum to the score, scores stay in 0..100, ranks run 1..n without gaps', () => {
  const cell = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null, freq: 4 });
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }).filter((w) => w.some((x) => x > 0)),
      fc.constantFrom('min-max' as const, 'z-score' as const, 'rank' as const),
      fc.constantFrom('reweight' as const, 'worst' as const),
      (rows, weights, normalization, missing) => {
        const countries: CountryInput[] = rows.map((row, c) => ({
          country: `${String.fromCharCode(65 + Math.floor(c / 26))}${String.fromCharCode(65 + (c % 26))}`,
          values: Object.fromEntries(row.flatMap((x, i) => (x === null ? [] : [[`i${i}`, v(x)]]))),
        }));
        const specs: IndicatorSpec[] = weights.map((w, i) => ({ id: `i${i}`, name: `I${i}`, weight: w, direction: i === 1 ? 'lower' : 'higher' }));
        const r = rank(countries, specs, { normalization, missing });
        const ranks = r.countries.filter((c) => c.rank !== null).map((c) => c.rank);
        assert.deepEqual(ranks, ranks.map((_, i) => i + 1));
        for (const c of r.countries) {
          assert.ok(c.coverage >= 0 && c.coverage <= 1 + 1e-12);
          if (c.score === null) continue;
          assert.ok(c.score >= -1e-9 && c.score <= 100 + 1e-9, `score ${c.score}`);
          const points = c.contributions.reduce((s, x) => s + x.points, 0);
          assert.ok(Math.abs(points - c.score) < 1e-9, `points ${points} vs score ${c.score}`);
        }
      },
    ),
    { numRuns: 300, seed: 7 },
  );
});
