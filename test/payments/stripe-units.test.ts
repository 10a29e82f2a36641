import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import Stripe from 'stripe';
import { fromStripeAmount, stripeUnit, toStripeAmount } from '../../src/services/payments/stripe/amounts.js';
import { failureCode, toProviderPayment, toProviderRefund } from '../../src/services/payments/stripe/mapping.js';
import { stripeMethod } from '../../src/services/payments/stripe/methods.js';
import { verifyStripeWebhook } from '../../src/services/payments/stripe/webhook.js';
import { PAYMENT_METHODS } from '../../src/data/payments/payment-methods.js';

test('amounts: Stripe units per documented case, exact both ways', () => {
  const cases: Array<[number, string, number]> = [
    [4990, 'EUR', 4990], // two decimals, as ISO
    [1980, 'JPY', 1980], // zero-decimal
    [250000, 'VND', 250000],
    [5000, 'UGX', 5000], // on Stripe's zero-decimal list
    [5, 'ISK', 500], // ISO 0 decimals, Stripe two (always 00)
    [5120, 'KWD', 5120], // three decimals, last digit 0
    [12300, 'MGA', 123], // ISO 2 decimals, Stripe zero-decimal: whole ariary
    [123456, 'HUF', 123456], // two decimals for charges (zero only for payouts)
    [99900, 'TWD', 99900],
  ];
  for (const [minor, currency, stripe] of cases) {
    assert.deepEqual(toStripeAmount({ amount: minor, currency }), { ok: true, value: stripe }, `${currency} out`);
    assert.equal(fromStripeAmount(stripe, currency.toLowerCase()), minor, `${currency} back`);
  }
});

test('amounts that cannot be sent exactly are refused with the reason; odd amounts from Stripe are not read', () => {
  const refused: Array<[number, string, RegExp]> = [
    [5124, 'KWD', /steps of KWD 0\.010; KWD 5\.124 cannot be sent exactly/],
    [1005, 'BHD', /steps of BHD 0\.010/],
    [12345, 'MGA', /whole units only; MGA 123\.45/],
    [100, 'IQD', /does not document how it takes IQD/],
    [100, 'CLF', /CLF/],
    [100, 'XXX', /not an ISO 4217 currency/],
  ];
  for (const [amount, currency, message] of refused) {
    const r = toStripeAmount({ amount, currency });
    assert.equal(r.ok, false, currency);
    if (!r.ok) assert.match(r.message, message);
  }
  assert.equal(fromStripeAmount(550, 'isk'), undefined, 'fractional krónur');
  assert.equal(fromStripeAmount(12.5, 'eur'), undefined);
  assert.equal(fromStripeAmount(-1, 'eur'), undefined);
  assert.deepEqual(stripeUnit('KWD'), { exponent: 3, step: 10 });
});

test('methods: every Landfall method maps to a Stripe type or a stated refusal', () => {
  const expected: Record<string, string> = {
    card: 'card', apple_pay: 'card', google_pay: 'card', paypal: 'paypal', klarna: 'klarna', afterpay: 'afterpay_clearpay', clearpay: 'afterpay_clearpay',
    ideal: 'ideal', bancontact: 'bancontact', twint: 'twint', konbini: 'konbini', paypay: 'paypay', kakaopay: 'kakao_pay', naverpay: 'naver_pay',
    paynow: 'paynow', grabpay: 'grabpay', pix: 'pix', bank_transfer: 'customer_balance', vipps: 'mobilepay',
  };
  const refused = ['interac', 'postfinance', 'cod', 'sepa_debit'];
  for (const m of PAYMENT_METHODS) {
    const r = stripeMethod(m.id, m.id === 'vipps' ? 'DK' : 'NL', 'EUR');
    if (refused.includes(m.id)) assert.ok('refused' in r, m.id);
    else assert.deepEqual('type' in r ? r.type : r, expected[m.id], m.id);
  }
  assert.deepEqual(stripeMethod('bank_transfer', 'AT', 'EUR'), { type: 'customer_balance', bankTransfer: { type: 'eu_bank_transfer', country: 'DE' } });
  assert.deepEqual(stripeMethod('bank_transfer', 'JP', 'JPY'), { type: 'customer_balance', bankTransfer: { type: 'jp_bank_transfer' } });
  assert.match((stripeMethod('bank_transfer', 'CH', 'CHF') as { refused: string }).refused, /EUR, GBP, JPY, MXN, USD, not CHF/);
});

const pi = (over: Record<string, unknown>) => ({ id: 'pi_1', object: 'payment_intent', amount: 4990, amount_received: 0, currency: 'eur', allowed_payment_method_types: ['card'], status: 'requires_payment_method', last_payment_error: null, next_action: null, ...over });

