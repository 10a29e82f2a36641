import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeWithDatabases } from '../support/test-database.js';
import { CARD_OK, createPaymentVia, startPaymentServer, type PaymentServer } from './support.js';

const cardPayment = (reference: string, extra: Record<string, unknown> = {}) => ({ reference, amount: { amount: '49.90', currency: 'EUR' }, method: 'card', country: 'DE', market: 'eu', ...extra });

describeWithDatabases('payments by card through the test gateway over HTTP', (db) => {
  let s: PaymentServer;
  before(async () => {
    s = await startPaymentServer(db());
  });
  after(() => s.close());

  test('a card that succeeds (automatic capture) ends succeeded; the webhook confirms it once', async () => {
    const created = await createPaymentVia(s, cardPayment('order-card-1'));
    assert.equal(created.amount.amount, '49.90');
    const intent = await s.gateway.getIntent(created.providerPaymentId);
    assert.equal(intent?.status, 'requires_confirmation');
    assert.equal(intent?.amountMinor, 4990);
    assert.equal(intent?.metadata.landfall_payment_id, created.id);

    const confirmed = await s.call('POST', `/v1/payments/${created.id}/confirm`, { body: { card: CARD_OK }, key: s.apiKey });
    assert.equal(confirmed.status, 200, confirmed.text);
    assert.equal(confirmed.body.status, 'succeeded');
    assert.equal(confirmed.body.captured.amount, '49.90');

    const delivered = await s.deliver();
    assert.deepEqual(delivered, { attempted: 1, delivered: 1, retrying: 0, failed: 0 });
    const events = await s.gateway.listEvents({ intentId: created.providerPaymentId });
    assert.deepEqual(events.map((e) => [e.type, e.status]), [['payment_intent.succeeded', 'delivered']]);
    assert.equal(await s.payments.countProviderEvents('test'), 1);
    const after = await s.call('GET', `/v1/payments/${created.id}`, { key: s.apiKey });
    assert.equal(after.body.status, 'succeeded');
    assert.deepEqual(after.body.refunds, []);
    assert.deepEqual(await s.events(created.id), ['payment.created', 'payment.succeeded']);
  });
});

