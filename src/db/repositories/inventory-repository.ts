import { sql, type SQL } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { insertMovement, MOVEMENT_COLUMNS, rows, toMovement, ts, type MovementRecord, type StockKey, type StockLevelRecord } from './inventory-records.js';
import { createReservationStore } from './inventory-reservations.js';

export type { MovementRecord, ReservationLineRecord, ReservationRecord, ReservationStatus, StockKey, StockLevelRecord } from './inventory-records.js';
export type { ConvertOutcome, ReserveLine, ReserveOutcome, Shortage } from './inventory-reservations.js';

export type InventoryRepository = ReturnType<typeof createInventoryRepository>;

export type MovementWrite = StockKey & {
  kind: 'receipt' | 'adjustment' | 'return';
  /** Signed change of on_hand (receipts and returns positive). */
  quantity: number;
  reason: string | null;
  reference: string | null;
  at: Date;
};

export type MovementOutcome =
  | { ok: true; movement: MovementRecord; level: { onHand: number; reserved: number } }
  /** The change would take on_hand below what is reserved (or below zero), or above `maxOnHand`. */
  | { ok: false; reason: 'below-reserved' | 'above-maximum'; onHand: number; reserved: number };

/**
 * Stock per variant and warehouse, its ledger of movements, and reservations (see
 * inventory-reservations.ts for how concurrent checkouts are kept from overselling).
 *
 * Every write is one transaction (a savepoint when the caller is already in one): the stock row's
 * change and the record of it commit together or not at all.
 */
