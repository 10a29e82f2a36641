import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { DEMO_CATALOG } from '../../src/data/demo/catalog.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

type Page = {
  market: { id: string; country: string; currency: string; locale: string };
  inclusion: { taxIncluded: boolean; note: string };
  fx: { rate: string; rateDate: string; stale: boolean };
  items: Array<{ handle: string; title: string; locale: string; hsCode: string; variants: Array<{ sku: string; marketPrice: { amount: string; currency: string; taxIncluded: { rate: string } | null } }> }>;
  nextCursor: string | null;
};

describeWithDatabases('HTTP store products', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => new Date('2026-11-27T12:00:00Z') } });
    await seedDemoStore(t.deps);
  });

  test('the demo catalog in German and euros for Germany, VAT included by the goods\' rate', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/v1/store/products?market=eu&country=DE&locale=de&limit=100' });
    assert.equal(r.statusCode, 200, r.body);
    const page = r.json() as Page;
    assert.equal(page.items.length, DEMO_CATALOG.length);
    assert.deepEqual(page.market, { id: 'eu', country: 'DE', currency: 'EUR', locale: 'de', incoterm: 'DDP' });
    assert.equal(page.inclusion.taxIncluded, true);
    assert.equal(page.fx.rateDate, '2025-05-09');
    assert.equal(page.fx.stale, true);
    const coffee = page.items.find((p) => p.handle === 'buon-ma-thuot-robusta-whole-beans')!;
    assert.equal(coffee.locale, 'de');
    assert.match(coffee.title, /Bohne/);
    assert.equal(coffee.variants[0]!.marketPrice.currency, 'EUR');
    assert.equal(coffee.variants[0]!.marketPrice.taxIncluded?.rate, '7%');
    const scarf = page.items.find((p) => p.hsCode === '621410')!;
    assert.equal(scarf.variants[0]!.marketPrice.taxIncluded?.rate, '19%');
    for (const p of page.items) for (const v of p.variants) assert.match(v.marketPrice.amount, /^\d+\.\d{2}$/);
  });

  test('the same product in France takes French VAT; in the US prices exclude tax', async () => {
    const fr = (await t.app.inject({ method: 'GET', url: '/v1/store/products/buon-ma-thuot-robusta-whole-beans?market=eu&country=FR&locale=fr' })).json() as Page;
    assert.equal(fr.items[0]!.locale, 'fr');
    assert.equal(fr.items[0]!.variants[0]!.marketPrice.taxIncluded?.rate, '5.5%');
    const us = (await t.app.inject({ method: 'GET', url: '/v1/store/products/buon-ma-thuot-robusta-whole-beans?market=us' })).json() as Page;
    assert.equal(us.items[0]!.variants[0]!.marketPrice.currency, 'USD');
    assert.equal(us.items[0]!.variants[0]!.marketPrice.taxIncluded, null);
    assert.equal(us.fx.rate, '1');
  });

  test('Japanese yen and text for a buyer the edge places in Japan', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/v1/store/products?limit=5', headers: { 'cf-ipcountry': 'JP', 'accept-language': 'ja-JP,ja;q=0.9' } });
    const page = r.json() as Page;
    assert.deepEqual([page.market.id, page.market.currency, page.market.locale], ['jp', 'JPY', 'ja']);
    assert.match(page.items[0]!.variants[0]!.marketPrice.amount, /^\d+$/, 'whole yen');
  });

  test('ETag: the same request is a 304 with If-None-Match', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/v1/store/products?market=uk&limit=10' });
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[A-Za-z0-9_-]{27}"$/);
    assert.equal(first.headers['cache-control'], 'public, max-age=60');
    const again = await t.app.inject({ method: 'GET', url: '/v1/store/products?market=uk&limit=10', headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
  });

  test('search in the buyer\'s language', async () => {
    const page = (await t.app.inject({ method: 'GET', url: `/v1/store/products?market=eu&country=DE&locale=de&q=${encodeURIComponent('Seide')}` })).json() as Page;
    const silk = DEMO_CATALOG.filter((p) => ['621410', '620449'].includes(p.hsCode)).map((p) => p.handle).sort();
    const found = page.items.map((p) => p.handle);
    assert.ok(silk.every((h) => found.includes(h)), `every silk scarf and dress is found: ${found.join(', ')}`);
    assert.ok(found.length < DEMO_CATALOG.length, 'and not everything');
  });

  test('a DDP market with duties included shows the engine\'s duty and tax for one unit in the price', async () => {
    const euMarket = (await t.app.inject({ method: 'GET', url: '/v1/admin/markets', headers: t.auth() })).json().items.find((m: { id: string }) => m.id === 'eu');
    const put = await t.app.inject({ method: 'PUT', url: '/v1/admin/markets/eu', headers: t.auth(), payload: { ...euMarket, dutiesIncluded: true } });
    assert.equal(put.statusCode, 200, put.body);
    const page = (await t.app.inject({ method: 'GET', url: '/v1/store/products/hoi-an-silk-slip-dress?market=eu&country=DE&locale=en' })).json();
    const price = page.items[0].variants[0].marketPrice;
    assert.equal(page.inclusion.dutiesIncluded, true);
    assert.equal(price.dutiesIncluded, true);
    // The same estimate through the quote API: USD 185.00 / 1.1252 x 1.02 = EUR 167.70 net, one unit, DDP.
    const quote = (
      await t.app.inject({
        method: 'POST',
        url: '/v1/landed-cost/quotes',
        headers: t.auth(t.apiKey),
        payload: { date: '2026-11-27', currency: 'EUR', incoterm: 'DDP', shipFrom: { country: 'VN' }, shipTo: { country: 'DE' }, items: [{ sku: 'DRS-SLP-S', hsCode: '620449', originCountry: 'VN', unitPrice: { amount: '167.70', currency: 'EUR' }, quantity: 1, unitWeightKg: '0.35' }] },
      })
    ).json();
    const cents = (x: string) => Math.round(Number(x) * 100);
    const raw = 16770 + cents(quote.totals.duties) + cents(quote.totals.taxes);
    assert.ok(cents(quote.totals.duties) > 0, 'the dress pays duty');
    const below = Math.floor((raw - 90) / 100) * 100 + 90; // the euro market's .90 ending, nearest
    const expected = raw - below <= below + 100 - raw ? below : below + 100;
    assert.equal(Math.round(Number(price.amount) * 100), expected);
    assert.ok(Number(price.amount) > 199.9, 'more than the tax-only price of EUR 199.90');
  });

  test('bad input names the field; unknown market or product is 404', async () => {
    const cases: Array<[string, number, string]> = [
      ['/v1/store/products?market=mars', 404, 'MARKET_NOT_FOUND'],
      ['/v1/store/products?market=eu&country=US', 400, 'VALIDATION_FAILED'],
      ['/v1/store/products?market=eu&locale=ja', 400, 'VALIDATION_FAILED'],
      ['/v1/store/products?market=eu&limit=0', 400, 'VALIDATION_FAILED'],
      ['/v1/store/products?market=eu&cursor=!!', 400, 'VALIDATION_FAILED'],
      ['/v1/store/products?market=eu&colour=red', 400, 'VALIDATION_FAILED'],
      ['/v1/store/products/no-such-thing?market=eu', 404, 'NOT_FOUND'],
    ];
    for (const [url, status, code] of cases) {
      const r = await t.app.inject({ method: 'GET', url });
      assert.equal(r.statusCode, status, `${url}: ${r.body}`);
      assert.equal(r.json().code, code, url);
    }
  });
});
