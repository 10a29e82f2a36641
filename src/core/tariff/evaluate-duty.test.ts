import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDecimal } from '../decimal/decimal.js';
import { money } from '../money/money.js';
import { evaluateDuty, type DutyQuantities } from './evaluate-duty.js';
import { parseDutyRate } from './parse-duty-rate.js';

const q: DutyQuantities = { kg: parseDecimal('12.5'), unit: 10, pair: 10, litre: undefined };
const none = () => undefined;

function duty(rate: string, base = money(10000, 'EUR'), quantities = q) {
  const parsed = parseDutyRate(rate);
  assert.ok(parsed.ok);
  return evaluateDuty(parsed.value, base, quantities, none, 'half-up');
}

test('ad valorem', () => {
  const r = duty('12%', money(8430, 'EUR'));
  assert.ok(r.ok);
  assert.equal(r.amount.amount, 1012);
  assert.equal(r.formula, '12% of EUR 84.30');
});

test('specific per 100 kg and compound', () => {
  const r = duty('8.3% + 24.2 EUR / 100 kg');
  assert.ok(r.ok);
  assert.equal(r.amount.amount, 830 + 303); // 24.20 * 12.5 / 100 = 3.025 -> 3.03
  assert.match(r.formula, /8\.3% of EUR 100\.00 \+ EUR 24\.2\/100 kg × 12\.5 kg/);
});

test('per pair and per dozen', () => {
  const pair = duty('0.50 EUR/pair');
  assert.ok(pair.ok);
  assert.equal(pair.amount.amount, 500);
  const doz = duty('4.4¢/doz.', money(10000, 'USD'), { ...q, unit: 24 });
  assert.ok(doz.ok);
  assert.equal(doz.amount.amount, 9); // 0.044 * 24 / 12 = 0.088 -> 0.09
});

test('minimum and maximum bound the ad valorem part', () => {
  const min = duty('6% MIN 2.50 EUR/pair', money(1000, 'EUR'), { ...q, pair: 2 });
  assert.ok(min.ok);
  assert.equal(min.amount.amount, 500);
  assert.match(min.formula, /^minimum/);
  const max = duty('12% MAX 5 EUR/100 kg');
  assert.ok(max.ok);
  assert.equal(max.amount.amount, 63); // 5 * 12.5 / 100 = 0.625 -> 0.63 < 12.00
});

test('missing weight is a reason, not a zero', () => {
  const r = duty('3.50 EUR/kg', money(100, 'EUR'), { ...q, kg: undefined });
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.reason, 'WEIGHT_MISSING');
});

test('a specific rate in another currency is converted, or reported', () => {
  const parsed = parseDutyRate('1.5¢/kg');
  assert.ok(parsed.ok);
  const converted = evaluateDuty(parsed.value, money(100, 'EUR'), q, (m) => money(Math.round(m.amount * 0.9), 'EUR'), 'half-up');
  assert.ok(converted.ok);
  assert.equal(converted.amount.amount, 17); // USD 0.19 -> EUR 0.17
  const missing = evaluateDuty(parsed.value, money(100, 'EUR'), q, none, 'half-up');
  assert.equal(missing.ok ? 'ok' : missing.reason, 'FX_RATE_MISSING');
});
