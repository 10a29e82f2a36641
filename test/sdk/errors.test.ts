import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createAdminUser } from '../../src/services/admin-users/admin-users.js';
import {
  AuthenticationError,
  ConflictError,
  Landfall,
  LandfallError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  TimeoutError,
  UsageError,
  ValidationError,
  type LandfallOptions,
} from '../../packages/sdk/src/index.js';
import { describeWithDatabases } from '../support/test-database.js';
import { CARD_OK, startSdkServer, wrappedFetch, type SdkServer } from './support.js';

/** What `promise` rejected with; fails when it resolved. */
async function rejection(promise: Promise<unknown>): Promise<LandfallError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  assert.ok('error' in outcome, `expected an error, got ${JSON.stringify((outcome as { value: unknown }).value)?.slice(0, 200)}`);
  assert.ok(outcome.error instanceof LandfallError, String(outcome.error));
  return outcome.error;
}

describeWithDatabases('SDK: typed errors from real answers', (db) => {
  let s: SdkServer;
  before(async () => {
    s = await startSdkServer(db());
  });
  after(() => s.close());

  test('400 VALIDATION_FAILED is a ValidationError naming the field, with the request id of the answer', async () => {
    const { fetch } = wrappedFetch();
    const e = await rejection(s.client({ fetch }, s.apiKey).payments.create({ reference: 'r-1', amount: { amount: '25.90', currency: 'EURO' }, method: 'card', country: 'DE' }));
    assert.ok(e instanceof ValidationError);
    assert.deepEqual([e.status, e.code, e.field, e.method, e.path, e.attempts], [400, 'VALIDATION_FAILED', 'amount.currency', 'POST', '/v1/payments', 1]);
    assert.equal(e.errors[0]!.field, 'amount.currency');
    assert.equal(e.problem?.type, 'urn:landfall:problem:validation-failed');
    assert.match(e.requestId ?? '', /^[0-9a-f-]{36}$/);
    assert.equal(e.requestId, e.problem?.requestId);
    assert.match(e.message, /^POST \/v1\/payments: 400 VALIDATION_FAILED: .*amount\.currency/);
  });

  test('a caller X-Request-Id is sent through and comes back on the error', async () => {
    const e = await rejection(s.api.request('GET', '/v1/payments/{id}', { path: { id: 'no-such-payment' }, headers: { 'x-request-id': 'shop-req-42' } }));
    assert.ok(e instanceof NotFoundError);
    assert.deepEqual([e.status, e.code, e.field, e.requestId], [404, 'PAYMENT_NOT_FOUND', 'id', 'shop-req-42']);
  });

  test('401 is an AuthenticationError; 403 a PermissionError; 404 a NotFoundError', async () => {
    const stranger = s.client({}, `lf_0123456789abcdef_${'A'.repeat(43)}`);
    const unauthenticated = await rejection(stranger.store.get().then(() => stranger.payments.get(randomUUID())));
    assert.ok(unauthenticated instanceof AuthenticationError);
    assert.deepEqual([unauthenticated.status, unauthenticated.code, unauthenticated.field], [401, 'UNAUTHENTICATED', 'authorization']);

    const forbidden = await rejection(s.api.webhooks.listEndpoints());
    assert.ok(forbidden instanceof PermissionError);
    assert.deepEqual([forbidden.status, forbidden.code], [403, 'FORBIDDEN']);

    const missing = await rejection(s.api.payments.get(randomUUID()));
    assert.ok(missing instanceof NotFoundError);
    assert.deepEqual([missing.status, missing.code], [404, 'PAYMENT_NOT_FOUND']);
    const noRoute = await rejection(s.admin.request('GET', '/v1/admin/returns/{id}', { path: { id: randomUUID() } }));
    assert.ok(noRoute instanceof NotFoundError);
    assert.equal(noRoute.status, 404);
  });

  test('409 PAYMENT_STATE_CONFLICT is a ConflictError (cancelling a payment already captured)', async () => {
    const payment = await s.api.payments.create({ reference: `conflict-${randomUUID()}`, amount: { amount: '10.00', currency: 'EUR' }, method: 'card', country: 'DE', market: 'eu' });
    const confirmed = await s.api.payments.confirm(payment.id, { card: CARD_OK });
    assert.equal(confirmed.status, 'succeeded');
    const e = await rejection(s.api.payments.cancel(payment.id));
    assert.ok(e instanceof ConflictError);
    assert.deepEqual([e.status, e.code], [409, 'PAYMENT_STATE_CONFLICT']);
  });

  test('429 ACCOUNT_LOCKED is a RateLimitError with retryAfter from the Retry-After header (900 s: longer than the client waits, so thrown at once)', async () => {
    const email = `locked-${randomUUID()}@example.com`;
    const created = await createAdminUser(s.deps, { email, name: 'Locked Out', role: 'operator', password: 'a long and unusual passphrase 42' });
    assert.ok(created.ok, JSON.stringify(created));
    for (let i = 0; i < 5; i++) {
      const wrong = await rejection(s.admin.request('POST', '/v1/admin/sessions', { body: { email, password: `wrong password number ${i}` } }));
      assert.ok(wrong instanceof AuthenticationError, `${i}: ${wrong.message}`);
    }
    const { fetch, sent } = wrappedFetch();
    const started = performance.now();
    const e = await rejection(s.client({ fetch }).request('POST', '/v1/admin/sessions', { body: { email, password: 'a long and unusual passphrase 42' } }));
    assert.ok(e instanceof RateLimitError);
    assert.deepEqual([e.status, e.code, e.retryAfter, e.attempts, sent.length], [429, 'ACCOUNT_LOCKED', 900, 1, 1]);
    assert.ok(performance.now() - started < 2_000);
  });

  test('no answer: a refused connection is a NetworkError; a server that never answers is a TimeoutError (a GET retried first)', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const refused = await rejection(new Landfall({ baseUrl: `http://127.0.0.1:${port}`, apiKey: s.apiKey, retries: 1, backoff: { initialMs: 10, maxMs: 10 } }).store.get());
    assert.ok(refused instanceof NetworkError && !(refused instanceof TimeoutError));
    assert.deepEqual([refused.status, refused.code, refused.attempts], [undefined, 'NETWORK_ERROR', 2]);
    assert.match(refused.detail, /ECONNREFUSED/);

    const sockets: net.Socket[] = [];
    const silent = http.createServer(() => undefined).on('connection', (c) => sockets.push(c));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const client = new Landfall({ baseUrl: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, apiKey: s.apiKey, timeoutMs: 150, retries: 1, backoff: { initialMs: 10, maxMs: 10 } });
      const started = performance.now();
      const timedOut = await rejection(client.store.get());
      assert.ok(timedOut instanceof TimeoutError);
      assert.deepEqual([timedOut.code, timedOut.attempts], ['TIMEOUT', 2]);
      assert.ok(performance.now() - started >= 300, 'two attempts of 150 ms');
      const once = await rejection(client.landedCost.quote({ date: '2026-11-27', currency: 'EUR', shipFrom: { country: 'VN' }, shipTo: { country: 'DE' }, items: [] } as never));
      assert.deepEqual([once.code, once.attempts], ['TIMEOUT', 1], 'a POST without Idempotency-Key is not retried');
    } finally {
      for (const c of sockets) c.destroy();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  test('an answer that is not a problem document still becomes a typed error', async () => {
    const client = s.client({ fetch: async () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }), retries: 0 });
    const e = await rejection(client.store.get());
    assert.equal(e.name, 'ServerError');
    assert.deepEqual([e.status, e.code, e.detail, e.problem], [502, 'HTTP_502', '<html>Bad gateway</html>', undefined]);
  });
});

