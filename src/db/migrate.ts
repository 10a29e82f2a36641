import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail, ok, type Result } from '../core/result/result.js';
import type { Database } from './create-db.js';
import type { SqlSession } from './sql-session.js';

/** The checked-in SQL migrations written by drizzle-kit from src/db/schema. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../drizzle/', import.meta.url));

/** Any fixed 64-bit number works; every Landfall process uses this one to serialize migrations. */
const MIGRATION_LOCK_KEY = 7_261_530_044_117n;

export type Migration = { tag: string; hash: string; statements: string[] };
export type MigrateOutcome = { applied: string[]; total: number };

/** Read drizzle-kit's journal and SQL files in order. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ idx: number; tag: string }>;
  };
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => {
      const text = fs.readFileSync(path.join(dir, `${tag}.sql`), 'utf8');
      return {
        tag,
        hash: createHash('sha256').update(text).digest('hex'),
        statements: text.split('--> statement-breakpoint').map((s) => s.trim()).filter((s) => s !== ''),
      };
    });
}

/**
 * Apply pending migrations, each in its own transaction, under a PostgreSQL advisory lock so that
 * several processes starting at once apply each migration exactly once (the others wait, then find
 * nothing to do). A migration that was applied and has since been edited is refused.
 */
export async function migrate(
  database: Database,
  options: { migrations?: Migration[]; onApplied?: (tag: string) => void } = {},
): Promise<Result<MigrateOutcome, 'MIGRATION_CHANGED' | 'MIGRATION_FAILED'>> {
  const migrations = options.migrations ?? readMigrations();
  return database.withSession(async (s) => {
    await s.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      return await applyPending(s, migrations, options.onApplied);
    } finally {
      await s.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
    }
  });
}

async function applyPending(
  s: SqlSession,
  migrations: Migration[],
  onApplied?: (tag: string) => void,
): Promise<Result<MigrateOutcome, 'MIGRATION_CHANGED' | 'MIGRATION_FAILED'>> {
  await s.exec(`create table if not exists landfall_migrations (
    tag text primary key,
    hash text not null,
    applied_at timestamptz not null default now()
  )`);
  const rows = await s.query<{ tag: string; hash: string }>('select tag, hash from landfall_migrations');
  const done = new Map(rows.map((r) => [r.tag, r.hash]));
  const applied: string[] = [];
  for (const m of migrations) {
    const previous = done.get(m.tag);
    if (previous !== undefined) {
      if (previous !== m.hash) {
        return fail('MIGRATION_CHANGED', `migration ${m.tag} was edited after it was applied; add a new migration instead`);
      }
      continue;
    }
    try {
      await s.exec('begin');
      for (const statement of m.statements) await s.exec(statement);
      await s.query('insert into landfall_migrations (tag, hash) values ($1, $2)', [m.tag, m.hash]);
      await s.exec('commit');
    } catch (error) {
      await s.exec('rollback').catch(() => undefined);
      return fail('MIGRATION_FAILED', `migration ${m.tag} failed and was rolled back: ${(error as Error).message}`);
    }
    applied.push(m.tag);
    onApplied?.(m.tag);
  }
  return ok({ applied, total: migrations.length });
}
