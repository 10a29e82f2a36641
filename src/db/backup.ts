import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { fail, ok, type Result } from '../core/result/result.js';
import { createDb, dumpPglite, type Database } from './create-db.js';
import { lockDataDir } from './data-dir-lock.js';

/**
 * Backup and restore of the embedded database: a gzip tarball of PGlite's data folder, written and
 * read by PGlite itself. Both need the data folder to themselves (the server stopped): its lock
 * says who holds it. A restore checks the file is a Landfall database before touching anything,
 * builds the new folder beside the old one, and moves the old one aside (never deletes it).
 */
export type BackupSummary = { file: string; bytes: number; migrations: number; orders: number; products: number };

export type BackupFailure = 'DATABASE_UNAVAILABLE' | 'VALIDATION_FAILED' | 'CONFLICT' | 'NOT_FOUND';

async function summarize(database: Database): Promise<{ migrations: number; orders: number; products: number }> {
  return database.withSession(async (s) => {
    const [row] = await s.query<{ migrations: number; orders: number; products: number }>(
      'select (select count(*) from landfall_migrations)::int as migrations, (select count(*) from orders)::int as orders, (select count(*) from products)::int as products',
    );
    return row!;
  });
}

/** Write a backup of the embedded database in `dataDir` to `file` (through a temporary file, renamed when complete). */
export async function backupEmbedded(dataDir: string, file: string): Promise<Result<BackupSummary, BackupFailure>> {
  if (!fs.existsSync(path.join(dataDir, 'pgdata'))) return fail('NOT_FOUND', `there is no embedded database in ${dataDir} to back up`, { field: 'dataDir' });
  const opened = await createDb({ kind: 'pglite', dataDir });
  if (!opened.ok) return opened;
  const database = opened.value;
  const partial = `${file}.partial-${process.pid}`;
  try {
    const counts = await summarize(database).catch(() => null);
    if (!counts) return fail('VALIDATION_FAILED', `the embedded database in ${dataDir} is not a Landfall database (no migrations table)`, { field: 'dataDir' });
    const bytes = new Uint8Array(await (await dumpPglite(database, 'gzip')).arrayBuffer());
    fs.writeFileSync(partial, bytes, { flag: 'wx' });
    fs.renameSync(partial, file);
    return ok({ file, bytes: bytes.length, ...counts });
  } catch (error) {
    fs.rmSync(partial, { force: true });
    return fail('VALIDATION_FAILED', `the backup could not be written to ${file}: ${(error as Error).message}`, { field: 'file' });
  } finally {
    await database.close();
  }
}

/**
 * Restore `file` into the embedded database of `dataDir`. The file must be a backup of a Landfall
 * database (checked by opening it in memory first). A folder that already holds a database is
 * only replaced with `force`; it is moved aside to `pgdata.before-restore-<time>`, not deleted.
 */
export async function restoreEmbedded(dataDir: string, file: string, options: { force: boolean; now: Date }): Promise<Result<BackupSummary & { movedAside: string | null }, BackupFailure>> {
  if (!fs.existsSync(file)) return fail('NOT_FOUND', `no backup file ${file}`, { field: 'file' });
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return fail('VALIDATION_FAILED', `${file} is not a Landfall backup (not a gzip file)`, { field: 'file' });
  // A truncated or damaged file is refused here, whole, before the database engine reads it.
  let tar: Buffer;
  try {
    tar = gunzipSync(bytes);
  } catch (error) {
    return fail('VALIDATION_FAILED', `${file} is not a Landfall backup (damaged or cut short: ${(error as Error).message})`, { field: 'file' });
  }
  if (tar.length < 512 || tar.subarray(257, 262).toString('latin1') !== 'ustar') return fail('VALIDATION_FAILED', `${file} is not a Landfall backup (not a data folder archive)`, { field: 'file' });
  const blob = new Blob([bytes]);

  // Check the backup opens and is a Landfall database before anything on disk changes.
  let counts: { migrations: number; orders: number; products: number };
  try {
    const probe = await createDb({ kind: 'pglite', memory: true, loadDataDir: blob });
    if (!probe.ok) return fail('VALIDATION_FAILED', `${file} cannot be opened as a database: ${probe.message}`, { field: 'file' });
    try {
      counts = await summarize(probe.value);
    } finally {
      await probe.value.close();
    }
  } catch (error) {
    return fail('VALIDATION_FAILED', `${file} is not a Landfall backup: ${(error as Error).message.slice(0, 200)}`, { field: 'file' });
  }

  const taken = lockDataDir(dataDir);
  if (!taken.ok) return fail('DATABASE_UNAVAILABLE', `the embedded database in ${dataDir} is in use by process ${taken.ownerPid} (lock file ${taken.lockFile}); stop it first`);
  const target = path.join(dataDir, 'pgdata');
  const staging = path.join(dataDir, `pgdata.restoring-${process.pid}`);
  try {
    const existing = fs.existsSync(target) && fs.readdirSync(target).length > 0;
    if (existing && !options.force) return fail('CONFLICT', `${dataDir} already holds a database; add --force to move it aside (to pgdata.before-restore-<time>) and restore`, { field: 'force' });
    fs.rmSync(staging, { recursive: true, force: true });
    const client = await PGlite.create({ dataDir: staging, loadDataDir: blob });
    await client.close();
    const aside = existing ? path.join(dataDir, `pgdata.before-restore-${options.now.toISOString().replace(/[:.]/g, '-')}`) : null;
    if (aside) fs.renameSync(target, aside);
    else fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(staging, target);
    return ok({ file, bytes: bytes.length, ...counts, movedAside: aside });
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    return fail('VALIDATION_FAILED', `the backup could not be restored into ${dataDir}: ${(error as Error).message.slice(0, 200)}`, { field: 'file' });
  } finally {
    taken.lock.release();
  }
}
