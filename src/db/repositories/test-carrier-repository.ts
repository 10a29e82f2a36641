import { and, asc, eq, inArray, lte, notInArray, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { testCarrierEvents, testCarrierParcels } from '../schema/index.js';
import { rows } from './inventory-records.js';

export type TestCarrierParcelRow = typeof testCarrierParcels.$inferSelect;
export type TestCarrierEventRow = typeof testCarrierEvents.$inferSelect;
export type NewTestCarrierEvent = Omit<typeof testCarrierEvents.$inferInsert, 'parcelId' | 'state' | 'attempts' | 'deliveredAt' | 'nextAttemptAt'>;
/** A due event with its parcel's tracking number, as the delivery job sends it. */
export type DueTestCarrierEvent = TestCarrierEventRow & { trackingNumber: string };

export type TestCarrierRepository = ReturnType<typeof createTestCarrierRepository>;

/** The advisory lock key that serializes claims of due test carrier events (any fixed number unused elsewhere). */
const TEST_CARRIER_CLAIM_LOCK_KEY = '7261530044118';

/** The built-in test carrier's own books: its parcels and their planned tracking events. */
export function createTestCarrierRepository(orm: Orm) {
  return {
    /** The next serial number for a tracking number. */
    async nextSerial(): Promise<number> {
      const [row] = await rows<{ n: string | number }>(orm, sql`select nextval('test_carrier_serial_seq') as n`);
      return Number(row!.n);
    },

    async activeByReference(reference: string): Promise<TestCarrierParcelRow | undefined> {
      const [row] = await orm.select().from(testCarrierParcels).where(and(eq(testCarrierParcels.reference, reference), eq(testCarrierParcels.status, 'active')));
      return row;
    },

    async byId(id: string): Promise<TestCarrierParcelRow | undefined> {
      const [row] = await orm.select().from(testCarrierParcels).where(eq(testCarrierParcels.id, id));
      return row;
    },

    async byTracking(trackingNumber: string): Promise<TestCarrierParcelRow | undefined> {
      const [row] = await orm.select().from(testCarrierParcels).where(eq(testCarrierParcels.trackingNumber, trackingNumber));
      return row;
    },

    /**
     * Record a parcel and its planned events together. Another request with the same reference that
     * got there first wins (the partial unique index): its parcel is answered instead.
     */
    async insertParcel(parcel: typeof testCarrierParcels.$inferInsert, events: readonly NewTestCarrierEvent[]): Promise<{ parcel: TestCarrierParcelRow; created: boolean }> {
      return orm.transaction(async (tx) => {
        const [saved] = await tx.insert(testCarrierParcels).values(parcel).onConflictDoNothing().returning();
        if (!saved) {
          const [existing] = await tx.select().from(testCarrierParcels).where(and(eq(testCarrierParcels.reference, parcel.reference), eq(testCarrierParcels.status, 'active')));
          if (!existing) throw new Error(`test carrier: parcel ${parcel.id} clashed with another but none is active for ${parcel.reference}`);
          return { parcel: existing, created: false };
        }
        if (events.length > 0) await tx.insert(testCarrierEvents).values(events.map((e) => ({ ...e, parcelId: saved.id, nextAttemptAt: e.dueAt })));
        return { parcel: saved, created: true };
      });
    },

    /** Void an active parcel and cancel its events still to be sent; undefined when it was not active. */
    async voidParcel(id: string, at: Date): Promise<TestCarrierParcelRow | undefined> {
      return orm.transaction(async (tx) => {
        const [saved] = await tx.update(testCarrierParcels).set({ status: 'voided', voidedAt: at }).where(and(eq(testCarrierParcels.id, id), eq(testCarrierParcels.status, 'active'))).returning();
        if (saved) await tx.update(testCarrierEvents).set({ state: 'cancelled' }).where(and(eq(testCarrierEvents.parcelId, id), eq(testCarrierEvents.state, 'pending')));
        return saved;
      });
    },

    /** A parcel's planned events in order. */
    async eventsOf(parcelId: string): Promise<TestCarrierEventRow[]> {
      return orm.select().from(testCarrierEvents).where(eq(testCarrierEvents.parcelId, parcelId)).orderBy(asc(testCarrierEvents.seq));
    },

    /**
     * Take the events due by `now` for delivery, up to `limit` parcels' worth, each parcel's in
     * order: locked with SKIP LOCKED so two workers take different parcels' events, and leased
     * (due again at `now + leaseMs`) so the events of a worker that died are sent again. Claims
     * from several processes are taken one at a time (a transaction-scoped advisory lock): without
     * it, a parcel's later event could be claimed by one process while another's claim of the
     * earlier one is not yet committed, and overtake it.
     */
    async claimDue(now: Date, limit: number, leaseMs: number): Promise<DueTestCarrierEvent[]> {
      return orm.transaction(async (tx) => {
        await rows(tx as unknown as Orm, sql`select pg_advisory_xact_lock(${TEST_CARRIER_CLAIM_LOCK_KEY}::bigint)`);
        const due = await tx
          .select({ id: testCarrierEvents.id, parcelId: testCarrierEvents.parcelId })
          .from(testCarrierEvents)
          .where(
            and(
              eq(testCarrierEvents.state, 'pending'),
              lte(testCarrierEvents.nextAttemptAt, now),
              // Never ahead of an earlier event of the same parcel that is still waiting (leased or to retry).
              sql`not exists (select 1 from test_carrier_events e where e.parcel_id = ${testCarrierEvents.parcelId} and e.state = 'pending' and e.seq < ${testCarrierEvents.seq} and e.next_attempt_at > ${now.toISOString()}::timestamptz)`,
            ),
          )
          .orderBy(asc(testCarrierEvents.dueAt), asc(testCarrierEvents.seq))
          .limit(limit * 8)
          .for('update', { skipLocked: true });
        const parcels = [...new Set(due.map((d) => d.parcelId))].slice(0, limit);
        const ids = due.filter((d) => parcels.includes(d.parcelId)).map((d) => d.id);
        if (ids.length === 0) return [];
        const taken = await tx.update(testCarrierEvents).set({ nextAttemptAt: new Date(now.getTime() + leaseMs) }).where(inArray(testCarrierEvents.id, ids)).returning();
        const tracking = await tx.select({ id: testCarrierParcels.id, trackingNumber: testCarrierParcels.trackingNumber }).from(testCarrierParcels).where(inArray(testCarrierParcels.id, parcels));
        const numbers = new Map(tracking.map((t) => [t.id, t.trackingNumber]));
        return taken.map((e) => ({ ...e, trackingNumber: numbers.get(e.parcelId)! })).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.seq - b.seq);
      });
    },

    /**
     * One delivery's outcome for `eventIds` (one parcel's): delivered; or due again at `retryAt`
     * together with the parcel's later events, so none overtakes them; or given up (failed).
     */
    async recordAttempt(parcelId: string, eventIds: readonly string[], outcome: { at: Date; delivered: boolean; retryAt: Date | undefined }): Promise<void> {
      const sent = and(inArray(testCarrierEvents.id, [...eventIds]), eq(testCarrierEvents.state, 'pending'));
      if (outcome.delivered) {
        await orm.update(testCarrierEvents).set({ state: 'delivered', deliveredAt: outcome.at, attempts: sql`${testCarrierEvents.attempts} + 1` }).where(sent);
      } else if (outcome.retryAt) {
        await orm.update(testCarrierEvents).set({ attempts: sql`${testCarrierEvents.attempts} + 1`, nextAttemptAt: outcome.retryAt }).where(sent);
        const retryAt = outcome.retryAt.toISOString();
        await orm
          .update(testCarrierEvents)
          .set({ nextAttemptAt: sql`greatest(${testCarrierEvents.nextAttemptAt}, ${retryAt}::timestamptz)` })
          .where(and(eq(testCarrierEvents.parcelId, parcelId), eq(testCarrierEvents.state, 'pending'), notInArray(testCarrierEvents.id, [...eventIds])));
      } else {
        await orm.update(testCarrierEvents).set({ state: 'failed', attempts: sql`${testCarrierEvents.attempts} + 1` }).where(sent);
      }
    },
  };
}
