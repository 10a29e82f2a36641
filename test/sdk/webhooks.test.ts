import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { deliverDueWebhooks } from '../../src/services/webhooks/deliver-webhooks.js';
import { signWebhook as serverSign, verifyWebhookSignature } from '../../src/services/webhooks/signature.js';
import { Landfall, signWebhook, UsageError, verifyWebhook, WebhookVerificationError, type WebhookFailure } from '../../packages/sdk/src/index.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const SECRET = 'whsec_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';
const T = 1_795_770_000; // 2026-11-27T09:00:00Z in unix seconds
const EVENT = JSON.stringify({ id: '7d9f1b9e-3c1a-4c55-9a43-7e0f1c1f8a10', type: 'order.paid', subject: { kind: 'order', id: 'LF-100420' }, data: { total: { amount: '49.90', currency: 'EUR' }, note: 'Grüße, 東京' }, createdAt: '2026-11-27T09:00:00.000Z' });

/** Why verifyWebhook refused, or 'ok'. */
async function outcome(body: string | Uint8Array, headers: Record<string, string | string[] | undefined> | Headers, secret = SECRET, nowSeconds = T, toleranceSeconds?: number): Promise<WebhookFailure | 'ok'> {
  try {
    await verifyWebhook(body, headers, secret, { now: nowSeconds * 1000, ...(toleranceSeconds !== undefined ? { toleranceSeconds } : {}) });
    return 'ok';
  } catch (e) {
    if (e instanceof WebhookVerificationError) return e.reason;
    throw e;
  }
}

test('signWebhook makes exactly the header Landfall sends', async () => {
  assert.equal(await signWebhook(EVENT, SECRET, T), serverSign(SECRET, T, EVENT));
  assert.equal(await signWebhook(new TextEncoder().encode(EVENT), SECRET, T), serverSign(SECRET, T, EVENT));
});

test('verifyWebhook accepts and refuses exactly what Landfall\'s own check does', async () => {
  const good = serverSign(SECRET, T, EVENT);
  const v1 = good.split('v1=')[1]!;
  const forged = `t=${T},v1=${'0'.repeat(64)}`;
  const cases: Array<[string, string | undefined, string, number, WebhookFailure | 'ok']> = [
    ['as signed', good, EVENT, T, 'ok'],
    ['300 s old (the limit)', good, EVENT, T + 300, 'ok'],
    ['301 s old', good, EVENT, T + 301, 'stale'],
    ['301 s ahead', good, EVENT, T - 301, 'stale'],
    ['a second v1 that matches (secret rotation)', `t=${T},v1=${'a'.repeat(64)},v1=${v1}`, EVENT, T, 'ok'],
    ['spaces after commas', `t=${T}, v1=${v1}`, EVENT, T, 'ok'],
    ['forged signature', forged, EVENT, T, 'mismatch'],
    ['body changed by one character', good, EVENT.replace('49.90', '49.91'), T, 'mismatch'],
    ['signature of another time', good.replace(`t=${T}`, `t=${T + 1}`), EVENT, T, 'mismatch'],
    ['no header', undefined, EVENT, T, 'missing'],
    ['empty header', '', EVENT, T, 'missing'],
    ['no t', `v1=${v1}`, EVENT, T, 'malformed'],
    ['no v1', `t=${T}`, EVENT, T, 'malformed'],
    ['v1 not hex', `t=${T},v1=${'z'.repeat(64)}`, EVENT, T, 'malformed'],
    ['v1 upper-case hex', `t=${T},v1=${v1.toUpperCase()}`, EVENT, T, 'malformed'],
    ['t not a number', `t=soon,v1=${v1}`, EVENT, T, 'malformed'],
    ['only v0', `t=${T},v0=${v1}`, EVENT, T, 'malformed'],
    ['header over 1,000 characters', `${good},${'x'.repeat(1000)}`, EVENT, T, 'malformed'],
  ];
  for (const [name, header, body, now, expected] of cases) {
    const headers = header === undefined ? {} : { 'Landfall-Signature': header };
    assert.equal(await outcome(body, headers, SECRET, now), expected, name);
    const server = verifyWebhookSignature(header, body, SECRET, now);
    assert.equal(server.ok, expected === 'ok', `${name}: Landfall's own check agrees`);
  }
  assert.equal(await outcome(EVENT, { 'landfall-signature': good }, 'whsec_another'), 'mismatch', 'another endpoint\'s secret');
  assert.equal(await outcome(EVENT, { 'landfall-signature': good }, SECRET, T + 3600, 4000), 'ok', 'a wider tolerance');
  assert.equal(await outcome(EVENT, new Headers({ 'landfall-signature': good })), 'ok', 'fetch Headers');
  assert.equal(await outcome(EVENT, { 'landfall-signature': [good, 'ignored'] }), 'ok', 'a header repeated (Node gives arrays)');
  assert.equal(await outcome(Buffer.from(EVENT), { 'landfall-signature': good }), 'ok', 'a Buffer body');
});

