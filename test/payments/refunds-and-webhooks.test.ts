import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, test } from 'node:test';
import { describeWithDatabases } from '../support/test-database.js';
import { CARD_OK, createPaymentVia, startPaymentServer, type PaymentServer } from './support.js';

const sign = (secret: string, t: number, body: string) => `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);

describeWithDatabases('refunds, and webhooks that are replayed, forged or stale', (db) => {
  let s: PaymentServer;
  let paid: { id: string; providerPaymentId: string };
  before(async () => {
    s = await startPaymentServer(db());
    paid = await createPaymentVia(s, { reference: 'order-refund', amount: { amount: '80.00', currency: 'EUR' }, method: 'card', country: 'FR', market: 'eu' });
    const r = await s.call('POST', `/v1/payments/${paid.id}/confirm`, { body: { card: CARD_OK }, key: s.apiKey });
    assert.equal(r.body.status, 'succeeded');
    await s.deliver();
  });
  after(() => s.close());
  const refund = (body: unknown, key: string | undefined, id = paid.id) => s.call('POST', `/v1/payments/${id}/refunds`, { body, headers: key ? { 'idempotency-key': key } : {} });
  const snapshot = async () => ({ payment: await s.payments.get(paid.id), refunds: await s.payments.listRefunds(paid.id), intent: await s.gateway.getIntent(paid.providerPaymentId), events: await s.events(paid.id) });

  test('refunds need the admin scope and an Idempotency-Key', async () => {
    const api = await s.call('POST', `/v1/payments/${paid.id}/refunds`, { body: { amount: { amount: '1.00', currency: 'EUR' } }, key: s.apiKey, headers: { 'idempotency-key': 'k-api' } });
    assert.equal(api.status, 403);
    const noKey = await refund({ amount: { amount: '1.00', currency: 'EUR' } }, undefined);
    assert.equal(noKey.status, 400);
    assert.equal(noKey.body.errors[0].field, 'headers.idempotency-key');
    assert.match(noKey.body.detail, /Idempotency-Key/);
  });

  test('a partial refund with its parts, then the rest: refunded in full, one event each', async () => {
    const first = await refund({ amount: { amount: '30.00', currency: 'EUR' }, reason: 'one item returned', parts: { goods: '25.00', duty: '5.00' } }, 'refund-1');
    assert.equal(first.status, 201, first.text);
    assert.equal(first.body.amount.amount, '30.00');
    assert.deepEqual(first.body.parts, { goods: '25.00', duty: '5.00' });
    assert.equal(first.body.payment.refunded.amount, '30.00');
    assert.equal(first.body.payment.refundStatus, 'partial');
    await s.deliver(); // charge.refunded comes back: already recorded, nothing changes
    const second = await refund({ amount: { amount: '50.00', currency: 'EUR' } }, 'refund-2');
    assert.equal(second.status, 201, second.text);
    assert.equal(second.body.payment.refundStatus, 'full');
    await s.deliver();
    const now = await snapshot();
    assert.equal(now.payment?.refundedMinor, 8000);
    assert.equal(now.intent?.amountRefundedMinor, 8000);
    assert.deepEqual(now.refunds.map((r) => [r.amountMinor, r.reason]), [[3000, 'one item returned'], [5000, null]]);
    assert.deepEqual(now.events, ['payment.created', 'payment.succeeded', 'payment.refunded', 'payment.refunded']);
    const view = await s.call('GET', `/v1/payments/${paid.id}`, { key: s.apiKey });
    assert.equal(view.body.refunds.length, 2);
  });

  test('a refund larger than what is left, in another currency, or of nothing captured: 4xx, nothing changed', async () => {
    const before = await snapshot();
    const tooMuch = await refund({ amount: { amount: '0.01', currency: 'EUR' } }, 'refund-3');
    assert.equal(tooMuch.status, 422);
    assert.equal(tooMuch.body.code, 'REFUND_EXCEEDS_CAPTURED');
    assert.equal(tooMuch.body.errors[0].field, 'amount.amount');
    assert.match(tooMuch.body.detail, /EUR 0\.00 left to refund/);
    const dollars = await refund({ amount: { amount: '1.00', currency: 'USD' } }, 'refund-4');
    assert.equal(dollars.status, 400);
    assert.equal(dollars.body.errors[0].field, 'amount.currency');
    const badParts = await refund({ amount: { amount: '1.00', currency: 'EUR' }, parts: { goods: '2.00' } }, 'refund-5');
    assert.equal(badParts.body.errors[0].field, 'parts');
    assert.deepEqual(await snapshot(), before);

    const held = await createPaymentVia(s, { reference: 'order-held', amount: { amount: '10.00', currency: 'EUR' }, method: 'card', country: 'FR', capture: 'manual' });
    await s.call('POST', `/v1/payments/${held.id}/confirm`, { body: { card: CARD_OK }, key: s.apiKey });
    const notCaptured = await refund({ amount: { amount: '1.00', currency: 'EUR' } }, 'refund-6', held.id);
    assert.equal(notCaptured.status, 409);
    assert.match(notCaptured.body.detail, /cancel it/);
  });

  test('a refund retried with the same key is made once; a larger refund on a fresh payment is refused by amount', async () => {
    const p = await createPaymentVia(s, { reference: 'order-retry', amount: { amount: '20.00', currency: 'EUR' }, method: 'card', country: 'FR' });
    await s.call('POST', `/v1/payments/${p.id}/confirm`, { body: { card: CARD_OK }, key: s.apiKey });
    const tooLarge = await refund({ amount: { amount: '20.01', currency: 'EUR' } }, 'r-large', p.id);
    assert.equal(tooLarge.status, 422);
    const a = await refund({ amount: { amount: '5.00', currency: 'EUR' } }, 'r-once', p.id);
    const b = await refund({ amount: { amount: '5.00', currency: 'EUR' } }, 'r-once', p.id);
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(b.body, a.body);
    assert.equal((await s.payments.listRefunds(p.id)).length, 1);
    assert.equal((await s.gateway.getIntent(p.providerPaymentId))?.amountRefundedMinor, 500);
    const other = await refund({ amount: { amount: '6.00', currency: 'EUR' } }, 'r-once', p.id);
    assert.equal(other.status, 422);
    assert.equal(other.body.code, 'IDEMPOTENCY_KEY_REUSED');
  });

  test('a replayed webhook answers 200 as a duplicate and changes nothing', async () => {
    const p = await createPaymentVia(s, { reference: 'order-replay', amount: { amount: '15.00', currency: 'EUR' }, method: 'card', country: 'FR' });
    await s.call('POST', `/v1/payments/${p.id}/confirm`, { body: { card: CARD_OK }, key: s.apiKey });
    await s.deliver();
    const r = await refund({ amount: { amount: '15.00', currency: 'EUR' } }, 'r-replay', p.id);
    assert.equal(r.status, 201);
    const [event] = await s.gateway.listEvents({ intentId: p.providerPaymentId, type: 'charge.refunded' });
    const body = JSON.stringify({ id: event!.id, object: 'event', type: event!.type, created: nowSeconds(), livemode: false, data: event!.data });
    const secret = s.deps.payments.testGateway.webhookSecret;
    const post = () => s.call('POST', '/v1/payments/webhooks/test', { body, key: null, headers: { 'testgateway-signature': sign(secret, nowSeconds(), body) } });
    const first = await post();
    assert.equal(first.status, 200, first.text);
    assert.deepEqual({ duplicate: first.body.duplicate, applied: first.body.applied }, { duplicate: false, applied: false }, 'the refund call had recorded it already');
    const before = { refunds: await s.payments.listRefunds(p.id), payment: await s.payments.get(p.id), events: await s.events(p.id) };
    const again = await post();
    assert.equal(again.status, 200);
    assert.equal(again.body.duplicate, true);
    assert.deepEqual({ refunds: await s.payments.listRefunds(p.id), payment: await s.payments.get(p.id), events: await s.events(p.id) }, before);
    assert.deepEqual(before.events, ['payment.created', 'payment.succeeded', 'payment.refunded']);
  });

  test('forged, unsigned, malformed and stale webhooks are refused with SIGNATURE_INVALID; nothing changes', async () => {
    const p = await createPaymentVia(s, { reference: 'order-forged', amount: { amount: '9.00', currency: 'EUR' }, method: 'bank_transfer', country: 'FR' });
    await s.call('POST', `/v1/payments/${p.id}/confirm`, { key: s.apiKey });
    const intent = await s.gateway.getIntent(p.providerPaymentId);
    const forgedObject = { id: intent!.id, object: 'payment_intent', amount: 900, currency: 'EUR', method: 'bank_transfer', status: 'succeeded', amount_received: 900, next_action: null, last_payment_error: null };
    const body = JSON.stringify({ id: 'evt_forged', object: 'event', type: 'payment_intent.succeeded', created: nowSeconds(), data: { object: forgedObject } });
    const secret = s.deps.payments.testGateway.webhookSecret;
    const cases: Array<[string, Record<string, string>]> = [
      ['wrong secret', { 'testgateway-signature': sign('not-the-secret', nowSeconds(), body) }],
      ['no header', {}],
      ['garbage header', { 'testgateway-signature': 'hello' }],
      ['stale (10 minutes old)', { 'testgateway-signature': sign(secret, nowSeconds() - 600, body) }],
      ['signed for another body', { 'testgateway-signature': sign(secret, nowSeconds(), body.replace('900', '901')) }],
    ];
    for (const [label, headers] of cases) {
      const r = await s.call('POST', '/v1/payments/webhooks/test', { body, key: null, headers });
      assert.equal(r.status, 400, `${label}: ${r.text}`);
      assert.equal(r.body.code, 'SIGNATURE_INVALID', label);
      assert.equal(r.body.errors[0].field, 'headers.testgateway-signature');
    }
    const stored = await s.payments.get(p.id);
    assert.equal(stored?.status, 'processing');
    assert.deepEqual(await s.events(p.id), ['payment.created', 'payment.processing']);

    const good = await s.call('POST', '/v1/payments/webhooks/test', { body, key: null, headers: { 'testgateway-signature': sign(secret, nowSeconds(), body) } });
    assert.equal(good.status, 200, 'the same event correctly signed is accepted (the signature is the only gate)');
    const nonJson = 'not json';
    const signedJunk = await s.call('POST', '/v1/payments/webhooks/test', { body: nonJson, key: null, headers: { 'testgateway-signature': sign(secret, nowSeconds(), nonJson) } });
    assert.equal(signedJunk.status, 400);
    assert.equal(signedJunk.body.code, 'WEBHOOK_INVALID');
  });

  test('an event for a payment Landfall does not know yet is refused (404) so that the gateway retries', async () => {
    const object = { id: 'pi_unknown', object: 'payment_intent', amount: 100, currency: 'EUR', status: 'succeeded', amount_received: 100, next_action: null, last_payment_error: null };
    const body = JSON.stringify({ id: 'evt_early', type: 'payment_intent.succeeded', data: { object } });
    const r = await s.call('POST', '/v1/payments/webhooks/test', { body, key: null, headers: { 'testgateway-signature': sign(s.deps.payments.testGateway.webhookSecret, nowSeconds(), body) } });
    assert.equal(r.status, 404);
    assert.equal(r.body.code, 'PAYMENT_NOT_FOUND');
  });

  test('other routes still parse JSON (the raw-body parser is scoped to the webhook route)', async () => {
    const r = await s.call('POST', '/v1/payments', { body: '{"reference": ', key: s.apiKey });
    assert.equal(r.status, 400);
    assert.equal(r.body.code, 'MALFORMED_JSON');
  });
});