test('PaymentIntent statuses in Landfall\'s terms', () => {
  const cases: Array<[Record<string, unknown>, string, unknown]> = [
    [{}, 'requires_action', { type: 'confirm' }],
    [{ status: 'requires_confirmation' }, 'requires_action', { type: 'confirm' }],
    [{ last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'lost_card', message: 'Your card was declined.' } }, 'failed', null],
    [{ status: 'requires_action', next_action: { type: 'redirect_to_url', redirect_to_url: { url: 'https://hooks.stripe.com/3ds', return_url: 'https://shop/r' } } }, 'requires_action', { type: 'redirect', url: 'https://hooks.stripe.com/3ds', returnUrl: 'https://shop/r', reason: 'three_d_secure' }],
    [{ status: 'requires_action', next_action: { type: 'use_stripe_sdk', use_stripe_sdk: {} } }, 'requires_action', null],
    [{ status: 'requires_action', allowed_payment_method_types: ['paynow'], currency: 'sgd', next_action: { type: 'paynow_display_qr_code', paynow_display_qr_code: { data: 'SGQR', image_url_png: 'https://x/qr.png' } } }, 'processing', { type: 'display_instructions', kind: 'qr_code', details: { data: 'SGQR', image_url_png: 'https://x/qr.png' } }],
    [{ status: 'processing' }, 'processing', null],
    [{ status: 'requires_capture' }, 'authorized', null],
    [{ status: 'succeeded', amount_received: 4990 }, 'succeeded', null],
    [{ status: 'canceled' }, 'cancelled', null],
  ];
  for (const [over, status, next] of cases) {
    const p = toProviderPayment(pi(over));
    assert.ok(p, JSON.stringify(over));
    assert.equal(p.status, status, JSON.stringify(over));
    assert.deepEqual(p.nextAction, next);
  }
  assert.deepEqual(toProviderPayment(pi({ last_payment_error: { code: 'card_declined', decline_code: 'lost_card', message: 'Your card was declined.' } }))!.failure, { code: 'lost_card', message: 'Your card was declined.' });
  assert.equal(failureCode({ code: 'card_declined', decline_code: 'generic_decline' }), 'card_declined');
  assert.equal(failureCode({ code: 'payment_intent_authentication_failure' }), 'payment_intent_authentication_failure');
  assert.equal(toProviderPayment(pi({ status: 'something_new' })), undefined);
  assert.equal(toProviderPayment({ ...pi({}), object: 'charge' }), undefined);
  assert.deepEqual(toProviderPayment(pi({ currency: 'isk', amount: 500000, amount_received: 500000, status: 'succeeded' }))!.amount, { amount: 5000, currency: 'ISK' });
});

test('Refunds: statuses, and only refunds of a PaymentIntent', () => {
  const re = (over: Record<string, unknown>) => ({ id: 're_1', object: 'refund', amount: 1500, currency: 'eur', payment_intent: 'pi_1', status: 'succeeded', ...over });
  assert.deepEqual(toProviderRefund(re({})), { id: 're_1', paymentId: 'pi_1', amount: { amount: 1500, currency: 'EUR' }, status: 'succeeded' });
  assert.equal(toProviderRefund(re({ status: 'pending' }))!.status, 'pending');
  assert.equal(toProviderRefund(re({ status: 'requires_action' }))!.status, 'pending');
  assert.equal(toProviderRefund(re({ status: 'canceled' }))!.status, 'failed');
  assert.equal(toProviderRefund(re({ payment_intent: null })), undefined);
});

test('webhook verification: the library checks the signature against Landfall\'s clock; no secret, arrays and far-future stamps are refused', () => {
  const secret = 'whsec_UnitTestSecret0123456789';
  const body = JSON.stringify({ id: 'evt_u1', object: 'event', type: 'charge.succeeded', data: { object: { id: 'ch_1', object: 'charge' } } });
  const now = new Date('2026-11-27T10:00:00Z');
  const sign = (s: string, at: Date) => {
    const t = Math.floor(at.getTime() / 1000);
    return `t=${t},v1=${createHmac('sha256', s).update(`${t}.${body}`).digest('hex')}`;
  };
  const verify = (header: string | string[] | undefined, key: string | undefined) => verifyStripeWebhook(Stripe.webhooks, key, { 'stripe-signature': header }, body, now);
  assert.deepEqual(verify(sign(secret, now), secret), { ok: true, value: { id: 'evt_u1', type: 'charge.succeeded', kind: 'other' } });
  // While a secret is rolled, Stripe signs with both: one v1 that matches is enough.
  const rolled = `${sign(secret, now)},v1=${'0'.repeat(64)}`;
  assert.equal(verify(rolled, secret).ok, true);
  // "now" is Landfall's clock, not the machine's: 299 s old passes, 301 s old does not.
  assert.equal(verify(sign(secret, new Date(now.getTime() - 299_000)), secret).ok, true);
  const refused: Array<[string | string[] | undefined, string | undefined, RegExp]> = [
    [sign(secret, now), undefined, /LANDFALL_STRIPE_WEBHOOK_SECRET .*is not set/],
    [undefined, secret, /header is missing/],
    [[sign(secret, now), sign(secret, now)], secret, /must be sent once/],
    [sign(secret, new Date(now.getTime() - 301_000)), secret, /tolerance/],
    [sign(secret, new Date(now.getTime() + 301_000)), secret, /301 s ahead/],
    [sign('whsec_AnotherSecret0123456789', now), secret, /No signatures found matching/],
  ];
  for (const [header, key, message] of refused) {
    const r = verify(header, key);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.code, 'SIGNATURE_INVALID');
      assert.equal(r.field, 'headers.stripe-signature');
      assert.match(r.message, message);
    }
  }
});
