import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseDecimal, type Decimal } from '../decimal/decimal.js';
import { compilePricing, localizeAmount, localizePrice, type CrossRate } from './localize-price.js';
import type { PriceRules } from './price-rules.js';

const d = (s: string): Decimal => parseDecimal(s)!;
const one = d('1');
// ECB 2025-05-09: 1 EUR = 1.1252 USD = 163.36 JPY = 0.9353 CHF.
const usdToEur: CrossRate = { quote: one, base: d('1.1252') };
const usdToJpy: CrossRate = { quote: d('163.36'), base: d('1.1252') };
const usdToChf: CrossRate = { quote: d('0.9353'), base: d('1.1252') };

function compile(rate: CrossRate, rules: PriceRules) {
  const r = compilePricing('USD', rate, rules);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.value;
}

test('plain conversion rounds once, half-up, to the cent', () => {
  const p = compile(usdToEur, { currency: 'EUR', fxMarkupPercent: d('0'), rounding: { increment: 1, mode: 'half-up' } });
  assert.equal(localizeAmount(10000, p), 8887); // 100 / 1.1252 = 88.8731
});

test('markup and tax-inclusive display multiply before rounding', () => {
  const p = compile(usdToEur, { currency: 'EUR', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('19'), rounding: { increment: 1, mode: 'half-up' } });
  assert.equal(localizeAmount(10000, p), 10787); // 88.8731 x 1.02 x 1.19 = 107.874... -> 107.87
  assert.match(localizePrice({ amount: 10000, currency: 'USD' }, p).explanation, /\+ 2% FX markup, \+ 19% import tax/);
});

test('CHF rounds to 0.05; JPY to whole yen with a 980 ending; VND to 1,000', () => {
  const chf = compile(usdToChf, { currency: 'CHF', fxMarkupPercent: d('0'), rounding: { increment: 5, mode: 'half-up' } });
  assert.equal(localizeAmount(2999, chf), 2495); // 29.99 x 0.9353/1.1252 = 24.928 -> 24.95
  const jpy = compile(usdToJpy, { currency: 'JPY', fxMarkupPercent: d('0'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 1000, ending: 980, direction: 'up' } });
  assert.equal(localizeAmount(2999, jpy), 4980); // 29.99 x 145.18 = 4354 -> 4,980
  const vnd = compile({ quote: d('30000'), base: one }, { currency: 'VND', fxMarkupPercent: d('0'), rounding: { increment: 1000, mode: 'half-up' } });
  assert.equal(localizeAmount(1250, vnd), 375000);
});

test('charm endings: up, down and nearest; never down to zero', () => {
  const rules = (direction: 'up' | 'down' | 'nearest'): PriceRules => ({ currency: 'USD', fxMarkupPercent: d('0'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 99, direction } });
  const same: CrossRate = { quote: one, base: one };
  assert.equal(localizeAmount(2340, compile(same, rules('up'))), 2399);
  assert.equal(localizeAmount(2340, compile(same, rules('down'))), 2299);
  assert.equal(localizeAmount(2340, compile(same, rules('nearest'))), 2299);
  assert.equal(localizeAmount(2360, compile(same, rules('nearest'))), 2399);
  assert.equal(localizeAmount(2399, compile(same, rules('down'))), 2399);
  assert.equal(localizeAmount(50, compile(same, rules('down'))), 99);
  const whole = compile(same, { currency: 'USD', fxMarkupPercent: d('0'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 0, direction: 'nearest' } });
  assert.equal(localizeAmount(2349, whole), 2300);
});

test('bad rules are refused by field', () => {
  const base: PriceRules = { currency: 'EUR', fxMarkupPercent: d('0'), rounding: { increment: 1, mode: 'half-up' } };
  const cases: Array<[CrossRate, PriceRules, string]> = [
    [usdToEur, { ...base, currency: 'EURO' }, 'currency'],
    [{ quote: d('0'), base: one }, base, 'rate'],
    [usdToEur, { ...base, rounding: { increment: 0, mode: 'half-up' } }, 'rounding.increment'],
    [usdToEur, { ...base, fxMarkupPercent: d('-1') }, 'fxMarkupPercent'],
    [usdToEur, { ...base, charm: { modulus: 100, ending: 100, direction: 'up' } }, 'charm'],
  ];
  for (const [rate, rules, field] of cases) {
    const r = compilePricing('USD', rate, rules);
    assert.equal(r.ok ? 'ok' : r.field, field);
  }
});

test('the fast path equals exact rational arithmetic', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 300 }), fc.constantFrom(1, 5, 10, 100, 1000), (base, rateCoef, markup, increment) => {
      const rate: CrossRate = { quote: { coef: rateCoef, scale: 4 }, base: one };
      const p = compile(rate, { currency: 'EUR', fxMarkupPercent: { coef: markup, scale: 1 }, rounding: { increment, mode: 'half-up' } });
      const num = BigInt(base) * BigInt(rateCoef) * BigInt(1000 + markup);
      const den = 10_000n * 1000n * BigInt(increment);
      const expected = Number((num * 2n + den) / (2n * den)) * increment;
      return localizeAmount(base, p) === expected;
    }),
  );
});
