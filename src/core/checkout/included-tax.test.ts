import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decimal } from '../decimal/decimal.js';
import { money } from '../money/money.js';
import { splitIncludedTax } from './included-tax.js';

test('tax inside a price, rounded half-up once, net takes the rest', () => {
  // 19.90 x 19 / 119 = 3.1773 -> 3.18
  assert.deepEqual(splitIncludedTax(money(1990, 'EUR'), decimal(19)), { net: money(1672, 'EUR'), tax: money(318, 'EUR') });
  // 1980 x 10 / 110 = 180 exactly
  assert.deepEqual(splitIncludedTax(money(1980, 'JPY'), decimal(10)), { net: money(1800, 'JPY'), tax: money(180, 'JPY') });
  // 24.99 x 20 / 120 = 4.165 -> 4.17 (the tie goes up)
  assert.deepEqual(splitIncludedTax(money(2499, 'GBP'), decimal(20)), { net: money(2082, 'GBP'), tax: money(417, 'GBP') });
  // 8.1% (Swiss standard rate): 100.00 x 8.1 / 108.1 = 7.4930 -> 7.49
  assert.deepEqual(splitIncludedTax(money(10000, 'CHF'), decimal(81, 1)), { net: money(9251, 'CHF'), tax: money(749, 'CHF') });
});

test('a zero rate or a zero amount gives no tax', () => {
  assert.deepEqual(splitIncludedTax(money(1990, 'EUR'), decimal(0)), { net: money(1990, 'EUR'), tax: money(0, 'EUR') });
  assert.deepEqual(splitIncludedTax(money(0, 'EUR'), decimal(19)), { net: money(0, 'EUR'), tax: money(0, 'EUR') });
});

test('net and tax always add back to the inclusive amount', () => {
  for (let amount = 0; amount < 3000; amount += 7) {
    for (const rate of [decimal(5), decimal(19), decimal(255, 1), decimal(77, 1)]) {
      const { net, tax } = splitIncludedTax(money(amount, 'EUR'), rate);
      assert.equal(net.amount + tax.amount, amount);
      assert.ok(tax.amount >= 0 && tax.amount <= amount);
    }
  }
});

test('a negative rate is a bug', () => {
  assert.throws(() => splitIncludedTax(money(100, 'EUR'), decimal(-5)), RangeError);
});
