import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDb } from '../../src/db/create-db.js';
import { migrate, readMigrations } from '../../src/db/migrate.js';
import { describeWithDatabases, openTestDatabase, TEST_DATABASE_URL, createScratchPostgresUrl, unwrap } from '../support/test-database.js';

describeWithDatabases('migrations', (db, kind) => {
  test('a fresh database gets every migration once; a second run applies nothing', async () => {
    const fresh = await openTestDatabase(kind, { migrated: false });
    try {
      const first = unwrap(await migrate(fresh));
      assert.deepEqual(first.applied, readMigrations().map((m) => m.tag));
      const second = unwrap(await migrate(fresh));
      assert.deepEqual(second.applied, []);
    } finally {
      await fresh.close();
    }
  });

  test('an applied migration that was edited is refused, and nothing is applied', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, hash: 'edited' } : m));
    const extra = { tag: '9999_never', hash: 'x', statements: ['create table should_not_exist (id int)'] };
    const r = await migrate(db(), { migrations: [...edited, extra] });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.code, 'MIGRATION_CHANGED');
      assert.match(r.message, /0000_foundation/);
    }
    const rows = await db().withSession((s) => s.query("select to_regclass('should_not_exist') as t"));
    assert.equal(rows[0]?.t, null);
  });

  test('a failing migration is rolled back whole and reported', async () => {
    const bad = { tag: '9998_broken', hash: 'y', statements: ['create table half_done (id int)', 'select * from no_such_table'] };
    const r = await migrate(db(), { migrations: [...readMigrations(), bad] });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.code, 'MIGRATION_FAILED');
    const rows = await db().withSession((s) => s.query("select to_regclass('half_done') as t"));
    assert.equal(rows[0]?.t, null);
    const recorded = await db().withSession((s) => s.query("select 1 from landfall_migrations where tag = '9998_broken'"));
    assert.equal(recorded.length, 0);
  });
});

test('PostgreSQL: several processes migrating at once apply each migration exactly once', { skip: TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set' }, async () => {
  const scratch = await createScratchPostgresUrl();
  const handles = await Promise.all(Array.from({ length: 4 }, async () => unwrap(await createDb({ kind: 'postgres', url: scratch.url, poolSize: 2 }))));
  try {
    const outcomes = await Promise.all(handles.map((h) => migrate(h)));
    const applied = outcomes.map((o) => unwrap(o).applied.length);
    assert.equal(applied.reduce((a, b) => a + b, 0), readMigrations().length, `applied per process: ${applied}`);
    const rows = await handles[0]!.withSession((s) => s.query<{ n: number }>('select count(*)::int as n from landfall_migrations'));
    assert.equal(rows[0]?.n, readMigrations().length);
  } finally {
    await Promise.all(handles.map((h) => h.close()));
    await scratch.drop();
  }
});

test('an unreachable PostgreSQL is a one-line DATABASE_UNAVAILABLE, not a throw', async () => {
  const r = await createDb({ kind: 'postgres', url: 'postgres://postgres:secret@127.0.0.1:1/nowhere' });
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.code, 'DATABASE_UNAVAILABLE');
    assert.match(r.message, /127\.0\.0\.1:1/);
    assert.doesNotMatch(r.message, /secret/, 'the password is not printed');
    assert.doesNotMatch(r.message, /\n/);
  }
});
