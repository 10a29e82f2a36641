import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createDeps } from '../../src/services/deps.js';
import { pruneIdempotencyKeys } from '../../src/services/idempotency/prune-idempotency-keys.js';
import { hashRequest } from '../../src/services/idempotency/request-hash.js';
import { withIdempotency, type IdempotentResponse } from '../../src/services/idempotency/with-idempotency.js';
import { describeWithDatabases } from '../support/test-database.js';
import { CARD_OK, startPaymentServer, type PaymentServer } from './support.js';

describeWithDatabases('withIdempotency: one run per key, the first answer replayed', (db) => {
  let now = new Date('2026-05-04T10:00:00.000Z');
  const deps = () => createDeps(db(), { version: 'test', clock: () => now });
  const req = (key: string | undefined, body: unknown = { a: 1 }) => ({ scope: 'k1:test.op', key, requestHash: hashRequest({ method: 'POST', path: '/x', body }) });
  const counter = () => {
    let runs = 0;
    const run = async (): Promise<IdempotentResponse> => ({ status: 201, body: { run: ++runs } });
    return { run, runs: () => runs };
  };

  test('the same key and request runs once and replays the first answer', async () => {
    const c = counter();
    const first = await withIdempotency(deps(), req('key-1'), c.run);
    const second = await withIdempotency(deps(), req('key-1', { a: 1 }), c.run);
    assert.deepEqual(first, { ok: true, value: { status: 201, body: { run: 1 }, replayed: false } });
    assert.deepEqual(second, { ok: true, value: { status: 201, body: { run: 1 }, replayed: true } });
    assert.equal(c.runs(), 1);
    assert.equal(hashRequest({ b: 2, a: [1, { y: 1, x: 2 }] }), hashRequest({ a: [1, { x: 2, y: 1 }], b: 2 }), 'field order does not matter');
  });

  test('the same key with another request is refused; other scopes do not share keys', async () => {
    const c = counter();
    await withIdempotency(deps(), req('key-2'), c.run);
    const other = await withIdempotency(deps(), req('key-2', { a: 2 }), c.run);
    assert.ok(!other.ok);
    assert.equal(other.code, 'IDEMPOTENCY_KEY_REUSED');
    assert.equal(other.field, 'headers.idempotency-key');
    assert.match(other.message, /Idempotency-Key/);
    const elsewhere = await withIdempotency(deps(), { ...req('key-2', { a: 2 }), scope: 'k2:test.op' }, c.run);
    assert.ok(elsewhere.ok && !elsewhere.value.replayed);
    assert.equal(c.runs(), 2);
  });

  test('a duplicate while the first is running is 409; a stale claim is taken over', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = withIdempotency(deps(), req('key-3'), async () => {
      await gate;
      return { status: 201, body: { slow: true } };
    });
    await new Promise((r) => setTimeout(r, 50));
    const busy = await withIdempotency(deps(), req('key-3'), async () => ({ status: 201, body: { fast: true } }));
    assert.ok(!busy.ok);
    assert.equal(busy.code, 'IDEMPOTENCY_KEY_IN_USE');
    release();
    const done = await slow;
    assert.ok(done.ok);
    assert.deepEqual(done.value.body, { slow: true });

    const never = withIdempotency(deps(), req('key-4'), () => new Promise<IdempotentResponse>(() => undefined));
    void never;
    await new Promise((r) => setTimeout(r, 50));
    now = new Date(now.getTime() + 6 * 60_000);
    const takeover = await withIdempotency(deps(), req('key-4'), async () => ({ status: 201, body: { second: true } }));
    assert.ok(takeover.ok && !takeover.value.replayed && (takeover.value.body as { second: boolean }).second);
  });

  test('5xx answers and throws are not kept: a retry runs again', async () => {
    const c = counter();
    const down = await withIdempotency(deps(), req('key-5'), async () => ({ status: 503, body: { code: 'PROVIDER_UNAVAILABLE' } }));
    assert.ok(down.ok && down.value.status === 503);
    await assert.rejects(withIdempotency(deps(), req('key-6'), async () => Promise.reject(new Error('boom'))), /boom/);
    assert.ok((await withIdempotency(deps(), req('key-5'), c.run)).ok);
    assert.ok((await withIdempotency(deps(), req('key-6'), c.run)).ok);
    assert.equal(c.runs(), 2);
    const kept = await withIdempotency(deps(), req('key-7'), async () => ({ status: 422, body: { code: 'X' } }));
    const replay = await withIdempotency(deps(), req('key-7'), c.run);
    assert.ok(kept.ok && replay.ok && replay.value.replayed && replay.value.status === 422, '4xx answers are kept');
  });

  test('keys older than the retention are forgotten: a retry after that runs again', async () => {
    const c = counter();
    await withIdempotency(deps(), req('key-old'), c.run);
    now = new Date(now.getTime() + 8 * 86_400_000);
    await withIdempotency(deps(), req('key-new'), c.run);
    const pruned = await pruneIdempotencyKeys(deps());
    assert.ok(pruned.deleted >= 1);
    const again = await withIdempotency(deps(), req('key-old'), c.run);
    assert.ok(again.ok && !again.value.replayed);
    const kept = await withIdempotency(deps(), req('key-new'), c.run);
    assert.ok(kept.ok && kept.value.replayed);
    assert.equal(c.runs(), 3);
  });

  test('keys must be 1 to 255 printable characters; without a key the request just runs', async () => {
    for (const key of ['', 'x'.repeat(256), 'tab\there', 'ключ']) {
      const r = await withIdempotency(deps(), req(key), counter().run);
      assert.ok(!r.ok && r.code === 'VALIDATION_FAILED', JSON.stringify(key));
    }
    assert.ok((await withIdempotency(deps(), req('x'.repeat(255)), counter().run)).ok);
    const c = counter();
    await withIdempotency(deps(), req(undefined), c.run);
    await withIdempotency(deps(), req(undefined), c.run);
    assert.equal(c.runs(), 2);
  });
});

