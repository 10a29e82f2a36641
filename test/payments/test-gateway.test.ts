import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { GATEWAY_MAX_ATTEMPTS, gatewayRetryDelayMs } from '../../src/services/test-gateway/deliver-events.js';
import { startTestGatewayWorker } from '../../src/services/test-gateway/event-worker.js';
import { describeWithDatabases } from '../support/test-database.js';
import { CARD_OK, createPaymentVia, startPaymentServer, type PaymentServer } from './support.js';

test('gateway retries back off from 5 s, doubling, at most an hour apart, and stop after the last attempt', () => {
  assert.equal(gatewayRetryDelayMs(1), 5_000);
  assert.equal(gatewayRetryDelayMs(2), 10_000);
  assert.equal(gatewayRetryDelayMs(11), 3_600_000);
  assert.equal(gatewayRetryDelayMs(GATEWAY_MAX_ATTEMPTS), undefined);
});

describeWithDatabases('the test gateway API: keys, errors, idempotency, webhook retries and the worker', (db) => {
  let offsetMs = 0;
  let s: PaymentServer;
  before(async () => {
    s = await startPaymentServer(db(), { clock: () => new Date(Date.now() + offsetMs) });
  });
  after(() => s.close());
  const gw = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    s.call(method, `/test-gateway/v1${path}`, { body, key: s.deps.payments.testGateway.key, headers });

  test('the API wants its bearer key; errors come in the gateway format', async () => {
    const none = await s.call('POST', '/test-gateway/v1/payment_intents', { body: { amount: 100, currency: 'USD', method: 'card' }, key: null });
    assert.equal(none.status, 401);
    assert.deepEqual(none.body.error.type, 'authentication_error');
    const wrong = await s.call('GET', '/test-gateway/v1/payment_intents/pi_x', { key: 'tg_wrong_key' });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.body.error.code, 'api_key_invalid');
    const cases: Array<[unknown, string, string]> = [
      [{ currency: 'USD', method: 'card' }, 'parameter_missing', 'amount'],
      [{ amount: 1.5, currency: 'USD', method: 'card' }, 'parameter_invalid', 'amount'],
      [{ amount: 100, currency: 'XYZ', method: 'card' }, 'parameter_invalid', 'currency'],
      [{ amount: 100, currency: 'USD', method: 'ideal' }, 'payment_method_unsupported', 'currency'],
      [{ amount: 100, currency: 'EUR', method: 'sofort' }, 'payment_method_unsupported', 'method'],
      [{ amount: 1000, currency: 'JPY', method: 'konbini', capture_method: 'manual' }, 'parameter_invalid', 'capture_method'],
      [{ amount: 100, currency: 'USD', method: 'card', extra: 1 }, 'parameter_invalid', 'extra'],
    ];
    for (const [body, code, param] of cases) {
      const r = await gw('POST', '/payment_intents', body);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.deepEqual([r.body.error.code, r.body.error.param, r.body.error.type], [code, param, 'invalid_request_error'], r.text);
    }
    const missing = await gw('GET', '/payment_intents/pi_nope');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'resource_missing');
    const noRoute = await gw('GET', '/charges');
    assert.equal(noRoute.body.error.code, 'route_missing');
  });

  test('create is idempotent by key; the same key with other parameters is an idempotency error', async () => {
    const a = await gw('POST', '/payment_intents', { amount: 2500, currency: 'EUR', method: 'card' }, { 'idempotency-key': 'gw-1' });
    const b = await gw('POST', '/payment_intents', { amount: 2500, currency: 'EUR', method: 'card' }, { 'idempotency-key': 'gw-1' });
    assert.equal(a.status, 200, a.text);
    assert.equal(b.body.id, a.body.id);
    assert.match(a.body.id, /^pi_[0-9a-f]{24}$/);
    assert.deepEqual({ status: a.body.status, amount: a.body.amount, livemode: a.body.livemode }, { status: 'requires_confirmation', amount: 2500, livemode: false });
    const c = await gw('POST', '/payment_intents', { amount: 2600, currency: 'EUR', method: 'card' }, { 'idempotency-key': 'gw-1' });
    assert.equal(c.status, 400);
    assert.equal(c.body.error.type, 'idempotency_error');
    const badCard = await gw('POST', `/payment_intents/${a.body.id}/confirm`, { card: { number: '4242424242424241', exp_month: 1, exp_year: 2040, cvc: '123' } });
    assert.equal(badCard.status, 400);
    assert.equal(badCard.body.error.param, 'card[number]');
    const noCard = await gw('POST', `/payment_intents/${a.body.id}/confirm`, {});
    assert.equal(noCard.body.error.code, 'parameter_missing');
  });

  test('an event Landfall cannot take yet is retried with backoff, then given up after the last attempt', async () => {
    // An intent made at the gateway directly: Landfall has no payment for it and answers 404.
    const made = await gw('POST', '/payment_intents', { amount: 700, currency: 'USD', method: 'card' });
    await gw('POST', `/payment_intents/${made.body.id}/confirm`, { card: { number: '4242424242424242', exp_month: 12, exp_year: 2040, cvc: '123' } });
    const first = await s.deliver();
    assert.deepEqual(first, { attempted: 1, delivered: 0, retrying: 1, failed: 0 });
    const [event] = await s.gateway.listEvents({ intentId: made.body.id });
    assert.equal(event!.status, 'pending');
    assert.equal(event!.attempts, 1);
    const due = event!.nextAttemptAt.getTime() - (Date.now() + offsetMs);
    assert.ok(due > 3_000 && due <= 5_000, `next attempt in ${due} ms`);
    assert.deepEqual(await s.deliver(), { attempted: 0, delivered: 0, retrying: 0, failed: 0 }, 'not due yet');
    for (let attempt = 2; attempt <= GATEWAY_MAX_ATTEMPTS; attempt++) {
      offsetMs += gatewayRetryDelayMs(attempt - 1)!;
      const r = await s.deliver();
      assert.equal(r.attempted, 1, `attempt ${attempt}`);
    }
    const [gaveUp] = await s.gateway.listEvents({ intentId: made.body.id });
    assert.deepEqual([gaveUp!.status, gaveUp!.attempts], ['failed', GATEWAY_MAX_ATTEMPTS]);
  });

  test('a refund made at the gateway reaches Landfall by webhook alone: recorded once, with its event', async () => {
    const p = await createPaymentVia(s, { reference: 'order-gw-refund', amount: { amount: '60.00', currency: 'GBP' }, method: 'card', country: 'GB', market: 'uk' });
    await s.call('POST', `/v1/payments/${p.id}/confirm`, { body: { card: CARD_OK }, key: s.apiKey });
    const refund = await gw('POST', '/refunds', { payment_intent: p.providerPaymentId, amount: 1500 }, { 'idempotency-key': 'gw-refund-1' });
    assert.equal(refund.status, 200, refund.text);
    assert.deepEqual({ amount: refund.body.amount, currency: refund.body.currency, status: refund.body.status }, { amount: 1500, currency: 'GBP', status: 'succeeded' });
    const same = await gw('POST', '/refunds', { payment_intent: p.providerPaymentId, amount: 1500 }, { 'idempotency-key': 'gw-refund-1' });
    assert.equal(same.body.id, refund.body.id);
    const tooMuch = await gw('POST', '/refunds', { payment_intent: p.providerPaymentId, amount: 4501 });
    assert.equal(tooMuch.body.error.code, 'amount_too_large');
    await s.deliver();
    const view = await s.call('GET', `/v1/payments/${p.id}`, { key: s.apiKey });
    assert.equal(view.body.refunded.amount, '15.00');
    assert.deepEqual(view.body.refunds.map((r: { providerRefundId: string; reason: string | null }) => [r.providerRefundId, r.reason]), [[refund.body.id, null]]);
    assert.deepEqual(await s.events(p.id), ['payment.created', 'payment.succeeded', 'payment.refunded']);
  });

  test('the worker delivers events on its own, asynchronously', async () => {
    const worker = startTestGatewayWorker(s.deps, { intervalMs: 25 });
    try {
      const p = await createPaymentVia(s, { reference: 'order-worker', amount: { amount: '1980', currency: 'JPY' }, method: 'konbini', country: 'JP', market: 'jp' });
      await s.call('POST', `/v1/payments/${p.id}/confirm`, { key: s.apiKey });
      await gw('POST', `/test_helpers/payment_intents/${p.providerPaymentId}/complete`, {});
      let status = '';
      for (let i = 0; i < 100 && status !== 'succeeded'; i++) {
        await new Promise((r) => setTimeout(r, 30));
        status = (await s.payments.get(p.id))!.status;
      }
      assert.equal(status, 'succeeded');
    } finally {
      await worker.stop();
    }
  });

  test('the challenge page of an unknown intent is a 404 page', async () => {
    const r = await fetch(`${s.base}/test-gateway/v1/challenge/pi_unknown`);
    assert.equal(r.status, 404);
    assert.match(r.headers.get('content-type') ?? '', /text\/html/);
    assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  });
});
