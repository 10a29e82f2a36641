import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import { createDb, dumpPglite, type Database } from '../../src/db/create-db.js';
import { migrate, readMigrations } from '../../src/db/migrate.js';

export type TestDatabaseKind = 'pglite' | 'postgres';
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

/**
 * Define the same suite twice: on PGlite (always) and on the real PostgreSQL named by
 * TEST_DATABASE_URL (skipped, with the reason shown, when it is not set). Suite titles carry
 * [pglite] or [postgres] so the test summary can count each half.
 */
export function describeWithDatabases(title: string, fn: (db: () => Database, kind: TestDatabaseKind) => void): void {
  for (const kind of ['pglite', 'postgres'] as const) {
    const skip = kind === 'postgres' && !TEST_DATABASE_URL ? 'TEST_DATABASE_URL is not set: PostgreSQL half skipped' : false;
    describe(`${title} [${kind}]`, { skip }, () => {
      let db: Database | undefined;
      before(async () => {
        db = await openTestDatabase(kind);
      });
      after(async () => {
        await db?.close();
      });
      fn(() => {
        if (!db) throw new Error('test database is not open yet');
        return db;
      }, kind);
    });
  }
}

/** A fresh, migrated database of the given kind; closing it drops it (PostgreSQL) or frees it (PGlite). */
export async function openTestDatabase(kind: TestDatabaseKind, options: { migrated?: boolean } = {}): Promise<Database> {
  const migrated = options.migrated ?? true;
  return kind === 'pglite' ? openPglite(migrated) : openPostgres(migrated);
}

/**
 * PGlite's initdb costs seconds; a migrated data folder dumped once per set of migrations and
 * loaded from the dump costs a fraction of that. The dump lives in the OS temp folder.
 */
async function openPglite(migrated: boolean): Promise<Database> {
  if (!migrated) return unwrap(await createDb({ kind: 'pglite', memory: true }));
  const key = createHash('sha256').update(readMigrations().map((m) => m.hash).join(',')).digest('hex').slice(0, 16);
  const dumpFile = path.join(os.tmpdir(), `landfall-test-pglite-${key}.tar`);
  if (!fs.existsSync(dumpFile)) {
    const fresh = unwrap(await createDb({ kind: 'pglite', memory: true }));
    unwrap(await migrate(fresh));
    const dump = Buffer.from(await (await dumpPglite(fresh)).arrayBuffer());
    await fresh.close();
    const tmp = `${dumpFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, dump);
    fs.renameSync(tmp, dumpFile);
  }
  return unwrap(await createDb({ kind: 'pglite', memory: true, loadDataDir: new Blob([fs.readFileSync(dumpFile)]) }));
}

let counter = 0;

/** Each test file gets its own database on the server, dropped when closed. */
async function openPostgres(migrated: boolean): Promise<Database> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `landfall_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await adminQuery(`create database "${name}"`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const db = unwrap(await createDb({ kind: 'postgres', url: url.toString(), poolSize: 5 }));
  if (migrated) unwrap(await migrate(db));
  return {
    ...db,
    async close() {
      await db.close();
      await adminQuery(`drop database if exists "${name}" with (force)`);
    },
  };
}

/** A URL to a database on the test server that is created now and dropped by `drop()`. */
export async function createScratchPostgresUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `landfall_s_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await adminQuery(`create database "${name}"`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists "${name}" with (force)`) };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function unwrap<T>(r: { ok: true; value: T } | { ok: false; code: string; message: string }): T {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.value;
}
