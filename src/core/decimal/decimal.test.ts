import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addDecimal, compareDecimal, decimalFromNumber, formatDecimal, mulDecimal, parseDecimal, roundDecimal } from './decimal.js';
import { divRound, divRoundBig, mulDivRound, ROUNDING_MODES } from './rounding.js';

test('parses and formats exactly', () => {
  for (const [text, out] of [['12', '12'], ['8.10', '8.1'], ['0.000125', '0.000125'], ['-3.50', '-3.5'], ['007.5', '7.5'], ['0', '0'], ['0.0', '0']]) {
    const d = parseDecimal(text!);
    assert.ok(d, text);
    assert.equal(formatDecimal(d), out);
  }
});

test('rejects what is not a plain decimal', () => {
  for (const text of ['', '1e3', '+1', '1,000', ' 1', '1.', '.5', 'NaN', '1.2.3', '0x10', '1234567890123456', '0.0000000000001']) {
    assert.equal(parseDecimal(text), undefined, text);
  }
});

test('JSON numbers convert through their shortest decimal text', () => {
  assert.deepEqual(decimalFromNumber(0.25), { coef: 25, scale: 2 });
  assert.equal(decimalFromNumber(1e21), undefined);
  assert.equal(decimalFromNumber(Number.NaN), undefined);
});

test('arithmetic and comparison', () => {
  assert.equal(formatDecimal(addDecimal(parseDecimal('0.1')!, parseDecimal('0.2')!)), '0.3');
  assert.equal(formatDecimal(mulDecimal(parseDecimal('1.1')!, parseDecimal('1.1')!)), '1.21');
  assert.equal(compareDecimal(parseDecimal('2.50')!, parseDecimal('2.5')!), 0);
  assert.equal(compareDecimal(parseDecimal('-1')!, parseDecimal('0.001')!), -1);
  assert.equal(formatDecimal(roundDecimal(parseDecimal('2.345')!, 2, 'half-even')), '2.34');
  assert.equal(formatDecimal(roundDecimal(parseDecimal('2.345')!, 2, 'half-up')), '2.35');
});

const table: Array<[number, number, Record<string, number>]> = [
  [5, 2, { 'half-up': 3, 'half-even': 2, down: 2, up: 3, floor: 2, ceil: 3 }],
  [7, 2, { 'half-up': 4, 'half-even': 4, down: 3, up: 4, floor: 3, ceil: 4 }],
  [-5, 2, { 'half-up': -3, 'half-even': -2, down: -2, up: -3, floor: -3, ceil: -2 }],
  [10, 3, { 'half-up': 3, 'half-even': 3, down: 3, up: 4, floor: 3, ceil: 4 }],
  [-10, 3, { 'half-up': -3, 'half-even': -3, down: -3, up: -4, floor: -4, ceil: -3 }],
  [6, 3, { 'half-up': 2, 'half-even': 2, down: 2, up: 2, floor: 2, ceil: 2 }],
];
for (const [n, d, expected] of table) {
  test(`divRound(${n}, ${d}) in every mode`, () => {
    for (const mode of ROUNDING_MODES) assert.equal(divRound(n, d, mode), expected[mode], mode);
  });
}

test('the number path agrees with the BigInt path', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), fc.constantFrom(...ROUNDING_MODES), (n, d, mode) => {
      return divRound(n, d, mode) === Number(divRoundBig(BigInt(n), BigInt(d), mode));
    }),
  );
});

test('mulDivRound stays exact past 2^53', () => {
  assert.equal(mulDivRound(9_007_199_254_740_991, 10, 10, 'half-up'), 9_007_199_254_740_991);
  assert.equal(mulDivRound(123_456_789_012, 987_654, 1_000_000, 'half-up'), Number((123_456_789_012n * 987_654n + 500_000n) / 1_000_000n));
});

test('rounding is within one unit of the exact quotient', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e4 }), fc.constantFrom(...ROUNDING_MODES), (n, d, mode) => {
      return Math.abs(divRound(n, d, mode) - n / d) < 1;
    }),
  );
});

test('decimalFromNumber agrees with the number printed and parsed', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }), (n, s) => {
      const value = n / 10 ** s;
      const viaText = /e/i.test(String(value)) ? undefined : parseDecimal(String(value));
      assert.deepEqual(decimalFromNumber(value), viaText);
      return true;
    }),
  );
  assert.deepEqual(decimalFromNumber(1.1), { coef: 11, scale: 1 });
  assert.deepEqual(decimalFromNumber(0.000001), parseDecimal('0.000001'));
  assert.equal(decimalFromNumber(0.1 + 0.2), undefined, '0.30000000000000004 has more decimals than a rate may');
});
