import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parsePaymentVars } from '../../src/config/payment-config.js';
import type { FieldIssue } from '../../src/core/result/result.js';
import { describeWithDatabases } from '../support/test-database.js';
import { STRIPE_TEST_KEY, STRIPE_WEBHOOK_SECRET, signStripe, startFakeStripe, type FakeStripe } from './stripe-server.js';
import { startPaymentServer, type PaymentServer } from './support.js';

const RETURN_URL = 'https://shop.example/checkout/return';

/** Landfall with Stripe configured from the environment as an operator would, pointed at the local server. */
async function startStripeLandfall(db: Parameters<typeof startPaymentServer>[0], stripe: FakeStripe, options: { timeoutMs?: number } = {}) {
  const issues: FieldIssue[] = [];
  const config = parsePaymentVars(
    { LANDFALL_PAYMENT_PROVIDER: 'stripe', LANDFALL_STRIPE_SECRET_KEY: STRIPE_TEST_KEY, LANDFALL_STRIPE_WEBHOOK_SECRET: STRIPE_WEBHOOK_SECRET, LANDFALL_STRIPE_API_BASE: stripe.origin },
    issues,
  );
  assert.deepEqual(issues, []);
  return startPaymentServer(db, { payments: { defaultProvider: config.provider, stripe: { ...config.stripe, timeoutMs: options.timeoutMs ?? 1_000, maxNetworkRetries: 1 } } });
}

const card = (reference: string, extra: Record<string, unknown> = {}) => ({ reference, amount: { amount: '49.90', currency: 'EUR' }, method: 'card', country: 'DE', ...extra });

