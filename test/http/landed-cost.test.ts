import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { calculateLandedCost } from '../../src/core/landed-cost/calculate-landed-cost.js';
import { compileRules } from '../../src/core/landed-cost/compile-rules.js';
import { parseLandedCostRequest } from '../../src/core/landed-cost/request.js';
import { TEST_RULES } from '../../src/core/landed-cost/test-rules.fixture.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const request = {
  date: '2026-11-27',
  currency: 'EUR',
  incoterm: 'DDP',
  shipFrom: { country: 'VN' },
  shipTo: { country: 'DE' },
  shipping: { amount: '10.00', currency: 'EUR' },
  items: [{ sku: 'tee', hsCode: '6109.10', originCountry: 'VN', unitPrice: { amount: '20.00', currency: 'EUR' }, quantity: 10, unitWeightKg: 0.2 }],
};

describeWithDatabases('HTTP landed-cost quotes', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db(), { deps: { starterRules: TEST_RULES } });
  });

  test('POST /v1/landed-cost/quotes answers exactly what the library answers', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/landed-cost/quotes', headers: t.auth(t.apiKey), payload: request });
    assert.equal(r.statusCode, 200, r.body);
    const rules = compileRules(TEST_RULES);
    assert.ok(rules.ok);
    const parsed = parseLandedCostRequest(request);
    assert.ok(parsed.ok);
    const direct = calculateLandedCost(parsed.value, { ...rules.value, version: r.json().rulesVersion }, (await t.deps.quotes.fxRates.forDate('2026-11-27', 7)));
    assert.ok(direct.ok);
    assert.deepEqual(r.json(), JSON.parse(JSON.stringify(direct.value)));
    assert.equal(r.json().totals.landedCost, '279.89');
    assert.match(r.json().rulesVersion, /^test-1\+no-imports$/);
  });

  test('nullable parts of the answer (no de minimis threshold, no rules) serialize as null', async () => {
    const us = { ...request, currency: 'USD', shipTo: { country: 'US' }, shipping: { amount: '10.00', currency: 'USD' }, items: [{ ...request.items[0], unitPrice: { amount: '20.00', currency: 'USD' } }] };
    const r = await t.app.inject({ method: 'POST', url: '/v1/landed-cost/quotes', headers: t.auth(t.apiKey), payload: us });
    assert.equal(r.statusCode, 200, r.body);
    const d = r.json().deMinimis[0];
    assert.equal(d.threshold, null);
    assert.equal(d.valueTested, null);
    assert.equal(d.rule.id, 'd.US.none');
    const none = await t.app.inject({ method: 'POST', url: '/v1/landed-cost/quotes', headers: t.auth(t.apiKey), payload: { ...request, shipTo: { country: 'AQ' } } });
    assert.equal(none.json().items[0].customsValue, null);
    assert.equal(none.json().destination.customsTerritory, null);
  });

  test('an invalid request is a 400 naming every bad field', async () => {
    const bad = { ...request, currency: 'EURO', shipTo: { country: 'Germany' }, items: [{ ...request.items[0], hsCode: '61', quantity: 0, unitPrice: { amount: '1.005', currency: 'EUR' } }] };
    const r = await t.app.inject({ method: 'POST', url: '/v1/landed-cost/quotes', headers: t.auth(t.apiKey), payload: bad });
    assert.equal(r.statusCode, 400);
    const fields = r.json().errors.map((e: { field: string }) => e.field).sort();
    assert.deepEqual(fields, ['currency', 'items[0].hsCode', 'items[0].quantity', 'items[0].unitPrice.amount', 'shipTo.country']);
  });

  test('a missing exchange rate is a 422 naming the field', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/landed-cost/quotes', headers: t.auth(t.apiKey), payload: { ...request, currency: 'USD' } });
    assert.equal(r.statusCode, 422);
    assert.equal(r.json().code, 'FX_RATE_MISSING');
    assert.ok(r.json().errors[0].field);
  });

  test('quotes need an API key; a body that is not an object is refused', async () => {
    assert.equal((await t.app.inject({ method: 'POST', url: '/v1/landed-cost/quotes', payload: request })).statusCode, 401);
    const arr = await t.app.inject({ method: 'POST', url: '/v1/landed-cost/quotes', headers: t.auth(t.apiKey), payload: [request] });
    assert.equal(arr.statusCode, 400);
    assert.equal(arr.json().code, 'VALIDATION_FAILED');
  });

  test('batch: each result stands alone, in order', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/landed-cost/quotes/batch', headers: t.auth(t.apiKey), payload: { requests: [request, { ...request, date: 'yesterday' }, { ...request, shipTo: { country: 'AQ' } }] } });
    assert.equal(r.statusCode, 200, r.body);
    const results = r.json().results;
    assert.deepEqual(results.map((x: { ok: boolean }) => x.ok), [true, false, true]);
    assert.equal(results[1].problem.code, 'VALIDATION_FAILED');
    assert.equal(results[1].problem.errors[0].field, 'requests[1].date');
    const tooMany = await t.app.inject({ method: 'POST', url: '/v1/landed-cost/quotes/batch', headers: t.auth(t.apiKey), payload: { requests: Array.from({ length: 101 }, () => request) } });
    assert.equal(tooMany.statusCode, 400);
  });

  test('rules can be inspected: summary, one rule, a destination on a date', async () => {
    const summary = (await t.app.inject({ method: 'GET', url: '/v1/rules' })).json();
    assert.equal(summary.version, 'test-1+no-imports');
    assert.ok(summary.destinations.includes('DE'));
    const rule = await t.app.inject({ method: 'GET', url: '/v1/rules/f.EU.3' });
    assert.equal(rule.statusCode, 200);
    assert.equal(rule.json().rule.amount.amount, '3.00');
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/rules/nope' })).statusCode, 404);
    const de = (await t.app.inject({ method: 'GET', url: '/v1/rules/destinations/DE?date=2026-05-01' })).json();
    assert.deepEqual(de.deMinimis.map((d: { id: string }) => d.id).sort(), ['d.EU.duty', 'd.EU.tax']);
    assert.deepEqual(de.flatDuties, []);
    const later = (await t.app.inject({ method: 'GET', url: '/v1/rules/destinations/DE?date=2026-11-27' })).json();
    assert.deepEqual(later.flatDuties.map((d: { id: string }) => d.id), ['f.EU.3']);
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/rules/destinations/ZZ' })).statusCode, 400);
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/rules/destinations/AQ' })).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/rules/destinations/DE?date=2026-13-45' })).statusCode, 400);
  });
});
