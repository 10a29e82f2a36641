import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { MAX_DELIVERY_ATTEMPTS } from '../../src/core/webhooks/retry-schedule.js';
import { deliverDueWebhooks } from '../../src/services/webhooks/deliver-webhooks.js';
import { verifyWebhookSignature } from '../../src/services/webhooks/signature.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

type Received = { headers: http.IncomingHttpHeaders; body: string };

/** A webhook receiver on a free local port; `failNext` makes it answer 500 that many times. */
async function startReceiver() {
  const received: Received[] = [];
  let failNext = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      if (failNext > 0) {
        failNext--;
        res.writeHead(500).end('down');
      } else res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, received, failTimes: (n: number) => (failNext = n), close: () => new Promise<void>((r) => server.close(() => r())) };
}

const product = (handle: string) => ({
  handle,
  hsCode: '090121',
  originCountry: 'VN',
  translations: { en: { title: `Coffee ${handle}` } },
  variants: [{ sku: `SKU-${handle}`, price: { amount: '12.00', currency: 'USD' }, weightKg: '0.5' }],
});

describeWithDatabases('webhooks: outbox, signed deliveries, retries and replay', (db) => {
  let now = new Date('2026-11-27T10:00:00.000Z');
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let secret = '';
  let endpointId = '';
  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => now } });
    receiver = await startReceiver();
  });
  after(() => receiver.close());
  const deliver = () => deliverDueWebhooks(t.deps, { timeoutMs: 2_000 });

  test('an endpoint is registered once with its secret; lists never show the secret', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/admin/webhooks', headers: t.auth(), payload: { url: receiver.url, description: 'ERP', eventTypes: ['product.*'] } });
    assert.equal(r.statusCode, 201, r.body);
    secret = r.json().secret;
    endpointId = r.json().id;
    assert.match(secret, /^whsec_[A-Za-z0-9_-]{43}$/);
    const list = await t.app.inject({ method: 'GET', url: '/v1/admin/webhooks', headers: t.auth() });
    assert.equal(list.json().items.length, 1);
    assert.equal(list.json().items[0].secret, undefined);
    assert.doesNotMatch(list.body, /whsec_/);
  });

  test('a product change writes its event with the change; the delivery is signed and verifiable', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: t.auth(), payload: product('arabica') });
    assert.equal(created.statusCode, 201, created.body);
    const refused = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: t.auth(), payload: product('arabica') });
    assert.equal(refused.statusCode, 409);
    const events = await t.app.inject({ method: 'GET', url: '/v1/admin/events?type=product.created', headers: t.auth() });
    assert.equal(events.json().items.length, 1, 'the refused create wrote no event');
    const event = events.json().items[0];
    assert.equal(event.subject.id, created.json().id);

    const outcome = await deliver();
    assert.deepEqual(outcome, { attempted: 1, delivered: 1, retrying: 0, failed: 0 });
    const got = receiver.received.at(-1)!;
    assert.equal(got.headers['landfall-event-id'], event.id);
    assert.equal(got.headers['landfall-event-type'], 'product.created');
    assert.deepEqual(JSON.parse(got.body), event);
    const nowSeconds = Math.floor(now.getTime() / 1000);
    assert.ok(verifyWebhookSignature(got.headers['landfall-signature'] as string, got.body, secret, nowSeconds).ok);
    // a receiver refuses a forged signature, a tampered body, another secret and a stale timestamp
    assert.equal(verifyWebhookSignature(`t=${nowSeconds},v1=${'0'.repeat(64)}`, got.body, secret, nowSeconds).ok, false);
    assert.equal(verifyWebhookSignature(got.headers['landfall-signature'] as string, got.body.replace('arabica', 'robusta'), secret, nowSeconds).ok, false);
    assert.equal(verifyWebhookSignature(got.headers['landfall-signature'] as string, got.body, 'whsec_other', nowSeconds).ok, false);
    assert.equal(verifyWebhookSignature(got.headers['landfall-signature'] as string, got.body, secret, nowSeconds + 301).ok, false);
    assert.equal(verifyWebhookSignature(undefined, got.body, secret, nowSeconds).ok, false);

    const deliveries = await t.app.inject({ method: 'GET', url: `/v1/admin/webhooks/deliveries?endpoint=${endpointId}`, headers: t.auth() });
    assert.equal(deliveries.json().items[0].status, 'delivered');
    assert.equal(deliveries.json().items[0].eventType, 'product.created');
    assert.equal(deliveries.json().items[0].lastStatusCode, 204);
  });

  test('a failing endpoint is retried on the schedule, at least once in all, then delivered', async () => {
    receiver.failTimes(2);
    const before = receiver.received.length;
    const id = (await t.app.inject({ method: 'GET', url: '/v1/admin/products/arabica', headers: t.auth() })).json().id;
    const update = await t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${id}`, headers: { ...t.auth(), 'content-type': 'application/merge-patch+json' }, payload: { status: 'draft' } });
    assert.equal(update.statusCode, 200, update.body);
    assert.deepEqual(await deliver(), { attempted: 1, delivered: 0, retrying: 1, failed: 0 });
    assert.deepEqual(await deliver(), { attempted: 0, delivered: 0, retrying: 0, failed: 0 }, 'not due before 30 s');
    now = new Date(now.getTime() + 30_000);
    assert.deepEqual(await deliver(), { attempted: 1, delivered: 0, retrying: 1, failed: 0 });
    now = new Date(now.getTime() + 59_000);
    assert.equal((await deliver()).attempted, 0, 'the second wait is 60 s');
    now = new Date(now.getTime() + 1_000);
    assert.deepEqual(await deliver(), { attempted: 1, delivered: 1, retrying: 0, failed: 0 });
    const sent = receiver.received.slice(before);
    assert.equal(sent.length, 3);
    assert.equal(new Set(sent.map((s) => s.headers['landfall-event-id'])).size, 1, 'the same event each time: receivers deduplicate on its id');
  });

  test('an endpoint that never answers is given up after the last attempt; a replay delivers it', async () => {
    const dead = await t.app.inject({ method: 'POST', url: '/v1/admin/webhooks', headers: t.auth(), payload: { url: 'http://127.0.0.1:9/unreachable', eventTypes: ['product.archived'] } });
    assert.equal(dead.statusCode, 201);
    const id = (await t.app.inject({ method: 'GET', url: '/v1/admin/products/arabica', headers: t.auth() })).json().id;
    const archived = await t.app.inject({ method: 'POST', url: `/v1/admin/products/${id}/archive`, headers: t.auth() });
    assert.equal(archived.statusCode, 200, archived.body);
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      const r = await deliver();
      // the first run also delivers the archive event to the product.* endpoint
      assert.equal(r.attempted, attempt === 1 ? 2 : 1, `attempt ${attempt}`);
      now = new Date(now.getTime() + 7 * 3_600_000);
    }
    const failed = await t.app.inject({ method: 'GET', url: `/v1/admin/webhooks/deliveries?endpoint=${dead.json().id}&status=failed`, headers: t.auth() });
    assert.equal(failed.json().items.length, 1);
    const d = failed.json().items[0];
    assert.equal(d.attempts, MAX_DELIVERY_ATTEMPTS);
    assert.equal(d.lastStatusCode, null);
    assert.ok(d.lastError);
    assert.equal((await deliver()).attempted, 0, 'a failed delivery is not retried on its own');
    // the endpoint moves: the operator points a new registration at it and replays the old delivery
    const replay = await t.app.inject({ method: 'POST', url: `/v1/admin/webhooks/deliveries/${d.id}/replay`, headers: t.auth() });
    assert.equal(replay.statusCode, 202, replay.body);
    assert.equal(replay.json().status, 'pending');
    assert.equal(replay.json().eventType, 'product.archived');
    assert.equal((await deliver()).attempted, 1, 'replayed at the next run');
  });

  test('an endpoint only gets the event types it asked for; a removed endpoint gets nothing more', async () => {
    const orders = await t.app.inject({ method: 'POST', url: '/v1/admin/webhooks', headers: t.auth(), payload: { url: receiver.url, eventTypes: ['order.*'] } });
    const created = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: t.auth(), payload: product('robusta') });
    assert.equal(created.statusCode, 201);
    const toOrders = await t.app.inject({ method: 'GET', url: `/v1/admin/webhooks/deliveries?endpoint=${orders.json().id}`, headers: t.auth() });
    assert.equal(toOrders.json().items.length, 0);
    const removed = await t.app.inject({ method: 'DELETE', url: `/v1/admin/webhooks/${endpointId}`, headers: t.auth() });
    assert.equal(removed.statusCode, 204);
    assert.equal((await t.app.inject({ method: 'DELETE', url: `/v1/admin/webhooks/${endpointId}`, headers: t.auth() })).statusCode, 404);
    await deliver();
    const before = receiver.received.length;
    await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: t.auth(), payload: product('liberica') });
    await deliver();
    assert.equal(receiver.received.length, before);
  });

  test('two workers at once never send one delivery twice', async () => {
    const fresh = await startReceiver();
    try {
      await t.app.inject({ method: 'POST', url: '/v1/admin/webhooks', headers: t.auth(), payload: { url: fresh.url, eventTypes: ['product.created'] } });
      for (let i = 0; i < 12; i++) assert.equal((await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: t.auth(), payload: product(`bulk-${i}`) })).statusCode, 201);
      const runs = await Promise.all([1, 2, 3].map(() => deliverDueWebhooks(t.deps, { limit: 5, timeoutMs: 2_000 })));
      const more = await deliverDueWebhooks(t.deps, { limit: 50, timeoutMs: 2_000 });
      const ids = fresh.received.map((r) => r.headers['landfall-event-id']);
      assert.equal(ids.length, 12, JSON.stringify(runs.concat(more)));
      assert.equal(new Set(ids).size, 12);
    } finally {
      await fresh.close();
    }
  });

  test('bad input is refused naming the field, without a key or with an api key too', async () => {
    const cases: Array<[string, string, unknown, string]> = [
      ['POST', '/v1/admin/webhooks', { url: 'ftp://x', eventTypes: ['*'] }, 'url'],
      ['POST', '/v1/admin/webhooks', { url: 'https://x.example/', eventTypes: ['Bad'] }, 'eventTypes[0]'],
      ['POST', '/v1/admin/webhooks', { url: 'https://x.example/' }, 'eventTypes'],
      ['POST', '/v1/admin/webhooks', { url: 'https://x.example/', eventTypes: ['*'], active: false }, 'active'],
      ['GET', '/v1/admin/webhooks/deliveries?endpoint=nope', undefined, 'endpoint'],
      ['GET', '/v1/admin/webhooks/deliveries?cursor=zzz', undefined, 'cursor'],
      ['POST', '/v1/admin/webhooks/deliveries/nope/replay', undefined, 'id'],
      ['DELETE', '/v1/admin/webhooks/nope', undefined, 'id'],
    ];
    for (const [method, url, payload, field] of cases) {
      const r = await t.app.inject({ method: method as 'GET', url, headers: t.auth(), ...(payload === undefined ? {} : { payload: payload as object }) });
      assert.equal(r.statusCode, 400, `${method} ${url}: ${r.body}`);
      assert.ok(r.json().errors?.some((e: { field: string }) => e.field === field) || r.json().detail.includes(field), `${method} ${url}: ${r.body}`);
    }
    const body = await t.app.inject({ method: 'POST', url: '/v1/admin/webhooks', headers: t.auth(), payload: [1, 2] as unknown as object });
    assert.equal(body.statusCode, 400);
    const missing = await t.app.inject({ method: 'POST', url: '/v1/admin/webhooks/deliveries/00000000-0000-4000-8000-000000000000/replay', headers: t.auth() });
    assert.equal(missing.statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/admin/webhooks' })).statusCode, 401);
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/admin/webhooks', headers: t.auth(t.apiKey) })).statusCode, 403);
  });
});