describeWithDatabases('Stripe: card payments through Landfall\'s routes against a local server in Stripe\'s shapes', (db) => {
  let stripe: FakeStripe;
  let s: PaymentServer;
  before(async () => {
    stripe = await startFakeStripe();
    s = await startStripeLandfall(db(), stripe);
  });
  after(async () => {
    await s.close();
    await stripe.close();
  });
  const create = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const r = await s.call('POST', '/v1/payments', { body, headers, key: s.apiKey });
    assert.equal(r.status, 201, r.text);
    return r.body;
  };
  const confirm = (id: string, body: unknown) => s.call('POST', `/v1/payments/${id}/confirm`, { body, key: s.apiKey });
  const webhook = (body: string, signature: string | undefined) => s.call('POST', '/v1/payments/webhooks/stripe', { body, key: null, headers: signature === undefined ? {} : { 'stripe-signature': signature } });

  test('a card payment: the PaymentIntent is created form-encoded with an Idempotency-Key, confirmed with a pm_ token, succeeded', async () => {
    const created = await create(card('order-stripe-1'), { 'idempotency-key': 'checkout-stripe-1' });
    assert.equal(created.provider, 'stripe');
    assert.equal(created.status, 'requires_action');
    assert.deepEqual(created.nextAction, { type: 'confirm' });
    assert.match(created.providerPaymentId, /^pi_/);
    const sent = stripe.requests.filter((r) => r.route === 'POST /v1/payment_intents');
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.authorization, `Bearer ${STRIPE_TEST_KEY}`);
    assert.equal(sent[0]!.stripeVersion, '2026-10-28.endive');
    assert.match(sent[0]!.idempotencyKey ?? '', /.{16,}/);
    assert.deepEqual(sent[0]!.body, {
      amount: '4990', currency: 'eur', allowed_payment_method_types: ['card'], capture_method: 'automatic',
      metadata: { landfall_payment_id: created.id, reference: 'order-stripe-1', country: 'DE' },
    });

    const confirmed = await confirm(created.id, { paymentMethod: 'pm_card_visa', returnUrl: RETURN_URL });
    assert.equal(confirmed.status, 200, confirmed.text);
    assert.equal(confirmed.body.status, 'succeeded');
    assert.deepEqual(confirmed.body.captured, { amount: '49.90', currency: 'EUR' });
    assert.equal(confirmed.body.nextAction, null);
    const c = stripe.requests.filter((r) => r.route === 'POST /v1/payment_intents/:id/confirm');
    assert.equal(c.length, 1);
    assert.deepEqual(c[0]!.body, { return_url: RETURN_URL, payment_method: 'pm_card_visa' });
    assert.match(c[0]!.idempotencyKey ?? '', new RegExp(`^landfall:confirm:${created.providerPaymentId}:[0-9a-f]{32}$`));

    // Stripe's own webhook about it arrives after the answer: noted once, nothing left to change.
    const body = stripe.event('payment_intent.succeeded', stripe.intents.get(created.providerPaymentId)!, 'evt_card_1');
    const first = await webhook(body, signStripe(STRIPE_WEBHOOK_SECRET, body));
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(first.body, { received: true, eventId: 'evt_card_1', type: 'payment_intent.succeeded', duplicate: false, applied: false });
    const replay = await webhook(body, signStripe(STRIPE_WEBHOOK_SECRET, body));
    assert.equal(replay.status, 200);
    assert.equal(replay.body.duplicate, true);
    assert.equal(await s.payments.countProviderEvents('stripe'), 1);
    assert.deepEqual(await s.events(created.id), ['payment.created', 'payment.succeeded']);
  });

  test('card numbers are refused for Stripe naming card; a card payment needs a pm_ token and a return URL; nothing reaches Stripe', async () => {
    const created = await create(card('order-stripe-raw'));
    const before = stripe.requests.length;
    const raw = await confirm(created.id, { card: { number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123' }, returnUrl: RETURN_URL });
    assert.equal(raw.status, 400);
    assert.equal(raw.body.code, 'VALIDATION_FAILED');
    assert.deepEqual(raw.body.errors.map((e: { field: string }) => e.field), ['card']);
    assert.match(raw.body.errors[0].message, /card details are not accepted for stripe payments: send paymentMethod/);
    const none = await confirm(created.id, { returnUrl: RETURN_URL });
    assert.deepEqual([none.status, none.body.errors[0].field], [400, 'paymentMethod']);
    const noReturn = await confirm(created.id, { paymentMethod: 'pm_card_visa' });
    assert.deepEqual([noReturn.status, noReturn.body.errors[0].field], [400, 'returnUrl']);
    const badToken = await confirm(created.id, { paymentMethod: 'tok_visa', returnUrl: RETURN_URL });
    assert.deepEqual([badToken.status, badToken.body.errors[0].field], [400, 'paymentMethod']);
    assert.equal(stripe.requests.length, before, 'nothing was sent to Stripe');
    const still = await s.call('GET', `/v1/payments/${created.id}`, { key: s.apiKey });
    assert.equal(still.body.status, 'requires_action');
  });

  test('declines answer 200 failed with the decline code (card_declined for a generic decline)', async () => {
    for (const [pm, code, message] of [
      ['pm_card_chargeDeclinedInsufficientFunds', 'insufficient_funds', 'Your card has insufficient funds.'],
      ['pm_card_chargeDeclined', 'card_declined', 'Your card was declined.'],
    ] as const) {
      const created = await create(card(`order-decline-${code}`));
      const r = await confirm(created.id, { paymentMethod: pm, returnUrl: RETURN_URL });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.body.status, 'failed');
      assert.deepEqual(r.body.failure, { code, message });
      assert.deepEqual(await s.events(created.id), ['payment.created', 'payment.failed']);
    }
  });

  test('3-D Secure required: request_three_d_secure any, a redirect to the challenge, then the webhook makes it succeeded', async () => {
    const created = await create(card('order-3ds', { threeDSecure: 'required' }));
    const sent = stripe.requests.filter((r) => r.route === 'POST /v1/payment_intents').at(-1)!;
    assert.deepEqual(sent.body.payment_method_options, { card: { request_three_d_secure: 'any' } });
    const r = await confirm(created.id, { paymentMethod: 'pm_card_visa', returnUrl: RETURN_URL });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.status, 'requires_action');
    assert.deepEqual(r.body.nextAction, { type: 'redirect', url: `${stripe.origin}/3ds/${created.providerPaymentId}`, returnUrl: RETURN_URL, reason: 'three_d_secure' });

    // A stale, forged or absent signature changes nothing.
    const pi = stripe.authorize(created.providerPaymentId);
    const body = stripe.event('payment_intent.succeeded', pi, 'evt_3ds_ok');
    const events = await s.payments.countProviderEvents('stripe');
    const refused = [
      await webhook(body, undefined),
      await webhook(body, signStripe('whsec_NotTheSecretOfThisEndpoint000000', body)),
      await webhook(body, signStripe(STRIPE_WEBHOOK_SECRET, body, new Date(Date.now() - 301_000))),
      await webhook(body, signStripe(STRIPE_WEBHOOK_SECRET, body, new Date(Date.now() + 400_000))),
      await webhook(body.replace('"succeeded"', '"canceled"'), signStripe(STRIPE_WEBHOOK_SECRET, body)),
      await webhook(body, 'v1=abc'),
    ];
    assert.deepEqual(refused.map((x) => [x.status, x.body.code]), Array.from({ length: 6 }, () => [400, 'SIGNATURE_INVALID']));
    assert.match(refused[0]!.body.detail ?? refused[0]!.text, /Stripe-Signature header is missing/);
    assert.match(refused[3]!.text, /ahead/);
    assert.equal(await s.payments.countProviderEvents('stripe'), events);
    assert.equal((await s.call('GET', `/v1/payments/${created.id}`, { key: s.apiKey })).body.status, 'requires_action');
    const junk = 'not json';
    const signedJunk = await webhook(junk, signStripe(STRIPE_WEBHOOK_SECRET, junk));
    assert.deepEqual([signedJunk.status, signedJunk.body.code], [400, 'WEBHOOK_INVALID']);

    const ok = await webhook(body, signStripe(STRIPE_WEBHOOK_SECRET, body));
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.applied, true);
    const after = await s.call('GET', `/v1/payments/${created.id}`, { key: s.apiKey });
    assert.equal(after.body.status, 'succeeded');
    assert.deepEqual(after.body.captured, { amount: '49.90', currency: 'EUR' });
    assert.equal(after.body.nextAction, null);
    assert.deepEqual(await s.events(created.id), ['payment.created', 'payment.succeeded']);
  });

  test('manual capture of part, a partial refund, and refunds retried reach Stripe under one Idempotency-Key and make one refund', async () => {
    const created = await create(card('order-manual', { capture: 'manual' }));
    assert.equal(stripe.requests.filter((r) => r.route === 'POST /v1/payment_intents').at(-1)!.body.capture_method, 'manual');
    const authorized = await confirm(created.id, { paymentMethod: 'pm_card_visa', returnUrl: RETURN_URL });
    assert.equal(authorized.body.status, 'authorized');
    assert.deepEqual(authorized.body.captured, { amount: '0.00', currency: 'EUR' });
    const captured = await s.call('POST', `/v1/payments/${created.id}/capture`, { body: { amount: { amount: '40.00', currency: 'EUR' } }, key: s.apiKey });
    assert.equal(captured.status, 200, captured.text);
    assert.equal(captured.body.status, 'succeeded');
    assert.deepEqual(captured.body.captured, { amount: '40.00', currency: 'EUR' });
    const cap = stripe.requests.filter((r) => r.route === 'POST /v1/payment_intents/:id/capture');
    assert.deepEqual(cap.map((r) => r.body), [{ amount_to_capture: '4000' }]);
    assert.match(cap[0]!.idempotencyKey ?? '', /^landfall:capture:pi_/);

    const refund = (amount: string, key: string) => s.call('POST', `/v1/payments/${created.id}/refunds`, { body: { amount: { amount, currency: 'EUR' }, reason: 'partial' }, headers: { 'idempotency-key': key } });
    const first = await refund('15.00', 'refund-key-1');
    assert.equal(first.status, 201, first.text);
    assert.equal(first.body.status, 'succeeded');
    assert.match(first.body.providerRefundId, /^re_/);
    assert.deepEqual(first.body.payment.refunded, { amount: '15.00', currency: 'EUR' });
    assert.equal(first.body.payment.refundStatus, 'partial');
    const refundPosts = () => stripe.requests.filter((r) => r.route === 'POST /v1/refunds');
    assert.deepEqual(refundPosts().at(-1)!.body, { payment_intent: created.providerPaymentId, amount: '1500' });
    const again = await refund('15.00', 'refund-key-1');
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(refundPosts().length, 1, 'a replayed request is answered by Landfall, not sent again');

    // The answer is lost on the way back: the library sends the same request again, under the same key, and Stripe replays it.
    stripe.dropAnswerOnce('POST /v1/refunds');
    const lost = await refund('5.00', 'refund-key-2');
    assert.equal(lost.status, 201, lost.text);
    const lostPosts = refundPosts().slice(1);
    assert.equal(lostPosts.length, 2);
    assert.equal(lostPosts[0]!.idempotencyKey, lostPosts[1]!.idempotencyKey);

    // Stripe does the work but answers too late, twice: 503 to the caller; its retry with the same
    // Idempotency-Key reaches Stripe under the same key and gets the refund made the first time.
    stripe.delayAnswer('POST /v1/refunds', 2, 1_500);
    const timedOut = await refund('5.00', 'refund-key-3');
    assert.equal(timedOut.status, 503, timedOut.text);
    assert.equal(timedOut.body.code, 'PROVIDER_UNAVAILABLE');
    assert.match(timedOut.body.detail, /Stripe did not answer .*timeout/);
    const retried = await refund('5.00', 'refund-key-3');
    assert.equal(retried.status, 201, retried.text);
    const keys = refundPosts().slice(3).map((r) => r.idempotencyKey);
    assert.equal(keys.length, 3);
    assert.equal(new Set(keys).size, 1);
    assert.equal([...stripe.refunds.values()].filter((r) => r.payment_intent === created.providerPaymentId).length, 3, 'three refunds at Stripe: 15.00, 5.00, 5.00');
    const view = await s.call('GET', `/v1/payments/${created.id}`, { key: s.apiKey });
    assert.deepEqual(view.body.refunded, { amount: '25.00', currency: 'EUR' });
    assert.deepEqual(view.body.refunds.map((r: { amount: { amount: string } }) => r.amount.amount).sort(), ['15.00', '5.00', '5.00']);

    // Stripe's refund.updated webhook about a refund already recorded changes nothing.
    const re = stripe.refunds.get(first.body.providerRefundId)!;
    const body = stripe.event('refund.updated', re);
    const hook = await webhook(body, signStripe(STRIPE_WEBHOOK_SECRET, body));
    assert.equal(hook.status, 200, hook.text);
    assert.deepEqual([hook.body.duplicate, hook.body.applied], [false, false]);
  });

  test('Stripe 5xx and timeouts are 503 PROVIDER_UNAVAILABLE; 4xx are 422 PROVIDER_REJECTED with Stripe\'s reason; 401 is 502; no payment is stored', async () => {
    const count = async (reference: string) => (await s.payments.byReference(reference)).length;
    stripe.failNext('POST /v1/payment_intents', 2, 500);
    const before = stripe.count('POST /v1/payment_intents');
    const down = await s.call('POST', '/v1/payments', { body: card('order-5xx'), key: s.apiKey });
    assert.equal(down.status, 503, down.text);
    assert.equal(down.body.code, 'PROVIDER_UNAVAILABLE');
    assert.match(down.body.detail, /Stripe answered 500/);
    const attempts = stripe.requests.filter((r) => r.route === 'POST /v1/payment_intents').slice(before);
    assert.equal(attempts.length, 2, 'the library retried once');
    assert.equal(attempts[0]!.idempotencyKey, attempts[1]!.idempotencyKey);
    assert.equal(await count('order-5xx'), 0);

    stripe.failNext('POST /v1/payment_intents', 1, 400, { error: { type: 'invalid_request_error', code: 'amount_too_small', message: 'Amount must be at least €0.50 eur', param: 'amount' } });
    const small = await s.call('POST', '/v1/payments', { body: card('order-4xx'), key: s.apiKey });
    assert.equal(small.status, 422, small.text);
    assert.equal(small.body.code, 'PROVIDER_REJECTED');
    assert.equal(small.body.detail, 'Stripe refused: Amount must be at least €0.50 eur: amount_too_small, parameter amount');
    assert.equal(await count('order-4xx'), 0);

    stripe.failNext('POST /v1/payment_intents', 1, 401, { error: { type: 'invalid_request_error', code: 'api_key_expired', message: 'Expired API Key provided: sk_test_****0001' } });
    const key = await s.call('POST', '/v1/payments', { body: card('order-401'), key: s.apiKey });
    assert.equal(key.status, 502, key.text);
    assert.match(key.body.detail, /check LANDFALL_STRIPE_SECRET_KEY/);
    assert.doesNotMatch(key.text, /sk_test_51/);

    const created = await create(card('order-timeout'));
    stripe.delayAnswer('POST /v1/payment_intents/:id/confirm', 2, 1_500);
    const slow = await confirm(created.id, { paymentMethod: 'pm_card_visa', returnUrl: RETURN_URL });
    assert.equal(slow.status, 503, slow.text);
    assert.equal(slow.body.code, 'PROVIDER_UNAVAILABLE');
    assert.match(slow.body.detail, /timeout/);
  });

  test('a payment Stripe cannot take is refused before anything is sent: methods it lacks, amounts it cannot represent', async () => {
    const before = stripe.requests.length;
    const cases: Array<[Record<string, unknown>, number, string, string, RegExp]> = [
      [{ reference: 'o-interac', amount: { amount: '20.00', currency: 'CAD' }, method: 'interac', country: 'CA' }, 422, 'PAYMENT_METHOD_NOT_AVAILABLE', 'method', /Interac only in person/],
      [{ reference: 'o-cod', amount: { amount: '250000', currency: 'VND' }, method: 'cod', country: 'VN' }, 422, 'PAYMENT_METHOD_NOT_AVAILABLE', 'method', /courier/],
      [{ reference: 'o-vipps', amount: { amount: '200.00', currency: 'NOK' }, method: 'vipps', country: 'NO' }, 422, 'PAYMENT_METHOD_NOT_AVAILABLE', 'method', /Denmark and Finland only, not in NO/],
      [{ reference: 'o-kwd', amount: { amount: '5.125', currency: 'KWD' }, method: 'card', country: 'KW' }, 400, 'VALIDATION_FAILED', 'amount.amount', /steps of KWD 0\.010; KWD 5\.125 cannot be sent exactly/],
    ];
    for (const [body, status, code, field, message] of cases) {
      const r = await s.call('POST', '/v1/payments', { body, key: s.apiKey });
      assert.equal(r.status, status, r.text);
      assert.equal(r.body.code, code);
      assert.equal(r.body.errors?.[0]?.field ?? r.body.field, field);
      assert.match(r.text, message);
    }
    assert.equal(stripe.requests.length, before);

    // Stripe's own units: KWD in thousandths ending in 0, ISK with two (always zero) decimals, JPY whole.
    for (const [amount, currency, country, sent] of [['5.120', 'KWD', 'KW', '5120'], ['5000', 'ISK', 'IS', '500000'], ['1980', 'JPY', 'JP', '1980']] as const) {
      const created = await create({ reference: `o-${currency}`, amount: { amount, currency }, method: 'card', country });
      assert.equal(stripe.requests.filter((r) => r.route === 'POST /v1/payment_intents').at(-1)!.body.amount, sent);
      const paid = await confirm(created.id, { paymentMethod: 'pm_card_visa', returnUrl: RETURN_URL });
      assert.deepEqual(paid.body.captured, { amount, currency }, `${currency} read back exactly`);
    }
    const kwd = (await s.payments.byReference('o-KWD'))[0]!;
    const odd = await s.call('POST', `/v1/payments/${kwd.id}/refunds`, { body: { amount: { amount: '0.005', currency: 'KWD' } }, headers: { 'idempotency-key': 'kwd-odd' } });
    assert.deepEqual([odd.status, odd.body.errors[0].field], [400, 'amount.amount']);
  });
});

