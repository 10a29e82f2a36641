import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { allocate } from './allocate.js';
import { currencyExponent } from './currencies.js';
import { formatAmount, formatMoney, money, multiplyByDecimal, parseMoney, roundToStep, sum } from './money.js';

test('ISO 4217 exponents', () => {
  assert.equal(currencyExponent('EUR'), 2);
  assert.equal(currencyExponent('JPY'), 0);
  assert.equal(currencyExponent('KRW'), 0);
  assert.equal(currencyExponent('VND'), 0);
  assert.equal(currencyExponent('KWD'), 3);
  assert.equal(currencyExponent('CLF'), 4);
  assert.equal(currencyExponent('XXX'), undefined);
});

const parsed: Array<[string, string, number]> = [
  ['25.00', 'EUR', 2500],
  ['25', 'EUR', 2500],
  ['0.5', 'USD', 50],
  ['1999', 'JPY', 1999],
  ['1.250', 'KWD', 1250],
  ['10.50', 'JPY', NaN],
  ['-3.10', 'GBP', -310],
  ['0.00', 'EUR', 0],
];
for (const [text, currency, amount] of parsed) {
  test(`parseMoney(${text}, ${currency})`, () => {
    const r = parseMoney(text, currency);
    if (Number.isNaN(amount)) assert.equal(r.ok, false);
    else assert.deepEqual(r, { ok: true, value: { amount, currency } });
  });
}

test('parseMoney rejects too many decimals, unknown currencies and malformed text with reasons', () => {
  const cases: Array<[string, string, string]> = [
    ['1.005', 'USD', 'TOO_MANY_DECIMALS'],
    ['10.5', 'JPY', 'TOO_MANY_DECIMALS'],
    ['10', 'EURO', 'UNKNOWN_CURRENCY'],
    ['1e3', 'USD', 'INVALID_AMOUNT'],
    ['1,000.00', 'USD', 'INVALID_AMOUNT'],
    ['', 'USD', 'INVALID_AMOUNT'],
    ['9999999999999999', 'USD', 'INVALID_AMOUNT'],
  ];
  for (const [text, currency, error] of cases) {
    const r = parseMoney(text, currency);
    assert.equal(r.ok ? 'ok' : r.error, error, `${text} ${currency}`);
  }
});

test('format round-trips parse for every exponent', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('EUR', 'JPY', 'KWD', 'CLF'), (amount, currency) => {
      const text = formatAmount(money(amount, currency));
      const back = parseMoney(text, currency);
      return back.ok && back.value.amount === amount;
    }),
  );
  assert.equal(formatMoney(money(8430, 'EUR')), 'EUR 84.30');
  assert.equal(formatMoney(money(-5, 'USD')), 'USD -0.05');
  assert.equal(formatMoney(money(1000, 'JPY')), 'JPY 1000');
});

test('rates multiply exactly with a named rounding', () => {
  assert.equal(multiplyByDecimal(money(8430, 'EUR'), { coef: 12, scale: 2 }, 'half-up').amount, 1012); // 10.116
  assert.equal(multiplyByDecimal(money(1250, 'EUR'), { coef: 19, scale: 2 }, 'half-up').amount, 238); // 2.375 -> 2.38
  assert.equal(multiplyByDecimal(money(1250, 'EUR'), { coef: 19, scale: 2 }, 'half-even').amount, 238); // 237.5 -> 238 (even)
  assert.equal(multiplyByDecimal(money(1050, 'EUR'), { coef: 5, scale: 2 }, 'half-even').amount, 52); // 52.5 -> 52
  assert.equal(roundToStep(money(1234, 'CHF'), 5, 'half-up').amount, 1235);
});

test('allocate: parts always sum to the total and follow the weights', () => {
  assert.deepEqual(allocate(money(100, 'EUR'), [1, 1, 1]).map((m) => m.amount), [34, 33, 33]);
  assert.deepEqual(allocate(money(1000, 'EUR'), [0, 0]).map((m) => m.amount), [500, 500]);
  assert.deepEqual(allocate(money(-100, 'EUR'), [1, 1, 1]).map((m) => m.amount), [-34, -33, -33]);
  fc.assert(
    fc.property(
      fc.integer({ min: -1e12, max: 1e12 }),
      fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 30 }),
      (amount, weights) => {
        const parts = allocate(money(amount, 'USD'), weights);
        const total = sum(parts, 'USD').amount;
        const weightSum = weights.reduce((a, b) => a + b, 0);
        const fair = weights.every((w, i) => weightSum === 0 || Math.abs(parts[i]!.amount - (amount * w) / weightSum) < 1 + 1e-6 * Math.abs(amount));
        return total === amount && fair;
      },
    ),
  );
});
