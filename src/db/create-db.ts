import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import path from 'node:path';
import { fail, ok, type Result } from '../core/result/result.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import * as schema from './schema/index.js';
import type { SqlSession } from './sql-session.js';

export type Orm = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgres';

/** An open database: the Drizzle handle for repositories plus raw sessions for migrations and checks. */
export type Database = {
  readonly kind: DatabaseKind;
  /** Where it is, safe to print: a folder, "memory", or the URL without its password. */
  readonly location: string;
  readonly orm: Orm;
  /** Run `fn` on one connection held for its whole duration (advisory locks need that). */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
};

export type DbOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite'; memory: true; loadDataDir?: Blob };

/**
 * Open the configured database: node-postgres for a URL, PGlite (WASM PostgreSQL in-process) for a
 * data folder or in memory. A database that cannot be reached is an expected failure with a
 * one-line reason, not an exception.
 */
export async function createDb(options: DbOptions): Promise<Result<Database, 'DATABASE_UNAVAILABLE'>> {
  return options.kind === 'postgres' ? openPostgres(options.url, options.poolSize ?? 10) : openPglite(options);
}

async function openPostgres(url: string, poolSize: number): Promise<Result<Database, 'DATABASE_UNAVAILABLE'>> {
  const location = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Requests see the error themselves.
  });
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    return fail('DATABASE_UNAVAILABLE', `cannot connect to PostgreSQL at ${location}: ${describePgError(error)}`);
  }
  const orm = drizzlePg(pool, { schema }) as unknown as Orm;
  return ok({
    kind: 'postgres',
    location,
    orm,
    async withSession(fn) {
      const client = await pool.connect();
      try {
        return await fn(pgSession(client));
      } finally {
        client.release();
      }
    },
    async ping() {
      await pool.query('select 1');
    },
    close: once(() => pool.end()),
  });
}

async function openPglite(options: { dataDir: string } | { memory: true; loadDataDir?: Blob }): Promise<Result<Database, 'DATABASE_UNAVAILABLE'>> {
  let lock: DataDirLock | undefined;
  let client: PGlite;
  let location: string;
  if ('dataDir' in options) {
    const taken = lockDataDir(options.dataDir);
    if (!taken.ok) {
      return fail(
        'DATABASE_UNAVAILABLE',
        `the embedded database in ${options.dataDir} is in use by process ${taken.ownerPid} (lock file ${taken.lockFile}); stop it or set LANDFALL_DATA_DIR`,
      );
    }
    lock = taken.lock;
    location = path.join(options.dataDir, 'pgdata');
    try {
      client = await PGlite.create({ dataDir: location });
    } catch (error) {
      lock.release();
      return fail('DATABASE_UNAVAILABLE', `cannot open the embedded database in ${location}: ${(error as Error).message}`);
    }
  } else {
    location = 'memory';
    client = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  }
  const orm = drizzlePglite(client, { schema }) as unknown as Orm;
  const session = pgliteSession(client);
  // PGlite is one connection: withSession serializes callers so a held advisory lock or transaction
  // is never interleaved with another caller's statements.
  let queue: Promise<unknown> = Promise.resolve();
  return ok({
    kind: 'pglite',
    location,
    orm,
    withSession(fn) {
      const run = queue.then(() => fn(session));
      queue = run.catch(() => undefined);
      return run;
    },
    async ping() {
      await client.query('select 1');
    },
    close: once(async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    }),
  });
}

/** Closing twice is harmless: the second call waits for the first. */
function once(fn: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= fn());
}

/** Dump a PGlite database's data folder as a tarball (tests start from a migrated copy; backups are gzipped). */
export async function dumpPglite(database: Database, compression: 'none' | 'gzip' = 'none'): Promise<Blob> {
  const client = (database.orm as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir(compression) as Promise<Blob>;
}

function pgliteSession(client: PGlite): SqlSession {
  return {
    async query(sql, params) {
      const r = await client.query(sql, params ? [...params] : undefined);
      return r.rows as never[];
    },
    async exec(sql) {
      await client.exec(sql);
    },
  };
}

function pgSession(client: pg.PoolClient): SqlSession {
  return {
    async query(sql, params) {
      const r = await client.query(sql, params ? [...params] : undefined);
      return r.rows;
    },
    async exec(sql) {
      await client.query(sql);
    },
  };
}

/** postgres://user:secret@host/db -> postgres://user:***@host/db */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

function describePgError(error: unknown): string {
  const e = error as { code?: string; message?: string; errors?: Array<{ message?: string }> };
  const message = e.message || e.errors?.map((x) => x.message).join('; ') || String(error);
  return e.code ? `${message} (${e.code})` : message;
}
