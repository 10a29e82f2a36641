import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDecimal } from '../decimal/decimal.js';
import { money } from '../money/money.js';
import { convert } from './convert.js';
import { buildFxTable, findRate } from './fx-table.js';

// ECB reference rates of 2025-05-08 and 2025-05-09 (eurofxref-hist.csv).
const ecb = buildFxTable('EUR', 'ECB', [
  { base: 'EUR', quote: 'USD', date: '2025-05-09', rate: parseDecimal('1.1252')!, source: 'ECB' },
  { base: 'EUR', quote: 'USD', date: '2025-05-08', rate: parseDecimal('1.1297')!, source: 'ECB' },
  { base: 'EUR', quote: 'JPY', date: '2025-05-09', rate: parseDecimal('163.36')!, source: 'ECB' },
  { base: 'EUR', quote: 'GBP', date: '2025-05-09', rate: parseDecimal('0.8477')!, source: 'ECB' },
]);

test('finds the latest rate on or before a date', () => {
  assert.equal(findRate(ecb, 'USD', '2025-05-10')?.date, '2025-05-09');
  assert.equal(findRate(ecb, 'USD', '2025-05-08')?.date, '2025-05-08');
  assert.equal(findRate(ecb, 'USD', '2025-05-07'), undefined);
});

test('EUR to USD multiplies by the published rate', () => {
  const r = convert(money(10000, 'EUR'), 'USD', ecb, { date: '2025-05-09' });
  assert.ok(r.ok);
  assert.deepEqual(r.value.money, { amount: 11252, currency: 'USD' });
  assert.equal(r.value.used.rate, '1.1252');
  assert.equal(r.value.used.rateDate, '2025-05-09');
});

test('USD to EUR divides, rounding half-up to the cent', () => {
  const r = convert(money(10000, 'USD'), 'EUR', ecb, { date: '2025-05-09' });
  assert.ok(r.ok);
  assert.equal(r.value.money.amount, 8887); // 100 / 1.1252 = 88.8731...
});

test('USD to JPY crosses through EUR and respects the zero-decimal yen', () => {
  const r = convert(money(2500, 'USD'), 'JPY', ecb, { date: '2025-05-09' });
  assert.ok(r.ok);
  assert.equal(r.value.money.amount, 3630); // 25 * 163.36 / 1.1252 = 3629.58...
  assert.equal(r.value.used.legs.length, 2);
  assert.equal(r.value.used.rate, '145.1830785638');
});

test('a weekend date uses Friday; an old rate is stale; an unknown pair is missing', () => {
  assert.ok(convert(money(100, 'EUR'), 'USD', ecb, { date: '2025-05-11' }).ok);
  const stale = convert(money(100, 'EUR'), 'USD', ecb, { date: '2025-06-30' });
  assert.equal(stale.ok ? 'ok' : stale.code, 'FX_RATE_STALE');
  const missing = convert(money(100, 'EUR'), 'CHF', ecb, { date: '2025-05-09' });
  assert.equal(missing.ok ? 'ok' : missing.code, 'FX_RATE_MISSING');
  const unknown = convert(money(100, 'EUR'), 'ZZZ', ecb, { date: '2025-05-09' });
  assert.equal(unknown.ok ? 'ok' : unknown.code, 'UNKNOWN_CURRENCY');
});

test('same currency is the identity', () => {
  const r = convert(money(123, 'GBP'), 'GBP', ecb, { date: '2025-05-09' });
  assert.ok(r.ok);
  assert.equal(r.value.money.amount, 123);
});
