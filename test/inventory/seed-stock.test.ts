import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_CATALOG } from '../../src/data/demo/catalog.js';
import { DEMO_STOCK, DEMO_STOCK_REASON } from '../../src/data/demo/stock.js';
import { createDeps } from '../../src/services/deps.js';
import { listMovements } from '../../src/services/inventory/list-movements.js';
import { listStockLevels } from '../../src/services/inventory/list-stock-levels.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';

test('the demo stock names every demo SKU once, with whole non-negative units', () => {
  const catalogSkus = DEMO_CATALOG.flatMap((p) => p.variants.map((v) => v.sku)).sort();
  assert.deepEqual(DEMO_STOCK.map((s) => s.sku).sort(), catalogSkus);
  for (const s of DEMO_STOCK) for (const code of ['vn-hoian', 'us-nj', 'nl-venlo'] as const) assert.ok(Number.isInteger(s[code]) && s[code] >= 0, `${s.sku} ${code}`);
  // Hội An holds the most of everything.
  assert.ok(DEMO_STOCK.every((s) => s['vn-hoian'] > 0 && s['vn-hoian'] >= s['us-nj'] && s['vn-hoian'] >= s['nl-venlo']));
});

describeWithDatabases('demo stock seed', (db) => {
  test('the seed records opening stock as receipts in the three demo warehouses', async () => {
    const deps = createDeps(db(), { version: 'test' });
    const outcome = await seedDemoStore(deps);
    assert.ok(outcome.applied.includes('demo-stock'));
    assert.ok(outcome.applied.indexOf('demo-stock') === outcome.applied.indexOf('demo-warehouses') + 1, 'right after the warehouses');

    const levels = [];
    let cursor: string | undefined;
    do {
      const page = unwrap(await listStockLevels(deps, { limit: 100, ...(cursor ? { cursor } : {}) }));
      levels.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const expected = DEMO_STOCK.flatMap((s) => (['vn-hoian', 'us-nj', 'nl-venlo'] as const).flatMap((code) => (s[code] > 0 ? [`${s.sku}@${code}=${s[code]}`] : []))).sort();
    assert.deepEqual(levels.map((l) => `${l.sku}@${l.warehouse}=${l.onHand}`).sort(), expected);
    assert.ok(levels.every((l) => l.reserved === 0 && l.available === l.onHand));

    const ledger = unwrap(await listMovements(deps, { sku: 'COF-ROB-250', warehouse: 'vn-hoian' })).items;
    assert.deepEqual(ledger.map((m) => [m.kind, m.quantity, m.onHandAfter, m.reason]), [['receipt', 240, 240, DEMO_STOCK_REASON]]);
    assert.deepEqual(unwrap(await listStockLevels(deps, { sku: 'NUT-W180-400' })).items.map((l) => l.warehouse), ['vn-hoian'], 'sold out abroad');

    assert.deepEqual(await seedDemoStore(deps), { applied: [] }, 'a second seed adds no stock');
    assert.equal(unwrap(await listMovements(deps, { sku: 'COF-ROB-250', warehouse: 'vn-hoian' })).items.length, 1);
    // Even forced to run again, the step records no opening stock where stock already exists.
    await db().withSession((s) => s.exec("delete from seed_steps where name = 'demo-stock'"));
    assert.deepEqual((await seedDemoStore(deps)).applied, ['demo-stock']);
    assert.equal(unwrap(await listMovements(deps, { sku: 'COF-ROB-250', warehouse: 'vn-hoian' })).items.length, 1);
  });
});
