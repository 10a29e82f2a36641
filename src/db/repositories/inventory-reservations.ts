import { sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import {
  byLabel,
  byStockKey,
  insertMovement,
  RESERVATION_COLUMNS,
  rows,
  stockKeyText,
  toReservation,
  ts,
  type MovementRecord,
  type ReservationRecord,
  type StockKey,
} from './inventory-records.js';

/**
 * Reservations: stock held for a checkout until it is converted into sales, released, or expires.
 *
 * How oversell is impossible, also under concurrency (READ COMMITTED, any number of processes):
 * - Every change of `reserved` is ONE conditional UPDATE of the stock_levels row,
 *   `reserved = reserved + q WHERE on_hand - reserved >= q`. The UPDATE takes the row lock, and a
 *   competitor waiting for that lock re-checks the condition against the committed row once it
 *   gets it; there is no SELECT-then-UPDATE window. The table's CHECK (reserved <= on_hand) is a
 *   second guard.
 * - A reservation (its row, its lines and every stock change) is one transaction: either every
 *   line is held or nothing is (a line short of stock rolls everything back).
 * - Every transaction locks stock rows in one order (variant id, then warehouse id; `byStockKey`),
 *   and locks its reservation row before any stock row, so transactions can wait for each other
 *   but never deadlock, whatever order the caller listed the lines in.
 * - A reference has at most one active reservation (a partial unique index). Reserving again for
 *   the same reference REPLACES the active one atomically: the two are netted per stock level, so a
 *   checkout that changes its cart never competes with its own hold, and a replacement that cannot
 *   be met leaves the old reservation in force. Reservations of one reference are serialized by a
 *   transaction-scoped advisory lock on the reference.
 * - Ending a reservation (release, expiry, conversion) updates its row `WHERE status = 'active'`
 *   first: a second release, a release racing the sweeper, or a conversion racing either finds no
 *   active row and changes nothing.
 */

/** Advisory lock class of reservation references (the second key is hashtext(reference)). */
const RESERVATION_LOCK_CLASS = 7_240_131;

/** A line to hold; the SKU and warehouse code (the caller looked them up) label the result. */
export type ReserveLine = StockKey & { sku: string; warehouseCode: string; quantity: number; /** Position in the caller's request, for error fields. */ index: number };
export type Shortage = { index: number; requested: number; available: number };

export type ReserveOutcome = { ok: true; reservation: ReservationRecord; replaced: ReservationRecord['id'] | null } | { ok: false; shortages: Shortage[] };

export type ConvertOutcome =
  | { ok: true; reservation: ReservationRecord; movements: MovementRecord[] }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'expired' | 'ended'; reservation: ReservationRecord };

/** Thrown inside the transaction to roll a reservation back; caught outside it. */
class ShortOfStock extends Error {
  constructor(readonly shortages: Shortage[]) {
    super('short of stock');
  }
}