test('verifyWebhook returns the typed event; a signed body that is not an event, or a bad call, is refused clearly', async () => {
  const event = await verifyWebhook(EVENT, { 'landfall-signature': serverSign(SECRET, T, EVENT) }, SECRET, { now: new Date(T * 1000) });
  assert.deepEqual([event.id, event.type, event.subject.id, event.data.note], ['7d9f1b9e-3c1a-4c55-9a43-7e0f1c1f8a10', 'order.paid', 'LF-100420', 'Grüße, 東京']);
  const notEvent = '{"hello":"world"}';
  assert.equal(await outcome(notEvent, { 'landfall-signature': serverSign(SECRET, T, notEvent) }), 'payload');
  assert.equal(await outcome('not json', { 'landfall-signature': serverSign(SECRET, T, 'not json') }), 'payload');
  const e = await verifyWebhook(EVENT, {}, SECRET).catch((error: unknown) => error);
  assert.ok(e instanceof WebhookVerificationError);
  assert.deepEqual([e.code, e.field, e.status], ['WEBHOOK_SIGNATURE_MISSING', 'landfall-signature', undefined]);
  for (const [call, field] of [
    [() => verifyWebhook(JSON.parse(EVENT), { 'landfall-signature': 'x' }, SECRET), 'rawBody'],
    [() => verifyWebhook(EVENT, { 'landfall-signature': 'x' }, ''), 'secret'],
    [() => verifyWebhook(EVENT, { 'landfall-signature': 'x' }, SECRET, { toleranceSeconds: -1 }), 'toleranceSeconds'],
    [() => verifyWebhook(EVENT, { 'landfall-signature': 'x' }, SECRET, { now: Number.NaN }), 'now'],
  ] as Array<[() => Promise<unknown>, string]>) {
    const bad = await call().catch((error: unknown) => error);
    assert.ok(bad instanceof UsageError, `${field}: ${String(bad)}`);
    assert.equal(bad.field, field);
  }
});

/** A webhook receiver on a free local port keeping each delivery's raw body and headers. */
async function startReceiver() {
  const received: Array<{ headers: http.IncomingHttpHeaders; raw: Buffer }> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, raw: Buffer.concat(chunks) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/landfall-hooks`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describeWithDatabases('SDK: verifying a real delivery from Landfall\'s webhook worker', (db) => {
  const now = new Date('2026-11-27T10:00:00.000Z');
  let t: TestApp;
  let admin: Landfall;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => now } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    admin = new Landfall({ baseUrl: `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`, apiKey: t.adminKey });
    receiver = await startReceiver();
  });
  after(async () => {
    await receiver.close();
    await t.app.close();
  });

  test('register with the SDK, change a product, deliver: the receiver verifies the delivery and reads the event', async () => {
    const endpoint = await admin.webhooks.createEndpoint({ url: receiver.url, eventTypes: ['product.*'], description: 'shop' });
    const product = await admin.products.create({
      handle: 'sdk-coffee',
      hsCode: '090121',
      originCountry: 'VN',
      translations: { en: { title: 'Coffee for the SDK' } },
      variants: [{ sku: 'SDK-COFFEE', price: { amount: '12.00', currency: 'USD' }, weightKg: '0.5' }],
    });
    const outcome1 = await deliverDueWebhooks(t.deps, { timeoutMs: 2_000 });
    assert.deepEqual([outcome1.delivered, receiver.received.length], [1, 1]);
    const delivery = receiver.received[0]!;

    const event = await verifyWebhook(delivery.raw, delivery.headers, endpoint.secret, { now: t.deps.clock() });
    assert.deepEqual([event.type, event.subject, event.id], ['product.created', { kind: 'product', id: product.id }, delivery.headers['landfall-event-id']]);
    const fromText = await verifyWebhook(delivery.raw.toString('utf8'), delivery.headers, endpoint.secret, { now: t.deps.clock() });
    assert.deepEqual(fromText, event);

    const refused = async (body: Buffer | string, headers: http.IncomingHttpHeaders, secret: string, at: Date) =>
      verifyWebhook(body, headers, secret, { now: at }).then(
        () => 'ok',
        (e: unknown) => (e instanceof WebhookVerificationError ? e.reason : String(e)),
      );
    assert.equal(await refused(delivery.raw, delivery.headers, endpoint.secret, new Date(now.getTime() + 301_000)), 'stale', 'replayed 5 minutes later');
    assert.equal(await refused(delivery.raw.toString('utf8').replace('sdk-coffee', 'sdk-tea'), delivery.headers, endpoint.secret, now), 'mismatch', 'body altered');
    assert.equal(await refused(delivery.raw, delivery.headers, 'whsec_not_this_one', now), 'mismatch', 'another secret');
    const { 'landfall-signature': _, ...unsigned } = delivery.headers;
    assert.equal(await refused(delivery.raw, unsigned, endpoint.secret, now), 'missing');

    // A replayed delivery (same event, signed again) verifies too, with the same event id to deduplicate on.
    const [sent] = await admin.listAll('/v1/admin/webhooks/deliveries', { query: { endpoint: endpoint.id } });
    assert.equal(sent?.status, 'delivered');
    await admin.webhooks.replayDelivery(sent!.id);
    await deliverDueWebhooks(t.deps, { timeoutMs: 2_000 });
    assert.equal(receiver.received.length, 2);
    const again = await verifyWebhook(receiver.received[1]!.raw, receiver.received[1]!.headers, endpoint.secret, { now: t.deps.clock() });
    assert.equal(again.id, event.id);
  });
});
