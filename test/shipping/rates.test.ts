/**
 * POST /v1/shipping/rates on the seeded demo store: real carts to several markets, prices in the
 * market's currency from the demo ECB rates of 2025-05-09, volumetric weight, remote areas, and
 * every kind of bad input answered with a 4xx naming the field.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import type { ShippingOption, ShippingRates } from '../../src/services/shipping/quote-shipping-rates.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

/** A Monday three days after the demo ECB rates. */
const DATE = '2025-05-12';
const CART = [
  { sku: 'COF-ROB-500', quantity: 2 }, // 2 x 0.54 kg, 24 x 14 x 8 cm
  { sku: 'SCF-SQ90-IND', quantity: 1 }, // 0.12 kg, 25 x 25 x 3 cm
  { sku: 'CER-MUG-CEL', quantity: 1 }, // 0.45 kg, 14 x 12 x 12 cm
];

describeWithDatabases('shipping rates for the demo store', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db());
    await seedDemoStore(t.deps);
  });

  const quote = (body: unknown, key?: string) => t.app.inject({ method: 'POST', url: '/v1/shipping/rates', headers: t.auth(key ?? t.apiKey), payload: body as object });
  const rates = async (body: unknown): Promise<ShippingRates> => {
    const r = await quote(body);
    assert.equal(r.statusCode, 200, r.body);
    return r.json();
  };
  const option = (r: ShippingRates, warehouse: string, service: string): ShippingOption => {
    const o = r.warehouses.find((w) => w.warehouse.code === warehouse)?.options.find((x) => x.service === service);
    assert.ok(o, `${service} from ${warehouse} is offered`);
    return o;
  };
  const fields = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);

  test('a 3-line cart to Germany: options from Venlo and Hội An in euros, cheapest first, each with a window and its sums', async () => {
    const r = await rates({ market: 'eu', destination: { country: 'DE', postalCode: '10115' }, lines: CART, date: DATE });
    assert.equal(r.currency, 'EUR');
    assert.deepEqual(r.parcel, { weightG: 1650, volumeCm3: '9267', units: 4 });
    assert.deepEqual(r.warehouses.map((w) => w.warehouse.code), ['vn-hoian', 'nl-venlo']);
    const venlo = r.warehouses.find((w) => w.warehouse.code === 'nl-venlo')!;
    assert.deepEqual(venlo.options.map((o) => o.service), ['nl-postal-economy', 'nl-express'], 'cheapest first');

    // Express: 9,267 cm³ / 5000 = 1.854 kg > 1.65 kg actual -> 2 kg; USD 28.00 + 14% fuel 3.92 = 31.92 -> EUR at 1.1252.
    const express = option(r, 'nl-venlo', 'nl-express');
    assert.deepEqual(express.weight, { actualG: 1650, volumetricG: 1854, chargeableG: 2000 });
    assert.deepEqual(express.breakdown, { baseFreight: '28.00', fuelSurcharge: '3.92', remoteSurcharge: '0.00', currency: 'USD' });
    assert.deepEqual(express.cardPrice, { amount: '31.92', currency: 'USD' });
    assert.deepEqual(express.price, { amount: '28.37', currency: 'EUR' }); // 31.92 / 1.1252 = 28.3683
    assert.equal(express.channel, 'courier');
    assert.deepEqual(express.fx, { rate: '0.8887308923', rateDate: '2025-05-09', source: 'ECB' });
    assert.deepEqual(express.deliveryWindow, { minDays: 1, maxDays: 3, earliest: '2025-05-13', latest: '2025-05-15' });
    assert.match(express.explanation.join('\n'), /volumetric 9267 cm³ \/ 5000 cm³ per kg = 1\.854 kg; chargeable 2 kg/);
    assert.match(express.explanation.at(-1)!, /converted USD 31\.92 to EUR 28\.37 at 0\.8887308923 \(ECB 2025-05-09\)/);

    // Postal: actual weight only, 1.65 kg -> the 2 kg break, USD 14.50 -> EUR 12.89.
    const postal = option(r, 'nl-venlo', 'nl-postal-economy');
    assert.deepEqual([postal.weight.volumetricG, postal.weight.chargeableG, postal.cardPrice.amount, postal.price.amount, postal.channel], [null, 1650, '14.50', '12.89', 'postal']);
    assert.deepEqual(postal.deliveryWindow, { minDays: 3, maxDays: 7, earliest: '2025-05-15', latest: '2025-05-21' });

    // From Vietnam: USD 58.00 + 18.5% fuel 10.73 = 68.73 -> EUR 61.08; postal USD 36.00 -> EUR 31.99.
    assert.deepEqual([option(r, 'vn-hoian', 'vn-express').cardPrice.amount, option(r, 'vn-hoian', 'vn-express').price.amount], ['68.73', '61.08']);
    assert.deepEqual([option(r, 'vn-hoian', 'vn-post-economy').price.amount, option(r, 'vn-hoian', 'vn-post-economy').deliveryWindow.latest], ['31.99', '2025-06-09']);
    // Only Hội An's domestic Vietnamese courier cannot take a parcel to Germany.
    for (const w of r.warehouses) assert.deepEqual(w.unavailable, w.warehouse.code === 'vn-hoian' ? [{ service: 'vn-domestic', code: 'SHIPPING_ZONE_NOT_FOUND', reason: 'the rate card has no zone for DE' }] : []);
  });

  test('without a date: today, windows in days only', async () => {
    // The demo rates are old by now, so convert nothing: the US market is in the cards' currency.
    const r = await rates({ market: 'us', destination: { country: 'US', postalCode: '10001' }, lines: CART });
    assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
    const o = option(r, 'us-nj', 'us-postal-economy');
    assert.deepEqual(o.deliveryWindow, { minDays: 2, maxDays: 5 });
    assert.equal(o.fx, null);
    assert.deepEqual(o.price, { amount: '13.90', currency: 'USD' });
  });

  test('a heavy small parcel and a light bulky one: volumetric weight decides the courier price, not the postal one', async () => {
    const dense = await rates({ market: 'eu', destination: { country: 'FR' }, lines: [{ sku: 'CER-PLT-27', quantity: 1 }], date: DATE }); // 2.0 kg, 31 x 31 x 9 cm
    const bulky = await rates({ market: 'eu', destination: { country: 'FR' }, lines: [{ sku: 'BAM-BSK-L', quantity: 1 }], date: DATE }); // 1.0 kg, 42 x 42 x 34 cm
    const d = option(dense, 'nl-venlo', 'nl-express');
    const b = option(bulky, 'nl-venlo', 'nl-express');
    assert.deepEqual(d.weight, { actualG: 2000, volumetricG: 1730, chargeableG: 2000 });
    assert.deepEqual(b.weight, { actualG: 1000, volumetricG: 11996, chargeableG: 12000 });
    // 2 kg USD 28.00; 12 kg USD 28.00 + 20 x 3.00 = 88.00, each + 14% fuel.
    assert.deepEqual([d.breakdown.baseFreight, b.breakdown.baseFreight], ['28.00', '88.00']);
    assert.match(b.explanation[0]!, /chargeable 12 kg \(the volumetric weight/);
    const dp = option(dense, 'nl-venlo', 'nl-postal-economy');
    const bp = option(bulky, 'nl-venlo', 'nl-postal-economy');
    assert.ok(Number(bp.cardPrice.amount) < Number(dp.cardPrice.amount), 'postal charges actual weight: the lighter parcel is cheaper');
  });

  test('a remote postal code adds the surcharge to courier services only', async () => {
    const sylt = await rates({ market: 'eu', destination: { country: 'DE', postalCode: '25980' }, lines: CART, date: DATE });
    const berlin = await rates({ market: 'eu', destination: { country: 'DE', postalCode: '10115' }, lines: CART, date: DATE });
    assert.equal(option(sylt, 'nl-venlo', 'nl-express').breakdown.remoteSurcharge, '18.00');
    assert.equal(option(sylt, 'nl-venlo', 'nl-express').cardPrice.amount, '49.92');
    assert.equal(option(sylt, 'vn-hoian', 'vn-express').breakdown.remoteSurcharge, '25.00');
    assert.match(option(sylt, 'nl-venlo', 'nl-express').explanation.join('\n'), /remote area DE 25980-25999 \(postal code 25980\): USD 18\.00/);
    assert.deepEqual(option(sylt, 'nl-venlo', 'nl-postal-economy').price, option(berlin, 'nl-venlo', 'nl-postal-economy').price);
    const shetland = await rates({ market: 'uk', destination: { country: 'GB', postalCode: 'ze1 0aa' }, lines: CART, date: DATE });
    assert.equal(shetland.destination.postalCode, 'ZE10AA');
    assert.equal(option(shetland, 'nl-venlo', 'nl-express').breakdown.remoteSurcharge, '18.00');
    assert.equal(option(shetland, 'nl-venlo', 'nl-express').price.currency, 'GBP');
  });

  test('other markets: Japan from Hội An only, in whole yen; Switzerland in francs; North America from New Jersey and Hội An', async () => {
    const jp = await rates({ market: 'jp', destination: { country: 'JP', postalCode: '100-0001' }, lines: CART, date: DATE });
    assert.deepEqual(jp.warehouses.map((w) => w.warehouse.code), ['vn-hoian']);
    for (const o of jp.warehouses[0]!.options) assert.match(o.price.amount, /^\d+$/, 'JPY has no minor unit');
    const okinawa = await rates({ market: 'jp', destination: { country: 'JP', postalCode: '900-0001' }, lines: CART, date: DATE });
    assert.equal(option(okinawa, 'vn-hoian', 'vn-express').breakdown.remoteSurcharge, '25.00');
    const ch = await rates({ market: 'ch', destination: { country: 'CH', postalCode: '8001' }, lines: CART, date: DATE });
    assert.deepEqual(ch.warehouses.map((w) => w.warehouse.code), ['vn-hoian', 'nl-venlo']);
    assert.equal(option(ch, 'nl-venlo', 'nl-express').price.currency, 'CHF');
    assert.equal(option(ch, 'nl-venlo', 'nl-express').zone, 'europe-other');
    const ca = await rates({ market: 'ca', destination: { country: 'CA', postalCode: 'X0A 0H0' }, lines: CART, date: DATE });
    assert.deepEqual(ca.warehouses.map((w) => w.warehouse.code), ['vn-hoian', 'us-nj']);
    assert.equal(option(ca, 'us-nj', 'us-express').breakdown.remoteSurcharge, '15.00');
    assert.equal(option(ca, 'us-nj', 'us-express').price.currency, 'CAD');
  });

  test('a parcel a service cannot take is listed as unavailable with the reason', async () => {
    const r = await rates({ market: 'eu', destination: { country: 'DE' }, lines: [{ sku: 'CER-PLT-27', quantity: 12 }], date: DATE }); // 24 kg
    const venlo = r.warehouses.find((w) => w.warehouse.code === 'nl-venlo')!;
    assert.deepEqual(venlo.options.map((o) => o.service), ['nl-express']);
    assert.deepEqual(venlo.unavailable.map((u) => [u.service, u.code]), [['nl-postal-economy', 'PARCEL_TOO_HEAVY']]);
    assert.match(venlo.unavailable[0]!.reason, /24 kg, over the service's maximum of 20 kg/);
  });

  test('before any card is in effect, warehouses are listed with no options', async () => {
    const r = await rates({ market: 'eu', destination: { country: 'DE' }, lines: CART, date: '2024-06-03' });
    assert.deepEqual(r.warehouses.map((w) => [w.warehouse.code, w.options.length]), [['vn-hoian', 0], ['nl-venlo', 0]]);
  });

  test('no reference rate for the date is a 422, not a guess', async () => {
    const r = await quote({ market: 'eu', destination: { country: 'DE' }, lines: CART, date: '2026-03-02' });
    assert.equal(r.statusCode, 422);
    assert.equal(r.json().code, 'FX_RATE_MISSING');
  });

  test('bad input is a 400 naming each field', async () => {
    const base = { market: 'eu', destination: { country: 'DE', postalCode: '10115' }, lines: CART, date: DATE };
    const unknownSku = await quote({ ...base, lines: [CART[0], { sku: 'NOPE-1', quantity: 1 }, { sku: 'NOPE-2', quantity: 1 }] });
    assert.equal(unknownSku.statusCode, 400);
    assert.deepEqual(fields(unknownSku.json()), ['lines[1].sku', 'lines[2].sku']);
    for (const quantity of [0, -1, 1001, 1.5, '2', null]) {
      const r = await quote({ ...base, lines: [{ sku: 'COF-ROB-500', quantity }] });
      assert.equal(r.statusCode, 400, `quantity ${quantity}`);
      assert.deepEqual(fields(r.json()), ['lines[0].quantity'], `quantity ${quantity}`);
    }
    const outside = await quote({ ...base, destination: { country: 'US' } });
    assert.deepEqual([outside.statusCode, fields(outside.json())], [400, ['destination.country']]);
    assert.match(outside.json().detail, /US is not in market eu/);
    for (const postalCode of [10115, '10#15', '', true]) {
      const r = await quote({ ...base, destination: { country: 'DE', postalCode } });
      assert.deepEqual([r.statusCode, fields(r.json())], [400, ['destination.postalCode']], `postalCode ${JSON.stringify(postalCode)}`);
    }
    const { market: _market, ...noMarket } = base;
    const missing = await quote(noMarket);
    assert.deepEqual([missing.statusCode, fields(missing.json())], [400, ['market']]);
    const unknownMarket = await quote({ ...base, market: 'mars' });
    assert.deepEqual([unknownMarket.statusCode, unknownMarket.json().code, fields(unknownMarket.json())], [404, 'MARKET_NOT_FOUND', ['market']]);
    const many = await quote({ market: 'EU', destination: 'DE', lines: [], date: '2025-02-30' });
    assert.deepEqual([many.statusCode, fields(many.json()).sort()], [400, ['date', 'destination', 'lines', 'market']]);
    const tooMany = await quote({ ...base, lines: Array.from({ length: 101 }, () => CART[0]) });
    assert.deepEqual(fields(tooMany.json()), ['lines']);
    const notObject = await t.app.inject({ method: 'POST', url: '/v1/shipping/rates', headers: { ...t.auth(t.apiKey), 'content-type': 'application/json' }, payload: '[1]' });
    assert.equal(notObject.statusCode, 400);
  });

  test('a market no warehouse serves is a 422 naming the market', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/v1/admin/markets/br',
      headers: t.auth(),
      payload: { name: 'Brazil', countries: ['BR'], currency: 'BRL', locales: ['en'], incoterm: 'DDP', taxInclusive: true, paymentMethods: ['card'], pricing: { fxMarkupPercent: '2', rounding: { increment: 1, mode: 'half-up' } } },
    });
    assert.equal(put.statusCode, 200, put.body);
    const r = await quote({ market: 'br', destination: { country: 'BR' }, lines: CART, date: DATE });
    assert.deepEqual([r.statusCode, r.json().code, fields(r.json())], [422, 'NO_WAREHOUSE_FOR_MARKET', ['market']]);
  });

  test('an API key is required; an admin key may quote too', async () => {
    const body = { market: 'eu', destination: { country: 'DE' }, lines: CART, date: DATE };
    assert.equal((await t.app.inject({ method: 'POST', url: '/v1/shipping/rates', payload: body })).statusCode, 401);
    assert.equal((await quote(body, t.adminKey)).statusCode, 200);
  });
});
