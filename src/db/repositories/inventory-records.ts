import { sql, type SQL } from 'drizzle-orm';
import type { Orm } from '../create-db.js';

/** Which stock: one variant in one warehouse (the primary key of stock_levels). */
export type StockKey = { readonly variantId: string; readonly warehouseId: string };

export type StockLevelRecord = {
  variantId: string;
  sku: string;
  warehouseId: string;
  warehouseCode: string;
  onHand: number;
  reserved: number;
  /** on_hand - reserved: what can still be reserved. */
  available: number;
  updatedAt: Date;
};

export type MovementRecord = {
  id: string;
  /** Null once the variant is deleted; the SKU stays. */
  variantId: string | null;
  sku: string;
  warehouseId: string;
  warehouseCode: string;
  kind: 'receipt' | 'adjustment' | 'sale' | 'return';
  quantity: number;
  onHandAfter: number;
  reason: string | null;
  reference: string | null;
  createdAt: Date;
};

export type ReservationStatus = 'active' | 'released' | 'expired' | 'converted';

export type ReservationLineRecord = StockKey & { sku: string; warehouseCode: string; quantity: number };

export type ReservationRecord = {
  id: string;
  reference: string;
  status: ReservationStatus;
  expiresAt: Date;
  createdAt: Date;
  endedAt: Date | null;
  /** By SKU, then warehouse code. */
  lines: ReservationLineRecord[];
};

/** The rows of a raw statement (both drivers answer `{ rows }`). */
export async function rows<R>(orm: Orm, query: SQL): Promise<R[]> {
  return ((await orm.execute(query)) as unknown as { rows: R[] }).rows;
}

export const ts = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/**
 * The one order in which a transaction takes row locks on stock_levels: variant id, then warehouse
 * id. Two transactions that lock rows in the same order can make each other wait but never
 * deadlock. Lowercase UUID text sorts like PostgreSQL's uuid type (bytewise).
 */
export function byStockKey(a: StockKey, b: StockKey): number {
  if (a.variantId !== b.variantId) return a.variantId < b.variantId ? -1 : 1;
  if (a.warehouseId !== b.warehouseId) return a.warehouseId < b.warehouseId ? -1 : 1;
  return 0;
}

/** Reservation lines as people read them: by SKU, then warehouse code. */
export function byLabel(a: { sku: string; warehouseCode: string }, b: { sku: string; warehouseCode: string }): number {
  if (a.sku !== b.sku) return a.sku < b.sku ? -1 : 1;
  return a.warehouseCode < b.warehouseCode ? -1 : a.warehouseCode > b.warehouseCode ? 1 : 0;
}

export const stockKeyText = (k: StockKey) => `${k.variantId}/${k.warehouseId}`;

/** Columns of a movement `m` joined with its warehouse `w`, named as MovementRecord. */
export const MOVEMENT_COLUMNS = sql.raw(
  `m.id, m.variant_id as "variantId", m.sku, m.warehouse_id as "warehouseId", w.code as "warehouseCode", m.kind, m.quantity, m.on_hand_after as "onHandAfter", m.reason, m.reference, m.created_at as "createdAt"`,
);

export function toMovement(r: MovementRecord): MovementRecord {
  return { ...r, createdAt: new Date(r.createdAt) };
}

/**
 * Write one movement of a stock level whose row the caller has just updated in this transaction
 * (so it holds the row lock). The SKU is copied from the variant so the record outlives it.
 *
 * Its time is the given one, but never earlier than the level's previous movement, and one
 * millisecond after it when the clock has not moved on: the ledger of one stock level is strictly
 * ordered by created_at, so `on_hand_after` reads as a sequence. This statement runs after the
 * UPDATE that took the lock (not in one statement with it), so its snapshot sees a movement that a
 * competitor committed while this transaction waited for the lock.
 */
export async function insertMovement(
  orm: Orm,
  m: StockKey & { kind: MovementRecord['kind']; quantity: number; onHandAfter: number; reason: string | null; reference: string | null; at: Date },
): Promise<MovementRecord> {
  const at = ts(m.at);
  const [row] = await rows<MovementRecord>(
    orm,
    sql`with m as (
      insert into stock_movements (variant_id, sku, warehouse_id, kind, quantity, on_hand_after, reason, reference, created_at)
      select v.id, v.sku, ${m.warehouseId}::uuid, ${m.kind}, ${m.quantity}::int, ${m.onHandAfter}::int, ${m.reason}, ${m.reference},
        greatest(${at}, (select max(p.created_at) + interval '1 millisecond' from stock_movements p where p.variant_id = v.id and p.warehouse_id = ${m.warehouseId}::uuid))
      from variants v where v.id = ${m.variantId}::uuid
      returning *)
    select ${MOVEMENT_COLUMNS} from m join warehouses w on w.id = m.warehouse_id`,
  );
  if (!row) throw new Error(`variant ${m.variantId} vanished while its stock was locked`);
  return toMovement(row);
}

type ReservationJoinRow = Omit<ReservationRecord, 'lines'> & { line: ReservationLineRecord | null };

/** Columns of a reservation `r` left-joined with its lines `l`, their variants `v` and warehouses `w`. */
export const RESERVATION_COLUMNS = sql.raw(
  `r.id, r.reference, r.status, r.expires_at as "expiresAt", r.created_at as "createdAt", r.ended_at as "endedAt",
   case when l.variant_id is null then null else json_build_object('variantId', l.variant_id, 'sku', v.sku, 'warehouseId', l.warehouse_id, 'warehouseCode', w.code, 'quantity', l.quantity) end as line`,
);

/** Fold reservation-with-line rows (one reservation) into a record, lines by SKU then warehouse. */
export function toReservation(joined: readonly ReservationJoinRow[]): ReservationRecord | undefined {
  const first = joined[0];
  if (!first) return undefined;
  const lines = joined.flatMap((r) => (r.line ? [typeof r.line === 'string' ? (JSON.parse(r.line) as ReservationLineRecord) : r.line] : []));
  lines.sort(byLabel);
  return {
    id: first.id,
    reference: first.reference,
    status: first.status,
    expiresAt: new Date(first.expiresAt),
    createdAt: new Date(first.createdAt),
    endedAt: first.endedAt === null ? null : new Date(first.endedAt),
    lines,
  };
}