describeWithDatabases('Stripe: local methods, a redirect (iDEAL), a voucher (Konbini), a bank transfer', (db) => {
  let stripe: FakeStripe;
  let s: PaymentServer;
  before(async () => {
    stripe = await startFakeStripe();
    s = await startStripeLandfall(db(), stripe);
  });
  after(async () => {
    await s.close();
    await stripe.close();
  });
  const create = async (body: Record<string, unknown>) => {
    const r = await s.call('POST', '/v1/payments', { body, key: s.apiKey });
    assert.equal(r.status, 201, r.text);
    return r.body;
  };
  const confirm = (id: string, body: unknown) => s.call('POST', `/v1/payments/${id}/confirm`, { body, key: s.apiKey });
  const webhook = (body: string) => s.call('POST', '/v1/payments/webhooks/stripe', { body, key: null, headers: { 'stripe-signature': signStripe(STRIPE_WEBHOOK_SECRET, body) } });

  test('iDEAL: allowed type ideal, confirmed with payment_method_data and the return URL, a redirect to the bank; back with refresh', async () => {
    const created = await create({ reference: 'o-ideal', amount: { amount: '25.00', currency: 'EUR' }, method: 'ideal', country: 'NL', market: 'eu' });
    assert.deepEqual(stripe.requests.at(-1)!.body.allowed_payment_method_types, ['ideal']);
    const noReturn = await confirm(created.id, {});
    assert.deepEqual([noReturn.status, noReturn.body.errors[0].field], [400, 'returnUrl']);
    const r = await confirm(created.id, { returnUrl: RETURN_URL });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(stripe.requests.at(-1)!.body, { return_url: RETURN_URL, payment_method_data: { type: 'ideal' } });
    assert.equal(r.body.status, 'requires_action');
    assert.deepEqual(r.body.nextAction, { type: 'redirect', url: `${stripe.origin}/authorize/${created.providerPaymentId}`, returnUrl: RETURN_URL, reason: 'authorize' });
    stripe.authorize(created.providerPaymentId);
    const back = await s.call('GET', `/v1/payments/${created.id}?refresh=true`, { key: s.apiKey });
    assert.equal(back.status, 200, back.text);
    assert.equal(back.body.status, 'succeeded');
    assert.deepEqual(await s.events(created.id), ['payment.created', 'payment.succeeded']);
  });

  test('Konbini in JPY (zero-decimal): processing with the voucher to show; paid at the store, the webhook makes it succeeded', async () => {
    const created = await create({ reference: 'o-konbini', amount: { amount: '1980', currency: 'JPY' }, method: 'konbini', country: 'JP', market: 'jp' });
    assert.deepEqual([stripe.requests.at(-1)!.body.amount, stripe.requests.at(-1)!.body.currency], ['1980', 'jpy']);
    const r = await confirm(created.id, { paymentMethod: 'pm_1KonbiniFromStripeJs' });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(stripe.requests.at(-1)!.body, { payment_method: 'pm_1KonbiniFromStripeJs' });
    assert.equal(r.body.status, 'processing');
    assert.equal(r.body.nextAction.type, 'display_instructions');
    assert.equal(r.body.nextAction.kind, 'voucher');
    assert.equal(r.body.nextAction.details.number, '12345678901');
    assert.equal(r.body.nextAction.details.hosted_voucher_url, `${stripe.origin}/vouchers/${created.providerPaymentId}`);
    assert.equal(typeof r.body.nextAction.details.expires_at, 'number');

    const body = stripe.event('payment_intent.succeeded', stripe.pay(created.providerPaymentId));
    const hook = await webhook(body);
    assert.equal(hook.status, 200, hook.text);
    assert.equal(hook.body.applied, true);
    const after = await s.call('GET', `/v1/payments/${created.id}`, { key: s.apiKey });
    assert.deepEqual([after.body.status, after.body.captured.amount], ['succeeded', '1980']);
    assert.deepEqual(await s.events(created.id), ['payment.created', 'payment.processing', 'payment.succeeded']);
  });

  test('bank transfer in EUR: a Customer made under the payment\'s key, customer_balance with an IBAN in the buyer\'s country; the details to show', async () => {
    const created = await create({ reference: 'o-transfer', amount: { amount: '640.00', currency: 'EUR' }, method: 'bank_transfer', country: 'NL' });
    const customerPost = stripe.requests.filter((r) => r.route === 'POST /v1/customers').at(-1)!;
    const intentPost = stripe.requests.filter((r) => r.route === 'POST /v1/payment_intents').at(-1)!;
    assert.equal(customerPost.idempotencyKey, `${intentPost.idempotencyKey}:customer`);
    assert.match(intentPost.body.customer, /^cus_/);
    assert.deepEqual(intentPost.body.payment_method_options, { customer_balance: { funding_type: 'bank_transfer', bank_transfer: { type: 'eu_bank_transfer', eu_bank_transfer: { country: 'NL' } } } });
    const r = await confirm(created.id, {});
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.status, 'processing');
    assert.equal(r.body.nextAction.kind, 'bank_transfer');
    const d = r.body.nextAction.details;
    assert.deepEqual([d.amount_remaining, d.currency, d.account_holder, d.account_number, d.reference], [64000, 'EUR', 'Landfall Test Shop', 'DE00123456789012345678', 'LF3QWE8R']);
  });
});

