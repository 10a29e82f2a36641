import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseRates, convertMinor, crossRateText, formatMinor, parseMinor, scaleMinor } from './amounts.js';

test('minor units are written with the exponent of their currency, exactly past 2^53', () => {
  assert.equal(formatMinor(14749n, 'EUR'), '147.49');
  assert.equal(formatMinor(5n, 'EUR'), '0.05');
  assert.equal(formatMinor(-5n, 'EUR'), '-0.05');
  assert.equal(formatMinor(0n, 'USD'), '0.00');
  assert.equal(formatMinor(58239n, 'JPY'), '58239');
  assert.equal(formatMinor(1234n, 'KWD'), '1.234');
  assert.equal(formatMinor(9007199254740993n, 'EUR'), '90071992547409.93');
});

test('decimal strings read back as minor units, exactly; too many decimals are refused', () => {
  assert.equal(parseMinor('147.49', 'EUR'), 14749n);
  assert.equal(parseMinor('147.4', 'EUR'), 14740n);
  assert.equal(parseMinor('147', 'EUR'), 14700n);
  assert.equal(parseMinor('-3.05', 'EUR'), -305n);
  assert.equal(parseMinor('147.4900', 'EUR'), 14749n, 'numeric sums may carry trailing zeros');
  assert.equal(parseMinor('147.491', 'EUR'), undefined);
  assert.equal(parseMinor('5800', 'JPY'), 5800n);
  assert.equal(parseMinor('5800.5', 'JPY'), undefined);
  assert.equal(parseMinor('1e3', 'EUR'), undefined);
  assert.equal(parseMinor(' 1', 'EUR'), undefined);
  assert.equal(parseMinor('90071992547409.93', 'EUR'), 9007199254740993n);
});

const ecb = baseRates('EUR', { USD: '1.1252', GBP: '0.8477', JPY: '163.36', NOK: '11.6725', BAD: 'x' });

test('conversion through the base rate is exact integer arithmetic, rounded once half-up', () => {
  // USD 100.00 / 1.1252 = EUR 88.8731...
  assert.equal(convertMinor(10000n, 'USD', 'EUR', ecb), 8887n);
  // EUR 100.00 x 1.1252 = USD 112.52 exactly.
  assert.equal(convertMinor(10000n, 'EUR', 'USD', ecb), 11252n);
  // Cross: GBP 100.00 -> USD = 100 x 1.1252 / 0.8477 = 132.7356...
  assert.equal(convertMinor(10000n, 'GBP', 'USD', ecb), 13274n);
  // Exponents: EUR 10.00 -> JPY 1633.6 -> 1634; JPY 1634 -> EUR 10.0024... -> 10.00.
  assert.equal(convertMinor(1000n, 'EUR', 'JPY', ecb), 1634n);
  assert.equal(convertMinor(1634n, 'JPY', 'EUR', ecb), 1000n);
  // Half-up is symmetric about zero.
  assert.equal(convertMinor(-10000n, 'USD', 'EUR', ecb), -8887n);
  assert.equal(convertMinor(5n, 'EUR', 'EUR', ecb), 5n);
  assert.equal(convertMinor(9007199254740993n, 'EUR', 'USD', ecb), 10134900601434565n);
  assert.throws(() => convertMinor(1n, 'BAD', 'EUR', ecb), /no EUR rate for BAD/);
  assert.equal(crossRateText(ecb, 'GBP', 'USD'), '1.3273563761');
  assert.equal(crossRateText(ecb, 'EUR', 'USD'), '1.1252');
  assert.equal(crossRateText(ecb, 'USD', 'USD'), '1');
});

test('a share of an amount is rounded once with the named mode', () => {
  assert.equal(scaleMinor(12345n, 10n, 100n), 1235n);
  assert.equal(scaleMinor(-12345n, 10n, 100n), -1235n);
  assert.equal(scaleMinor(12345n, 25n, 1000n), 309n);
  assert.equal(scaleMinor(12345n, 25n, 1000n, 'down'), 308n);
});

test('a conversion with a factor rounds once: 10 % of GBP 100.00 in USD is 13.27, not 10 % of the rounded 132.74', () => {
  assert.equal(convertMinor(10000n, 'GBP', 'USD', ecb, 'half-up', { numerator: 10n, denominator: 100n }), 1327n);
  assert.equal(convertMinor(-10000n, 'GBP', 'USD', ecb, 'half-up', { numerator: 10n, denominator: 100n }), -1327n);
  assert.equal(convertMinor(12345n, 'USD', 'USD', ecb, 'half-up', { numerator: 25n, denominator: 1000n }), 309n);
});