describeWithDatabases('payments by card: manual capture, declines, 3-D Secure, cancellation', (db) => {
  let s: PaymentServer;
  before(async () => {
    s = await startPaymentServer(db());
  });
  after(() => s.close());
  const confirm = (id: string, body: unknown) => s.call('POST', `/v1/payments/${id}/confirm`, { body, key: s.apiKey });

  test('manual capture: authorized, then captured in part; the rest of the hold is released', async () => {
    const created = await createPaymentVia(s, cardPayment('order-manual', { capture: 'manual' }));
    const authorized = await confirm(created.id, { card: CARD_OK });
    assert.equal(authorized.body.status, 'authorized');
    assert.equal(authorized.body.captured.amount, '0.00');
    const tooMuch = await s.call('POST', `/v1/payments/${created.id}/capture`, { body: { amount: { amount: '49.91', currency: 'EUR' } }, key: s.apiKey });
    assert.equal(tooMuch.status, 400);
    assert.equal(tooMuch.body.errors[0].field, 'amount.amount');
    const captured = await s.call('POST', `/v1/payments/${created.id}/capture`, { body: { amount: { amount: '40.00', currency: 'EUR' } }, key: s.apiKey });
    assert.equal(captured.status, 200, captured.text);
    assert.equal(captured.body.status, 'succeeded');
    assert.equal(captured.body.captured.amount, '40.00');
    const again = await s.call('POST', `/v1/payments/${created.id}/capture`, { body: {}, key: s.apiKey });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'PAYMENT_STATE_CONFLICT');
    await s.deliver();
    assert.deepEqual((await s.gateway.listEvents({ intentId: created.providerPaymentId })).map((e) => e.type), ['payment_intent.amount_capturable_updated', 'payment_intent.succeeded']);
    assert.deepEqual(await s.events(created.id), ['payment.created', 'payment.authorized', 'payment.succeeded']);
  });

  test('a manual capture is refused for methods that cannot hold money, naming capture', async () => {
    const r = await s.call('POST', '/v1/payments', { body: { reference: 'o', amount: { amount: '10.00', currency: 'EUR' }, method: 'ideal', country: 'NL', capture: 'manual' }, key: s.apiKey });
    assert.equal(r.status, 400);
    assert.equal(r.body.errors[0].field, 'capture');
  });

  for (const [number, code] of [
    ['4000000000000002', 'card_declined'],
    ['4000000000009995', 'insufficient_funds'],
    ['4000000000000069', 'expired_card'],
    ['4000000000000119', 'processing_error'],
    ['4111111111111111', 'card_declined'],
  ] as const) {
    test(`card ${number} is declined with ${code}: the payment fails and says why`, async () => {
      const created = await createPaymentVia(s, cardPayment(`order-${code}`));
      const r = await confirm(created.id, { card: { ...CARD_OK, number } });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.body.status, 'failed');
      assert.equal(r.body.failure.code, code);
      assert.equal(r.body.captured.amount, '0.00');
      assert.equal(r.body.nextAction, null);
      await s.deliver();
      assert.deepEqual(await s.events(created.id), ['payment.created', 'payment.failed']);
      const retry = await confirm(created.id, { card: CARD_OK });
      assert.equal(retry.status, 409, 'a failed payment is final; a new attempt is a new payment');
    });
  }

  test('bad card details are refused before the gateway is asked, naming the field', async () => {
    const created = await createPaymentVia(s, cardPayment('order-bad-card'));
    for (const [card, field] of [
      [{ ...CARD_OK, number: '4242424242424241' }, 'card.number'],
      [{ ...CARD_OK, expMonth: 13 }, 'card.expMonth'],
      [{ ...CARD_OK, expYear: 2020 }, 'card.expYear'],
      [{ ...CARD_OK, cvc: '1' }, 'card.cvc'],
    ] as const) {
      const r = await confirm(created.id, { card });
      assert.equal(r.status, 400, JSON.stringify(card));
      assert.equal(r.body.code, 'VALIDATION_FAILED');
      assert.ok(r.body.errors.some((e: { field: string }) => e.field === field), r.text);
    }
    const missing = await confirm(created.id, {});
    assert.equal(missing.body.errors[0].field, 'card');
    assert.equal((await s.gateway.getIntent(created.providerPaymentId))?.status, 'requires_confirmation', 'the gateway was never asked');
    assert.deepEqual(await s.events(created.id), ['payment.created']);
  });

  test('3-D Secure passed on the challenge page: back to the return URL, succeeded after the webhook', async () => {
    const created = await createPaymentVia(s, cardPayment('order-3ds-ok'));
    const r = await confirm(created.id, { card: { ...CARD_OK, number: '4000002500003155' }, returnUrl: 'https://shop.example/checkout/return?order=7' });
    assert.equal(r.body.status, 'requires_action');
    assert.equal(r.body.nextAction.type, 'redirect');
    assert.equal(r.body.nextAction.reason, 'three_d_secure');
    const url: string = r.body.nextAction.url;
    assert.ok(url.startsWith(`${s.base}/test-gateway/v1/challenge/pi_`), url);

    const page = await fetch(url);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /3-D Secure authentication/);
    assert.match(html, /EUR 49\.90/);
    assert.match(html, /<form method="post"/);

    const posted = await fetch(url, { method: 'POST', body: 'action=authenticate', headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    assert.equal(posted.status, 303);
    const back = new URL(posted.headers.get('location')!);
    assert.equal(back.origin + back.pathname, 'https://shop.example/checkout/return');
    assert.equal(back.searchParams.get('order'), '7');
    assert.equal(back.searchParams.get('payment_intent'), created.providerPaymentId);
    assert.equal(back.searchParams.get('redirect_status'), 'succeeded');

    const before = await s.call('GET', `/v1/payments/${created.id}`, { key: s.apiKey });
    assert.equal(before.body.status, 'requires_action', 'Landfall learns it from the webhook');
    await s.deliver();
    const after = await s.call('GET', `/v1/payments/${created.id}`, { key: s.apiKey });
    assert.equal(after.body.status, 'succeeded');
    assert.equal(after.body.nextAction, null);
    assert.deepEqual(await s.events(created.id), ['payment.created', 'payment.succeeded']);
    const reused = await fetch(url, { method: 'POST', body: 'action=fail', headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    assert.equal(reused.status, 400, 'the challenge cannot be answered twice');
  });

  test('3-D Secure failed: the payment fails with authentication_failed', async () => {
    const created = await createPaymentVia(s, cardPayment('order-3ds-fail'));
    const r = await confirm(created.id, { card: { ...CARD_OK, number: '4000002500003155' }, returnUrl: 'https://shop.example/back' });
    const posted = await fetch(r.body.nextAction.url, { method: 'POST', body: 'action=fail', headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    assert.equal(posted.status, 303);
    assert.equal(new URL(posted.headers.get('location')!).searchParams.get('redirect_status'), 'failed');
    await s.deliver();
    const after = await s.call('GET', `/v1/payments/${created.id}`, { key: s.apiKey });
    assert.equal(after.body.status, 'failed');
    assert.equal(after.body.failure.code, 'authentication_failed');
  });

  test('3-D Secure passed but declined after it; without a return URL the page says so', async () => {
    const created = await createPaymentVia(s, cardPayment('order-3ds-declined'));
    const r = await confirm(created.id, { card: { ...CARD_OK, number: '4000008400001629' } });
    const posted = await fetch(r.body.nextAction.url, { method: 'POST', body: 'action=authenticate', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(posted.status, 200);
    assert.match(await posted.text(), /The card was declined/);
    const refreshed = await s.call('GET', `/v1/payments/${created.id}?refresh=true`, { key: s.apiKey });
    assert.equal(refreshed.body.status, 'failed', 'refresh asks the gateway before the webhook arrives');
    assert.equal(refreshed.body.failure.code, 'card_declined');
    await s.deliver();
    assert.deepEqual(await s.events(created.id), ['payment.created', 'payment.failed'], 'the webhook found nothing left to change');
  });

  test('cancellation: before confirmation and of an authorization; a captured payment cannot be cancelled', async () => {
    const fresh = await createPaymentVia(s, cardPayment('order-cancel-1'));
    const cancelled = await s.call('POST', `/v1/payments/${fresh.id}/cancel`, { key: s.apiKey });
    assert.equal(cancelled.status, 200, cancelled.text);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal((await s.gateway.getIntent(fresh.providerPaymentId))?.status, 'canceled');

    const held = await createPaymentVia(s, cardPayment('order-cancel-2', { capture: 'manual' }));
    await confirm(held.id, { card: CARD_OK });
    const released = await s.call('POST', `/v1/payments/${held.id}/cancel`, { key: s.apiKey });
    assert.equal(released.body.status, 'cancelled');
    const capture = await s.call('POST', `/v1/payments/${held.id}/capture`, { body: {}, key: s.apiKey });
    assert.equal(capture.status, 409);

    const paid = await createPaymentVia(s, cardPayment('order-cancel-3'));
    await confirm(paid.id, { card: CARD_OK });
    const refused = await s.call('POST', `/v1/payments/${paid.id}/cancel`, { key: s.apiKey });
    assert.equal(refused.status, 409);
    assert.match(refused.body.detail, /refund it instead/);
    await s.deliver();
    assert.deepEqual(await s.events(held.id), ['payment.created', 'payment.authorized', 'payment.cancelled']);
  });

  test('unknown payments and bad ids are 404; the API key is required and checked', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const r = await s.call('GET', `/v1/payments/${id}`, { key: s.apiKey });
      assert.equal(r.status, 404);
      assert.equal(r.body.code, 'PAYMENT_NOT_FOUND');
    }
    const anonymous = await s.call('POST', '/v1/payments', { body: cardPayment('x'), key: null });
    assert.equal(anonymous.status, 401);
  });
});