export function createReservationStore(orm: Orm) {
  return {
    /**
     * Hold stock for `reference` until `expiresAt`, replacing its active reservation if it has one.
     * All lines or none: a line that cannot be met rolls back the whole reservation and comes back
     * as a shortage with what was available to this reference (its replaced hold included).
     */
    async reserve(request: { reference: string; lines: readonly ReserveLine[]; expiresAt: Date; at: Date }): Promise<ReserveOutcome> {
      const at = ts(request.at);
      try {
        return await orm.transaction(async (tx) => {
          const o = tx as unknown as Orm;
          await rows(o, sql`select pg_advisory_xact_lock(${RESERVATION_LOCK_CLASS}::int, hashtext(${request.reference}))`);
          const replaced = await rows<StockKey & { id: string; quantity: number }>(
            o,
            sql`with ended as (
              update reservations set status = case when expires_at <= ${at} then 'expired' else 'released' end, ended_at = ${at}
              where reference = ${request.reference} and status = 'active' returning id)
            select ended.id, l.variant_id as "variantId", l.warehouse_id as "warehouseId", l.quantity from ended join reservation_lines l on l.reservation_id = ended.id`,
          );
          const held = new Map(replaced.map((r) => [stockKeyText(r), r.quantity]));
          const wanted = new Map(request.lines.map((l) => [stockKeyText(l), l]));
          const keys = [...new Map([...replaced, ...request.lines].map((k) => [stockKeyText(k), { variantId: k.variantId, warehouseId: k.warehouseId }])).values()].sort(byStockKey);

          // Net change per stock level, in the one lock order. After the first line that cannot be
          // met nothing more is changed (it all rolls back); the remaining lines are only read, so
          // that every short line is reported at once.
          const shortages: Shortage[] = [];
          let failed = false;
          for (const key of keys) {
            const text = stockKeyText(key);
            const line = wanted.get(text);
            const delta = (line?.quantity ?? 0) - (held.get(text) ?? 0);
            if (delta === 0 || (failed && delta < 0)) continue;
            if (!failed) {
              const changed = await rows(
                o,
                sql`update stock_levels set reserved = reserved + ${delta}::int, updated_at = ${at}
                    where variant_id = ${key.variantId}::uuid and warehouse_id = ${key.warehouseId}::uuid and (${delta}::int < 0 or on_hand - reserved >= ${delta}::int)
                    returning 1 as one`,
              );
              if (changed.length > 0) continue;
              if (!line) throw new Error(`stock level ${text} held by the replaced reservation is missing`);
            }
            if (!line) continue;
            const [level] = await rows<{ available: number }>(o, sql`select on_hand - reserved as available from stock_levels where variant_id = ${key.variantId}::uuid and warehouse_id = ${key.warehouseId}::uuid`);
            const available = Math.max(0, (level?.available ?? 0) + (held.get(text) ?? 0));
            const requested = line.quantity;
            // The line whose UPDATE failed is short even if stock was freed since (it was when checked).
            if (!failed) shortages.push({ index: line.index, requested, available: Math.min(available, requested - 1) });
            else if (available < requested) shortages.push({ index: line.index, requested, available });
            failed = true;
          }
          if (shortages.length > 0) throw new ShortOfStock(shortages.sort((a, b) => a.index - b.index));

          const lines = [...request.lines].sort(byStockKey);
          const [created] = await rows<Omit<ReservationRecord, 'lines'> & { lineCount: number }>(
            o,
            sql`with r as (
                insert into reservations (reference, status, expires_at, created_at) values (${request.reference}, 'active', ${ts(request.expiresAt)}, ${at})
                returning id, reference, status, expires_at as "expiresAt", created_at as "createdAt", ended_at as "endedAt"),
              l as (
                insert into reservation_lines (reservation_id, variant_id, warehouse_id, quantity)
                select r.id, x.variant_id, x.warehouse_id, x.quantity
                from r, unnest(${sql.param(lines.map((l) => l.variantId))}::uuid[], ${sql.param(lines.map((l) => l.warehouseId))}::uuid[], ${sql.param(lines.map((l) => l.quantity))}::int[]) as x(variant_id, warehouse_id, quantity)
                returning 1)
            select r.*, (select count(*) from l)::int as "lineCount" from r`,
          );
          if (created?.lineCount !== lines.length) throw new Error(`reservation of ${request.reference} wrote ${created?.lineCount} of ${lines.length} lines`);
          const reservation: ReservationRecord = {
            id: created.id,
            reference: created.reference,
            status: created.status,
            expiresAt: new Date(created.expiresAt),
            createdAt: new Date(created.createdAt),
            endedAt: null,
            lines: lines.map((l) => ({ variantId: l.variantId, sku: l.sku, warehouseId: l.warehouseId, warehouseCode: l.warehouseCode, quantity: l.quantity })).sort(byLabel),
          };
          return { ok: true as const, reservation, replaced: replaced[0]?.id ?? null };
        });
      } catch (error) {
        if (error instanceof ShortOfStock) return { ok: false, shortages: error.shortages };
        throw error;
      }
    },

    /**
     * End the active reservation of `reference` and give its stock back, in one transaction. Marked
     * `expired` when its time had passed, else `released`. Undefined when there was none active
     * (already released, expired or converted): releasing twice is harmless.
     */
    async release(reference: string, at: Date): Promise<ReservationRecord | undefined> {
      return orm.transaction(async (tx) => {
        const o = tx as unknown as Orm;
        const [ended] = await rows<{ id: string }>(
          o,
          sql`update reservations set status = case when expires_at <= ${ts(at)} then 'expired' else 'released' end, ended_at = ${ts(at)}
              where reference = ${reference} and status = 'active' returning id`,
        );
        if (!ended) return undefined;
        const reservation = await loadReservation(o, ended.id);
        await giveBack(o, reservation.lines, at);
        return reservation;
      });
    },

    /**
     * Turn the active reservation of `reference` into sales, in one transaction: mark it converted,
     * and for each line take the units off on_hand and reserved together and record a `sale`
     * movement (negative quantity, on_hand_after, reference = the order). A reservation past its
     * expiry is refused even before the sweeper has ended it: its stock may already be promised.
     */
    async convert(reference: string, orderReference: string, at: Date): Promise<ConvertOutcome> {
      return orm.transaction(async (tx) => {
        const o = tx as unknown as Orm;
        const [active] = await rows<{ id: string; expired: boolean }>(
          o,
          sql`select id, expires_at <= ${ts(at)} as expired from reservations where reference = ${reference} and status = 'active' for update`,
        );
        if (!active) {
          const latest = await latestReservation(o, reference);
          if (!latest) return { ok: false, reason: 'not-found' };
          return { ok: false, reason: latest.status === 'expired' ? 'expired' : 'ended', reservation: latest };
        }
        if (active.expired) return { ok: false, reason: 'expired', reservation: await loadReservation(o, active.id) };
        await rows(o, sql`update reservations set status = 'converted', ended_at = ${ts(at)} where id = ${active.id}::uuid`);
        const reservation = await loadReservation(o, active.id);
        const movements: MovementRecord[] = [];
        for (const line of [...reservation.lines].sort(byStockKey)) {
          const [level] = await rows<{ onHand: number }>(
            o,
            sql`update stock_levels set on_hand = on_hand - ${line.quantity}::int, reserved = reserved - ${line.quantity}::int, updated_at = ${ts(at)}
                where variant_id = ${line.variantId}::uuid and warehouse_id = ${line.warehouseId}::uuid returning on_hand as "onHand"`,
          );
          if (!level) throw new Error(`stock level ${stockKeyText(line)} of reservation ${active.id} is missing`);
          movements.push(await insertMovement(o, { ...line, kind: 'sale', quantity: -line.quantity, onHandAfter: level.onHand, reason: `reservation ${reference}`, reference: orderReference, at }));
        }
        return { ok: true, reservation, movements };
      });
    },

    /**
     * Expire every active reservation whose time is up at `now` and give its stock back; returns how
     * many. Works in batches of `batchSize`, one transaction each. Reservations are claimed with
     * FOR UPDATE SKIP LOCKED, so two sweepers (two server processes) share the work instead of
     * waiting on each other, and one being released or converted right now is left to that call.
     * A batch's stock is given back per stock level, summed and in the one lock order.
     */
    async sweepExpired(now: Date, batchSize = 100): Promise<number> {
      let total = 0;
      for (;;) {
        const swept = await orm.transaction(async (tx) => {
          const o = tx as unknown as Orm;
          const ended = await rows<{ id: string }>(
            o,
            sql`with due as (
                select id from reservations where status = 'active' and expires_at <= ${ts(now)}
                order by expires_at limit ${batchSize}::int for update skip locked)
              update reservations r set status = 'expired', ended_at = ${ts(now)} from due where r.id = due.id returning r.id`,
          );
          if (ended.length === 0) return 0;
          const totals = await rows<StockKey & { quantity: number }>(
            o,
            sql`select variant_id as "variantId", warehouse_id as "warehouseId", sum(quantity)::int as quantity from reservation_lines
                where reservation_id = any(${sql.param(ended.map((e) => e.id))}::uuid[]) group by variant_id, warehouse_id`,
          );
          await giveBack(o, totals, now);
          return ended.length;
        });
        total += swept;
        if (swept < batchSize) return total;
      }
    },

    /** The most recent reservation of a reference, whatever its status. */
    async latest(reference: string): Promise<ReservationRecord | undefined> {
      return latestReservation(orm, reference);
    },
  };
}

