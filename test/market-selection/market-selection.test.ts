import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importIndicators } from '../../src/services/market-selection/import-indicators.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/indicators');
const LPI_COMPONENTS = ['customs', 'infrastructure', 'international_shipments', 'logistics_competence', 'timeliness', 'tracking_tracing'];

/** An LPI-like edition: six components per country and an overall published as their weighted mean, rounded to 3 decimals. */
async function lpiFile(dir: string, weights: number[]): Promise<string> {
  const countries = ['DE', 'FR', 'NL', 'JP', 'US', 'VN', 'BR', 'NG', 'IN', 'CH'];
  const lines = ['country,indicator,year,value,name,unit,source'];
  countries.forEach((c, i) => {
    const parts = LPI_COMPONENTS.map((_, k) => 2 + ((i * 7 + k * 3) % 10) / 4 + k * 0.01);
    const overall = parts.reduce((a, p, k) => a + p * weights[k]!, 0);
    LPI_COMPONENTS.forEach((name, k) => lines.push(`${c},lpi.${name},2018,${parts[k]!.toFixed(6)},LPI ${name},score 1-5,test edition`));
    lines.push(`${c},lpi.overall,2018,${overall.toFixed(3)},LPI overall,score 1-5,test edition`);
  });
  const file = path.join(dir, 'lpi-test.csv');
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

describeWithDatabases('market selection: indicators, ranking, index reproduction', (db) => {
  let t: TestApp;
  let dir: string;
  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => new Date('2026-11-27T09:00:00Z') } });
    dir = await mkdtemp(path.join(os.tmpdir(), 'landfall-indicators-'));
  });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: t.auth() });

  test('a file with bad rows imports nothing and names every row; the good file imports all, names mapped to ISO codes', async () => {
    const bad = await importIndicators(t.deps, { source: 'bad-rows.csv', load: { cwd: FIXTURES } });
    assert.ok(!bad.ok);
    assert.equal(bad.code, 'VALIDATION_FAILED');
    const lines = (bad.refusal?.errors ?? []).map((e) => e.line).sort();
    assert.deepEqual(lines, [3, 4, 5, 6], JSON.stringify(bad.refusal));
    assert.deepEqual(bad.refusal?.unmapped.map((u) => u.value), ['Atlantis']);
    const none = await get('/v1/admin/market-selection/indicators');
    assert.deepEqual(none.json().items, [], 'nothing half-imported');

    const good = await importIndicators(t.deps, { source: 'merchant-indicators.csv', load: { cwd: FIXTURES } });
    assert.ok(good.ok, JSON.stringify(good));
    assert.equal(good.value.inserted, 11);
    const again = await importIndicators(t.deps, { source: 'merchant-indicators.csv', load: { cwd: FIXTURES } });
    assert.ok(again.ok && again.value.unchanged === 11 && again.value.inserted === 0, 'a re-import changes nothing');
    const series = (await get('/v1/admin/market-selection/indicators')).json().items;
    const interest = series.find((s: { id: string }) => s.id === 'merchant.search_interest');
    assert.deepEqual([interest.countries, interest.firstYear, interest.lastYear, interest.unit], [6, 2025, 2025, 'index 0-100']);
  });

  test('ranking by a profile: stated method, explanations, missing values stated, sensitivity; bad profiles name the field', async () => {
    const profile = { indicators: [{ id: 'merchant.search_interest', weight: 3, direction: 'higher' }, { id: 'merchant.return_rate', weight: 1, direction: 'lower' }, { id: 'not.imported', weight: 1, direction: 'higher' }], normalization: 'min-max', missing: 'reweight', minCoverage: 0.5 };
    const bad = await t.app.inject({ method: 'PUT', url: '/v1/admin/market-selection/profile', headers: t.auth(), payload: { ...profile, indicators: [{ id: 'merchant.search_interest', weight: -1, direction: 'up' }] } });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().errors.map((e: { field: string }) => e.field), ['indicators[0].weight', 'indicators[0].direction']);
    const saved = await t.app.inject({ method: 'PUT', url: '/v1/admin/market-selection/profile', headers: t.auth(), payload: profile });
    assert.equal(saved.statusCode, 200, saved.body);
    const r = await get('/v1/admin/market-selection/ranking?sensitivity=true');
    assert.equal(r.statusCode, 200, r.body);
    const ranking = r.json();
    assert.match(ranking.method.statement, /min-max/i);
    assert.deepEqual(ranking.unavailable.map((u: { id: string }) => u.id), ['not.imported']);
    const ranked = ranking.countries.filter((c: { rank: number | null }) => c.rank !== null);
    // search interest 3/4 (higher), return rate 1/4 (lower): US 95 & 15.8, DE 80 & 12.5, NL 70 & 11.2 ...
    const scores = Object.fromEntries(ranked.map((c: { country: string; score: number }) => [c.country, c.score]));
    const mm = (v: number, lo: number, hi: number) => (v - lo) / (hi - lo);
    const expected = (interest: number, returns: number) => 100 * (0.75 * mm(interest, 20, 95) + 0.25 * (1 - mm(returns, 3.1, 15.8)));
    assert.ok(Math.abs(scores.DE - expected(80, 12.5)) < 0.01, `DE ${scores.DE}`);
    assert.ok(Math.abs(scores.JP - expected(20, 3.1)) < 0.01, `JP ${scores.JP}`);
    const vn = ranking.countries.find((c: { country: string }) => c.country === 'VN');
    assert.ok(vn.missing.some((m: string) => /return rate/i.test(m)), JSON.stringify(vn.missing));
    assert.ok(vn.coverage < 1);
    const us = ranking.countries.find((c: { country: string }) => c.country === 'US');
    assert.ok(us.lifts.some((l: string) => /search interest/i.test(l)), JSON.stringify(us.lifts));
    assert.ok(ranking.sensitivity, 'sensitivity requested');
    const tried = await t.app.inject({ method: 'POST', url: '/v1/admin/market-selection/ranking', headers: t.auth(), payload: { profile: { ...profile, indicators: [{ id: 'merchant.return_rate', weight: 1, direction: 'lower' }] } } });
    assert.equal(tried.statusCode, 200, tried.body);
    assert.equal(tried.json().countries[0].country, 'JP', 'only the return rate: Japan first');
    const stored = (await get('/v1/admin/market-selection/profile')).json();
    assert.equal(stored.indicators.length, 3, 'trying a profile does not save it');
  });

  test('the LPI overall is reproduced from its six components: a weighted mean with the published weights, least squares and the first principal component', async () => {
    const weights = [0.18, 0.17, 0.16, 0.17, 0.16, 0.16];
    const file = await lpiFile(dir, weights);
    const imported = await importIndicators(t.deps, { source: file, load: { cwd: dir } });
    assert.ok(imported.ok, JSON.stringify(imported));
    const wm = await get(`/v1/admin/market-selection/composites/lpi?year=2018&method=weighted-mean&weights=${weights.join(',')}&round=3`);
    assert.equal(wm.statusCode, 200, wm.body);
    assert.equal(wm.json().summary.within.share, 1, JSON.stringify(wm.json().summary));
    const ls = (await get('/v1/admin/market-selection/composites/lpi?year=2018&method=least-squares')).json();
    assert.ok(ls.summary.maxAbsDifference < 0.001, JSON.stringify(ls.summary));
    ls.method.weights.forEach((w: number, k: number) => assert.ok(Math.abs(w - weights[k]!) < 0.02, `weight ${k}: ${w}`));
    const pca = await get('/v1/admin/market-selection/composites/lpi?year=2018');
    assert.equal(pca.statusCode, 200, pca.body);
    assert.equal(pca.json().method.kind, 'pca-first-component');
    for (const [query, field] of [['year=18', 'year'], ['year=2018&method=magic', 'method'], ['year=2018&method=weighted-mean&weights=1,2', 'weights'], ['year=2017', 'year']] as const) {
      const r = await get(`/v1/admin/market-selection/composites/lpi?${query}`);
      assert.equal(r.statusCode, 400, `${query}: ${r.body}`);
      assert.equal(r.json().field ?? r.json().errors?.[0]?.field, field, r.body);
    }
    const unknown = await get('/v1/admin/market-selection/composites/hdi?year=2018');
    assert.equal(unknown.statusCode, 400);
    // Any index the merchant configures: its published series and components by id.
    const own = await t.app.inject({ method: 'POST', url: '/v1/admin/market-selection/composites', headers: t.auth(), payload: { published: 'lpi.overall', components: LPI_COMPONENTS.slice(0, 3).map((c) => `lpi.${c}`), year: 2018, method: 'least-squares' } });
    assert.equal(own.statusCode, 200, own.body);
    assert.equal(own.json().method.weights.length, 3);
    assert.ok(own.json().summary.maxAbsDifference > 0.001, 'three of six components cannot reproduce the index exactly, and the agreement says so');
    const missing = await t.app.inject({ method: 'POST', url: '/v1/admin/market-selection/composites', headers: t.auth(), payload: { published: 'lpi.overall', components: ['lpi.customs', 'nothing.here'], year: 2018 } });
    assert.deepEqual([missing.statusCode, missing.json().field ?? missing.json().errors?.[0]?.field], [400, 'components']);
  });

  test('admin only', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/v1/admin/market-selection/ranking', headers: t.auth(t.apiKey) });
    assert.equal(r.statusCode, 403);
  });
});