describeWithDatabases('Stripe off: the test provider stays the default and Stripe\'s webhook route says how to turn it on', (db) => {
  let s: PaymentServer;
  before(async () => {
    s = await startPaymentServer(db());
  });
  after(() => s.close());

  test('new payments go to the test gateway; a paymentMethod token is refused for it; Stripe webhooks are 404 naming the variable', async () => {
    const created = await s.call('POST', '/v1/payments', { body: card('order-test-default'), key: s.apiKey });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.provider, 'test');
    const token = await s.call('POST', `/v1/payments/${created.body.id}/confirm`, { body: { paymentMethod: 'pm_card_visa' }, key: s.apiKey });
    assert.equal(token.status, 400);
    assert.deepEqual(token.body.errors.map((e: { field: string }) => e.field), ['paymentMethod', 'card']);
    const body = JSON.stringify({ id: 'evt_1', object: 'event', type: 'payment_intent.succeeded', data: { object: {} } });
    const hook = await s.call('POST', '/v1/payments/webhooks/stripe', { body, key: null, headers: { 'stripe-signature': signStripe(STRIPE_WEBHOOK_SECRET, body) } });
    assert.equal(hook.status, 404);
    assert.equal(hook.body.code, 'PROVIDER_NOT_FOUND');
    assert.match(hook.body.detail, /LANDFALL_STRIPE_SECRET_KEY/);
  });
});
