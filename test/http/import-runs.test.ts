import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importReferenceData } from '../../src/services/data-import/import-reference-data.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/data-import');

describeWithDatabases('HTTP import runs for the admin', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db());
    unwrap(await importReferenceData(t.deps, { kind: 'ecb', source: 'ecb/eurofxref-hist-sample.csv', load: { cwd: FIXTURES, timeoutMs: 5_000 } }));
    unwrap(await importReferenceData(t.deps, { kind: 'uk-tariff', source: 'uk/global-uk-tariff-with-errors.csv', options: { effectiveFrom: '2019-01-01' }, load: { cwd: FIXTURES, timeoutMs: 5_000 } }));
  });

  test('runs newest first with their source, counts, progress and first rejected rows; filtered by kind', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/v1/admin/import-runs', headers: t.auth() });
    assert.equal(r.statusCode, 200, r.body);
    const [uk, ecb] = r.json().items;
    assert.deepEqual([uk.kind, uk.status, uk.source, uk.inserted, uk.rejected, uk.written], ['uk-tariff', 'succeeded', path.join(FIXTURES, 'uk/global-uk-tariff-with-errors.csv'), 2, 5, 2]);
    assert.deepEqual(uk.errors[0], { line: 3, field: 'ukgt_duty_rate', message: 'ukgt_duty_rate is empty' });
    assert.match(uk.sha256, /^[0-9a-f]{64}$/);
    assert.equal(ecb.kind, 'ecb');
    const only = await t.app.inject({ method: 'GET', url: '/v1/admin/import-runs?kind=ecb&limit=5', headers: t.auth() });
    assert.deepEqual(only.json().items.map((x: { kind: string }) => x.kind), ['ecb']);
  });

  test('bad filters are 400 naming the field; an api key is 403', async () => {
    const kind = await t.app.inject({ method: 'GET', url: '/v1/admin/import-runs?kind=gold', headers: t.auth() });
    assert.deepEqual([kind.statusCode, kind.json().errors?.[0]?.field ?? kind.json().code], [400, 'kind']);
    const limit = await t.app.inject({ method: 'GET', url: '/v1/admin/import-runs?limit=0', headers: t.auth() });
    assert.equal(limit.statusCode, 400);
    const api = await t.app.inject({ method: 'GET', url: '/v1/admin/import-runs', headers: t.auth(t.apiKey) });
    assert.equal(api.statusCode, 403);
  });
});
