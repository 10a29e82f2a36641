import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sampleProduct } from '../catalog/support.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const tiers = [
  { minQuantity: 1, unitPriceMinor: 450 },
  { minQuantity: 48, unitPriceMinor: 400 },
  { minQuantity: 120, unitPriceMinor: 350 },
];
const list = {
  name: 'EU wholesale 2027',
  currency: 'EUR',
  validFrom: '2026-01-01',
  validTo: '2028-01-01',
  items: [
    { sku: 'SKU-w1-S', minOrderQuantity: 12, orderMultiple: 6, tiers },
    { sku: 'SKU-w1-L', tiers: [{ minQuantity: 1, unitPriceMinor: 1200 }] },
  ],
};

describeWithDatabases('HTTP wholesale price lists', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => new Date('2027-03-01T10:00:00Z') } });
    for (const n of ['w1', 'w2']) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: t.auth(), payload: sampleProduct(n) as object });
      assert.equal(r.statusCode, 201, r.body);
    }
  });

  const put = (code: string, payload: unknown) => t.app.inject({ method: 'PUT', url: `/v1/admin/price-lists/${code}`, headers: t.auth(), payload: payload as object });
  const read = async (code: string) => t.app.inject({ method: 'GET', url: `/v1/admin/price-lists/${code}`, headers: t.auth() });
  const price = (code: string, sku: string, quantity: string | number) => t.app.inject({ method: 'GET', url: `/v1/admin/price-lists/${code}/price?sku=${sku}&quantity=${quantity}`, headers: t.auth() });
  const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);

  test('a price list is created whole, read back by SKU, and replaced whole', async () => {
    const created = await put('eu-wholesale', list);
    assert.equal(created.statusCode, 201, created.body);
    const body = created.json();
    assert.deepEqual(
      body.items.map((i: { sku: string; minOrderQuantity: number; orderMultiple: number }) => [i.sku, i.minOrderQuantity, i.orderMultiple]),
      [['SKU-w1-L', 1, 1], ['SKU-w1-S', 12, 6]],
    );
    assert.deepEqual(body.items[1].tiers, tiers);
    assert.equal(body.itemCount, 2);
    assert.deepEqual((await read('eu-wholesale')).json(), body);

    const replaced = await put('eu-wholesale', { ...list, name: 'EU wholesale', items: [list.items[0], { sku: 'SKU-w2-S', tiers: [{ minQuantity: 1, unitPriceMinor: 99 }] }] });
    assert.equal(replaced.statusCode, 200, replaced.body);
    assert.deepEqual(replaced.json().items.map((i: { sku: string }) => i.sku), ['SKU-w1-S', 'SKU-w2-S']);
    assert.equal(replaced.json().createdAt, body.createdAt);
    const lists = (await t.app.inject({ method: 'GET', url: '/v1/admin/price-lists', headers: t.auth() })).json().items;
    assert.deepEqual(lists.map((l: { code: string; itemCount: number; name: string }) => [l.code, l.itemCount, l.name]), [['eu-wholesale', 2, 'EU wholesale']]);
  });

  test('the price of a quantity: its tier, or the MOQ and multiple refusals', async () => {
    const cases: Array<[number, number, number]> = [
      [12, 450, 5400],
      [48, 400, 19200],
      [126, 350, 44100],
    ];
    for (const [quantity, unit, line] of cases) {
      const r = await price('eu-wholesale', 'SKU-w1-S', quantity);
      assert.equal(r.statusCode, 200, r.body);
      assert.deepEqual([r.json().unitPriceMinor, r.json().lineMinor, r.json().currency, r.json().inEffect], [unit, line, 'EUR', true]);
    }
    const below = await price('eu-wholesale', 'SKU-w1-S', 6);
    assert.equal(below.statusCode, 422);
    assert.equal(below.json().code, 'BELOW_MINIMUM_ORDER');
    assert.deepEqual(fieldsOf(below.json()), ['quantity']);
    assert.match(below.json().detail, /minimum order quantity of 12/);
    const off = await price('eu-wholesale', 'SKU-w1-S', 50);
    assert.equal(off.statusCode, 400);
    assert.match(off.json().detail, /multiples of 6: order 48 or 54/);
    const notOnList = await price('eu-wholesale', 'SKU-w1-L', 1);
    assert.deepEqual([notOnList.statusCode, fieldsOf(notOnList.json())], [400, ['sku']]);
    const unknownList = await price('no-list', 'SKU-w1-S', 12);
    assert.deepEqual([unknownList.statusCode, unknownList.json().code], [404, 'PRICE_LIST_NOT_FOUND']);
    const badQuery = await price('eu-wholesale', 'bad sku!', 'ten');
    assert.deepEqual([badQuery.statusCode, fieldsOf(badQuery.json()).sort()], [400, ['quantity', 'sku']]);
  });

  test('bad price lists are refused naming the field, and change nothing', async () => {
    const before = (await read('eu-wholesale')).json();
    const items = [list.items[0], list.items[1], { sku: 'SKU-w2-S', tiers }, { sku: 'NO-SUCH-SKU', tiers }];
    const cases: Array<[string, unknown, string[]]> = [
      ['unknown SKU', { ...list, items }, ['items[3].sku']],
      ['tiers out of order', { ...list, items: [{ ...list.items[0], tiers: [tiers[0], tiers[2], tiers[1]] }] }, ['items[0].tiers[2].minQuantity']],
      ['first tier above the MOQ', { ...list, items: [{ ...list.items[0], tiers: [tiers[1]] }] }, ['items[0].tiers[0].minQuantity']],
      ['MOQ off the multiple', { ...list, items: [{ ...list.items[0], orderMultiple: 5 }] }, ['items[0].orderMultiple']],
      ['negative price', { ...list, items: [{ ...list.items[0], tiers: [{ minQuantity: 1, unitPriceMinor: -5 }] }] }, ['items[0].tiers[0].unitPriceMinor']],
      ['SKU twice', { ...list, items: [list.items[0], list.items[0]] }, ['items[1].sku']],
      ['unknown item field', { ...list, items: [{ ...list.items[0], price: 1 }] }, ['items[0].price']],
      ['header', { ...list, currency: 'EURO', validFrom: '2026-02-30', note: 5 }, ['currency', 'validFrom', 'note']],
      ['dates', { ...list, validTo: '2026-01-01' }, ['validTo']],
      ['no items list', { ...list, items: undefined }, ['items']],
    ];
    for (const [what, payload, fields] of cases) {
      const r = await put('eu-wholesale', payload);
      assert.equal(r.statusCode, 400, `${what}: ${r.body}`);
      assert.deepEqual(fieldsOf(r.json()), fields, `${what}: ${r.body}`);
    }
    assert.deepEqual((await read('eu-wholesale')).json(), before);
    const badCode = await put('EU Wholesale', list);
    assert.deepEqual([badCode.statusCode, fieldsOf(badCode.json())], [400, ['code']]);
    const newUnknown = await put('us-wholesale', { ...list, currency: 'USD', items });
    assert.equal(newUnknown.statusCode, 400);
    assert.equal((await read('us-wholesale')).statusCode, 404, 'a refused new list is not created');
    assert.equal((await t.app.inject({ method: 'PUT', url: '/v1/admin/price-lists/x', headers: t.auth(t.apiKey), payload: list })).statusCode, 403);
  });

  test('companies buy from a list; the repository gives quotes the items per variant', async () => {
    const company = await t.app.inject({
      method: 'POST',
      url: '/v1/admin/companies',
      headers: t.auth(),
      payload: { name: 'Café Lyon SARL', country: 'FR', email: 'achats@cafelyon.example', address: { name: 'Café Lyon', lines: ['2 quai Rambaud'], city: 'Lyon', postalCode: '69002', country: 'FR' }, taxNumber: 'FR40303265045', priceList: 'eu-wholesale' },
    });
    assert.equal(company.statusCode, 201, company.body);
    assert.equal(company.json().priceList, 'eu-wholesale');
    const variantId = (await read('eu-wholesale')).json().items[0].variantId;
    const set = await t.deps.companies.wholesalePrices('eu-wholesale', [variantId, '00000000-0000-4000-8000-000000000000']);
    assert.deepEqual([set?.currency, set?.validFrom, set?.validTo, set?.items.size], ['EUR', '2026-01-01', '2028-01-01', 1]);
    assert.deepEqual(set?.items.get(variantId), { minOrderQuantity: 12, orderMultiple: 6, tiers });
  });
});
