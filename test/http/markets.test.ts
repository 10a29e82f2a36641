import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createMarketPricer } from '../../src/services/markets/market-pricer.js';
import { toMarket } from '../../src/services/markets/market-record.js';
import { importDemoRates } from '../../src/services/seed/seed-demo-store.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const eu = {
  name: 'Europe',
  countries: ['DE', 'FR', 'NL'],
  currency: 'EUR',
  locales: ['en', 'de', 'fr', 'nl'],
  incoterm: 'DDP',
  taxInclusive: true,
  paymentMethods: ['card', 'ideal'],
  pricing: { fxMarkupPercent: '2', rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 95, direction: 'up' } },
};
const us = { ...eu, name: 'United States', countries: ['US'], currency: 'USD', locales: ['en'], taxInclusive: false, paymentMethods: ['card'], pricing: { fxMarkupPercent: '0', rounding: { increment: 1, mode: 'half-up' } }, isDefault: true };
const ch = { ...eu, name: 'Switzerland', countries: ['CH'], currency: 'CHF', locales: ['de', 'fr', 'it', 'en'], pricing: { fxMarkupPercent: '2.5', rounding: { increment: 5, mode: 'half-up' } } };

describeWithDatabases('HTTP markets and market prices', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db());
    await importDemoRates(t.deps); // the demo ECB rates of 2025-05-09
    for (const [id, body] of [['eu', eu], ['us', us], ['ch', ch]] as const) {
      const r = await t.app.inject({ method: 'PUT', url: `/v1/admin/markets/${id}`, headers: t.auth(), payload: body });
      assert.equal(r.statusCode, 200, r.body);
    }
  });

  test('markets are listed publicly, in order, with their price rules as written', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/v1/store/markets' });
    assert.equal(r.statusCode, 200);
    const ids = r.json().items.map((m: { id: string }) => m.id).sort();
    assert.deepEqual(ids, ['ch', 'eu', 'us']);
    assert.equal(r.json().items.find((m: { id: string }) => m.id === 'ch').pricing.fxMarkupPercent, '2.5');
  });

  test('a country can belong to one market only; bad markets name their fields; admin only', async () => {
    const clash = await t.app.inject({ method: 'PUT', url: '/v1/admin/markets/dach', headers: t.auth(), payload: { ...ch, countries: ['CH', 'DE', 'AT'] } });
    assert.equal(clash.statusCode, 409);
    assert.match(clash.json().detail, /DE \(market eu\)/);
    const bad = await t.app.inject({ method: 'PUT', url: '/v1/admin/markets/x', headers: t.auth(), payload: { ...eu, countries: ['SE'], currency: 'EURO', pricing: { fxMarkupPercent: 2, rounding: { increment: 0.01, mode: 'half-up' } } } });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().errors.map((e: { field: string }) => e.field).sort(), ['currency', 'pricing.fxMarkupPercent', 'pricing.rounding.increment']);
    assert.equal((await t.app.inject({ method: 'PUT', url: '/v1/admin/markets/x', payload: eu })).statusCode, 401);
    assert.equal((await t.app.inject({ method: 'PUT', url: '/v1/admin/markets/x', headers: t.auth(t.apiKey), payload: eu })).statusCode, 403);
  });

  test('buyer market resolution over HTTP: path, edge header, Accept-Language, default', async () => {
    const byPath = (await t.app.inject({ method: 'GET', url: '/v1/store/market?path=fr-de' })).json();
    assert.deepEqual([byPath.market.id, byPath.country, byPath.locale, byPath.source], ['eu', 'DE', 'fr', 'url']);
    const byHeader = (await t.app.inject({ method: 'GET', url: '/v1/store/market', headers: { 'cf-ipcountry': 'CH', 'accept-language': 'it-CH,it;q=0.9' } })).json();
    assert.deepEqual([byHeader.market.id, byHeader.locale, byHeader.source], ['ch', 'it', 'country-header']);
    const byLanguage = (await t.app.inject({ method: 'GET', url: '/v1/store/market', headers: { 'accept-language': 'nl-NL' } })).json();
    assert.deepEqual([byLanguage.market.id, byLanguage.country, byLanguage.source], ['eu', 'NL', 'accept-language']);
    const fallback = (await t.app.inject({ method: 'GET', url: '/v1/store/market', headers: { 'accept-language': 'pt-BR' } })).json();
    assert.deepEqual([fallback.market.id, fallback.source], ['us', 'default']);
    const unknown = await t.app.inject({ method: 'GET', url: '/v1/store/market?path=pt-br' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'MARKET_NOT_FOUND');
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/store/market?path=..%2F..' })).statusCode, 400);
  });

  test('market prices: converted with markup, VAT of the buyer country by HS code, charm; price lists override; stale rates said', async () => {
    const market = toMarket((await t.deps.markets.get('eu'))!);
    const pricer = await createMarketPricer({ markets: t.deps.markets, rules: t.deps.quotes.rules, maxFxAgeDays: 7 }, { market, country: 'DE', date: '2026-11-27', baseCurrency: 'USD', skus: ['TEE', 'COFFEE'] });
    assert.ok(pricer.ok, pricer.ok ? '' : pricer.message);
    assert.deepEqual(pricer.value.fx, { from: 'USD', to: 'EUR', rate: '0.88873089', rateDate: '2025-05-09', source: 'ECB', stale: true });
    // USD 24.00 / 1.1252 x 1.02 x 1.19 = EUR 25.888... -> 25.89 -> charm .95 up -> 25.95
    const tee = pricer.value.price({ sku: 'TEE', priceMinor: 2400, currency: 'USD', hsCode: '610910' });
    assert.deepEqual(tee, { amount: '25.95', currency: 'EUR', source: 'converted', taxIncluded: { name: 'VAT', rate: '19%', ruleId: tee.taxIncluded!.ruleId, percent: '19' }, dutiesIncluded: false });
    // Roasted coffee takes Germany's reduced 7%: USD 14.50 / 1.1252 x 1.02 x 1.07 = 14.064 -> 14.06 -> 14.95
    const coffee = pricer.value.price({ sku: 'COFFEE', priceMinor: 1450, currency: 'USD', hsCode: '090121' });
    assert.equal(coffee.taxIncluded?.rate, '7%');
    assert.equal(coffee.amount, '14.95');
    await t.deps.markets.addPriceListEntry({ marketId: 'eu', sku: 'TEE', amountMinor: 1990, currency: 'EUR', effectiveFrom: '2026-11-01', effectiveTo: '2026-12-01' });
    const withList = await createMarketPricer({ markets: t.deps.markets, rules: t.deps.quotes.rules, maxFxAgeDays: 7 }, { market, country: 'DE', date: '2026-11-27', baseCurrency: 'USD', skus: ['TEE'] });
    assert.ok(withList.ok);
    assert.deepEqual([withList.value.price({ sku: 'TEE', priceMinor: 2400, currency: 'USD', hsCode: '610910' }).amount, withList.value.price({ sku: 'TEE', priceMinor: 2400, currency: 'USD', hsCode: '610910' }).source], ['19.90', 'price-list']);
    const afterList = await createMarketPricer({ markets: t.deps.markets, rules: t.deps.quotes.rules, maxFxAgeDays: 7 }, { market, country: 'DE', date: '2026-12-01', baseCurrency: 'USD', skus: ['TEE'] });
    assert.ok(afterList.ok);
    assert.equal(afterList.value.price({ sku: 'TEE', priceMinor: 2400, currency: 'USD', hsCode: '610910' }).source, 'converted');
  });

  test('a market with no rate for its currency is FX_RATE_MISSING, naming the fix', async () => {
    const market = { ...toMarket((await t.deps.markets.get('ch'))!), currency: 'ISK', pricing: { ...toMarket((await t.deps.markets.get('ch'))!).pricing, currency: 'ISK' } };
    const r = await createMarketPricer({ markets: t.deps.markets, rules: t.deps.quotes.rules, maxFxAgeDays: 7 }, { market, country: 'CH', date: '2026-11-27', baseCurrency: 'USD', skus: [] });
    assert.equal(r.ok ? 'ok' : r.code, 'FX_RATE_MISSING');
    if (!r.ok) assert.match(r.message, /fx refresh/);
  });
});