export function createInventoryRepository(orm: Orm) {
  return {
    ...createReservationStore(orm),

    /** Variants by SKU (only those that exist). */
    async variantsBySku(skus: readonly string[]): Promise<Map<string, { id: string; sku: string }>> {
      if (skus.length === 0) return new Map();
      const found = await rows<{ id: string; sku: string }>(orm, sql`select id, sku from variants where sku = any(${sql.param([...skus])}::text[])`);
      return new Map(found.map((v) => [v.sku, v]));
    },

    /** Warehouses by code (only those that exist). */
    async warehousesByCode(codes: readonly string[]): Promise<Map<string, { id: string; code: string; active: boolean }>> {
      if (codes.length === 0) return new Map();
      const found = await rows<{ id: string; code: string; active: boolean }>(orm, sql`select id, code, active from warehouses where code = any(${sql.param([...codes])}::text[])`);
      return new Map(found.map((w) => [w.code, w]));
    },

    /**
     * Variants by SKU and by id, and warehouses by code, in ONE query (a reservation resolves all
     * its lines with one round trip, whatever their number). Only those that exist are returned.
     */
    async lookupStockKeys(keys: { skus: readonly string[]; variantIds: readonly string[]; warehouseCodes: readonly string[] }): Promise<{
      bySku: Map<string, { id: string; sku: string }>;
      byId: Map<string, { id: string; sku: string }>;
      warehouses: Map<string, { id: string; code: string; active: boolean }>;
    }> {
      const found = await rows<{ kind: 'sku' | 'id' | 'warehouse'; id: string; name: string; active: boolean | null }>(
        orm,
        sql`select 'sku' as kind, id, sku as name, null::boolean as active from variants where sku = any(${sql.param([...keys.skus])}::text[])
            union all select 'id', id, sku, null from variants where id = any(${sql.param([...keys.variantIds])}::uuid[])
            union all select 'warehouse', id, code, active from warehouses where code = any(${sql.param([...keys.warehouseCodes])}::text[])`,
      );
      const out = { bySku: new Map<string, { id: string; sku: string }>(), byId: new Map<string, { id: string; sku: string }>(), warehouses: new Map<string, { id: string; code: string; active: boolean }>() };
      for (const r of found) {
        if (r.kind === 'sku') out.bySku.set(r.name, { id: r.id, sku: r.name });
        else if (r.kind === 'id') out.byId.set(r.id, { id: r.id, sku: r.name });
        else out.warehouses.set(r.name, { id: r.id, code: r.name, active: r.active === true });
      }
      return out;
    },

    /**
     * Record a receipt, adjustment or return and apply it to on_hand, in one transaction. An
     * increase creates the stock level on first receipt (upsert); a decrease is one conditional
     * UPDATE that leaves on_hand at or above what is reserved, so an adjustment can never take away
     * stock a checkout holds. A refused change writes nothing.
     */
    async recordMovement(m: MovementWrite, limits: { maxOnHand: number }): Promise<MovementOutcome> {
      return orm.transaction(async (tx) => {
        const o = tx as unknown as Orm;
        const key = sql`variant_id = ${m.variantId}::uuid and warehouse_id = ${m.warehouseId}::uuid`;
        const [level] =
          m.quantity > 0
            ? await rows<{ onHand: number; reserved: number }>(
                o,
                sql`insert into stock_levels (variant_id, warehouse_id, on_hand, reserved, updated_at) values (${m.variantId}::uuid, ${m.warehouseId}::uuid, ${m.quantity}::int, 0, ${ts(m.at)})
                    on conflict (variant_id, warehouse_id) do update set on_hand = stock_levels.on_hand + excluded.on_hand, updated_at = excluded.updated_at
                    where stock_levels.on_hand + excluded.on_hand <= ${limits.maxOnHand}::int
                    returning on_hand as "onHand", reserved`,
              )
            : await rows<{ onHand: number; reserved: number }>(
                o,
                sql`update stock_levels set on_hand = on_hand + ${m.quantity}::int, updated_at = ${ts(m.at)}
                    where ${key} and on_hand + ${m.quantity}::int >= reserved returning on_hand as "onHand", reserved`,
              );
        if (!level) {
          const [current] = await rows<{ onHand: number; reserved: number }>(o, sql`select on_hand as "onHand", reserved from stock_levels where ${key}`);
          return { ok: false as const, reason: m.quantity > 0 ? ('above-maximum' as const) : ('below-reserved' as const), onHand: current?.onHand ?? 0, reserved: current?.reserved ?? 0 };
        }
        const movement = await insertMovement(o, { ...m, onHandAfter: level.onHand });
        return { ok: true as const, movement, level };
      });
    },

    /**
     * Opening stock in ONE statement: for each (variant, warehouse, quantity) whose stock level does
     * not exist yet, create the level and record the `receipt` that made it. Levels that exist are
     * left alone, so running it again adds nothing. Returns how many receipts were recorded.
     */
    async recordOpeningStock(lines: ReadonlyArray<StockKey & { quantity: number }>, reason: string, at: Date): Promise<number> {
      if (lines.length === 0) return 0;
      const recorded = await rows<{ id: string }>(
        orm,
        sql`with input as (
              select * from unnest(${sql.param(lines.map((l) => l.variantId))}::uuid[], ${sql.param(lines.map((l) => l.warehouseId))}::uuid[], ${sql.param(lines.map((l) => l.quantity))}::int[])
              as x(variant_id, warehouse_id, quantity) where quantity > 0),
            levels as (
              insert into stock_levels (variant_id, warehouse_id, on_hand, reserved, updated_at)
              select variant_id, warehouse_id, quantity, 0, ${ts(at)} from input
              on conflict (variant_id, warehouse_id) do nothing
              returning variant_id, warehouse_id, on_hand)
            insert into stock_movements (variant_id, sku, warehouse_id, kind, quantity, on_hand_after, reason, reference, created_at)
            select l.variant_id, v.sku, l.warehouse_id, 'receipt', l.on_hand, l.on_hand, ${reason}, null, ${ts(at)}
            from levels l join variants v on v.id = l.variant_id
            returning id`,
      );
      return recorded.length;
    },

    /** One stock level, or undefined when nothing was ever received there. */
    async level(key: StockKey): Promise<{ onHand: number; reserved: number } | undefined> {
      const [row] = await rows<{ onHand: number; reserved: number }>(orm, sql`select on_hand as "onHand", reserved from stock_levels where variant_id = ${key.variantId}::uuid and warehouse_id = ${key.warehouseId}::uuid`);
      return row;
    },

    /** Stock levels by SKU then warehouse code (bytewise, "C" collation), after the keyset position `after`. */
    async listLevels(filter: { variantId?: string; warehouseId?: string }, page: { limit: number; after?: { sku: string; warehouseCode: string } }): Promise<StockLevelRecord[]> {
      const where: SQL[] = [sql`true`];
      if (filter.variantId) where.push(sql`s.variant_id = ${filter.variantId}::uuid`);
      if (filter.warehouseId) where.push(sql`s.warehouse_id = ${filter.warehouseId}::uuid`);
      if (page.after) where.push(sql`(v.sku collate "C", w.code collate "C") > (${page.after.sku}::text, ${page.after.warehouseCode}::text)`);
      const found = await rows<StockLevelRecord>(
        orm,
        sql`select s.variant_id as "variantId", v.sku, s.warehouse_id as "warehouseId", w.code as "warehouseCode", s.on_hand as "onHand", s.reserved,
              s.on_hand - s.reserved as available, s.updated_at as "updatedAt"
            from stock_levels s join variants v on v.id = s.variant_id join warehouses w on w.id = s.warehouse_id
            where ${sql.join(where, sql` and `)} order by v.sku collate "C", w.code collate "C" limit ${page.limit}::int`,
      );
      return found.map((r) => ({ ...r, updatedAt: new Date(r.updatedAt) }));
    },

    /**
     * Movements, newest first, after the keyset position `after` (created_at, id). Filter by the
     * variant when it exists, else by the SKU text (the ledger of a deleted variant), and warehouse.
     */
    async listMovements(
      filter: { variantId?: string; sku?: string; warehouseId?: string },
      page: { limit: number; after?: { createdAt: Date; id: string } },
    ): Promise<MovementRecord[]> {
      const where: SQL[] = [sql`true`];
      if (filter.variantId) where.push(sql`m.variant_id = ${filter.variantId}::uuid`);
      else if (filter.sku) where.push(sql`m.sku = ${filter.sku}`);
      if (filter.warehouseId) where.push(sql`m.warehouse_id = ${filter.warehouseId}::uuid`);
      if (page.after) where.push(sql`(m.created_at, m.id) < (${ts(page.after.createdAt)}, ${page.after.id}::uuid)`);
      const found = await rows<MovementRecord>(
        orm,
        sql`select ${MOVEMENT_COLUMNS} from stock_movements m join warehouses w on w.id = m.warehouse_id
            where ${sql.join(where, sql` and `)} order by m.created_at desc, m.id desc limit ${page.limit}::int`,
      );
      return found.map(toMovement);
    },
  };
}
