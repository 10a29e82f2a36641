import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRefund, checkRefundParts } from './refund-check.js';

const paid = { currency: 'EUR', capturedMinor: 5000, refundedMinor: 3000 };

test('a refund up to what is left is accepted; one cent more is refused naming the amount', () => {
  assert.deepEqual(checkRefund({ amount: 2000, currency: 'EUR' }, paid), { ok: true, value: { amount: 2000, currency: 'EUR' } });
  const r = checkRefund({ amount: 2001, currency: 'EUR' }, paid);
  assert.ok(!r.ok);
  assert.equal(r.code, 'REFUND_EXCEEDS_CAPTURED');
  assert.equal(r.field, 'amount.amount');
  assert.match(r.message, /EUR 20\.01.*EUR 20\.00 left.*captured EUR 50\.00, refunded EUR 30\.00/);
});

test('zero, negative, fractional and other-currency refunds are refused', () => {
  for (const [amount, field] of [
    [{ amount: 0, currency: 'EUR' }, 'amount.amount'],
    [{ amount: -5, currency: 'EUR' }, 'amount.amount'],
    [{ amount: 1.5, currency: 'EUR' }, 'amount.amount'],
    [{ amount: 100, currency: 'USD' }, 'amount.currency'],
  ] as const) {
    const r = checkRefund(amount, paid);
    assert.ok(!r.ok, JSON.stringify(amount));
    assert.equal(r.code, 'VALIDATION_FAILED');
    assert.equal(r.field, field);
  }
});

test('nothing captured: nothing to refund', () => {
  const r = checkRefund({ amount: 1, currency: 'JPY' }, { currency: 'JPY', capturedMinor: 0, refundedMinor: 0 });
  assert.ok(!r.ok && r.code === 'REFUND_EXCEEDS_CAPTURED');
});

test('parts must be known, not negative, and add up to the refund', () => {
  const total = { amount: 2500, currency: 'EUR' };
  assert.deepEqual(checkRefundParts({ goods: 2000, shipping: 500 }, total), { ok: true, value: { goods: 2000, shipping: 500 } });
  const short = checkRefundParts({ goods: 2000 }, total);
  assert.ok(!short.ok && short.field === 'parts' && /EUR 20\.00, not the refund's EUR 25\.00/.test(short.message));
  const unknown = checkRefundParts({ goods: 2000, gift: 500 }, total);
  assert.ok(!unknown.ok && unknown.field === 'parts.gift');
  const negative = checkRefundParts({ goods: 3000, duty: -500 }, total);
  assert.ok(!negative.ok && negative.field === 'parts.duty');
});