/** Subtract held quantities from `reserved`, in the one lock order. */
async function giveBack(orm: Orm, lines: ReadonlyArray<StockKey & { quantity: number }>, at: Date): Promise<void> {
  for (const line of [...lines].sort(byStockKey)) {
    await rows(
      orm,
      sql`update stock_levels set reserved = reserved - ${line.quantity}::int, updated_at = ${ts(at)}
          where variant_id = ${line.variantId}::uuid and warehouse_id = ${line.warehouseId}::uuid`,
    );
  }
}

async function loadReservation(orm: Orm, id: string): Promise<ReservationRecord> {
  const joined = await rows<Parameters<typeof toReservation>[0][number]>(
    orm,
    sql`select ${RESERVATION_COLUMNS} from reservations r left join reservation_lines l on l.reservation_id = r.id
        left join variants v on v.id = l.variant_id left join warehouses w on w.id = l.warehouse_id where r.id = ${id}::uuid`,
  );
  const reservation = toReservation(joined);
  if (!reservation) throw new Error(`reservation ${id} vanished inside its transaction`);
  return reservation;
}

async function latestReservation(orm: Orm, reference: string): Promise<ReservationRecord | undefined> {
  const [last] = await rows<{ id: string }>(orm, sql`select id from reservations where reference = ${reference} order by created_at desc, (status = 'active') desc limit 1`);
  return last ? loadReservation(orm, last.id) : undefined;
}
