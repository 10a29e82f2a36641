import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createAdminUser } from '../../../src/services/admin-users/admin-users.js';
import { createApiKey } from '../../../src/services/api-keys/create-api-key.js';
import { sampleProduct } from '../../catalog/support.js';
import { buildTestApp, type TestApp } from '../../support/test-app.js';
import { describeWithDatabases, unwrap } from '../../support/test-database.js';

describeWithDatabases('the audit log of admin changes', (db) => {
  let t: TestApp;
  let operatorKey: string;
  let operatorKeyId: string;
  const call = (method: string, url: string, o: { key?: string | null; payload?: unknown; headers?: Record<string, string> } = {}) =>
    t.app.inject({
      method: method as 'GET',
      url,
      headers: { ...(o.key === null ? {} : { authorization: `Bearer ${o.key ?? t.adminKey}` }), ...o.headers },
      ...(o.payload !== undefined ? { payload: typeof o.payload === 'string' ? o.payload : (o.payload as object) } : {}),
    });
  /** The newest entries, as the owner reads them. */
  const log = async (query = '') => {
    const r = await call('GET', `/v1/admin/audit-log${query}`);
    assert.equal(r.statusCode, 200, r.body);
    return r.json().items as Array<Record<string, any>>;
  };

  before(async () => {
    t = await buildTestApp(db());
    const op = unwrap(await createApiKey(t.deps, { name: 'night shift', scopes: ['admin:operator'] }));
    operatorKey = op.key;
    operatorKeyId = op.apiKey.id;
  });

  test('a product created, then changed: who, what, before and after as the admin API shows it', async () => {
    const created = await call('POST', '/v1/admin/products', { payload: sampleProduct('audit'), headers: { 'x-request-id': 'req-audit-create' } });
    assert.equal(created.statusCode, 201, created.body);
    const product = created.json();
    const patched = await call('PATCH', `/v1/admin/products/${product.id}`, { key: operatorKey, payload: { status: 'draft' }, headers: { 'x-request-id': 'req-audit-patch' } });
    assert.equal(patched.statusCode, 200, patched.body);

    const [update, create] = await log(`?entityType=product&entityId=${product.id}`);
    assert.deepEqual(
      { action: create!.action, entity: create!.entity, actor: create!.actor.name, role: create!.actor.role, status: create!.status, outcome: create!.outcome, before: create!.before, requestId: create!.requestId, method: create!.method, path: create!.path },
      { action: 'product.create', entity: { type: 'product', id: product.id }, actor: 'test admin', role: 'owner', status: 201, outcome: 'succeeded', before: null, requestId: 'req-audit-create', method: 'POST', path: '/v1/admin/products' },
    );
    assert.deepEqual(create!.after, product, 'after a creation: the product as the answer showed it');
    assert.deepEqual(
      { action: update!.action, kind: update!.actor.kind, actor: update!.actor.name, keyId: update!.actor.keyId, userId: update!.actor.userId, role: update!.actor.role, ip: update!.ip, path: update!.path },
      { action: 'product.update', kind: 'api_key', actor: 'night shift', keyId: operatorKeyId, userId: null, role: 'operator', ip: '127.0.0.1', path: `/v1/admin/products/${product.id}` },
    );
    assert.equal(update!.before.status, product.status);
    assert.equal(update!.after.status, 'draft');
    assert.deepEqual({ ...update!.after, status: product.status, updatedAt: product.updatedAt }, { ...product, updatedAt: product.updatedAt }, 'only the status (and the time) changed');
  });

  test('secrets never reach the log: API keys, passwords, webhook signing secrets', async () => {
    const key = await call('POST', '/v1/admin/api-keys', { payload: { name: 'shop backend', scopes: ['api'] } });
    assert.equal(key.statusCode, 201);
    const user = await call('POST', '/v1/admin/users', { payload: { email: 'new.ops@shop.example', name: 'New ops', role: 'operator', password: 'a long and secret passphrase' } });
    assert.equal(user.statusCode, 201, user.body);
    const hook = await call('POST', '/v1/admin/webhooks', { payload: { url: 'https://erp.example.com/landfall', eventTypes: ['order.*'] } });
    assert.equal(hook.statusCode, 201, hook.body);

    const entries = await log('?limit=3');
    assert.deepEqual(entries.map((e) => e.action), ['webhook_endpoint.create', 'admin_user.create', 'api_key.create']);
    const text = JSON.stringify(entries);
    for (const secret of [key.json().key, 'a long and secret passphrase', hook.json().secret]) assert.equal(text.includes(secret), false, 'a secret is in the log');
    const [webhook, admin, apiKey] = entries;
    assert.deepEqual(apiKey!.after, key.json().apiKey, 'the key as listed, without the key itself');
    assert.deepEqual([apiKey!.entity.id, admin!.after.email, admin!.after.role, 'password' in admin!.after], [key.json().apiKey.id, 'new.ops@shop.example', 'operator', false]);
    assert.equal(webhook!.after.secret, '[redacted]');
    assert.equal(webhook!.after.url, 'https://erp.example.com/landfall');
  });

  test('a revoked key: before active, after revoked', async () => {
    const key = unwrap(await createApiKey(t.deps, { name: 'to revoke', scopes: ['api'] }));
    assert.equal((await call('DELETE', `/v1/admin/api-keys/${key.apiKey.id}`)).statusCode, 204);
    const [entry] = await log(`?entityType=api_key&entityId=${key.apiKey.id}`);
    assert.equal(entry!.action, 'api_key.revoke');
    assert.equal(entry!.before.revokedAt, null);
    assert.match(entry!.after.revokedAt, /^\d{4}-\d{2}-\d{2}T/);
  });

  test('an attempt refused by role is written (403, no snapshots); 401s and invalid requests are not', async () => {
    const before = (await log('?limit=100')).length;
    const refused = await call('POST', '/v1/admin/webhooks', { key: operatorKey, payload: { url: 'https://evil.example/h', eventTypes: ['*'] } });
    assert.equal(refused.statusCode, 403);
    assert.equal((await call('POST', '/v1/admin/webhooks', { key: null, payload: { url: 'https://x.example', eventTypes: [] } })).statusCode, 401);
    assert.equal((await call('POST', '/v1/admin/products', { payload: { handle: 'BAD HANDLE' } })).statusCode, 400);
    const reader = unwrap(await createApiKey(t.deps, { name: 'reader', scopes: ['admin:read'] })).key;
    assert.equal((await call('GET', '/v1/admin/products', { key: reader })).statusCode, 200);
    const after = await log('?limit=100');
    assert.equal(after.length, before + 1, 'one row: the refused attempt');
    const [entry] = after;
    assert.deepEqual(
      { action: entry!.action, status: entry!.status, outcome: entry!.outcome, actor: entry!.actor.name, role: entry!.actor.role, before: entry!.before, after: entry!.after },
      { action: 'webhook_endpoint.create', status: 403, outcome: 'refused', actor: 'night shift', role: 'operator', before: null, after: null },
    );
  });

  test('a signed-in user is named by email and user id', async () => {
    const user = unwrap(await createAdminUser(t.deps, { email: 'ana@shop.example', name: 'Ana', role: 'operator', password: 'correct horse battery staple' }));
    const session = (await call('POST', '/v1/admin/sessions', { key: null, payload: { email: 'ana@shop.example', password: 'correct horse battery staple' } })).json();
    const product = (await call('POST', '/v1/admin/products', { key: session.token, payload: sampleProduct('ana') })).json();
    const [entry] = await log(`?actor=ana%40shop.example`);
    assert.deepEqual([entry!.actor.kind, entry!.actor.name, entry!.actor.userId, entry!.actor.role, entry!.entity.id], ['user', 'ana@shop.example', user.id, 'operator', product.id]);
    const byId = await log(`?actor=${user.id}`);
    assert.deepEqual(byId.map((e) => e.id), [entry!.id]);
    assert.equal((await call('DELETE', '/v1/admin/sessions/current', { key: session.token })).statusCode, 204);
    const [signOut] = await log(`?actor=${user.id}`);
    assert.deepEqual([signOut!.action, signOut!.entity.type], ['session.end', 'session']);
  });

  test('a catalog upload is described (type, size, options), never stored', async () => {
    const csv = 'handle,hs_code,origin_country,title_en,sku,option_size,price,currency,weight_kg\naudit-tee,610910,VN,Tee,AU-TEE,,25.00,USD,0.2';
    const r = await t.app.inject({ method: 'POST', url: '/v1/admin/catalog/imports?dryRun=true', headers: { authorization: `Bearer ${t.adminKey}`, 'content-type': 'text/csv' }, payload: csv });
    assert.equal(r.statusCode, 200, r.body);
    const [entry] = await log('?entityType=catalog');
    assert.deepEqual(entry!.after, { contentType: 'text/csv', bytes: Buffer.byteLength(csv), dryRun: true, batchSize: entry!.after.batchSize });
  });

  test('pages newest first by cursor, time filters, owner only, bad input named', async () => {
    const ids: string[] = [];
    let url = '/v1/admin/audit-log?limit=2';
    for (let guard = 0; guard < 100; guard++) {
      const page = (await call('GET', url)).json();
      ids.push(...page.items.map((e: { id: string }) => e.id));
      if (!page.nextCursor) break;
      url = `/v1/admin/audit-log?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`;
    }
    const all = (await log('?limit=100')).map((e) => e.id);
    assert.deepEqual(ids, all, 'the pages together are the whole log, in order');
    assert.ok(all.length >= 9, `${all.length} entries`);
    assert.deepEqual([...all].sort((a, b) => Number(b) - Number(a)), all, 'newest first');

    assert.deepEqual(await log('?from=2000-01-01&to=2000-01-02'), []);
    assert.equal((await log(`?from=${new Date(Date.now() - 3_600_000).toISOString()}&limit=100`)).length, all.length);

    const operator = await call('GET', '/v1/admin/audit-log', { key: operatorKey });
    assert.deepEqual([operator.statusCode, operator.json().code], [403, 'FORBIDDEN']);
    for (const [query, field] of [['limit=0', 'limit'], ['cursor=%21%21', 'cursor'], ['from=yesterday', 'from'], ['from=2026-03-02&to=2026-03-01', 'to'], ['sort=at', 'sort']] as const) {
      const r = await call('GET', `/v1/admin/audit-log?${query}`);
      assert.equal(r.statusCode, 400, query);
      assert.equal(r.json().errors[0].field, field, query);
    }
  });
});
