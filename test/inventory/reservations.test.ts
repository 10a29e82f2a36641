import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createDeps, type Deps } from '../../src/services/deps.js';
import { convertReservation } from '../../src/services/inventory/convert-reservation.js';
import { listMovements } from '../../src/services/inventory/list-movements.js';
import { putWarehouse } from '../../src/services/inventory/put-warehouse.js';
import { releaseReservation } from '../../src/services/inventory/release-reservation.js';
import { startReservationSweeper } from '../../src/services/inventory/reservation-sweeper.js';
import { reserveStock } from '../../src/services/inventory/reserve-stock.js';
import { sweepExpiredReservations } from '../../src/services/inventory/sweep-expired-reservations.js';
import { describeWithDatabases, openTestDatabase, unwrap } from '../support/test-database.js';
import { failureOf, inventoryCounts, levelOf, manualClock, receive, stockFixture, WAREHOUSE } from './support.js';

const MINUTE = 60_000;

describeWithDatabases('inventory: reservations', (db) => {
  let deps: Deps;
  const time = manualClock();
  const line = (sku: string, warehouse: string, quantity: number) => ({ sku, warehouse, quantity });

  before(async () => {
    deps = await stockFixture(db(), { handle: 'reserved-goods', skus: ['RSV-A', 'RSV-B', 'RSV-C', 'RSV-D'], warehouses: ['w-one', 'w-two', 'w-closed'], deps: { clock: time.clock, reservationTtlMinutes: 20 } });
    await receive(deps, 'RSV-A', 'w-one', 10);
    await receive(deps, 'RSV-B', 'w-one', 5);
    await receive(deps, 'RSV-B', 'w-two', 8);
    await receive(deps, 'RSV-C', 'w-closed', 3);
    unwrap(await putWarehouse(deps, 'w-closed', { ...WAREHOUSE('w-closed'), active: false }));
  });

  test('reserve holds stock, release gives it back; releasing twice is harmless', async () => {
    const r = unwrap(await reserveStock(deps, { reference: 'cart-1', lines: [line('RSV-B', 'w-two', 2), line('RSV-A', 'w-one', 3), line('RSV-B', 'w-one', 1)] }));
    assert.equal(r.status, 'active');
    assert.equal(r.reference, 'cart-1');
    assert.equal(new Date(r.expiresAt).getTime() - new Date(r.createdAt).getTime(), 20 * MINUTE, 'the configured default TTL');
    assert.deepEqual(r.lines.map((l) => [l.sku, l.warehouse, l.quantity]), [['RSV-A', 'w-one', 3], ['RSV-B', 'w-one', 1], ['RSV-B', 'w-two', 2]]);
    assert.deepEqual(await levelOf(db(), 'RSV-A', 'w-one'), [10, 3]);
    assert.deepEqual(await levelOf(db(), 'RSV-B', 'w-one'), [5, 1]);
    assert.deepEqual(await levelOf(db(), 'RSV-B', 'w-two'), [8, 2]);

    const released = unwrap(await releaseReservation(deps, 'cart-1')).released;
    assert.equal(released?.status, 'released');
    assert.ok(released?.endedAt);
    assert.deepEqual(await levelOf(db(), 'RSV-A', 'w-one'), [10, 0]);
    assert.deepEqual(await levelOf(db(), 'RSV-B', 'w-two'), [8, 0]);
    const before = await inventoryCounts(db());
    assert.deepEqual(unwrap(await releaseReservation(deps, 'cart-1')), { released: null });
    assert.deepEqual(unwrap(await releaseReservation(deps, 'never-reserved')), { released: null });
    assert.deepEqual(await inventoryCounts(db()), before, 'a second release changes nothing');
    assert.deepEqual(failureOf(await releaseReservation(deps, 'bad ref')), ['VALIDATION_FAILED', 'reference']);
  });

  test('convert: on hand and reserved go down together, one sale movement per line with the order reference', async () => {
    unwrap(await reserveStock(deps, { reference: 'cart-2', lines: [line('RSV-A', 'w-one', 4), line('RSV-B', 'w-two', 3)] }));
    time.advance(5 * MINUTE);
    const converted = unwrap(await convertReservation(deps, 'cart-2', 'LF-1001'));
    assert.equal(converted.reservation.status, 'converted');
    assert.deepEqual(converted.movements.map((m) => [m.sku, m.warehouse, m.kind, m.quantity, m.onHandAfter, m.reference]).sort(), [
      ['RSV-A', 'w-one', 'sale', -4, 6, 'LF-1001'],
      ['RSV-B', 'w-two', 'sale', -3, 5, 'LF-1001'],
    ]);
    assert.deepEqual(await levelOf(db(), 'RSV-A', 'w-one'), [6, 0]);
    assert.deepEqual(await levelOf(db(), 'RSV-B', 'w-two'), [5, 0]);
    const sales = unwrap(await listMovements(deps, { sku: 'RSV-A', warehouse: 'w-one' })).items[0];
    assert.deepEqual([sales?.kind, sales?.quantity, sales?.onHandAfter, sales?.reason], ['sale', -4, 6, 'reservation cart-2']);

    const before = await inventoryCounts(db());
    assert.deepEqual(failureOf(await convertReservation(deps, 'cart-2', 'LF-1001')), ['CONFLICT', 'reference']);
    assert.deepEqual(failureOf(await convertReservation(deps, 'no-such-cart', 'LF-1002')), ['NOT_FOUND', 'reference']);
    assert.deepEqual(failureOf(await convertReservation(deps, 'cart-2', 'order with spaces')), ['VALIDATION_FAILED', 'orderReference']);
    assert.deepEqual(failureOf(await convertReservation(deps, 'cart-1', 'LF-1003')), ['CONFLICT', 'reference'], 'a released reservation cannot be converted');
    assert.equal(unwrap(await releaseReservation(deps, 'cart-2')).released, null, 'a converted reservation is not released');
    assert.deepEqual(await inventoryCounts(db()), before);
  });

  test('expiry: convert after expiry is refused before and after the sweep; the sweep gives the stock back once', async () => {
    unwrap(await reserveStock(deps, { reference: 'cart-3', lines: [line('RSV-A', 'w-one', 2)], ttlSeconds: 120 }));
    unwrap(await reserveStock(deps, { reference: 'cart-4', lines: [line('RSV-A', 'w-one', 1), line('RSV-B', 'w-one', 2)] }));
    assert.deepEqual(await levelOf(db(), 'RSV-A', 'w-one'), [6, 3]);
    time.advance(2 * MINUTE);
    const before = await inventoryCounts(db());
    assert.deepEqual(failureOf(await convertReservation(deps, 'cart-3', 'LF-2001')), ['RESERVATION_EXPIRED', 'reference'], 'expired, not yet swept');
    assert.deepEqual(await inventoryCounts(db()), before, 'the refused conversion changed nothing');

    assert.equal(await sweepExpiredReservations(deps), 1, 'only cart-3 is due');
    assert.deepEqual(await levelOf(db(), 'RSV-A', 'w-one'), [6, 1]);
    assert.equal((await deps.inventory.latest('cart-3'))?.status, 'expired');
    assert.equal(await sweepExpiredReservations(deps), 0, 'a second sweep finds nothing');
    assert.deepEqual(failureOf(await convertReservation(deps, 'cart-3', 'LF-2001')), ['RESERVATION_EXPIRED', 'reference'], 'expired and swept');

    // The sweep takes an explicit time too, and releasing a reservation past its time marks it expired.
    assert.equal(await sweepExpiredReservations(deps, new Date(time.clock().getTime() + 17 * MINUTE)), 0);
    time.advance(18 * MINUTE);
    assert.equal(unwrap(await releaseReservation(deps, 'cart-4')).released?.status, 'expired');
    assert.deepEqual(await levelOf(db(), 'RSV-A', 'w-one'), [6, 0]);
    assert.deepEqual(await levelOf(db(), 'RSV-B', 'w-one'), [5, 0]);
  });

  test('sweeping many in batches expires each once', async () => {
    for (let i = 0; i < 5; i++) unwrap(await reserveStock(deps, { reference: `batch-${i}`, lines: [line('RSV-B', 'w-two', 1)], ttlSeconds: 60 }));
    assert.deepEqual(await levelOf(db(), 'RSV-B', 'w-two'), [5, 5]);
    time.advance(MINUTE);
    assert.equal(await deps.inventory.sweepExpired(time.clock(), 2), 5);
    assert.deepEqual(await levelOf(db(), 'RSV-B', 'w-two'), [5, 0]);
  });

  test('reserving again for a reference replaces its reservation atomically', async () => {
    unwrap(await reserveStock(deps, { reference: 'cart-5', lines: [line('RSV-A', 'w-one', 4), line('RSV-B', 'w-one', 2)] }));
    assert.deepEqual([await levelOf(db(), 'RSV-A', 'w-one'), await levelOf(db(), 'RSV-B', 'w-one')], [[6, 4], [5, 2]]);
    // Another checkout takes the last two of RSV-A; cart-5 keeps its four, drops RSV-B from w-one and takes three from w-two.
    unwrap(await reserveStock(deps, { reference: 'cart-6', lines: [line('RSV-A', 'w-one', 2)] }));
    const replaced = unwrap(await reserveStock(deps, { reference: 'cart-5', lines: [line('RSV-A', 'w-one', 4), line('RSV-B', 'w-two', 3)] }));
    assert.deepEqual(replaced.lines.map((l) => [l.sku, l.warehouse, l.quantity]), [['RSV-A', 'w-one', 4], ['RSV-B', 'w-two', 3]]);
    assert.deepEqual([await levelOf(db(), 'RSV-A', 'w-one'), await levelOf(db(), 'RSV-B', 'w-one'), await levelOf(db(), 'RSV-B', 'w-two')], [[6, 6], [5, 0], [5, 3]]);

    // A replacement that cannot be met leaves the old reservation as it was.
    const before = await inventoryCounts(db());
    const short = await reserveStock(deps, { reference: 'cart-5', lines: [line('RSV-A', 'w-one', 5)] });
    assert.deepEqual(failureOf(short), ['INSUFFICIENT_STOCK', 'lines[0].quantity']);
    assert.match(short.ok ? '' : short.message, /only 4 of RSV-A available in w-one, 5 requested/);
    assert.deepEqual(await inventoryCounts(db()), before);
    assert.equal((await deps.inventory.latest('cart-5'))?.id, replaced.id);
    assert.equal((await deps.inventory.latest('cart-5'))?.status, 'active');
    unwrap(await releaseReservation(deps, 'cart-5'));
    unwrap(await releaseReservation(deps, 'cart-6'));
    assert.deepEqual([await levelOf(db(), 'RSV-A', 'w-one'), await levelOf(db(), 'RSV-B', 'w-two')], [[6, 0], [5, 0]]);
  });

  test('short lines are all reported with what is available, and nothing is held', async () => {
    const before = await inventoryCounts(db());
    const r = await reserveStock(deps, { reference: 'cart-7', lines: [line('RSV-B', 'w-one', 5), line('RSV-A', 'w-one', 7), line('RSV-D', 'w-one', 1), line('RSV-B', 'w-two', 6)] });
    assert.deepEqual(failureOf(r), ['INSUFFICIENT_STOCK', 'lines[1].quantity']);
    if (r.ok) return;
    assert.deepEqual(r.details?.map((d) => d.field), ['lines[1].quantity', 'lines[2].quantity', 'lines[3].quantity']);
    assert.match(r.details![0]!.message, /only 6 of RSV-A/);
    assert.match(r.details![1]!.message, /only 0 of RSV-D/, 'a SKU never received there has none');
    assert.match(r.details![2]!.message, /only 5 of RSV-B available in w-two, 6 requested/);
    assert.deepEqual(await inventoryCounts(db()), before, 'the lines that fitted were rolled back too');
  });

  test('bad reservation requests are refused naming the field, and change nothing', async () => {
    const before = await inventoryCounts(db());
    const ok = line('RSV-A', 'w-one', 1);
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['no lines', { lines: [] }, 'VALIDATION_FAILED', 'lines'],
      ['201 lines', { lines: Array.from({ length: 201 }, (_, i) => line(`S-${i}`, 'w-one', 1)) }, 'VALIDATION_FAILED', 'lines'],
      ['quantity 0', { lines: [ok, { ...ok, sku: 'RSV-B', quantity: 0 }] }, 'VALIDATION_FAILED', 'lines[1].quantity'],
      ['fractional quantity', { lines: [{ ...ok, quantity: 0.5 }] }, 'VALIDATION_FAILED', 'lines[0].quantity'],
      ['duplicate lines', { lines: [ok, line('RSV-B', 'w-one', 1), { ...ok, quantity: 2 }] }, 'VALIDATION_FAILED', 'lines[2]'],
      ['the same variant by id and by SKU', { lines: [ok] }, 'VALIDATION_FAILED', 'lines[1]'],
      ['unknown SKU', { lines: [ok, line('NOPE-9', 'w-one', 1)] }, 'NOT_FOUND', 'lines[1].sku'],
      ['unknown variant id', { lines: [{ variantId: '00000000-0000-4000-8000-000000000000', warehouse: 'w-one', quantity: 1 }] }, 'NOT_FOUND', 'lines[0].variantId'],
      ['unknown warehouse', { lines: [line('RSV-A', 'nowhere', 1)] }, 'NOT_FOUND', 'lines[0].warehouse'],
      ['inactive warehouse', { lines: [line('RSV-C', 'w-closed', 1)] }, 'CONFLICT', 'lines[0].warehouse'],
      ['TTL too long', { lines: [ok], ttlSeconds: 90_000 }, 'VALIDATION_FAILED', 'ttlSeconds'],
      ['bad reference', { reference: '', lines: [ok] }, 'VALIDATION_FAILED', 'reference'],
    ];
    const variantId = unwrap(await reserveStock(deps, { reference: 'probe', lines: [ok] })).lines[0]!.variantId;
    unwrap(await releaseReservation(deps, 'probe'));
    const afterProbe = await inventoryCounts(db());
    for (const [label, patch, code, field] of cases) {
      const body: Record<string, unknown> = { reference: 'cart-bad', ...patch };
      if (label === 'the same variant by id and by SKU') body.lines = [ok, { variantId, warehouse: 'w-one', quantity: 1 }];
      assert.deepEqual(failureOf(await reserveStock(deps, body)), [code, field], label);
    }
    assert.deepEqual(await inventoryCounts(db()), afterProbe, 'nothing changed');
    assert.equal(afterProbe.reservedTotal, before.reservedTotal);
    assert.equal(await deps.inventory.latest('cart-bad'), undefined);
  });

  test('the sweeper runs on its interval, never overlaps itself, and stops', async () => {
    unwrap(await reserveStock(deps, { reference: 'cart-8', lines: [line('RSV-A', 'w-one', 1)], ttlSeconds: 60 }));
    time.advance(MINUTE);
    const swept: number[] = [];
    const sweeper = startReservationSweeper(deps, { intervalMs: 10, onSwept: (n) => swept.push(n), onError: (e) => assert.fail(e) });
    for (let i = 0; i < 200 && swept.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50)); // a few more ticks: each sweep is reported once
    assert.deepEqual(swept, [1]);
    const [a, b] = [sweeper.sweepNow(), sweeper.sweepNow()];
    assert.equal(a, b, 'a second call joins the running sweep');
    await a;
    await sweeper.stop();
    assert.deepEqual(await levelOf(db(), 'RSV-A', 'w-one'), [6, 0]);
  });

  test('a sweep that fails (the database is gone) is reported, not thrown; sweepAtStart sweeps at once', async () => {
    const closed = await openTestDatabase('pglite');
    await closed.close();
    const errors: Error[] = [];
    const sweeper = startReservationSweeper(createDeps(closed, { version: 'test' }), { intervalMs: 60_000, sweepAtStart: true, onError: (e) => errors.push(e) });
    for (let i = 0; i < 100 && errors.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await sweeper.stop();
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /closed/i);
  });
});
