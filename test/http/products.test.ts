import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';
import { sampleProduct } from '../catalog/support.js';

describeWithDatabases('HTTP catalog admin', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db());
  });

  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: { ...t.auth(), ...headers }, payload: payload as object });

  test('create answers 201 with the product and its Location; get by id and by handle', async () => {
    const r = await post(sampleProduct('h1', { translations: { en: { title: 'Robusta' }, de: { title: 'Robusta-Bohnen' } } }));
    assert.equal(r.statusCode, 201, r.body);
    const p = r.json();
    assert.equal(r.headers.location, `/v1/admin/products/${p.id}`);
    assert.deepEqual(p.translations.de, { title: 'Robusta-Bohnen', description: null, customsDescription: null });
    assert.deepEqual(p.variants[0].price, { amount: '10.00', currency: 'USD' });
    assert.equal(p.material, null);
    for (const key of [p.id, 'product-h1']) {
      const g = await t.app.inject({ method: 'GET', url: `/v1/admin/products/${key}`, headers: t.auth() });
      assert.equal(g.statusCode, 200);
      assert.deepEqual(g.json(), p);
    }
    const missing = await t.app.inject({ method: 'GET', url: '/v1/admin/products/no-such-thing', headers: t.auth() });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(missing.json().code, 'NOT_FOUND');
  });

  test('admin scope is required on every route', async () => {
    const routes: Array<['GET' | 'POST' | 'PATCH', string]> = [
      ['POST', '/v1/admin/products'],
      ['GET', '/v1/admin/products'],
      ['GET', '/v1/admin/products/anything'],
      ['PATCH', '/v1/admin/products/00000000-0000-4000-8000-000000000000'],
      ['POST', '/v1/admin/products/00000000-0000-4000-8000-000000000000/archive'],
    ];
    for (const [method, url] of routes) {
      const none = await t.app.inject({ method, url });
      assert.equal(none.statusCode, 401, `${method} ${url}`);
      const api = await t.app.inject({ method, url, headers: t.auth(t.apiKey) });
      assert.equal(api.statusCode, 403, `${method} ${url}`);
      assert.equal(api.json().code, 'FORBIDDEN');
    }
  });

  test('bad bodies are 400s naming every field; taken handles and SKUs are 409s', async () => {
    const bad = await post({ ...sampleProduct('bad'), handle: 'Bad Handle', hsCode: '12', variants: [{ sku: 'X', price: { amount: '1.001', currency: 'USD' }, weightKg: -1 }] });
    assert.equal(bad.statusCode, 400);
    const problem = bad.json();
    assert.equal(problem.code, 'VALIDATION_FAILED');
    assert.deepEqual(problem.errors.map((e: { field: string }) => e.field), ['handle', 'hsCode', 'variants[0].price.amount', 'variants[0].weightKg']);

    const cases: Array<[unknown, number, string, string | undefined]> = [
      [[sampleProduct('arr')], 400, 'VALIDATION_FAILED', 'body'],
      [{ ...sampleProduct('extra'), price: 1 }, 400, 'VALIDATION_FAILED', 'price'],
      [{ ...sampleProduct('no-en'), translations: { de: { title: 'x' } } }, 400, 'VALIDATION_FAILED', 'translations.en'],
    ];
    for (const [payload, status, code, field] of cases) {
      const r = await post(payload);
      assert.equal(r.statusCode, status, JSON.stringify(payload).slice(0, 80));
      assert.equal(r.json().code, code);
      if (field) assert.equal(r.json().errors[0].field, field);
    }
    const proto = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: { ...t.auth(), 'content-type': 'application/json' }, payload: '{"handle":"p","__proto__":{"isAdmin":true}}' });
    assert.equal(proto.statusCode, 400);
    const malformed = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: { ...t.auth(), 'content-type': 'application/json' }, payload: '{"handle":' });
    assert.equal(malformed.json().code, 'MALFORMED_JSON');
    const text = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: { ...t.auth(), 'content-type': 'text/plain' }, payload: 'handle=x' });
    assert.equal(text.statusCode, 415);

    assert.equal((await post(sampleProduct('taken'))).statusCode, 201);
    const handle = await post(sampleProduct('other', { handle: 'product-taken' }));
    assert.equal(handle.statusCode, 409);
    assert.deepEqual([handle.json().code, handle.json().errors[0].field], ['CONFLICT', 'handle']);
    const sku = await post(sampleProduct('other', { variants: [sampleProduct('taken').variants[0]!] }));
    assert.equal(sku.statusCode, 409);
    assert.equal(sku.json().errors[0].field, 'variants[0].sku');
  });

  test('list: cursor pagination visits every product once; filters and search', async () => {
    for (let i = 0; i < 7; i++) assert.equal((await post(sampleProduct(`l${i}`, { tags: ['listed'], status: i < 2 ? 'draft' : 'active' }))).statusCode, 201);
    const ids: string[] = [];
    let url = '/v1/admin/products?limit=3&tag=listed';
    for (let guard = 0; guard < 20; guard++) {
      const r = await t.app.inject({ method: 'GET', url, headers: t.auth() });
      assert.equal(r.statusCode, 200);
      const page = r.json();
      ids.push(...page.items.map((p: { id: string }) => p.id));
      if (!page.nextCursor) break;
      url = `/v1/admin/products?limit=3&tag=listed&cursor=${encodeURIComponent(page.nextCursor)}`;
    }
    assert.equal(ids.length, 7);
    assert.equal(new Set(ids).size, 7);
    const drafts = (await t.app.inject({ method: 'GET', url: '/v1/admin/products?tag=listed&status=draft', headers: t.auth() })).json();
    assert.deepEqual(drafts.items.map((p: { handle: string }) => p.handle).sort(), ['product-l0', 'product-l1']);
    const found = (await t.app.inject({ method: 'GET', url: `/v1/admin/products?q=${encodeURIComponent('Product l3')}&locale=en`, headers: t.auth() })).json();
    assert.ok(found.items.some((p: { handle: string }) => p.handle === 'product-l3'));

    const bad: Array<[string, string]> = [
      ['limit=0', 'limit'],
      ['limit=many', 'limit'],
      ['cursor=%21%21', 'cursor'],
      ['status=live', 'status'],
      ['sort=name', 'sort'],
      ['category=Not%20A%20Slug', 'category'],
      ['q=', 'q'],
      ['q=tea&locale=english', 'locale'],
    ];
    for (const [query, field] of bad) {
      const r = await t.app.inject({ method: 'GET', url: `/v1/admin/products?${query}`, headers: t.auth() });
      assert.equal(r.statusCode, 400, query);
      assert.equal(r.json().errors[0].field, field, query);
    }
  });

  test('PATCH merges (merge-patch+json or json); 400, 404, 409 and 415 as expected', async () => {
    const p = (await post(sampleProduct('patch'))).json();
    const patch = (id: string, payload: string, contentType = 'application/merge-patch+json') =>
      t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${id}`, headers: { ...t.auth(), 'content-type': contentType }, payload });
    const r1 = await patch(p.id, JSON.stringify({ status: 'draft', translations: { fr: { title: 'Produit' } } }));
    assert.equal(r1.statusCode, 200, r1.body);
    assert.equal(r1.json().status, 'draft');
    assert.deepEqual(Object.keys(r1.json().translations), ['en', 'fr']);
    const r2 = await patch(p.id, JSON.stringify({ translations: { fr: null } }), 'application/json');
    assert.equal(r2.statusCode, 200);
    assert.deepEqual(Object.keys(r2.json().translations), ['en']);
    const roundTrip = await patch(p.id, r2.body, 'application/json');
    assert.deepEqual(roundTrip.json(), r2.json(), 'a GET body sent back changes nothing');

    assert.equal((await patch(p.id, JSON.stringify({ hsCode: 'abc' }))).json().errors[0].field, 'hsCode');
    assert.equal((await patch('not-a-uuid', '{}')).json().errors[0].field, 'id');
    assert.equal((await patch('00000000-0000-4000-8000-000000000000', '{}')).statusCode, 404);
    assert.equal((await patch(p.id, '[]')).statusCode, 400);
    assert.equal((await patch(p.id, '{"status":')).json().code, 'MALFORMED_JSON');
    assert.equal((await patch(p.id, 'status=draft', 'text/plain')).statusCode, 415);
    (await post(sampleProduct('patch-other'))).json();
    const conflict = await patch(p.id, JSON.stringify({ handle: 'product-patch-other' }));
    assert.equal(conflict.statusCode, 409);
    assert.equal(conflict.json().errors[0].field, 'handle');
  });

  test('archive answers the archived product; bad or unknown ids are 400 and 404', async () => {
    const p = (await post(sampleProduct('archive'))).json();
    const r = await t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/archive`, headers: t.auth() });
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().status, 'archived');
    const bad = await t.app.inject({ method: 'POST', url: '/v1/admin/products/nope/archive', headers: t.auth() });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'id');
    const missing = await t.app.inject({ method: 'POST', url: '/v1/admin/products/00000000-0000-4000-8000-000000000000/archive', headers: t.auth() });
    assert.equal(missing.statusCode, 404);
  });

  test('the OpenAPI document describes the catalog routes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    assert.ok(doc.paths['/v1/admin/products'].post.requestBody);
    assert.ok(doc.paths['/v1/admin/products'].get);
    assert.ok(doc.paths['/v1/admin/products/{idOrHandle}'].get);
    assert.ok(doc.paths['/v1/admin/products/{id}'].patch);
    assert.ok(doc.paths['/v1/admin/products/{id}/archive'].post);
  });
});