test('bad client options are UsageErrors naming the option; nothing is sent', () => {
  const base: LandfallOptions = { baseUrl: 'https://shop.example.com', apiKey: `lf_0123456789abcdef_${'A'.repeat(43)}` };
  const cases: Array<[unknown, string, RegExp]> = [
    [{ baseUrl: base.baseUrl }, 'apiKey', /apiKey is required/],
    [{ ...base, apiKey: '' }, 'apiKey', /apiKey is required/],
    [{ ...base, apiKey: `Bearer ${base.apiKey}` }, 'apiKey', /without "Bearer "/],
    [{ ...base, apiKey: 'sk_live_123' }, 'apiKey', /does not look like a Landfall API key/],
    [{ ...base, apiKey: 42 }, 'apiKey', /must be a string/],
    [{ apiKey: base.apiKey }, 'baseUrl', /baseUrl is required/],
    [{ ...base, baseUrl: 'shop.example.com' }, 'baseUrl', /absolute http:\/\/ or https:\/\/ URL/],
    [{ ...base, baseUrl: 'ftp://shop.example.com' }, 'baseUrl', /http:\/\/ or https:\/\/ URL, not ftp:/],
    [{ ...base, baseUrl: 'https://user:pw@shop.example.com' }, 'baseUrl', /user name or password/],
    [{ ...base, baseUrl: 'https://shop.example.com/?x=1' }, 'baseUrl', /query or #fragment/],
    [{ ...base, retries: -1 }, 'retries', /whole number from 0 to 10/],
    [{ ...base, retries: 1.5 }, 'retries', /whole number/],
    [{ ...base, timeoutMs: 0 }, 'timeoutMs', /from 1 to 600000/],
    [{ ...base, fetch: 'fetch' }, 'fetch', /must be a function/],
    [{ ...base, headers: { Authorization: 'Bearer x' } }, 'headers.Authorization', /must not be set here/],
    [{ ...base, headers: { 'Idempotency-Key': 'k' } }, 'headers.Idempotency-Key', /pass idempotencyKey to the call/],
    [{ ...base, apikey: 'typo' }, 'apikey', /is not an option/],
    [null, 'options', /must be an object/],
  ];
  for (const [options, field, message] of cases) {
    assert.throws(
      () => new Landfall(options as LandfallOptions),
      (e: unknown) => e instanceof UsageError && e.field === field && e.code === 'INVALID_CLIENT_OPTIONS' && message.test(e.message),
      `${JSON.stringify(options)} -> ${field}`,
    );
  }
  const ok = new Landfall({ ...base, baseUrl: 'https://shop.example.com/landfall/' });
  assert.equal(ok.baseUrl, 'https://shop.example.com/landfall');
});

test('bad call arguments are UsageErrors and send nothing', async () => {
  const { fetch, sent } = wrappedFetch(() => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
  const client = new Landfall({ baseUrl: 'http://127.0.0.1:9', apiKey: `lf_0123456789abcdef_${'A'.repeat(43)}`, fetch });
  const cases: Array<[() => Promise<unknown>, string]> = [
    [() => client.payments.get(''), 'path.id'],
    [() => client.payments.get('   '), 'path.id'],
    [() => client.orders.ship('LF-1', undefined as unknown as number, { trackingNumber: '1Z' }), 'path.position'],
    [() => client.payments.create({ reference: 'r', amount: { amount: '1.00', currency: 'EUR' }, method: 'card', country: 'DE' }, { idempotencyKey: '' }), 'idempotencyKey'],
    [() => client.payments.create({ reference: 'r', amount: { amount: '1.00', currency: 'EUR' }, method: 'card', country: 'DE' }, { idempotencyKey: 'é'.repeat(3) }), 'idempotencyKey'],
    [() => client.store.get({ retries: -2 }), 'retries'],
    [() => client.store.get({ timeoutMs: 0 }), 'timeoutMs'],
    [() => client.request('TRACE' as 'GET', '/v1/store'), 'method'],
    [() => client.request('GET', 'v1/store' as '/v1/store'), 'path'],
  ];
  for (const [call, field] of cases) {
    const e = await call().then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.ok(e instanceof UsageError, `${field}: ${String(e)}`);
    assert.deepEqual([e.field, e.code, e.status], [field, 'INVALID_ARGUMENT', undefined]);
  }
  assert.equal(sent.length, 0);
  const encoded = await client.requestWithResponse('GET', '/v1/admin/products/{idOrHandle}', { path: { idOrHandle: 'a/b c?' } });
  assert.equal(encoded.status, 200);
  assert.equal(sent[0]!.path, '/v1/admin/products/a%2Fb%20c%3F');
});

test('an AbortSignal cancels a call, also while it waits to retry; an aborted one sends nothing', async () => {
  const { fetch, sent } = wrappedFetch(() => new Response('{"code":"RATE_LIMITED","detail":"wait"}', { status: 429, headers: { 'retry-after': '30', 'content-type': 'application/problem+json' } }));
  const client = new Landfall({ baseUrl: 'http://127.0.0.1:9', apiKey: `lf_0123456789abcdef_${'A'.repeat(43)}`, fetch });
  const controller = new AbortController();
  const started = performance.now();
  const pending = client.store.markets({ signal: controller.signal }).catch((e: unknown) => e);
  setTimeout(() => controller.abort(), 50);
  const e = await pending;
  assert.ok(e instanceof Error && e.name === 'AbortError', String(e));
  assert.ok(performance.now() - started < 1_000, 'did not wait out the 30 s Retry-After');
  assert.equal(sent.length, 1);
  const again = await client.store.markets({ signal: controller.signal }).catch((error: unknown) => error);
  assert.ok(again instanceof Error && again.name === 'AbortError');
  assert.equal(sent.length, 1, 'nothing sent once aborted');
});
