import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { boundedEditDistance, editDistance, jaroWinkler } from './similarity.js';

test('Jaro-Winkler matches the published examples', () => {
  // Winkler (1990) and the usual textbook pairs
  const cases: [string, string, number][] = [
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
    ['rotenberg', 'rotenburg', 0.956],
  ];
  for (const [a, b, expected] of cases) assert.ok(Math.abs(jaroWinkler(a, b) - expected) < 0.001, `${a}/${b}: ${jaroWinkler(a, b)}`);
  assert.equal(jaroWinkler('abc', 'abc'), 1);
  assert.equal(jaroWinkler('abc', 'xyz'), 0);
  assert.equal(jaroWinkler('', 'abc'), 0);
});

test('Jaro-Winkler is symmetric and within 0..1', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
      const s = jaroWinkler(a, b);
      return s >= 0 && s <= 1 && Math.abs(s - jaroWinkler(b, a)) < 1e-12;
    }),
  );
});

test('edit distance counts insertions, deletions, substitutions and adjacent swaps', () => {
  const cases: [string, string, number][] = [
    ['rotenberg', 'rotenburg', 1],
    ['ivanov', 'ivnaov', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
  ];
  for (const [a, b, expected] of cases) assert.equal(editDistance(a, b), expected, `${a}/${b}`);
});

test('the bounded edit distance agrees with the full one up to its bound', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[abcd]{0,10}$/), fc.stringMatching(/^[abcd]{0,10}$/), fc.integer({ min: 0, max: 3 }), (a, b, max) => {
      const full = editDistance(a, b);
      return boundedEditDistance(a, b, max) === (full <= max ? full : max + 1);
    }),
    { numRuns: 2000 },
  );
});
