import { sql } from 'drizzle-orm';
import { createDb, type Database } from '../src/db/create-db.js';
import { migrate } from '../src/db/migrate.js';
import { createProduct } from '../src/services/catalog/create-product.js';
import { createDeps, type Deps } from '../src/services/deps.js';
import { putWarehouse } from '../src/services/inventory/put-warehouse.js';
import { recordMovement } from '../src/services/inventory/record-movement.js';
import { releaseReservation } from '../src/services/inventory/release-reservation.js';
import { reserveStock } from '../src/services/inventory/reserve-stock.js';
import { publish, type BenchRow } from './lib/harness.js';
import { scratchDatabase } from './lib/scratch-database.js';

const VARIANTS = 100;
const WORKERS_ON_POSTGRES = 8;

/**
 * Stock reservations per second through the service (`reserveStock`: validation, one lookup of
 * SKUs and warehouses, then one transaction: the reference's advisory lock, ending its previous
 * reservation if any, a conditional UPDATE per line, the reservation and its lines), against a
 * plain single-row UPDATE of a stock level in the same run, on the same database and connections.
 *
 * Always on PGlite (in-process, one connection: operations run one at a time). On PostgreSQL too
 * when LANDFALL_BENCH_DATABASE_URL names a server: a scratch database is created there and dropped
 * after, and 8 workers run at once over a pool of 10 connections.
 *
 * Rows: lines spread over 100 variants; the same with 3 lines each; every reservation on ONE hot
 * variant (on PostgreSQL the workers queue for that row's lock: the cost of the no-oversell
 * guarantee under contention); releasing reservations.
 */
export async function run(options: { amount: number }): Promise<void> {
  const count = Math.max(500, Math.round(options.amount / 10));
  const pglite = await createDb({ kind: 'pglite', memory: true });
  if (!pglite.ok) throw new Error(pglite.message);
  try {
    publish({ name: 'inventory-pglite', description: `${count.toLocaleString('en-US')} operations each, PGlite in memory, one at a time`, rows: await measure(pglite.value, count, 1) });
  } finally {
    await pglite.value.close();
  }

  const url = process.env.LANDFALL_BENCH_DATABASE_URL?.trim();
  if (!url) {
    console.log('  inventory on PostgreSQL skipped: set LANDFALL_BENCH_DATABASE_URL=postgres://... (a scratch database is created there and dropped)');
    return;
  }
  const scratch = await scratchDatabase(url, 'inventory');
  try {
    const db = await createDb({ kind: 'postgres', url: scratch.url, poolSize: WORKERS_ON_POSTGRES + 2 });
    if (!db.ok) throw new Error(db.message);
    try {
      publish({
        name: 'inventory-postgres',
        description: `${count.toLocaleString('en-US')} operations each, PostgreSQL over loopback, ${WORKERS_ON_POSTGRES} workers at once`,
        rows: await measure(db.value, count, WORKERS_ON_POSTGRES),
      });
    } finally {
      await db.value.close();
    }
  } finally {
    await scratch.drop();
  }
}

async function measure(db: Database, count: number, workers: number): Promise<BenchRow[]> {
  const migrated = await migrate(db);
  if (!migrated.ok) throw new Error(migrated.message);
  const deps = createDeps(db, { version: 'bench' });
  const skus = await stockUp(deps);
  const levels = await db.withSession((s) => s.query<{ variant_id: string; warehouse_id: string }>('select variant_id, warehouse_id from stock_levels'));
  const line = (i: number, offset = 0) => ({ sku: skus[(i + offset) % VARIANTS]!, warehouse: 'bench-main', quantity: 1 });
  const reserve = (prefix: string, lines: (i: number) => object[]) => async (i: number) => {
    ok(await reserveStock(deps, { reference: `${prefix}-${i}`, lines: lines(i) }));
  };

  const rows: BenchRow[] = [];
  const warmUp = Math.min(200, count);
  const add = async (label: string, op: (i: number) => Promise<void>, isBaseline = false) => {
    await closedLoop(warmUp, workers, (i) => op(count + i)); // warm-up, on its own references
    rows.push({ label, ...(isBaseline ? { isBaseline } : {}), figures: await closedLoop(count, workers, op) });
  };
  await add(
    'plain single-row UPDATE of a stock level (autocommit, 100 variants)',
    async (i) => {
      const level = levels[i % levels.length]!;
      await db.orm.execute(sql`update stock_levels set updated_at = now() where variant_id = ${level.variant_id}::uuid and warehouse_id = ${level.warehouse_id}::uuid`);
    },
    true,
  );
  await add('reserveStock, 1 line (100 variants)', reserve('one', (i) => [line(i)]));
  await add('reserveStock, 3 lines (100 variants)', reserve('three', (i) => [line(i), line(i, 37), line(i, 71)]));
  await add('reserveStock, 1 line, all on one hot variant', reserve('hot', () => [line(0)]));
  await add('releaseReservation (1 line)', async (i) => {
    if (!ok(await releaseReservation(deps, `one-${i}`)).released) throw new Error(`one-${i} was not active`);
  });
  return rows;
}

/** 100 variants with 1,000,000 units each in one warehouse. */
async function stockUp(deps: Deps): Promise<string[]> {
  const skus = Array.from({ length: VARIANTS }, (_, i) => `BENCH-${String(i).padStart(3, '0')}`);
  ok(
    await createProduct(deps, {
      handle: 'bench-goods',
      hsCode: '090111',
      originCountry: 'VN',
      translations: { en: { title: 'Bench goods' } },
      variants: skus.map((sku) => ({ sku, options: { n: sku }, price: { amount: '1.00', currency: 'USD' }, weightKg: '0.1' })),
    }),
  );
  ok(await putWarehouse(deps, 'bench-main', { name: 'Bench', country: 'VN', address: { lines: ['1 Bench Road'], city: 'Hội An', postalCode: '560000' }, markets: [] }));
  for (const sku of skus) ok(await recordMovement(deps, { sku, warehouse: 'bench-main', kind: 'receipt', quantity: 1_000_000 }));
  return skus;
}

/** `count` operations by `workers` concurrent loops; throughput and latency percentiles. */
async function closedLoop(count: number, workers: number, op: (i: number) => Promise<void>) {
  const latencies = new Float64Array(count);
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t0 = process.hrtime.bigint();
        await op(i);
        latencies[i] = Number(process.hrtime.bigint() - t0) / 1e6;
      }
    }),
  );
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  latencies.sort();
  const pct = (p: number) => Math.round(latencies[Math.min(count - 1, Math.floor((count * p) / 100))]! * 1000) / 1000;
  return { opsPerSecond: Math.round(count / (totalMs / 1000)), p50Ms: pct(50), p99Ms: pct(99) };
}

function ok<T>(r: { ok: true; value: T } | { ok: false; code: string; message: string }): T {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.value;
}