describeWithDatabases('Idempotency-Key on POST /v1/payments', (db) => {
  let s: PaymentServer;
  before(async () => {
    s = await startPaymentServer(db());
  });
  after(() => s.close());
  const body = (reference: string) => ({ reference, amount: { amount: '12.00', currency: 'USD' }, method: 'card', country: 'US', market: 'us' });
  const create = (payload: unknown, key?: string) => s.call('POST', '/v1/payments', { body: payload, key: s.apiKey, headers: key ? { 'idempotency-key': key } : {} });

  test('the same key and body twice: one payment at the gateway and the same answer', async () => {
    const intents = await s.gateway.countIntents();
    const a = await create(body('order-idem-1'), 'idem-1');
    const b = await create({ method: 'card', country: 'US', market: 'us', amount: { currency: 'USD', amount: '12.00' }, reference: 'order-idem-1' }, 'idem-1');
    assert.equal(a.status, 201, a.text);
    assert.equal(b.status, 201);
    assert.deepEqual(b.body, a.body);
    assert.equal(a.headers.get('idempotent-replayed'), null);
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
    assert.equal(await s.gateway.countIntents(), intents + 1);
    assert.deepEqual(await s.events(a.body.id), ['payment.created']);
  });

  test('the same key with another body is 422 naming the Idempotency-Key header; no payment is made', async () => {
    const intents = await s.gateway.countIntents();
    await create(body('order-idem-2'), 'idem-2');
    const other = await create({ ...body('order-idem-2'), amount: { amount: '13.00', currency: 'USD' } }, 'idem-2');
    assert.equal(other.status, 422);
    assert.equal(other.body.code, 'IDEMPOTENCY_KEY_REUSED');
    assert.equal(other.body.errors[0].field, 'headers.idempotency-key');
    assert.equal(await s.gateway.countIntents(), intents + 1);
  });

  test('a refused request is replayed as refused; without a key each request is its own payment', async () => {
    const bad = await create({ ...body('order-idem-3'), method: 'ideal' }, 'idem-3');
    const again = await create({ ...body('order-idem-3'), method: 'ideal' }, 'idem-3');
    assert.equal(bad.status, 422);
    assert.equal(again.status, 422);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.code, 'PAYMENT_METHOD_NOT_AVAILABLE');
    const x = await create(body('order-nokey'));
    const y = await create(body('order-nokey'));
    assert.notEqual(x.body.id, y.body.id);
  });

  test('concurrent duplicates make one payment; the others wait (409) or get the first answer', async () => {
    const intents = await s.gateway.countIntents();
    const answers = await Promise.all(Array.from({ length: 5 }, () => create(body('order-race'), 'idem-race')));
    const statuses = answers.map((a) => a.status).sort();
    assert.ok(statuses.every((st) => st === 201 || st === 409), statuses.join(','));
    assert.ok(statuses.includes(201));
    const ids = new Set(answers.filter((a) => a.status === 201).map((a) => a.body.id));
    assert.equal(ids.size, 1);
    for (const a of answers.filter((x) => x.status === 409)) assert.equal(a.body.code, 'IDEMPOTENCY_KEY_IN_USE');
    assert.equal(await s.gateway.countIntents(), intents + 1);
    const after = await create(body('order-race'), 'idem-race');
    assert.equal(after.status, 201);
    assert.equal(after.body.id, [...ids][0]);
  });

  test('keys are per API key: another caller with the same key gets its own payment', async () => {
    const mine = await create(body('order-idem-4'), 'shared-key');
    const theirs = await s.call('POST', '/v1/payments', { body: body('order-idem-4'), headers: { 'idempotency-key': 'shared-key' } });
    assert.equal(theirs.status, 201);
    assert.notEqual(theirs.body.id, mine.body.id);
  });

  test('a retried confirm after success is refused as a state conflict, not charged twice', async () => {
    const p = await create(body('order-confirm-twice'), 'idem-5');
    const first = await s.call('POST', `/v1/payments/${p.body.id}/confirm`, { body: { card: CARD_OK }, key: s.apiKey });
    const second = await s.call('POST', `/v1/payments/${p.body.id}/confirm`, { body: { card: CARD_OK }, key: s.apiKey });
    assert.equal(first.body.status, 'succeeded');
    assert.equal(second.status, 409);
    assert.deepEqual(await s.events(p.body.id), ['payment.created', 'payment.succeeded']);
  });
});
