import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCaptureInput, parseConfirmInput, parseCreatePaymentInput, parseRefundInput } from './payment-input.js';

const today = { year: 2026, month: 5 };
const create = { reference: 'order-1001', amount: { amount: '25.90', currency: 'EUR' }, method: 'ideal', country: 'nl' };

function fieldsOf(r: { ok: boolean; details?: readonly { field: string }[] }): string[] {
  return r.ok ? [] : (r.details ?? []).map((d) => d.field);
}

test('a payment: exact minor units, country upper-cased, automatic capture by default', () => {
  const r = parseCreatePaymentInput(create);
  assert.ok(r.ok);
  assert.deepEqual(r.value, { reference: 'order-1001', amount: { amount: 2590, currency: 'EUR' }, method: 'ideal', country: 'NL', market: undefined, capture: 'automatic', threeDSecure: 'automatic' });
  const yen = parseCreatePaymentInput({ ...create, amount: { amount: '1980', currency: 'JPY' }, capture: 'manual', market: 'jp' });
  assert.ok(yen.ok && yen.value.amount.amount === 1980 && yen.value.capture === 'manual');
  const challenged = parseCreatePaymentInput({ ...create, method: 'card', threeDSecure: 'required' });
  assert.ok(challenged.ok && challenged.value.threeDSecure === 'required');
  const bad = parseCreatePaymentInput({ ...create, threeDSecure: 'always' });
  assert.ok(!bad.ok && bad.details?.some((d) => d.field === 'threeDSecure'));
});

test('bad payment fields are each named', () => {
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ ...create, amount: { amount: '25.905', currency: 'EUR' } }, 'amount.amount'],
    [{ ...create, amount: { amount: '19.5', currency: 'JPY' } }, 'amount.amount'],
    [{ ...create, amount: { amount: '0.00', currency: 'EUR' } }, 'amount.amount'],
    [{ ...create, amount: { amount: '-1.00', currency: 'EUR' } }, 'amount.amount'],
    [{ ...create, amount: { amount: '10', currency: 'EURO' } }, 'amount.currency'],
    [{ ...create, amount: 25.9 }, 'amount'],
    [{ ...create, method: 'iDEAL!' }, 'method'],
    [{ ...create, country: 'XX' }, 'country'],
    [{ ...create, reference: '' }, 'reference'],
    [{ ...create, capture: 'later' }, 'capture'],
    [{ ...create, market: 'EU market' }, 'market'],
    [{ ...create, card: {} }, 'card'],
  ];
  for (const [input, field] of cases) assert.ok(fieldsOf(parseCreatePaymentInput(input)).includes(field), `${JSON.stringify(input)} should name ${field}`);
  assert.deepEqual(fieldsOf(parseCreatePaymentInput([])), ['body']);
});

test('confirming: a card for card methods, a return URL for redirect methods, nothing for offline ones', () => {
  const card = { number: '4242424242424242', expMonth: 1, expYear: 2030, cvc: '123' };
  const byCard = parseConfirmInput({ card }, 'card', today);
  assert.ok(byCard.ok && byCard.value.card?.last4 === '4242' && byCard.value.returnUrl === undefined);
  assert.deepEqual(fieldsOf(parseConfirmInput({}, 'card', today)), ['card']);
  assert.deepEqual(fieldsOf(parseConfirmInput({ card: { ...card, number: '4242424242424241' } }, 'card', today)), ['card.number']);
  assert.deepEqual(fieldsOf(parseConfirmInput({}, 'redirect', today)), ['returnUrl']);
  assert.deepEqual(fieldsOf(parseConfirmInput({ returnUrl: 'javascript:alert(1)' }, 'redirect', today)), ['returnUrl']);
  assert.deepEqual(fieldsOf(parseConfirmInput({ card, returnUrl: 'https://shop.example/back' }, 'redirect', today)), ['card']);
  assert.ok(parseConfirmInput(undefined, 'offline', today).ok);
  assert.ok(parseConfirmInput({ returnUrl: 'https://shop.example/back?x=1' }, 'redirect', today).ok);
});

test('capture: all by default, or a part in the payment currency', () => {
  assert.deepEqual(parseCaptureInput({}, 'USD'), { ok: true, value: { amount: undefined } });
  assert.deepEqual(parseCaptureInput({ amount: { amount: '10.00', currency: 'USD' } }, 'USD'), { ok: true, value: { amount: { amount: 1000, currency: 'USD' } } });
  assert.deepEqual(fieldsOf(parseCaptureInput({ amount: { amount: '10.00', currency: 'EUR' } }, 'USD')), ['amount.currency']);
});

test('refund: amount, optional reason and parts that add up', () => {
  const r = parseRefundInput({ amount: { amount: '25.00', currency: 'EUR' }, reason: ' returned ', parts: { goods: '20.00', shipping: '5.00' } });
  assert.ok(r.ok);
  assert.deepEqual(r.value, { amount: { amount: 2500, currency: 'EUR' }, reason: 'returned', parts: { goods: 2000, shipping: 500 } });
  assert.deepEqual(fieldsOf(parseRefundInput({ amount: { amount: '25.00', currency: 'EUR' }, parts: { goods: '20.00' } })), ['parts']);
  assert.deepEqual(fieldsOf(parseRefundInput({ amount: { amount: '25.00', currency: 'EUR' }, parts: { goods: '20.001' } })), ['parts.goods']);
  assert.deepEqual(fieldsOf(parseRefundInput({ amount: { amount: '25.00', currency: 'EUR' }, reason: '' })), ['reason']);
  assert.deepEqual(fieldsOf(parseRefundInput({})), ['amount']);
});
