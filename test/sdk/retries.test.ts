import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createIdempotencyRepository } from '../../src/db/repositories/idempotency-repository.js';
import { idempotencyKeys } from '../../src/db/schema/index.js';
import { IdempotencyError, NetworkError, RateLimitError, ServerError } from '../../packages/sdk/src/index.js';
import { describeWithDatabases } from '../support/test-database.js';
import { CARD_OK, problemAnswer, startSdkServer, wrappedFetch, type SdkServer } from './support.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const paymentBody = (reference: string) => ({ reference, amount: { amount: '40.00', currency: 'EUR' }, method: 'card', country: 'DE', market: 'eu' });

describeWithDatabases('SDK: retries, Idempotency-Key reuse and Retry-After against the real server', (db) => {
  let s: SdkServer;
  before(async () => {
    s = await startSdkServer(db());
  });
  after(() => s.close());

  /** A captured card payment of EUR 40.00, made through the SDK. */
  async function paidPayment(): Promise<string> {
    const created = await s.api.payments.create(paymentBody(`paid-${randomUUID()}`));
    const confirmed = await s.api.payments.confirm(created.id, { card: CARD_OK });
    assert.equal(confirmed.status, 'succeeded');
    return created.id;
  }

  test('a refund whose answer is lost is retried with the same generated key: the server refunds once', async () => {
    const id = await paidPayment();
    const refundPath = `/v1/payments/${id}/refunds`;
    const { fetch, sent } = wrappedFetch((x) => (x.path === refundPath && sent.filter((y) => y.path === refundPath).length === 1 ? 'drop' : undefined));
    const client = s.client({ fetch });
    const answer = await client.requestWithResponse('POST', '/v1/payments/{id}/refunds', { path: { id }, body: { amount: { amount: '5.00', currency: 'EUR' }, reason: 'damaged' } });
    const refundCalls = sent.filter((x) => x.path === refundPath);
    assert.equal(refundCalls.length, 2, 'the first answer was lost, so the client asked again');
    assert.match(refundCalls[0]!.idempotencyKey ?? '', UUID);
    assert.equal(refundCalls[1]!.idempotencyKey, refundCalls[0]!.idempotencyKey, 'the same key on the retry');
    assert.deepEqual([answer.status, answer.replayed, answer.attempts, answer.idempotencyKey], [201, true, 2, refundCalls[0]!.idempotencyKey]);
    assert.equal(await s.refundCount(id), 1, 'one refund stored');
    const payment = await s.api.payments.get(id);
    assert.deepEqual(payment.refunds?.map((r) => r.amount.amount), ['5.00']);

    // The typed method does the same; a second logical refund gets a new key, so it is a second refund.
    const again = wrappedFetch((x, n) => (n === 1 ? 'drop' : undefined));
    await s.client({ fetch: again.fetch }).payments.refund(id, { amount: { amount: '5.00', currency: 'EUR' } });
    assert.equal(again.sent.length, 2);
    assert.equal(again.sent[0]!.idempotencyKey, again.sent[1]!.idempotencyKey);
    assert.notEqual(again.sent[0]!.idempotencyKey, refundCalls[0]!.idempotencyKey);
    assert.equal(await s.refundCount(id), 2);
  });

  test('an explicit key is honoured on every attempt; two lost answers still make one payment', async () => {
    const reference = `lost-${randomUUID()}`;
    const { fetch, sent } = wrappedFetch((_, n) => (n <= 2 ? 'drop' : undefined));
    const answer = await s.client({ fetch }, s.apiKey).requestWithResponse('POST', '/v1/payments', { body: paymentBody(reference), idempotencyKey: `checkout-${reference}` });
    assert.deepEqual(sent.map((x) => x.idempotencyKey), [`checkout-${reference}`, `checkout-${reference}`, `checkout-${reference}`]);
    assert.deepEqual([answer.status, answer.replayed, answer.attempts], [201, true, 3]);
    assert.equal(await s.paymentCount(reference), 1);
  });

  test('with no retries left the lost answer is a NetworkError, and the key to retry with is the one sent', async () => {
    const reference = `gone-${randomUUID()}`;
    const { fetch, sent } = wrappedFetch(() => 'drop');
    const e = await s.client({ fetch, retries: 1 }, s.apiKey).payments.create(paymentBody(reference)).catch((error: unknown) => error);
    assert.ok(e instanceof NetworkError, String(e));
    assert.deepEqual([e.code, e.attempts, sent.length], ['NETWORK_ERROR', 2, 2]);
    assert.equal(await s.paymentCount(reference), 1, 'the server made it once');
    const replay = await s.api.requestWithResponse('POST', '/v1/payments', { body: paymentBody(reference), idempotencyKey: sent[0]!.idempotencyKey! });
    assert.deepEqual([replay.replayed, await s.paymentCount(reference)], [true, 1]);
  });

  test('a POST that takes no Idempotency-Key is never retried: not after a lost answer, not after a 503', async () => {
    const quote = { date: '2026-11-27', currency: 'EUR', shipFrom: { country: 'VN' }, shipTo: { country: 'DE' }, items: [{ sku: 'tee', hsCode: '610910', originCountry: 'VN', unitPrice: { amount: '20.00', currency: 'EUR' }, quantity: 1 }] };
    const lost = wrappedFetch(() => 'drop');
    const e1 = await s.client({ fetch: lost.fetch }, s.apiKey).landedCost.quote(quote).catch((error: unknown) => error);
    assert.ok(e1 instanceof NetworkError);
    assert.deepEqual([e1.attempts, lost.sent.length, lost.sent[0]!.idempotencyKey], [1, 1, null]);
    const busy = wrappedFetch(() => problemAnswer(503, 'DATABASE_UNAVAILABLE', 'the database is not answering'));
    const e2 = await s.client({ fetch: busy.fetch }, s.apiKey).landedCost.quote(quote).catch((error: unknown) => error);
    assert.ok(e2 instanceof ServerError);
    assert.deepEqual([e2.status, e2.attempts, busy.sent.length], [503, 1, 1]);
    // The same 503 on a GET is retried (and then answered by the server).
    const once = wrappedFetch((_, n) => (n === 1 ? problemAnswer(503, 'DATABASE_UNAVAILABLE', 'the database is not answering') : undefined));
    const markets = await s.client({ fetch: once.fetch }).requestWithResponse('GET', '/v1/store/markets');
    assert.deepEqual([markets.status, markets.attempts, once.sent.length], [200, 2, 2]);
  });

  test('Retry-After is waited for exactly, on a GET and on a keyed POST; one longer than maxRetryAfterMs throws at once', async () => {
    const limited = wrappedFetch((_, n) => (n === 1 ? problemAnswer(429, 'RATE_LIMITED', 'slow down', { 'retry-after': '1' }) : undefined));
    const started = performance.now();
    const answer = await s.client({ fetch: limited.fetch }).requestWithResponse('GET', '/v1/store/markets');
    const waited = limited.sent[1]!.at - limited.sent[0]!.at;
    assert.deepEqual([answer.status, answer.attempts], [200, 2]);
    assert.ok(waited >= 1_000 && waited < 1_500, `waited ${waited} ms for Retry-After: 1`);
    assert.ok(performance.now() - started >= 1_000);

    const reference = `after-${randomUUID()}`;
    const unavailable = wrappedFetch((_, n) => (n === 1 ? problemAnswer(503, 'PROVIDER_UNAVAILABLE', 'the provider is down', { 'retry-after': '1' }) : undefined));
    const created = await s.client({ fetch: unavailable.fetch }, s.apiKey).requestWithResponse('POST', '/v1/payments', { body: paymentBody(reference) });
    assert.deepEqual([created.status, created.attempts, unavailable.sent[0]!.idempotencyKey === unavailable.sent[1]!.idempotencyKey], [201, 2, true]);
    assert.ok(unavailable.sent[1]!.at - unavailable.sent[0]!.at >= 1_000);
    assert.equal(await s.paymentCount(reference), 1);

    const long = wrappedFetch(() => problemAnswer(429, 'RATE_LIMITED', 'slow down', { 'retry-after': '120' }));
    const t0 = performance.now();
    const e = await s.client({ fetch: long.fetch }).store.markets().catch((error: unknown) => error);
    assert.ok(e instanceof RateLimitError);
    assert.deepEqual([e.retryAfter, e.attempts, long.sent.length], [120, 1, 1]);
    assert.ok(performance.now() - t0 < 500);
  });

  test('409 IDEMPOTENCY_KEY_IN_USE (the first request with the key still running) is retried until it is free', async () => {
    // A real in-progress claim: the key of a request just made, its hash, claimed again under a new key.
    const reference = `in-use-${randomUUID()}`;
    const seedKey = `seed-${reference}`;
    await s.api.payments.create(paymentBody(reference), { idempotencyKey: seedKey });
    const [seed] = await db().orm.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, seedKey));
    assert.ok(seed);
    const repo = createIdempotencyRepository(db().orm);
    const heldKey = `held-${reference}`;
    assert.deepEqual(await repo.claim(seed.scope, heldKey, seed.requestHash, s.deps.clock()), { claimed: true });

    const stuck = wrappedFetch();
    const e = await s.client({ fetch: stuck.fetch, retries: 2 }, s.apiKey).payments.create(paymentBody(reference), { idempotencyKey: heldKey }).catch((error: unknown) => error);
    assert.ok(e instanceof IdempotencyError, String(e));
    assert.deepEqual([e.status, e.code, e.field, e.attempts], [409, 'IDEMPOTENCY_KEY_IN_USE', 'headers.idempotency-key', 3]);
    assert.deepEqual(stuck.sent.map((x) => x.idempotencyKey), [heldKey, heldKey, heldKey]);
    assert.equal(await s.paymentCount(reference), 1, 'only the seed payment');

    // The holder finishes (gives the key back) while the client waits: the retry runs it once.
    const freed = wrappedFetch(async (_, n) => {
      if (n === 2) await repo.release(seed.scope, heldKey);
      return undefined;
    });
    const answer = await s.client({ fetch: freed.fetch }, s.apiKey).requestWithResponse('POST', '/v1/payments', { body: paymentBody(reference), idempotencyKey: heldKey });
    assert.deepEqual([answer.status, answer.replayed, answer.attempts], [201, false, 2]);
    assert.equal(await s.paymentCount(reference), 2, 'the seed payment and this one');
  });

  test('two concurrent calls with one key make one payment; both get it', async () => {
    const reference = `race-${randomUUID()}`;
    const key = `race-key-${reference}`;
    const client = s.client({ retries: 5 }, s.apiKey);
    const [a, b] = await Promise.all([0, 1].map(() => client.requestWithResponse('POST', '/v1/payments', { body: paymentBody(reference), idempotencyKey: key })));
    assert.equal(a!.data.id, b!.data.id);
    assert.deepEqual([a!.replayed, b!.replayed].sort(), [false, true]);
    assert.equal(await s.paymentCount(reference), 1);
  });
});
