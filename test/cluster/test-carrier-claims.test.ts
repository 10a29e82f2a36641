/**
 * The test carrier's delivery job runs in every serving process. A parcel's later event must not
 * be claimed by one process while another process's claim of the earlier event is still
 * uncommitted (it would be sent first and overtake it). Process A's claim is held open midway by
 * a lock on the parcels table (its last read waits), and process B claims meanwhile, at a time when
 * both events are due: B must come back empty once A has committed its lease, never with the
 * later event. Needs PostgreSQL: PGlite is one connection, so two claims can never overlap there.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/db/create-db.js';
import { createTestCarrierRepository } from '../../src/db/repositories/test-carrier-repository.js';
import { openTestDatabase, TEST_DATABASE_URL } from '../support/test-database.js';

const skip = TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set: two overlapping claims need PostgreSQL';

describe('test carrier claims from two processes [postgres]', { skip }, () => {
  let db: Database;
  before(async () => {
    db = await openTestDatabase('postgres');
  });
  after(async () => {
    await db?.close();
  });

  test("a parcel's later event is not claimed while another process's claim of the earlier one is uncommitted", async () => {
    const repo = createTestCarrierRepository(db.orm);
    const t = Date.parse('2026-03-02T10:00:00Z');
    const event = (seq: number, status: string, dueAt: number) => ({ id: `evt_claims_${seq}`, seq, status, location: 'Venlo, NL', description: status, dueAt: new Date(dueAt) });
    await repo.insertParcel(
      { id: 'par_claims', reference: 'claims-1', trackingNumber: 'LT000000001NL', service: 'test-standard', scenario: 'delivered', request: {}, pdf: new Uint8Array([37, 80, 68, 70]), costMinor: 500, currency: 'EUR', createdAt: new Date(t - 60_000) },
      [event(1, 'picked_up', t - 1_000), event(2, 'in_transit', t + 1_000)],
    );

    // A lock that makes the last read of a claim (the parcels' tracking numbers) wait, holding A's claim open.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const blocker = db.withSession(async (s) => {
      await s.exec('begin; lock table test_carrier_parcels in access exclusive mode');
      locked();
      await released;
      await s.exec('commit');
    });
    await isLocked;

    const a = repo.claimDue(new Date(t), 10, 60_000); // only event 1 is due for A
    await waitForLockWaits(db, 1);
    const b = repo.claimDue(new Date(t + 2_000), 10, 60_000); // both are due for B
    await new Promise((r) => setTimeout(r, 300)); // let B run as far as it can while A is held
    release();
    await blocker;
    const [claimedByA, claimedByB] = await Promise.all([a, b]);

    assert.deepEqual(claimedByA.map((e) => e.id), ['evt_claims_1']);
    assert.deepEqual(claimedByB.map((e) => e.id), [], 'event 2 waits until event 1 has been sent');
    const events = await repo.eventsOf('par_claims');
    assert.deepEqual(events.map((e) => [e.id, e.nextAttemptAt.toISOString()]), [
      ['evt_claims_1', new Date(t + 60_000).toISOString()],
      ['evt_claims_2', new Date(t + 1_000).toISOString()],
    ]);
  });
});

/** Wait until `n` sessions wait for a lock on the test carrier's tables. */
async function waitForLockWaits(db: Database, n: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [row] = await db.withSession((s) => s.query<{ n: number }>(`select count(*)::int as n from pg_locks where not granted and relation = 'test_carrier_parcels'::regclass`));
    if ((row?.n ?? 0) >= n) return;
    if (Date.now() > deadline) throw new Error('the first claim never reached the parcels table');
    await new Promise((r) => setTimeout(r, 20));
  }
}
