import assert from 'node:assert/strict';
import { test } from 'node:test';
import { amount, prefixedAmount, quantity, RefuseOrder } from './read-fields.js';

const PREFIXES = { $: 'USD', 'US $': 'USD', 'AU $': 'AUD', '£': 'GBP', EUR: 'EUR', JPY: 'JPY' };

function refusal(fn: () => unknown): { field: string; code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof RefuseOrder) return error.problem;
    throw error;
  }
  assert.fail('not refused');
}

test('decimal strings become exact minor units, never through a float', () => {
  assert.equal(amount('0.29', 'EUR', 'x'), 29);
  assert.equal(amount('1234567890123.45', 'USD', 'x'), 123456789012345);
  assert.equal(amount('10', 'JPY', 'x'), 10);
  assert.equal(amount('12.30', 'KWD', 'x'), 12300);
  for (const [text, code] of [['12.345', 'INVALID_AMOUNT'], ['1e3', 'INVALID_AMOUNT'], ['', 'INVALID_AMOUNT'], ['-1.00', 'INVALID_AMOUNT']] as const) {
    assert.equal(refusal(() => amount(text, 'EUR', 'ItemPrice.Amount')).code, code, text);
  }
  assert.match(refusal(() => amount(12.3, 'EUR', 'ItemPrice.Amount')).message, /ItemPrice\.Amount must be a decimal amount written as text/);
});

test('amounts with a currency in front: the longest prefix wins, thousands grouped by three, a decimal comma refused', () => {
  assert.deepEqual(prefixedAmount('$1,234.56', PREFIXES, 'Sold For'), { currency: 'USD', minor: 123456 });
  assert.deepEqual(prefixedAmount('AU $12.00', PREFIXES, 'Sold For'), { currency: 'AUD', minor: 1200 });
  assert.deepEqual(prefixedAmount('US $0.99', PREFIXES, 'Sold For'), { currency: 'USD', minor: 99 });
  assert.deepEqual(prefixedAmount('£7.5', PREFIXES, 'Sold For'), { currency: 'GBP', minor: 750 });
  assert.deepEqual(prefixedAmount('JPY 1,500', PREFIXES, 'Sold For'), { currency: 'JPY', minor: 1500 });
  for (const text of ['12,99 €', 'EUR 12,99', '$1,23.00', '$12.999', '¥100', '=1+2', '$ ']) {
    const r = refusal(() => prefixedAmount(text, PREFIXES, 'Sold For'));
    assert.equal(r.field, 'Sold For', text);
    assert.equal(r.code, 'INVALID_AMOUNT', text);
  }
});

test('quantities are whole numbers from 1 to 9999, as digits or a JSON integer', () => {
  assert.equal(quantity('3', 'Quantity'), 3);
  assert.equal(quantity(2, 'QuantityOrdered'), 2);
  for (const q of ['0', '-1', '1.5', '10000', 'two', 1.5, null]) assert.equal(refusal(() => quantity(q, 'Quantity')).field, 'Quantity', String(q));
});
