import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Position } from '../../core/pagination/cursor.js';
import type { Orm } from '../create-db.js';
import { orders, returnLines, returnPolicy, returnReliefRecords, returnRequests } from '../schema/index.js';

export type ReturnRow = typeof returnRequests.$inferSelect;
export type ReturnLineRow = typeof returnLines.$inferSelect;
export type ReliefRecordRow = typeof returnReliefRecords.$inferSelect;
/** A return with its lines, its relief records and the number of its order. */
export type ReturnRecord = ReturnRow & { orderNumber: string; lines: ReturnLineRow[]; relief: ReliefRecordRow[] };
export type ReturnPatch = Partial<Omit<ReturnRow, 'id' | 'orderId' | 'createdAt' | 'warehouse'>>;

export type ReturnRepository = ReturnType<typeof createReturnRepository>;

/**
 * Returns, their lines and relief records, and the store's return policy. A change that must agree
 * with the order (its stock, its refunds) runs in the order's transaction: build this repository
 * over it, lock the order, then the return.
 */
export function createReturnRepository(orm: Orm) {
  async function withParts(row: ReturnRow | undefined, orderNumber?: string): Promise<ReturnRecord | undefined> {
    if (!row) return undefined;
    const number = orderNumber ?? (await orm.select({ number: orders.number }).from(orders).where(eq(orders.id, row.orderId)))[0]!.number;
    const lines = await orm.select().from(returnLines).where(eq(returnLines.returnId, row.id)).orderBy(asc(returnLines.idx));
    const relief = await orm.select().from(returnReliefRecords).where(eq(returnReliefRecords.returnId, row.id)).orderBy(asc(returnReliefRecords.shipmentId));
    return { ...row, orderNumber: number, lines, relief };
  }

  return {
    async insert(row: Pick<ReturnRow, 'orderId' | 'warehouse' | 'createdAt' | 'updatedAt'>, lines: ReadonlyArray<Omit<ReturnLineRow, 'returnId' | 'receivedQuantity' | 'restockedQuantity'>>): Promise<ReturnRecord> {
      const [saved] = await orm.insert(returnRequests).values(row).returning();
      await orm.insert(returnLines).values(lines.map((l) => ({ ...l, returnId: saved!.id })));
      return (await withParts(saved))!;
    },

    async byId(id: string): Promise<ReturnRecord | undefined> {
      const [row] = await orm.select().from(returnRequests).where(eq(returnRequests.id, id));
      return withParts(row);
    },

    /** Read and lock a return for the rest of the transaction. */
    async lock(id: string): Promise<ReturnRecord | undefined> {
      const [row] = await orm.select().from(returnRequests).where(eq(returnRequests.id, id)).for('update');
      return withParts(row);
    },

    /** The returns of an order, oldest first. */
    async ofOrder(orderId: string, orderNumber: string): Promise<ReturnRecord[]> {
      const found = await orm.select().from(returnRequests).where(eq(returnRequests.orderId, orderId)).orderBy(asc(returnRequests.createdAt), asc(returnRequests.id));
      const out: ReturnRecord[] = [];
      for (const r of found) out.push((await withParts(r, orderNumber))!);
      return out;
    },

    /** One page of returns, newest first, optionally in one status. */
    async list(filter: { status?: string }, page: { limit: number; after?: Position }): Promise<ReturnRecord[]> {
      const where = [
        filter.status ? eq(returnRequests.status, filter.status) : undefined,
        page.after ? sql`(${returnRequests.createdAt}, ${returnRequests.id}) < (${page.after.createdAt.toISOString()}::timestamptz, ${page.after.id}::uuid)` : undefined,
      ].filter((w) => w !== undefined);
      const found = await orm
        .select({ r: returnRequests, number: orders.number })
        .from(returnRequests)
        .innerJoin(orders, eq(orders.id, returnRequests.orderId))
        .where(where.length > 0 ? and(...where) : undefined)
        .orderBy(desc(returnRequests.createdAt), desc(returnRequests.id))
        .limit(page.limit);
      const out: ReturnRecord[] = [];
      for (const f of found) out.push((await withParts(f.r, f.number))!);
      return out;
    },

    async update(id: string, patch: ReturnPatch): Promise<void> {
      await orm.update(returnRequests).set(patch).where(eq(returnRequests.id, id));
    },

    async updateLine(returnId: string, idx: number, patch: Pick<ReturnLineRow, 'receivedQuantity' | 'restockedQuantity'>): Promise<void> {
      await orm.update(returnLines).set(patch).where(and(eq(returnLines.returnId, returnId), eq(returnLines.idx, idx)));
    },

    async insertRelief(rows: ReadonlyArray<typeof returnReliefRecords.$inferInsert>): Promise<void> {
      if (rows.length > 0) await orm.insert(returnReliefRecords).values([...rows]);
    },

    async count(): Promise<number> {
      const [row] = await orm.select({ n: count() }).from(returnRequests);
      return Number(row?.n ?? 0);
    },

    async policy(): Promise<{ refundShipping: string; updatedAt: Date } | undefined> {
      const [row] = await orm.select().from(returnPolicy).where(eq(returnPolicy.id, 1));
      return row;
    },

    async savePolicy(refundShipping: string, at: Date): Promise<void> {
      await orm.insert(returnPolicy).values({ id: 1, refundShipping, updatedAt: at }).onConflictDoUpdate({ target: returnPolicy.id, set: { refundShipping, updatedAt: at } });
    },
  };
}
