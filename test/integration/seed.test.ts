import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_STORE } from '../../src/data/demo/store.js';
import { createDeps } from '../../src/services/deps.js';
import { authenticateApiKey } from '../../src/services/api-keys/authenticate-api-key.js';
import { SEED_STEPS, seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';

describeWithDatabases('demo store seed', (db, kind) => {
  const deps = () => createDeps(db(), { version: 'test' });

  test('the first run seeds the store and creates one admin key; later runs change nothing', async () => {
    const first = await seedDemoStore(deps());
    assert.deepEqual(first.applied, SEED_STEPS);
    const rates = await deps().markets.latestFxRates('ECB', '2026-11-27');
    assert.equal(rates.find((r) => r.quote === 'USD')?.rate, '1.1252', 'the demo ECB rates entered through the importer');
    assert.ok(first.adminApiKey);
    const principal = unwrap(await authenticateApiKey(deps(), `Bearer ${first.adminApiKey}`));
    assert.deepEqual(principal.scopes, ['admin']);
    assert.deepEqual(await deps().store.get(), { ...DEMO_STORE });

    const second = await seedDemoStore(deps());
    assert.deepEqual(second, { applied: [] });
    assert.equal(await deps().apiKeys.countActive(), 1);
  });

  test('seeding from several runners at once still makes exactly one admin key', { skip: kind === 'pglite' ? 'PGlite is one process' : false }, async () => {
    await db().withSession((s) => s.exec('delete from seed_steps; delete from api_keys; delete from store_settings'));
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => seedDemoStore(deps())));
    assert.equal(outcomes.filter((o) => o.adminApiKey).length, 1);
    assert.equal(await deps().apiKeys.countActive(), 1);
  });
});
