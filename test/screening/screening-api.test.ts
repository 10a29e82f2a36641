import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importSanctions } from '../../src/services/screening/import-sanctions.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sanctions');

describeWithDatabases('denied-party screening over HTTP, with atomic list imports', (db) => {
  let t: TestApp;
  const screen = (body: unknown) => t.app.inject({ method: 'POST', url: '/v1/screening', headers: t.auth(t.apiKey), payload: body as object });
  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => new Date('2026-11-27T09:00:00Z') } });
  });

  test('before any list: 409 NO_LISTS saying what to import', async () => {
    const r = await screen({ name: 'Ivan Sidorov' });
    assert.deepEqual([r.statusCode, r.json().code], [409, 'NO_LISTS']);
  });

  test('an imported list screens names across word order, script and suffixes; the screening records the edition used', async () => {
    const eu = await importSanctions(t.deps, { kind: 'eu', source: 'eu-sample.xml', cwd: FIXTURES });
    assert.ok(eu.ok, JSON.stringify(eu));
    const uk = await importSanctions(t.deps, { kind: 'uk', source: 'uk-sample.csv', cwd: FIXTURES });
    assert.ok(uk.ok, JSON.stringify(uk));
    const sidorov = await screen({ name: 'SIDOROV Ivan', country: 'Russia', type: 'individual', reference: 'order LF-1' });
    assert.equal(sidorov.statusCode, 200, sidorov.body);
    const a = sidorov.json();
    assert.equal(a.decision, 'match');
    assert.equal(a.matches[0].list.startsWith('eu'), true, JSON.stringify(a.matches[0]));
    assert.ok(a.id, 'recorded');
    assert.deepEqual(a.editions.map((e: { kind: string }) => e.kind).sort(), ['eu', 'uk']);
    const company = await screen({ name: 'Severny Trade LLC', type: 'entity' });
    assert.notEqual(company.json().decision, 'clear', company.body);
    const clear = await screen({ name: 'Anna Schmidt', country: 'DE' });
    assert.deepEqual([clear.json().decision, clear.json().matches], ['clear', []]);
  });

  test('a list file with a bad record is refused and the previous edition stays active', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'landfall-sanctions-'));
    const broken = (await readFile(path.join(FIXTURES, 'eu-sample.xml'), 'utf8')).replace(/logicalId="\d+"/, 'logicalId=""');
    await writeFile(path.join(dir, 'eu-broken.xml'), broken);
    const before = (await t.app.inject({ method: 'GET', url: '/v1/admin/screening/lists', headers: t.auth() })).json().items;
    const r = await importSanctions(t.deps, { kind: 'eu', source: 'eu-broken.xml', cwd: dir });
    assert.ok(!r.ok);
    assert.equal(r.code, 'VALIDATION_FAILED');
    assert.match(r.message, /previous edition stays active/);
    const after = (await t.app.inject({ method: 'GET', url: '/v1/admin/screening/lists', headers: t.auth() })).json().items;
    assert.deepEqual(after, before, 'nothing changed');
    const still = await screen({ name: 'Ivan Sidorov' });
    assert.notEqual(still.json().decision, 'clear', 'the active edition still screens');
    const missing = await importSanctions(t.deps, { kind: 'eu', source: 'nope.xml', cwd: dir });
    assert.ok(!missing.ok && missing.code === 'NOT_FOUND');
  });

  test('a re-import makes a new edition active and keeps the old one for the screenings made with it', async () => {
    const again = await importSanctions(t.deps, { kind: 'eu', source: 'eu-sample.xml', cwd: FIXTURES });
    assert.ok(again.ok && again.value.replaced !== null);
    const lists = (await t.app.inject({ method: 'GET', url: '/v1/admin/screening/lists', headers: t.auth() })).json().items.filter((e: { kind: string }) => e.kind === 'eu');
    assert.deepEqual(lists.map((e: { active: boolean }) => e.active), [true, false]);
  });

  test('bad queries are 400 naming the field; no key is 401', async () => {
    for (const [body, field] of [
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(400) }, 'name'],
      [{ name: '12345' }, 'name'],
      [{ name: 'Ivan', type: 'robot' }, 'type'],
      [{ name: 'Ivan', country: 'Atlantis' }, 'country'],
    ] as const) {
      const r = await screen(body);
      assert.equal(r.statusCode, 400, `${JSON.stringify(body)}: ${r.body}`);
      assert.equal(r.json().field ?? r.json().errors?.[0]?.field, field, r.body);
    }
    const anon = await t.app.inject({ method: 'POST', url: '/v1/screening', payload: { name: 'Ivan' } });
    assert.equal(anon.statusCode, 401);
  });
});