describeWithDatabases('HTTP market price lists', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db());
    assert.equal((await t.app.inject({ method: 'PUT', url: '/v1/admin/markets/eu', headers: t.auth(), payload: eu })).statusCode, 200);
  });

  test('entries are added in the market currency, listed, and may not overlap for a SKU', async () => {
    const add = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/v1/admin/markets/eu/price-list', headers: t.auth(), payload: body });
    const first = await add({ sku: 'TEE-M', price: { amount: '19.90', currency: 'EUR' }, effectiveFrom: '2026-11-01', effectiveTo: '2026-12-01' });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal((await add({ sku: 'TEE-M', price: { amount: '17.90', currency: 'EUR' }, effectiveFrom: '2026-12-01' })).statusCode, 201);
    const overlap = await add({ sku: 'TEE-M', price: { amount: '9.90', currency: 'EUR' }, effectiveFrom: '2026-11-15', effectiveTo: '2026-11-20' });
    assert.equal(overlap.statusCode, 409);
    const list = (await t.app.inject({ method: 'GET', url: '/v1/admin/markets/eu/price-list?sku=TEE-M', headers: t.auth() })).json();
    assert.deepEqual(list.items.map((e: { price: { amount: string }; effectiveTo: string | null }) => [e.price.amount, e.effectiveTo]), [['19.90', '2026-12-01'], ['17.90', null]]);
  });

  test('bad entries name their field; unknown markets are 404', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ sku: 'a b', price: { amount: '1.00', currency: 'EUR' }, effectiveFrom: '2026-01-01' }, 'sku'],
      [{ sku: 'A', price: { amount: '1.00', currency: 'USD' }, effectiveFrom: '2026-01-01' }, 'price.currency'],
      [{ sku: 'A', price: { amount: '1.001', currency: 'EUR' }, effectiveFrom: '2026-01-01' }, 'price.amount'],
      [{ sku: 'A', price: { amount: '-1.00', currency: 'EUR' }, effectiveFrom: '2026-01-01' }, 'price.amount'],
      [{ sku: 'A', price: { amount: '1.00', currency: 'EUR' }, effectiveFrom: '2026-02-30' }, 'effectiveFrom'],
      [{ sku: 'A', price: { amount: '1.00', currency: 'EUR' }, effectiveFrom: '2026-03-01', effectiveTo: '2026-02-01' }, 'effectiveTo'],
      [{ sku: 'A', price: 19.9, effectiveFrom: '2026-03-01' }, 'price'],
    ];
    for (const [body, field] of cases) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/admin/markets/eu/price-list', headers: t.auth(), payload: body });
      assert.equal(r.statusCode, 400, JSON.stringify(body));
      assert.equal(r.json().errors[0].field, field, JSON.stringify(body));
    }
    assert.equal((await t.app.inject({ method: 'POST', url: '/v1/admin/markets/mars/price-list', headers: t.auth(), payload: { sku: 'A', price: { amount: '1.00', currency: 'EUR' }, effectiveFrom: '2026-01-01' } })).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/admin/markets/eu/price-list' })).statusCode, 401);
  });
});
