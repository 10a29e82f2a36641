import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeWithDatabases } from '../support/test-database.js';
import { createPaymentVia, startPaymentServer, type PaymentServer } from './support.js';

describeWithDatabases('local payment methods: offered by country; redirect and offline flows', (db) => {
  let s: PaymentServer;
  before(async () => {
    s = await startPaymentServer(db());
  });
  after(() => s.close());
  const methods = async (query: string) => {
    const r = await s.call('GET', `/v1/payment-methods?${query}`, { key: null });
    assert.equal(r.status, 200, r.text);
    return r.body;
  };
  const ids = (body: { methods: Array<{ id: string }> }) => body.methods.map((m) => m.id);
  const helper = (intentId: string, body: unknown = {}) =>
    s.call('POST', `/test-gateway/v1/test_helpers/payment_intents/${intentId}/complete`, { body, key: s.deps.payments.testGateway.key });

  test('methods per country: NL gets iDEAL, DE does not; JP konbini; SG PayNow; CH TWINT', async () => {
    const nl = await methods('country=NL');
    assert.equal(nl.market, 'eu');
    assert.equal(nl.currency, 'EUR');
    assert.deepEqual(ids(nl), ['card', 'paypal', 'klarna', 'ideal', 'sepa_debit', 'apple_pay', 'google_pay']);
    assert.deepEqual(nl.methods.find((m: { id: string }) => m.id === 'ideal'), { id: 'ideal', name: 'iDEAL', kind: 'redirect', flow: 'redirect', manualCapture: false });
    const de = await methods('market=eu&country=de');
    assert.ok(!ids(de).includes('ideal'));
    assert.deepEqual(de.skipped, [{ id: 'ideal', reason: 'country', message: 'iDEAL is not offered to buyers in DE' }]);
    assert.ok(ids(await methods('country=JP')).includes('konbini'));
    assert.ok(ids(await methods('country=SG')).includes('paynow'));
    assert.ok(ids(await methods('market=ch')).includes('twint'));
  });

  test('Bancontact only where a market lists it; PayPal skipped for KRW, with the reason', async () => {
    const be = await methods('country=BE');
    assert.equal(be.market, 'be');
    assert.deepEqual(ids(be), ['card', 'bancontact', 'paypal']);
    const kr = await methods('country=KR');
    assert.deepEqual(kr.skipped, [{ id: 'paypal', reason: 'currency', message: 'PayPal cannot charge in KRW' }]);
  });

  test('bad queries name their field', async () => {
    for (const [query, status, field] of [
      ['', 400, 'country'],
      ['country=XX', 400, 'country'],
      ['country=TH', 404, 'country'],
      ['market=mars', 404, 'market'],
      ['market=eu&country=BE', 400, 'country'],
    ] as const) {
      const r = await s.call('GET', `/v1/payment-methods?${query}`, { key: null });
      assert.equal(r.status, status, `${query}: ${r.text}`);
      assert.equal(r.body.errors?.[0]?.field, field, query);
    }
  });

  test('a method the country, currency or market does not allow is refused naming method; nothing is created', async () => {
    const before = await s.gateway.countIntents();
    for (const [body, code] of [
      [{ reference: 'o1', amount: { amount: '10.00', currency: 'EUR' }, method: 'ideal', country: 'DE' }, 'PAYMENT_METHOD_NOT_AVAILABLE'],
      [{ reference: 'o2', amount: { amount: '10.00', currency: 'EUR' }, method: 'ideal', country: 'DE', market: 'eu' }, 'PAYMENT_METHOD_NOT_AVAILABLE'],
      [{ reference: 'o3', amount: { amount: '1000', currency: 'JPY' }, method: 'ideal', country: 'NL' }, 'PAYMENT_METHOD_NOT_AVAILABLE'],
      [{ reference: 'o4', amount: { amount: '10.00', currency: 'EUR' }, method: 'bancontact', country: 'NL', market: 'eu' }, 'PAYMENT_METHOD_NOT_AVAILABLE'],
      [{ reference: 'o5', amount: { amount: '10.00', currency: 'EUR' }, method: 'sofort', country: 'DE' }, 'PAYMENT_METHOD_NOT_AVAILABLE'],
      [{ reference: 'o6', amount: { amount: '19.5', currency: 'JPY' }, method: 'konbini', country: 'JP' }, 'VALIDATION_FAILED'],
    ] as const) {
      const r = await s.call('POST', '/v1/payments', { body, key: s.apiKey });
      assert.equal(r.body.code, code, `${JSON.stringify(body)}: ${r.text}`);
      assert.equal(r.status, code === 'VALIDATION_FAILED' ? 400 : 422);
      assert.equal(r.body.errors[0].field, code === 'VALIDATION_FAILED' ? 'amount.amount' : 'method');
    }
    assert.equal(await s.gateway.countIntents(), before, 'no intent was created at the gateway');
  });

  test('iDEAL: a return URL is required; the buyer authorizes at the bank page and the webhook completes it', async () => {
    const created = await createPaymentVia(s, { reference: 'order-ideal', amount: { amount: '35.00', currency: 'EUR' }, method: 'ideal', country: 'NL', market: 'eu' });
    const withoutUrl = await s.call('POST', `/v1/payments/${created.id}/confirm`, { body: {}, key: s.apiKey });
    assert.equal(withoutUrl.status, 400);
    assert.equal(withoutUrl.body.errors[0].field, 'returnUrl');
    const r = await s.call('POST', `/v1/payments/${created.id}/confirm`, { body: { returnUrl: 'https://shop.example/return' }, key: s.apiKey });
    assert.equal(r.body.status, 'requires_action');
    assert.deepEqual({ ...r.body.nextAction, url: undefined }, { type: 'redirect', url: undefined, returnUrl: 'https://shop.example/return', reason: 'authorize' });
    const page = await (await fetch(r.body.nextAction.url)).text();
    assert.match(page, /Authorize the iDEAL payment/);
    const posted = await fetch(r.body.nextAction.url, { method: 'POST', body: 'action=authenticate', headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    assert.equal(posted.status, 303);
    await s.deliver();
    const after = await s.call('GET', `/v1/payments/${created.id}`, { key: s.apiKey });
    assert.equal(after.body.status, 'succeeded');
    assert.equal(after.body.captured.amount, '35.00');
  });

  test('konbini: a voucher, processing until the buyer pays at the store (test helper)', async () => {
    const created = await createPaymentVia(s, { reference: 'order-konbini', amount: { amount: '4380', currency: 'JPY' }, method: 'konbini', country: 'JP', market: 'jp' });
    const r = await s.call('POST', `/v1/payments/${created.id}/confirm`, { key: s.apiKey, body: {} });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.status, 'processing');
    assert.equal(r.body.amount.amount, '4380');
    assert.equal(r.body.nextAction.type, 'display_instructions');
    assert.equal(r.body.nextAction.kind, 'voucher');
    assert.match(r.body.nextAction.details.number, /^\d{12}$/);
    await s.deliver();
    assert.equal((await s.call('GET', `/v1/payments/${created.id}`, { key: s.apiKey })).body.status, 'processing', 'still waiting for the money');

    const paid = await helper(created.providerPaymentId);
    assert.equal(paid.status, 200, paid.text);
    assert.equal(paid.body.status, 'succeeded');
    await s.deliver();
    const after = await s.call('GET', `/v1/payments/${created.id}`, { key: s.apiKey });
    assert.equal(after.body.status, 'succeeded');
    assert.equal(after.body.captured.amount, '4380');
    assert.deepEqual(await s.events(created.id), ['payment.created', 'payment.processing', 'payment.succeeded']);
    const twice = await helper(created.providerPaymentId);
    assert.equal(twice.status, 400);
    assert.equal(twice.body.error.code, 'payment_intent_unexpected_state');
  });

  test('bank transfer: bank details and a reference; a transfer that never arrives fails the payment', async () => {
    const created = await createPaymentVia(s, { reference: 'order-transfer', amount: { amount: '120.00', currency: 'EUR' }, method: 'bank_transfer', country: 'FR' });
    const r = await s.call('POST', `/v1/payments/${created.id}/confirm`, { key: s.apiKey });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.status, 'processing');
    assert.equal(r.body.nextAction.kind, 'bank_transfer');
    assert.match(r.body.nextAction.details.reference, /^TG\d{10}$/);
    assert.equal(r.body.nextAction.details.amount_remaining, 12000);
    const expired = await helper(created.providerPaymentId, { outcome: 'failed' });
    assert.equal(expired.body.status, 'failed');
    await s.deliver();
    const after = await s.call('GET', `/v1/payments/${created.id}`, { key: s.apiKey });
    assert.equal(after.body.status, 'failed');
    assert.equal(after.body.failure.code, 'payment_expired');
  });

  test('PayNow shows a QR code; an unpaid one can be cancelled', async () => {
    const created = await createPaymentVia(s, { reference: 'order-paynow', amount: { amount: '29.90', currency: 'SGD' }, method: 'paynow', country: 'SG', market: 'sg' });
    const r = await s.call('POST', `/v1/payments/${created.id}/confirm`, { body: {}, key: s.apiKey });
    assert.equal(r.body.nextAction.kind, 'qr_code');
    assert.match(r.body.nextAction.details.data, /^TESTGATEWAY\|paynow\|pi_/);
    const cancelled = await s.call('POST', `/v1/payments/${created.id}/cancel`, { key: s.apiKey });
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(cancelled.body.nextAction, null);
  });
});
