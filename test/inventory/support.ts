import assert from 'node:assert/strict';
import type { Database } from '../../src/db/create-db.js';
import { createProduct } from '../../src/services/catalog/create-product.js';
import { createDeps, type Deps, type DepsOptions } from '../../src/services/deps.js';
import { putWarehouse } from '../../src/services/inventory/put-warehouse.js';
import { recordMovement } from '../../src/services/inventory/record-movement.js';
import { unwrap } from '../support/test-database.js';

/** A clock the test moves by hand; each reading is 1 ms after the previous one unless set. */
export function manualClock(start = '2026-03-02T09:00:00.000Z') {
  let now = new Date(start).getTime();
  return {
    clock: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
    set(iso: string) {
      now = new Date(iso).getTime();
    },
  };
}

export const WAREHOUSE = (code: string, country = 'VN') => ({
  name: `Warehouse ${code}`,
  country,
  address: { lines: ['1 Test Street'], city: 'Testville', postalCode: '10000' },
  markets: [],
});

/** Deps over `db` with a product of `skus` and the warehouses `codes`, nothing in stock yet. */
export async function stockFixture(db: Database, options: { skus: string[]; warehouses: string[]; handle: string; deps?: Partial<DepsOptions> }): Promise<Deps> {
  const deps = createDeps(db, { version: 'test', ...options.deps });
  unwrap(
    await createProduct(deps, {
      handle: options.handle,
      hsCode: '090111',
      originCountry: 'VN',
      translations: { en: { title: options.handle } },
      variants: options.skus.map((sku) => ({ sku, options: { kind: sku }, price: { amount: '10.00', currency: 'USD' }, weightKg: '0.25' })),
    }),
  );
  for (const code of options.warehouses) unwrap(await putWarehouse(deps, code, WAREHOUSE(code)));
  return deps;
}

export async function receive(deps: Deps, sku: string, warehouse: string, quantity: number, reason = 'test stock'): Promise<void> {
  unwrap(await recordMovement(deps, { sku, warehouse, kind: 'receipt', quantity, reason }));
}

/** on_hand and reserved of one SKU in one warehouse, straight from the table ([0, 0] when no row). */
export async function levelOf(db: Database, sku: string, warehouse: string): Promise<[number, number]> {
  const rows = await db.withSession((s) =>
    s.query<{ on_hand: number; reserved: number }>(
      'select s.on_hand, s.reserved from stock_levels s join variants v on v.id = s.variant_id join warehouses w on w.id = s.warehouse_id where v.sku = $1 and w.code = $2',
      [sku, warehouse],
    ),
  );
  return rows[0] ? [rows[0].on_hand, rows[0].reserved] : [0, 0];
}

/** Row counts of the inventory tables, to show that a refused call changed nothing. */
export async function inventoryCounts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['stock_levels', 'stock_movements', 'reservations', 'reservation_lines']) {
    out[table] = (await db.withSession((s) => s.query<{ n: number }>(`select count(*)::int as n from ${table}`)))[0]!.n;
  }
  out.onHandTotal = (await db.withSession((s) => s.query<{ n: number }>('select coalesce(sum(on_hand), 0)::int as n from stock_levels')))[0]!.n;
  out.reservedTotal = (await db.withSession((s) => s.query<{ n: number }>('select coalesce(sum(reserved), 0)::int as n from stock_levels')))[0]!.n;
  return out;
}

export function failureOf(r: { ok: boolean; code?: string; field?: string }): [string | undefined, string | undefined] {
  assert.equal(r.ok, false, 'expected a failure');
  return [r.code, r.field];
}
