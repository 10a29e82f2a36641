/**
 * The guarantee the checkout depends on: however many checkouts reserve at once, no more units are
 * held or sold than are on hand, and concurrent multi-line reservations never deadlock.
 *
 * On PostgreSQL the reservations run through a pool of 20 connections, so up to 20 transactions
 * really overlap and compete for the same stock_levels rows; the pool's size after the burst shows
 * that they did. On PGlite (one connection, transactions run one after another) the same test runs
 * and trivially holds.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createDb, type Database } from '../../src/db/create-db.js';
import { migrate } from '../../src/db/migrate.js';
import type { Deps } from '../../src/services/deps.js';
import { convertReservation } from '../../src/services/inventory/convert-reservation.js';
import { listMovements } from '../../src/services/inventory/list-movements.js';
import { releaseReservation } from '../../src/services/inventory/release-reservation.js';
import { reserveStock } from '../../src/services/inventory/reserve-stock.js';
import { createScratchPostgresUrl, openTestDatabase, TEST_DATABASE_URL, unwrap } from '../support/test-database.js';
import { levelOf, manualClock, receive, stockFixture } from './support.js';

const POOL_SIZE = 20;

for (const kind of ['pglite', 'postgres'] as const) {
  const skip = kind === 'postgres' && !TEST_DATABASE_URL ? 'TEST_DATABASE_URL is not set: PostgreSQL half skipped' : false;
  describe(`inventory: no oversell under concurrency [${kind}]`, { skip }, () => {
    let db: Database;
    let drop: (() => Promise<void>) | undefined;
    let deps: Deps;
    const time = manualClock();
    /** Connections the pool has opened (PostgreSQL), as evidence that transactions overlapped. */
    const poolConnections = () => (db.orm as unknown as { $client: { totalCount?: number } }).$client.totalCount ?? 1;

    before(async () => {
      if (kind === 'postgres') {
        const scratch = await createScratchPostgresUrl();
        drop = scratch.drop;
        db = unwrap(await createDb({ kind: 'postgres', url: scratch.url, poolSize: POOL_SIZE }));
        unwrap(await migrate(db));
      } else {
        db = await openTestDatabase('pglite');
      }
      deps = await stockFixture(db, { handle: 'contended-goods', skus: ['HOT-1', 'HOT-X', 'HOT-Y'], warehouses: ['w-main', 'w-side'], deps: { clock: time.clock } });
      await receive(deps, 'HOT-1', 'w-main', 10);
    });
    after(async () => {
      await db?.close();
      await drop?.();
    });

    test('50 checkouts reserve 1 of 10 units at once: exactly 10 succeed; converting them sells exactly 10', async (t) => {
      // Open the pool's connections first, so that the timing is of reservations, not of connecting.
      await Promise.all(Array.from({ length: POOL_SIZE }, () => db.ping()));
      const started = performance.now();
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => reserveStock(deps, { reference: `race-${i}`, lines: [{ sku: 'HOT-1', warehouse: 'w-main', quantity: 1 }] })));
      const elapsedMs = performance.now() - started;
      const won = results.filter((r) => r.ok);
      const lost = results.filter((r) => !r.ok);
      t.diagnostic(`${kind}: 50 concurrent reservations in ${elapsedMs.toFixed(1)} ms (${(elapsedMs / 50).toFixed(2)} ms each on average), pool connections used: ${poolConnections()}`);
      assert.equal(won.length, 10);
      assert.equal(lost.length, 40);
      for (const r of lost) assert.deepEqual(r.ok ? [] : [r.code, r.field], ['INSUFFICIENT_STOCK', 'lines[0].quantity']);
      assert.deepEqual(await levelOf(db, 'HOT-1', 'w-main'), [10, 10]);
      if (kind === 'postgres') assert.ok(poolConnections() >= 10, `the reservations ran on ${poolConnections()} connections at once`);

      const winners = won.map((r) => (r.ok ? r.value.reference : ''));
      const converted = await Promise.all(winners.map((ref, i) => convertReservation(deps, ref, `LF-${i}`)));
      assert.ok(converted.every((c) => c.ok));
      assert.deepEqual(await levelOf(db, 'HOT-1', 'w-main'), [0, 0]);
      const sales = unwrap(await listMovements(deps, { sku: 'HOT-1', warehouse: 'w-main' })).items.filter((m) => m.kind === 'sale');
      assert.equal(sales.length, 10);
      assert.ok(sales.every((m) => m.quantity === -1));
      assert.deepEqual(sales.map((m) => m.onHandAfter).sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'each sale saw the one before it');
      const late = await reserveStock(deps, { reference: 'race-late', lines: [{ sku: 'HOT-1', warehouse: 'w-main', quantity: 1 }] });
      assert.equal(late.ok ? 'ok' : late.code, 'INSUFFICIENT_STOCK');
    });

    test('60 multi-line reservations over two variants in two warehouses, lines in every order: no deadlock, no oversell', async (t) => {
      const keys = [
        { sku: 'HOT-X', warehouse: 'w-main' },
        { sku: 'HOT-Y', warehouse: 'w-main' },
        { sku: 'HOT-X', warehouse: 'w-side' },
        { sku: 'HOT-Y', warehouse: 'w-side' },
      ] as const;
      const stock = [14, 11, 9, 12];
      for (const [i, k] of keys.entries()) await receive(deps, k.sku, k.warehouse, stock[i]!);
      // A fixed pseudo-random mix: 2 or 3 distinct keys per reservation, 1 or 2 units each, shuffled.
      let seed = 20_260_302;
      const next = (n: number) => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        return (seed >>> 16) % n; // the high bits: an LCG's low bits repeat with a short period
      };
      const requests = Array.from({ length: 60 }, (_, i) => {
        const order = [0, 1, 2, 3];
        for (let j = order.length - 1; j > 0; j--) {
          const k = next(j + 1);
          [order[j], order[k]] = [order[k]!, order[j]!];
        }
        const picked = order.slice(0, 2 + next(2));
        return { reference: `mix-${i}`, lines: picked.map((k) => ({ ...keys[k]!, quantity: 1 + next(2) })) };
      });
      const demand = keys.map((k) => requests.reduce((sum, r) => sum + (r.lines.find((l) => l.sku === k.sku && l.warehouse === k.warehouse)?.quantity ?? 0), 0));
      assert.ok(demand.every((d, i) => d > stock[i]! * 2), `demand ${demand} is well over the stock ${stock}`);

      const started = performance.now();
      const settled = await Promise.allSettled(requests.map((r) => reserveStock(deps, r)));
      const elapsedMs = performance.now() - started;
      const thrown = settled.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
      assert.deepEqual(thrown, [], 'no transaction failed (a deadlock would be thrown here)');
      const results = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      const won = results.flatMap((r) => (r.ok ? [r.value] : []));
      t.diagnostic(`${kind}: 60 concurrent multi-line reservations in ${elapsedMs.toFixed(1)} ms: ${won.length} held, ${60 - won.length} short; pool connections: ${poolConnections()}`);
      assert.ok(results.every((r) => r.ok || r.code === 'INSUFFICIENT_STOCK'));
      assert.ok(won.length > 0 && won.length < 60);

      for (const [i, k] of keys.entries()) {
        const held = won.reduce((sum, r) => sum + (r.lines.find((l) => l.sku === k.sku && l.warehouse === k.warehouse)?.quantity ?? 0), 0);
        const [onHand, reserved] = await levelOf(db, k.sku, k.warehouse);
        assert.equal(onHand, stock[i]);
        assert.equal(reserved, held, `${k.sku}@${k.warehouse}: reserved is what the winning reservations hold`);
        assert.ok(reserved <= onHand, `${k.sku}@${k.warehouse}: ${reserved} reserved of ${onHand}`);
      }
      // Some stock level must have been fully taken, or the test did not make checkouts compete.
      const left = await Promise.all(keys.map(async (k) => (await levelOf(db, k.sku, k.warehouse)).reduce((a, b) => a - b)));
      assert.ok(left.some((n) => n <= 1), `left ${left}`);

      // Release half and convert half, all at once.
      const ended = await Promise.all(won.map((r, i) => (i % 2 === 0 ? releaseReservation(deps, r.reference) : convertReservation(deps, r.reference, `LF-MIX-${i}`))));
      assert.ok(ended.every((e) => e.ok));
      for (const [i, k] of keys.entries()) {
        const sold = won.reduce((sum, r, j) => sum + (j % 2 === 1 ? (r.lines.find((l) => l.sku === k.sku && l.warehouse === k.warehouse)?.quantity ?? 0) : 0), 0);
        assert.deepEqual(await levelOf(db, k.sku, k.warehouse), [stock[i]! - sold, 0]);
      }
    });

    test('20 reservations for one reference at once leave exactly one active, holding exactly its lines', async () => {
      await receive(deps, 'HOT-X', 'w-main', 20);
      const [onHand] = await levelOf(db, 'HOT-X', 'w-main');
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => reserveStock(deps, { reference: 'one-cart', lines: [{ sku: 'HOT-X', warehouse: 'w-main', quantity: 1 + (i % 5) }] })));
      assert.ok(results.every((r) => r.ok));
      const active = await deps.inventory.latest('one-cart');
      assert.equal(active?.status, 'active');
      const counts = await db.withSession((s) => s.query<{ n: number }>("select count(*)::int as n from reservations where reference = 'one-cart' and status = 'active'"));
      assert.equal(counts[0]!.n, 1);
      assert.deepEqual(await levelOf(db, 'HOT-X', 'w-main'), [onHand, active!.lines[0]!.quantity]);
      unwrap(await releaseReservation(deps, 'one-cart'));
    });

    test('sweepers and releases racing over the same expired reservations end each exactly once', async () => {
      const refs = Array.from({ length: 20 }, (_, i) => `expiring-${i}`);
      await receive(deps, 'HOT-Y', 'w-main', 20);
      for (const ref of refs) unwrap(await reserveStock(deps, { reference: ref, lines: [{ sku: 'HOT-Y', warehouse: 'w-main', quantity: 1 }], ttlSeconds: 60 }));
      const [onHand, reserved] = await levelOf(db, 'HOT-Y', 'w-main');
      assert.equal(reserved, 20);
      time.advance(120_000);
      const [swept, released] = await Promise.all([
        Promise.all([deps.inventory.sweepExpired(time.clock(), 3), deps.inventory.sweepExpired(time.clock(), 3), deps.inventory.sweepExpired(time.clock(), 3)]),
        Promise.all(refs.map((ref) => releaseReservation(deps, ref))),
      ]);
      const releasedCount = released.filter((r) => r.ok && r.value.released).length;
      assert.equal(swept.reduce((a, b) => a + b, 0) + releasedCount, 20, `swept ${swept}, released ${releasedCount}`);
      assert.deepEqual(await levelOf(db, 'HOT-Y', 'w-main'), [onHand, 0]);
    });
  });
}
