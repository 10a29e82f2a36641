import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

describeWithDatabases('HTTP API keys', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db());
  });

  test('create returns the key once, it works, list shows it without the secret, revoke stops it', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: t.auth(), payload: { name: 'partner shop', scopes: ['api'] } });
    assert.equal(created.statusCode, 201);
    assert.equal(created.headers['cache-control'], 'no-store');
    const { key, apiKey } = created.json();
    assert.match(key, /^lf_/);
    assert.deepEqual(apiKey.scopes, ['api']);

    const list = await t.app.inject({ method: 'GET', url: '/v1/admin/api-keys?limit=100', headers: t.auth() });
    assert.equal(list.statusCode, 200);
    assert.ok(list.json().items.some((k: { id: string }) => k.id === apiKey.id));
    assert.equal(list.body.includes(key), false, 'the key is never listed');
    assert.equal(list.body.includes('secretHash'), false);

    const revoke = await t.app.inject({ method: 'DELETE', url: `/v1/admin/api-keys/${apiKey.id}`, headers: t.auth() });
    assert.equal(revoke.statusCode, 204);
    const again = await t.app.inject({ method: 'DELETE', url: `/v1/admin/api-keys/${apiKey.id}`, headers: t.auth() });
    assert.equal(again.statusCode, 404);
    assert.equal(again.json().code, 'NOT_FOUND');

    const revokedAdmin = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: t.auth(), payload: { name: 'short-lived admin', scopes: ['admin'] } });
    const adminKey = revokedAdmin.json();
    await t.app.inject({ method: 'DELETE', url: `/v1/admin/api-keys/${adminKey.apiKey.id}`, headers: t.auth() });
    const refused = await t.app.inject({ method: 'GET', url: '/v1/admin/api-keys', headers: t.auth(adminKey.key) });
    assert.equal(refused.statusCode, 401);
  });

  test('pagination follows nextCursor to the end', async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: t.auth(), payload: { name: `k${i}`, scopes: ['api'] } });
    }
    const ids: string[] = [];
    let url = '/v1/admin/api-keys?limit=2';
    for (let guard = 0; guard < 50; guard++) {
      const page = (await t.app.inject({ method: 'GET', url, headers: t.auth() })).json();
      ids.push(...page.items.map((k: { id: string }) => k.id));
      if (!page.nextCursor) break;
      url = `/v1/admin/api-keys?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`;
    }
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.length >= 7);
  });

  test('bad query and path input are 400s naming the field', async () => {
    const cases: Array<[string, string, string]> = [
      ['GET', '/v1/admin/api-keys?limit=0', 'limit'],
      ['GET', '/v1/admin/api-keys?limit=abc', 'limit'],
      ['GET', '/v1/admin/api-keys?cursor=%21%21', 'cursor'],
      ['GET', '/v1/admin/api-keys?sort=name', 'sort'],
      ['DELETE', '/v1/admin/api-keys/not-a-uuid', 'id'],
    ];
    for (const [method, url, field] of cases) {
      const r = await t.app.inject({ method: method as 'GET', url, headers: t.auth() });
      assert.equal(r.statusCode, 400, url);
      const p = r.json();
      assert.equal(p.code, 'VALIDATION_FAILED', url);
      assert.equal(p.errors[0].field, field, url);
    }
  });
});
