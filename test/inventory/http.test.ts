import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createProduct } from '../../src/services/catalog/create-product.js';
import { reserveStock } from '../../src/services/inventory/reserve-stock.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';
import { inventoryCounts, WAREHOUSE } from './support.js';

describeWithDatabases('HTTP inventory', (db) => {
  let t: TestApp;
  const get = (url: string, key?: string) => t.app.inject({ method: 'GET', url, headers: t.auth(key) });
  const post = (payload: unknown) => t.app.inject({ method: 'POST', url: '/v1/admin/inventory/movements', headers: t.auth(), payload: payload as object });

  before(async () => {
    t = await buildTestApp(db());
    unwrap(
      await createProduct(t.deps, {
        handle: 'http-goods',
        hsCode: '090111',
        originCountry: 'VN',
        translations: { en: { title: 'HTTP goods' } },
        variants: ['HTTP-A', 'HTTP-B'].map((sku) => ({ sku, options: { kind: sku }, price: { amount: '5.00', currency: 'USD' }, weightKg: '0.1' })),
      }),
    );
  });

  test('PUT and GET warehouses; bad warehouses name their fields; admin only', async () => {
    for (const code of ['hub-a', 'hub-b']) {
      const r = await t.app.inject({ method: 'PUT', url: `/v1/admin/warehouses/${code}`, headers: t.auth(), payload: WAREHOUSE(code) });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(r.json().code, code);
    }
    const list = await get('/v1/admin/warehouses');
    assert.equal(list.statusCode, 200);
    assert.deepEqual(list.json().items.map((w: { code: string; address: { lines: string[] } }) => [w.code, w.address.lines]), [['hub-a', ['1 Test Street']], ['hub-b', ['1 Test Street']]]);

    const bad = await t.app.inject({ method: 'PUT', url: '/v1/admin/warehouses/hub-c', headers: t.auth(), payload: { ...WAREHOUSE('hub-c'), country: 'XX', address: { lines: [], city: 'x', postalCode: '1' }, markets: ['nope'] } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.deepEqual(bad.json().errors.map((e: { field: string }) => e.field), ['country', 'address.lines']);
    const unknownMarket = await t.app.inject({ method: 'PUT', url: '/v1/admin/warehouses/hub-c', headers: t.auth(), payload: { ...WAREHOUSE('hub-c'), markets: ['nope'] } });
    assert.deepEqual([unknownMarket.statusCode, unknownMarket.json().errors[0].field], [400, 'markets[0]']);
    const badCode = await t.app.inject({ method: 'PUT', url: '/v1/admin/warehouses/Hub_C', headers: t.auth(), payload: WAREHOUSE('x') });
    assert.deepEqual([badCode.statusCode, badCode.json().errors[0].field], [400, 'code']);
    const notObject = await t.app.inject({ method: 'PUT', url: '/v1/admin/warehouses/hub-c', headers: t.auth(), payload: [1] });
    assert.equal(notObject.statusCode, 400);
    assert.equal((await get('/v1/admin/warehouses')).json().items.length, 2, 'nothing written');
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/admin/warehouses' })).statusCode, 401);
    assert.equal((await get('/v1/admin/warehouses', t.apiKey)).statusCode, 403);
  });

  test('movements over HTTP: 201 with the level; then levels and the ledger', async () => {
    const r = await post({ sku: 'HTTP-A', warehouse: 'hub-a', kind: 'receipt', quantity: 12, reason: 'first delivery', reference: 'PO-7' });
    assert.equal(r.statusCode, 201, r.body);
    assert.deepEqual(r.json().level, { sku: 'HTTP-A', warehouse: 'hub-a', onHand: 12, reserved: 0, available: 12 });
    assert.deepEqual([r.json().movement.kind, r.json().movement.quantity, r.json().movement.onHandAfter, r.json().movement.reference], ['receipt', 12, 12, 'PO-7']);
    assert.equal((await post({ sku: 'HTTP-A', warehouse: 'hub-a', kind: 'adjustment', quantity: -2, reason: 'count' })).statusCode, 201);
    assert.equal((await post({ sku: 'HTTP-B', warehouse: 'hub-b', kind: 'receipt', quantity: 4 })).statusCode, 201);
    unwrap(await reserveStock(t.deps, { reference: 'http-cart', lines: [{ sku: 'HTTP-A', warehouse: 'hub-a', quantity: 3 }] }));

    const levels = await get('/v1/admin/inventory');
    assert.equal(levels.statusCode, 200);
    assert.deepEqual(levels.json().items.map((l: { sku: string; warehouse: string; onHand: number; reserved: number; available: number }) => [l.sku, l.warehouse, l.onHand, l.reserved, l.available]), [
      ['HTTP-A', 'hub-a', 10, 3, 7],
      ['HTTP-B', 'hub-b', 4, 0, 4],
    ]);
    assert.equal(levels.json().nextCursor, null);
    assert.deepEqual((await get('/v1/admin/inventory?warehouse=hub-b')).json().items.map((l: { sku: string }) => l.sku), ['HTTP-B']);
    const page1 = (await get('/v1/admin/inventory?limit=1')).json();
    const page2 = (await get(`/v1/admin/inventory?limit=1&cursor=${page1.nextCursor}`)).json();
    assert.deepEqual([page1.items[0].sku, page2.items[0].sku, page2.nextCursor], ['HTTP-A', 'HTTP-B', null]);

    const ledger = await get('/v1/admin/inventory/movements?sku=HTTP-A&warehouse=hub-a');
    assert.equal(ledger.statusCode, 200);
    assert.deepEqual(ledger.json().items.map((m: { kind: string; quantity: number; onHandAfter: number; reason: string | null }) => [m.kind, m.quantity, m.onHandAfter, m.reason]), [
      ['adjustment', -2, 10, 'count'],
      ['receipt', 12, 12, 'first delivery'],
    ]);
    const first = (await get('/v1/admin/inventory/movements?limit=2')).json();
    const rest = (await get(`/v1/admin/inventory/movements?limit=2&cursor=${first.nextCursor}`)).json();
    assert.equal(first.items.length + rest.items.length, 3);
    assert.equal(rest.nextCursor, null);
  });

  test('bad movements and filters are 4xx problems naming the field, and change nothing', async () => {
    const before = await inventoryCounts(db());
    const good = { sku: 'HTTP-A', warehouse: 'hub-a', kind: 'adjustment', quantity: -1 };
    const cases: Array<[unknown, number, string, string]> = [
      [{ ...good, sku: 'NOPE-1' }, 404, 'NOT_FOUND', 'sku'],
      [{ ...good, warehouse: 'nowhere' }, 404, 'NOT_FOUND', 'warehouse'],
      [{ ...good, quantity: 0 }, 400, 'VALIDATION_FAILED', 'quantity'],
      [{ ...good, quantity: 1.5 }, 400, 'VALIDATION_FAILED', 'quantity'],
      [{ ...good, kind: 'receipt', quantity: -3 }, 400, 'VALIDATION_FAILED', 'quantity'],
      [{ ...good, reason: 'r'.repeat(501) }, 400, 'VALIDATION_FAILED', 'reason'],
      [{ ...good, quantity: -8 }, 409, 'INSUFFICIENT_STOCK', 'quantity'],
      [{ ...good, kind: 'sale' }, 400, 'VALIDATION_FAILED', 'kind'],
    ];
    for (const [body, status, code, field] of cases) {
      const r = await post(body);
      assert.deepEqual([r.statusCode, r.json().code, r.json().errors?.[0]?.field], [status, code, field], JSON.stringify(body).slice(0, 80));
    }
    const notJson = await t.app.inject({ method: 'POST', url: '/v1/admin/inventory/movements', headers: { ...t.auth(), 'content-type': 'application/json' }, payload: '{"sku":' });
    assert.equal(notJson.statusCode, 400);
    assert.deepEqual(await inventoryCounts(db()), before);

    for (const [url, status, field] of [
      ['/v1/admin/inventory?sku=NOPE-1', 404, 'sku'],
      ['/v1/admin/inventory?warehouse=nowhere', 404, 'warehouse'],
      ['/v1/admin/inventory?cursor=xyz', 400, 'cursor'],
      ['/v1/admin/inventory?limit=0', 400, 'limit'],
      ['/v1/admin/inventory/movements?warehouse=Bad%20Code', 400, 'warehouse'],
      ['/v1/admin/inventory/movements?cursor=xyz', 400, 'cursor'],
      ['/v1/admin/inventory/movements?colour=red', 400, 'colour'],
    ] as const) {
      const r = await get(url);
      assert.deepEqual([r.statusCode, r.json().errors?.[0]?.field], [status, field], url);
    }
    assert.equal((await t.app.inject({ method: 'POST', url: '/v1/admin/inventory/movements', payload: good })).statusCode, 401);
    assert.equal((await t.app.inject({ method: 'POST', url: '/v1/admin/inventory/movements', headers: t.auth(t.apiKey), payload: good })).statusCode, 403);
  });

  test('the routes are in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    for (const path of ['/v1/admin/warehouses', '/v1/admin/warehouses/{code}', '/v1/admin/inventory', '/v1/admin/inventory/movements']) assert.ok(doc.paths[path], path);
  });
});
