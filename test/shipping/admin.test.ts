/**
 * The admin shipping API on the seeded demo store: services, rate cards, validation that names
 * every field, overlapping periods refused (also when two writers race), and the keys it needs.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { DEMO_SHIPPING_SERVICES } from '../../src/data/demo/shipping.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { seedDemoShipping } from '../../src/services/shipping/seed-demo-shipping.js';
import type { RateCardView } from '../../src/services/shipping/shipping-views.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const PICKUP_CARD = {
  service: 'nl-pickup',
  warehouse: 'nl-venlo',
  source: 'test contract 2025',
  currency: 'EUR',
  weightStepG: 100,
  zones: [{ id: 'benelux-de', countries: ['NL', 'DE'], transitDays: { min: 2, max: 3 }, breaks: [{ upToG: 1000, price: 450 }, { upToG: 5000, price: 650 }] }],
};

describeWithDatabases('admin shipping API', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db());
    await seedDemoStore(t.deps);
  });

  const post = (payload: unknown, key?: string) => t.app.inject({ method: 'POST', url: '/v1/admin/shipping/rate-cards', headers: t.auth(key), payload: payload as object });
  const cards = async (query = ''): Promise<RateCardView[]> => {
    const r = await t.app.inject({ method: 'GET', url: `/v1/admin/shipping/rate-cards${query}`, headers: t.auth() });
    assert.equal(r.statusCode, 200, r.body);
    return r.json().items;
  };
  const fields = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field).sort();

  test('the demo services and cards are listed, each card as it was written', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/v1/admin/shipping/services', headers: t.auth() });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json().items, [...DEMO_SHIPPING_SERVICES].sort((a, b) => (a.code < b.code ? -1 : 1)));
    const all = await cards();
    assert.equal(all.length, 7);
    const venlo = await cards('?service=nl-express&warehouse=nl-venlo');
    assert.equal(venlo.length, 1);
    assert.deepEqual([venlo[0]!.currency, venlo[0]!.effectiveFrom, venlo[0]!.effectiveTo, venlo[0]!.card.volumetricDivisor, venlo[0]!.card.fuelSurchargePercent], ['USD', '2025-01-01', null, 5000, '14']);
    assert.deepEqual((await cards('?warehouse=us-nj')).map((c) => c.service), ['us-express', 'us-postal-economy']);
    const unknown = await t.app.inject({ method: 'GET', url: '/v1/admin/shipping/rate-cards?warehouse=nowhere', headers: t.auth() });
    assert.deepEqual([unknown.statusCode, fields(unknown.json())], [404, ['warehouse']]);
    const bad = await t.app.inject({ method: 'GET', url: '/v1/admin/shipping/rate-cards?service=NL%20EXPRESS', headers: t.auth() });
    assert.equal(bad.statusCode, 400);
    await seedDemoShipping(t.deps, new Date());
    assert.deepEqual(await cards(), all, 'seeding again changes nothing');
  });

  test('a service is created and replaced by code; bad fields are named', async () => {
    const put = await t.app.inject({ method: 'PUT', url: '/v1/admin/shipping/services/nl-pickup', headers: t.auth(), payload: { carrier: 'Pickup network', name: 'Parcel shop', channel: 'courier' } });
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual(put.json(), { code: 'nl-pickup', carrier: 'Pickup network', name: 'Parcel shop', channel: 'courier' });
    const bad = await t.app.inject({ method: 'PUT', url: '/v1/admin/shipping/services/Bad_Code', headers: t.auth(), payload: { carrier: '', channel: 'pigeon' } });
    assert.deepEqual([bad.statusCode, fields(bad.json())], [400, ['carrier', 'channel', 'code', 'name']]);
  });

  test('cards are added for periods that do not overlap, and quotes use the one in effect', async () => {
    const first = await post({ ...PICKUP_CARD, effectiveFrom: '2025-01-01', effectiveTo: '2025-05-14' });
    assert.equal(first.statusCode, 201, first.body);
    assert.deepEqual([first.json().service, first.json().warehouse, first.json().card.remoteAreas], ['nl-pickup', 'nl-venlo', []]);
    const next = await post({ ...PICKUP_CARD, effectiveFrom: '2025-05-14', zones: [{ ...PICKUP_CARD.zones[0], breaks: [{ upToG: 1000, price: 490 }, { upToG: 5000, price: 690 }] }] });
    assert.equal(next.statusCode, 201, next.body);
    // EUR cards into the EUR market: no conversion (the demo's USD cards still need the demo rates of 2025-05-09).
    const quote = async (date: string) => {
      const r = await t.app.inject({ method: 'POST', url: '/v1/shipping/rates', headers: t.auth(t.apiKey), payload: { market: 'eu', destination: { country: 'NL' }, lines: [{ sku: 'COF-ROB-250', quantity: 1 }], date } });
      assert.equal(r.statusCode, 200, r.body);
      return r.json().warehouses.find((w: { warehouse: { code: string } }) => w.warehouse.code === 'nl-venlo').options.find((o: { service: string }) => o.service === 'nl-pickup');
    };
    assert.deepEqual((await quote('2025-05-13')).price, { amount: '4.50', currency: 'EUR' });
    const later = await quote('2025-05-14');
    assert.deepEqual([later.price.amount, later.fx, later.rateCard.effectiveFrom], ['4.90', null, '2025-05-14']);
  });

  test('an overlapping period is a 409 naming effectiveFrom, and stores nothing', async () => {
    const before = await cards('?service=nl-pickup');
    const overlap = await post({ ...PICKUP_CARD, effectiveFrom: '2025-03-01', effectiveTo: '2025-04-01' });
    assert.deepEqual([overlap.statusCode, overlap.json().code, fields(overlap.json())], [409, 'CONFLICT', ['effectiveFrom']]);
    assert.match(overlap.json().detail, /already has a rate card from 2025-01-01 to 2025-05-14/);
    const demo = await post({ ...PICKUP_CARD, service: 'nl-express', effectiveFrom: '2030-01-01' });
    assert.equal(demo.statusCode, 409, 'the open-ended demo card covers every later date');
    assert.deepEqual(await cards('?service=nl-pickup'), before);
  });

  test('two writers racing for overlapping periods: exactly one wins', async () => {
    const put = await t.app.inject({ method: 'PUT', url: '/v1/admin/shipping/services/race', headers: t.auth(), payload: { carrier: 'Race', name: 'Race', channel: 'postal' } });
    assert.equal(put.statusCode, 200);
    const results = await Promise.all([0, 1, 2, 3].map((i) => post({ ...PICKUP_CARD, service: 'race', effectiveFrom: `2025-0${i + 1}-01` })));
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [201, 409, 409, 409]);
    assert.equal((await cards('?service=race')).length, 1);
  });

  test('an invalid card is a 400 naming every bad field, and stores nothing', async () => {
    const count = (await cards()).length;
    const r = await post({
      service: 'nope',
      warehouse: 'nl-venlo',
      effectiveFrom: '2025-13-01',
      effectiveTo: '2024-01-01',
      source: '',
      currency: 'EURO',
      volumetricDivisor: 0,
      fuelSurchargePercent: 'ten',
      zones: [
        { id: 'eu', countries: ['DE'], transitDays: { min: 1, max: 2 }, breaks: [{ upToG: 500, price: 100 }] },
        { id: 'x', countries: ['Germany', 'DE'], transitDays: { min: 3, max: 1 }, breaks: [{ upToG: 0, price: -5 }], additional: { stepG: 100, price: 1 } },
      ],
      remoteAreas: [{ country: 'DE', from: '25980', to: '259', amount: 10 }],
    });
    assert.equal(r.statusCode, 400);
    assert.deepEqual(fields(r.json()), [
      'currency',
      'effectiveFrom',
      'fuelSurchargePercent',
      'remoteAreas[0].to',
      'source',
      'volumetricDivisor',
      'zones[1].additional.stepG',
      'zones[1].breaks[0].price',
      'zones[1].breaks[0].upToG',
      'zones[1].countries[0]',
      'zones[1].countries[1]',
      'zones[1].transitDays.max',
    ]);
    const unknownRefs = await post({ ...PICKUP_CARD, service: 'nope', warehouse: 'nowhere', effectiveFrom: '2025-01-01' });
    assert.deepEqual([unknownRefs.statusCode, fields(unknownRefs.json())], [400, ['service', 'warehouse']]);
    const notObject = await t.app.inject({ method: 'POST', url: '/v1/admin/shipping/rate-cards', headers: { ...t.auth(), 'content-type': 'application/json' }, payload: '"card"' });
    assert.equal(notObject.statusCode, 400);
    assert.equal((await cards()).length, count);
  });

  test('admin routes need an admin key: 401 without a key, 403 with an api key', async () => {
    const routes = [
      { method: 'GET', url: '/v1/admin/shipping/services' },
      { method: 'PUT', url: '/v1/admin/shipping/services/x', payload: { carrier: 'a', name: 'b', channel: 'postal' } },
      { method: 'GET', url: '/v1/admin/shipping/rate-cards' },
      { method: 'POST', url: '/v1/admin/shipping/rate-cards', payload: { ...PICKUP_CARD, effectiveFrom: '2031-01-01' } },
    ] as const;
    for (const route of routes) {
      assert.equal((await t.app.inject({ ...route })).statusCode, 401, `${route.method} ${route.url}`);
      assert.equal((await t.app.inject({ ...route, headers: t.auth(t.apiKey) })).statusCode, 403, `${route.method} ${route.url}`);
    }
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/admin/shipping/services/x', headers: t.auth() })).statusCode, 404);
  });

  test('the routes are in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    for (const path of ['/v1/shipping/rates', '/v1/admin/shipping/services', '/v1/admin/shipping/services/{code}', '/v1/admin/shipping/rate-cards']) assert.ok(doc.paths[path], path);
    assert.ok(doc.paths['/v1/shipping/rates'].post.requestBody.content['application/json'].schema.properties.lines);
  });
});
