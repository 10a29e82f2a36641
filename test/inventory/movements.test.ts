import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Deps } from '../../src/services/deps.js';
import { listMovements } from '../../src/services/inventory/list-movements.js';
import { listStockLevels } from '../../src/services/inventory/list-stock-levels.js';
import { listWarehouses } from '../../src/services/inventory/list-warehouses.js';
import { putWarehouse } from '../../src/services/inventory/put-warehouse.js';
import { recordMovement } from '../../src/services/inventory/record-movement.js';
import { reserveStock } from '../../src/services/inventory/reserve-stock.js';
import { saveMarket } from '../../src/services/markets/save-market.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';
import { failureOf, inventoryCounts, levelOf, manualClock, receive, stockFixture, WAREHOUSE } from './support.js';

describeWithDatabases('inventory: warehouses, movements and levels', (db) => {
  let deps: Deps;
  const time = manualClock();

  before(async () => {
    deps = await stockFixture(db(), { handle: 'ledger-goods', skus: ['LED-A', 'LED-B', 'LED-C'], warehouses: ['hub-a', 'hub-b'], deps: { clock: time.clock } });
  });

  test('warehouses: create, replace by code, list in order; markets must exist', async () => {
    unwrap(
      await saveMarket(deps, {
        id: 'eu',
        name: 'Europe',
        countries: ['DE', 'NL'],
        currency: 'EUR',
        locales: ['en'],
        incoterm: 'DDP',
        taxInclusive: true,
        paymentMethods: ['card'],
        pricing: { fxMarkupPercent: '2', rounding: { increment: 1, mode: 'half-up' } },
      }),
    );
    const created = unwrap(await putWarehouse(deps, 'nl-test', { ...WAREHOUSE('nl-test', 'NL'), markets: ['eu'], position: 5, address: { lines: ['Celsiusweg 20', 'Hal 3'], city: 'Venlo', postalCode: '5928 PR', region: 'Limburg' } }));
    assert.deepEqual([created.code, created.country, created.markets, created.address.lines, created.address.region], ['nl-test', 'NL', ['eu'], ['Celsiusweg 20', 'Hal 3'], 'Limburg']);
    time.advance(1000);
    const replaced = unwrap(await putWarehouse(deps, 'nl-test', { ...WAREHOUSE('nl-test', 'NL'), code: 'ignored-body-code', name: 'Venlo 2', markets: [], position: 5 }));
    assert.equal(replaced.name, 'Venlo 2');
    assert.equal(replaced.createdAt, created.createdAt);
    assert.notEqual(replaced.updatedAt, created.updatedAt);
    assert.equal(replaced.address.region, undefined);
    const codes = (await listWarehouses(deps)).map((w) => w.code);
    assert.deepEqual(codes, ['hub-a', 'hub-b', 'nl-test']);

    const unknownMarket = await putWarehouse(deps, 'x1', { ...WAREHOUSE('x1'), markets: ['eu', 'mars'] });
    assert.deepEqual(failureOf(unknownMarket), ['VALIDATION_FAILED', 'markets[1]']);
    const badCode = await putWarehouse(deps, 'Bad Code', WAREHOUSE('x'));
    assert.deepEqual(failureOf(badCode), ['VALIDATION_FAILED', 'code']);
    assert.equal((await listWarehouses(deps)).length, 3, 'refused warehouses were not written');
  });

  test('receipts create the level; every movement records on_hand_after; the ledger reads as a sequence', async () => {
    const steps: Array<[string, number, number]> = [
      ['receipt', 10, 10],
      ['receipt', 5, 15],
      ['adjustment', -3, 12],
      ['return', 2, 14],
      ['adjustment', 4, 18],
      ['adjustment', -18, 0],
      ['receipt', 7, 7],
    ];
    for (const [kind, quantity, after] of steps) {
      const r = unwrap(await recordMovement(deps, { sku: 'LED-A', warehouse: 'hub-a', kind, quantity, reason: `${kind} ${quantity}`, reference: 'PO-1' }));
      assert.deepEqual([r.movement.kind, r.movement.quantity, r.movement.onHandAfter, r.level.onHand, r.level.available], [kind, quantity, after, after, after]);
    }
    assert.deepEqual(await levelOf(db(), 'LED-A', 'hub-a'), [7, 0]);
    const ledger = [...unwrap(await listMovements(deps, { sku: 'LED-A', warehouse: 'hub-a' })).items].reverse();
    assert.deepEqual(
      ledger.map((m) => [m.kind, m.quantity, m.onHandAfter]),
      steps.map(([k, q, a]) => [k, q, a]),
    );
    assert.ok(ledger.every((m) => m.sku === 'LED-A' && m.warehouse === 'hub-a' && m.reference === 'PO-1'));
    // The sum of the ledger is the level.
    assert.equal(ledger.reduce((sum, m) => sum + m.quantity, 0), 7);
  });

  test('with a clock that does not move, movements of one level still get strictly increasing times', async () => {
    const frozen = { ...deps, clock: () => new Date('2026-03-02T12:00:00.000Z') };
    for (let i = 0; i < 4; i++) unwrap(await recordMovement(frozen, { sku: 'LED-C', warehouse: 'hub-b', kind: 'receipt', quantity: i + 1 }));
    const ledger = [...unwrap(await listMovements(deps, { sku: 'LED-C', warehouse: 'hub-b' })).items].reverse();
    assert.deepEqual(ledger.map((m) => m.onHandAfter), [1, 3, 6, 10]);
    assert.deepEqual(ledger.map((m) => m.createdAt.slice(11)), ['12:00:00.000Z', '12:00:00.001Z', '12:00:00.002Z', '12:00:00.003Z']);
  });

  test('stock levels: on hand, reserved and available, filtered by SKU and warehouse, page by page', async () => {
    await receive(deps, 'LED-B', 'hub-a', 20);
    await receive(deps, 'LED-B', 'hub-b', 3);
    unwrap(await reserveStock(deps, { reference: 'levels-cart', lines: [{ sku: 'LED-B', warehouse: 'hub-a', quantity: 6 }] }));
    const bySku = unwrap(await listStockLevels(deps, { sku: 'LED-B' })).items;
    assert.deepEqual(bySku.map((l) => [l.warehouse, l.onHand, l.reserved, l.available]), [['hub-a', 20, 6, 14], ['hub-b', 3, 0, 3]]);
    const byWarehouse = unwrap(await listStockLevels(deps, { warehouse: 'hub-b' })).items;
    assert.deepEqual(byWarehouse.map((l) => l.sku), ['LED-B', 'LED-C']);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = unwrap(await listStockLevels(deps, { limit: 1, ...(cursor ? { cursor } : {}) }));
      assert.ok(page.items.length <= 1);
      seen.push(...page.items.map((l) => `${l.sku}@${l.warehouse}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    assert.deepEqual(seen, ['LED-A@hub-a', 'LED-B@hub-a', 'LED-B@hub-b', 'LED-C@hub-b']);

    assert.deepEqual(failureOf(await listStockLevels(deps, { sku: 'NOPE-1' })), ['NOT_FOUND', 'sku']);
    assert.deepEqual(failureOf(await listStockLevels(deps, { warehouse: 'nowhere' })), ['NOT_FOUND', 'warehouse']);
    assert.deepEqual(failureOf(await listStockLevels(deps, { cursor: 'garbage!' })), ['VALIDATION_FAILED', 'cursor']);
    assert.deepEqual(failureOf(await listStockLevels(deps, { limit: 0 })), ['VALIDATION_FAILED', 'limit']);
  });

  test('movements page by keyset cursor, newest first, each once', async () => {
    const all = unwrap(await listMovements(deps, { limit: 100 })).items;
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = unwrap(await listMovements(deps, { limit: 3, ...(cursor ? { cursor } : {}) }));
      paged.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    assert.deepEqual(paged, all.map((m) => m.id));
    assert.equal(new Set(paged).size, paged.length);
    for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.createdAt >= all[i]!.createdAt, 'newest first');
    assert.deepEqual(failureOf(await listMovements(deps, { cursor: 'abc' })), ['VALIDATION_FAILED', 'cursor']);
    assert.deepEqual(failureOf(await listMovements(deps, { warehouse: 'nowhere' })), ['NOT_FOUND', 'warehouse']);
    assert.deepEqual(unwrap(await listMovements(deps, { sku: 'NEVER-EXISTED' })).items, []);
  });

  test('bad movements are refused naming the field, and change nothing', async () => {
    await receive(deps, 'LED-A', 'hub-b', 10);
    unwrap(await reserveStock(deps, { reference: 'adjust-cart', lines: [{ sku: 'LED-A', warehouse: 'hub-b', quantity: 4 }] }));
    const before = await inventoryCounts(db());
    const good = { sku: 'LED-A', warehouse: 'hub-b', kind: 'adjustment', quantity: -1 };
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['unknown SKU', { ...good, sku: 'NOPE-1' }, 'NOT_FOUND', 'sku'],
      ['unknown warehouse', { ...good, warehouse: 'nowhere' }, 'NOT_FOUND', 'warehouse'],
      ['quantity 0', { ...good, quantity: 0 }, 'VALIDATION_FAILED', 'quantity'],
      ['fractional quantity', { ...good, quantity: 2.5 }, 'VALIDATION_FAILED', 'quantity'],
      ['negative receipt', { ...good, kind: 'receipt', quantity: -5 }, 'VALIDATION_FAILED', 'quantity'],
      ['a sale by hand', { ...good, kind: 'sale' }, 'VALIDATION_FAILED', 'kind'],
      ['reason over 500 characters', { ...good, reason: 'x'.repeat(501) }, 'VALIDATION_FAILED', 'reason'],
      ['adjustment below what is reserved', { ...good, quantity: -7 }, 'INSUFFICIENT_STOCK', 'quantity'],
      ['adjustment below zero where nothing is reserved', { ...good, sku: 'LED-B', warehouse: 'hub-b', quantity: -4 }, 'INSUFFICIENT_STOCK', 'quantity'],
      ['adjustment of a level that does not exist', { ...good, sku: 'LED-C', warehouse: 'hub-a', quantity: -1 }, 'INSUFFICIENT_STOCK', 'quantity'],
      ['more than a million', { ...good, kind: 'receipt', quantity: 1_000_001 }, 'VALIDATION_FAILED', 'quantity'],
    ];
    for (const [label, body, code, field] of cases) {
      const r = await recordMovement(deps, body);
      assert.deepEqual(failureOf(r), [code, field], label);
    }
    const below = await recordMovement(deps, { ...good, quantity: -7 });
    assert.match(below.ok ? '' : below.message, /10 on hand and 4 reserved.*at most -6/);
    assert.deepEqual(await inventoryCounts(db()), before, 'nothing changed');
    assert.deepEqual(await levelOf(db(), 'LED-A', 'hub-b'), [10, 4]);
    // Exactly down to what is reserved is allowed.
    unwrap(await recordMovement(deps, { ...good, quantity: -6 }));
    assert.deepEqual(await levelOf(db(), 'LED-A', 'hub-b'), [4, 4]);
  });
});
