import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createHsModelRepository } from '../../src/db/repositories/hs-model-repository.js';
import { trainHsModel } from '../../src/services/hs/train-hs-model.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hs');

describeWithDatabases('HS classification over HTTP', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db());
  });

  test('before any training: 503 HS_MODEL_MISSING saying what to run', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/hs/classify', headers: t.auth(t.apiKey), payload: { text: 'cotton t-shirt' } });
    assert.equal(r.statusCode, 503);
    assert.equal(r.json().code, 'HS_MODEL_MISSING');
    assert.match(r.json().detail, /landfall hs train/);
  });

  test('a model stored in an older shape is not misread: 503 HS_MODEL_MISSING until it is retrained', async () => {
    await createHsModelRepository(t.deps.database.orm).saveActive(
      { version: 'hs2022-old', nomenclatureSource: 'old.csv', nomenclatureSha256: '0'.repeat(64), examplesSource: null, examplesSha256: null, codes: 1, examples: 0, model: { version: 1, features: [] } },
      new Date('2026-01-01T00:00:00Z'),
    );
    t.deps.hsModel.invalidate();
    const r = await t.app.inject({ method: 'POST', url: '/v1/hs/classify', headers: t.auth(t.apiKey), payload: { text: 'cotton t-shirt' } });
    assert.equal(r.statusCode, 503);
    assert.match(r.json().detail, /landfall hs train/);
  });

  test('training stores a model; bad example lines are listed with their numbers', async () => {
    const r = await trainHsModel(t.deps, { nomenclature: 'nomenclature.csv', examples: 'examples.jsonl', load: { cwd: fixtures } });
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.equal(r.value.codes, 5);
    assert.equal(r.value.examples, 5);
    assert.deepEqual(r.value.rejected.examples.map((e) => e.line), [7, 6]);
  });

  test('one text or many; candidates ranked with confidence; bad items answered alone', async () => {
    const one = await t.app.inject({ method: 'POST', url: '/v1/hs/classify', headers: t.auth(t.apiKey), payload: { text: 'organic cotton T-shirt', limit: 3 } });
    assert.equal(one.statusCode, 200, one.body);
    const c = one.json().candidates;
    assert.equal(c[0].hs6, '610910');
    assert.ok(c.length <= 3);
    for (let i = 1; i < c.length; i++) assert.ok(c[i - 1].confidence >= c[i].confidence);
    assert.ok(c.every((x: { confidence: number }) => x.confidence >= 0 && x.confidence <= 1));
    const many = await t.app.inject({ method: 'POST', url: '/v1/hs/classify', headers: t.auth(t.apiKey), payload: { items: [{ text: 'arabica beans, roasted, 500g' }, { text: '' }, { text: '<b>silk</b> scarf 🧣' }] } });
    assert.equal(many.statusCode, 200, many.body);
    const results = many.json().results;
    assert.equal(results[0].candidates[0].hs6, '090121');
    assert.equal(results[1].ok, false);
    assert.equal(results[1].error.field, 'items[1].text');
    assert.equal(results[2].candidates[0].hs6, '621410', 'found through the nomenclature alone: no example has it');
  });

  test('a merchant confirmation changes later answers at once', async () => {
    const text = 'hội an lantern tee';
    const conf = await t.app.inject({ method: 'POST', url: '/v1/hs/confirmations', headers: t.auth(), payload: { text, hs6: '610990' } });
    assert.equal(conf.statusCode, 201, conf.body);
    const after = await t.app.inject({ method: 'POST', url: '/v1/hs/classify', headers: t.auth(t.apiKey), payload: { text } });
    assert.equal(after.json().candidates[0].hs6, '610990');
  });

  test("the store's abstention threshold applies unless a request sets its own", async () => {
    const strict = await buildTestApp(db(), { deps: { hsAbstainBelow: 1 } });
    const stored = await strict.app.inject({ method: 'POST', url: '/v1/hs/classify', headers: strict.auth(strict.apiKey), payload: { text: 'organic cotton T-shirt' } });
    assert.equal(stored.statusCode, 200, stored.body);
    assert.equal(stored.json().abstained, true);
    assert.ok(stored.json().candidates.length > 0, 'an abstention still lists the candidates');
    const own = await strict.app.inject({ method: 'POST', url: '/v1/hs/classify', headers: strict.auth(strict.apiKey), payload: { text: 'organic cotton T-shirt', abstainBelow: 0 } });
    assert.equal(own.json().abstained, false);
  });

  test('bad input: empty text, bad options, bad confirmations, no key', async () => {
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['/v1/hs/classify', { text: '   ' }, 'text', 'api'],
      ['/v1/hs/classify', { text: 'tee', limit: 99 }, 'limit', 'api'],
      ['/v1/hs/classify', { text: 'tee', abstainBelow: 2 }, 'abstainBelow', 'api'],
      ['/v1/hs/classify', { items: [] }, 'items', 'api'],
      ['/v1/hs/confirmations', { text: 'tee', hs6: '61091' }, 'hs6', 'admin'],
      ['/v1/hs/confirmations', { text: '', hs6: '610910' }, 'text', 'admin'],
    ];
    for (const [url, payload, field, scope] of cases) {
      const r = await t.app.inject({ method: 'POST', url, headers: t.auth(scope === 'api' ? t.apiKey : t.adminKey), payload });
      assert.equal(r.statusCode, 400, `${url} ${JSON.stringify(payload)}: ${r.body}`);
      assert.equal(r.json().errors[0].field, field);
    }
    const long = await t.app.inject({ method: 'POST', url: '/v1/hs/classify', headers: t.auth(t.apiKey), payload: { text: 'cotton tee '.repeat(1500) } });
    assert.equal(long.statusCode, 200);
    assert.equal((await t.app.inject({ method: 'POST', url: '/v1/hs/classify', payload: { text: 'tee' } })).statusCode, 401);
  });
});
