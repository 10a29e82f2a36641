import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const PROBLEM = 'application/problem+json; charset=utf-8';

describeWithDatabases('HTTP app', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db(), { bodyLimitBytes: 2_048 });
  });

  test('GET /healthz answers ok without touching anything else', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json(), { status: 'ok', version: 'test' });
  });

  test('GET /readyz reports the database and its latency', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().status, 'ready');
    assert.equal(r.json().database.kind, db().kind);
  });

  test('request ids: a sane X-Request-Id is echoed, a hostile one replaced', async () => {
    const kept = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    assert.equal(kept.headers['x-request-id'], 'abc-123');
    const replaced = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': '<script>'.repeat(30) } });
    assert.match(String(replaced.headers['x-request-id']), /^[0-9a-f-]{36}$/);
  });

  test('unknown routes are 404 problems naming the route', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/v1/nothing?x=1' });
    assert.equal(r.statusCode, 404);
    assert.equal(r.headers['content-type'], PROBLEM);
    const p = r.json();
    assert.equal(p.code, 'ROUTE_NOT_FOUND');
    assert.equal(p.status, 404);
    assert.match(p.detail, /GET \/v1\/nothing/);
    assert.equal(p.instance, '/v1/nothing');
    assert.ok(p.requestId);
  });

  test('malformed JSON is 400 MALFORMED_JSON', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: { ...t.auth(), 'content-type': 'application/json' }, payload: '{"name": "x",' });
    assert.equal(r.statusCode, 400);
    assert.equal(r.headers['content-type'], PROBLEM);
    assert.equal(r.json().code, 'MALFORMED_JSON');
  });

  test('an empty JSON body is 400 EMPTY_BODY', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: { ...t.auth(), 'content-type': 'application/json' }, payload: '' });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().code, 'EMPTY_BODY');
  });

  test('a body that is not JSON is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: { ...t.auth(), 'content-type': type }, payload: 'name=x' });
      assert.equal(r.statusCode, 415, type);
      assert.equal(r.json().code, 'UNSUPPORTED_MEDIA_TYPE');
    }
  });

  test('an oversized body is 413 PAYLOAD_TOO_LARGE', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/v1/admin/api-keys',
      headers: { ...t.auth(), 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(5_000), scopes: ['api'] }),
    });
    assert.equal(r.statusCode, 413);
    assert.equal(r.json().code, 'PAYLOAD_TOO_LARGE');
  });

  test('schema violations are 400 VALIDATION_FAILED listing each field', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: t.auth(), payload: { scopes: ['root'], extra: 1 } });
    assert.equal(r.statusCode, 400);
    const p = r.json();
    assert.equal(p.code, 'VALIDATION_FAILED');
    const fields = p.errors.map((e: { field: string }) => e.field).sort();
    assert.deepEqual(fields, ['extra', 'name', 'scopes[0]']);
  });

  test('a missing key is 401 with WWW-Authenticate; a wrong key is 401; an api-scope key is 403 on admin routes', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/v1/admin/api-keys' });
    assert.equal(missing.statusCode, 401);
    assert.equal(missing.json().code, 'UNAUTHENTICATED');
    assert.match(String(missing.headers['www-authenticate']), /^Bearer/);
    const wrong = await t.app.inject({ method: 'GET', url: '/v1/admin/api-keys', headers: { authorization: 'Bearer lf_0000000000000000_' + 'A'.repeat(43) } });
    assert.equal(wrong.statusCode, 401);
    const scoped = await t.app.inject({ method: 'GET', url: '/v1/admin/api-keys', headers: t.auth(t.apiKey) });
    assert.equal(scoped.statusCode, 403);
    assert.equal(scoped.json().code, 'FORBIDDEN');
  });

  test('authentication is checked before the body is read', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: { 'content-type': 'application/json' }, payload: '{not json' });
    assert.equal(r.statusCode, 401);
  });

  test('GET /openapi.json is an OpenAPI 3.1 document with the routes, bearer auth and the Problem schema', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    assert.equal(r.statusCode, 200);
    const doc = r.json();
    assert.equal(doc.openapi, '3.1.0');
    for (const path of ['/healthz', '/readyz', '/v1/store', '/v1/admin/api-keys', '/v1/admin/api-keys/{id}']) assert.ok(doc.paths[path], path);
    assert.ok(doc.components.schemas.Problem);
    assert.ok(doc.components.securitySchemes.bearerAuth);
    assert.deepEqual(doc.paths['/v1/admin/api-keys'].post.security, [{ bearerAuth: [] }]);
  });

  test('GET /docs serves the docs UI', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/docs/' });
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /text\/html/);
  });

  test('store and pages: before the seed a clear 404, after it the store and a storefront', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/v1/store' });
    assert.equal(before.statusCode, 404);
    assert.match(before.json().detail, /landfall seed/);
    await seedDemoStore(t.deps);
    const store = await t.app.inject({ method: 'GET', url: '/v1/store' });
    assert.equal(store.statusCode, 200);
    assert.equal(store.json().baseCurrency, 'USD');
    // The front door sends the buyer to their market's storefront.
    const door = await t.app.inject({ method: 'GET', url: '/' });
    assert.equal(door.statusCode, 302);
    const home = await t.app.inject({ method: 'GET', url: door.headers.location as string });
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /<main id="main" tabindex="-1">/);
    assert.ok(home.body.includes(store.json().name));
  });
});

describeWithDatabases('HTTP app without its database', (db) => {
  test('GET /readyz is 503 DATABASE_UNAVAILABLE when the database is gone; /healthz still answers', async () => {
    const t = await buildTestApp(db());
    await db().close();
    const r = await t.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(r.statusCode, 503);
    assert.equal(r.json().code, 'DATABASE_UNAVAILABLE');
    const h = await t.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(h.statusCode, 200);
    const admin = await t.app.inject({ method: 'GET', url: '/v1/admin/api-keys', headers: t.auth() });
    assert.equal(admin.statusCode, 503);
    assert.equal(admin.json().code, 'DATABASE_UNAVAILABLE');
  });
});
