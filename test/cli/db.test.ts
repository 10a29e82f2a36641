import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { createDb } from '../../src/db/create-db.js';
import { migrate } from '../../src/db/migrate.js';
import { placePaidOrder, readyCart, startCheckoutServer } from '../checkout/support.js';
import { recordingIo } from '../support/cli-io.js';
import { unwrap } from '../support/test-database.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-db-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

async function run(dataDir: string, argv: string[], env: Record<string, string> = {}) {
  const rec = recordingIo({ LANDFALL_DATA_DIR: dataDir, ...env }, root);
  const code = await main(argv, rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

/** The orders and products of the embedded database in `dataDir`, read through a fresh connection. */
async function contents(dataDir: string) {
  const db = unwrap(await createDb({ kind: 'pglite', dataDir }));
  try {
    return await db.withSession((s) => s.query<{ numbers: string[] | null; products: number }>('select (select array_agg(number order by number) from orders) as numbers, (select count(*) from products)::int as products'));
  } finally {
    await db.close();
  }
}

test('db backup and restore: a round trip keeps every order; a folder in use, a file that is no backup, an existing database without --force and a server URL are refused, changing nothing', async () => {
  const source = path.join(root, 'source');
  // A store with a paid order, made through the HTTP API on the folder the commands then use.
  const db = unwrap(await createDb({ kind: 'pglite', dataDir: source }));
  unwrap(await migrate(db));
  const s = await startCheckoutServer(db);
  const order = await placePaidOrder(s, (await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }])).id);
  await s.close();
  await db.close();
  const before = await contents(source);
  assert.deepEqual(before[0]!.numbers, [order.number]);

  const file = path.join(root, 'store.backup');
  const backup = await run(source, ['db', 'backup', 'store.backup', '--json']);
  assert.equal(backup.code, 0, backup.stderr);
  const summary = JSON.parse(backup.stdout);
  assert.deepEqual([summary.file, summary.orders, summary.products > 20, summary.bytes === fs.statSync(file).size], [file, 1, true, true]);
  assert.deepEqual(fs.readdirSync(root).filter((f) => f.includes('.partial')), [], 'no temporary file left');

  // Restored into an empty folder: the same orders and products.
  const target = path.join(root, 'target');
  const restored = await run(target, ['db', 'restore', file]);
  assert.equal(restored.code, 0, restored.stderr);
  assert.match(restored.stdout, /restored .* \(1 orders, \d+ products\)/);
  assert.deepEqual(await contents(target), before);

  // Again onto a folder that holds a database: refused without --force; with it, the old one is moved aside.
  const again = await run(target, ['db', 'restore', file]);
  assert.equal(again.code, 5, again.stderr);
  assert.match(again.stderr, /already holds a database; add --force/);
  const forced = await run(target, ['db', 'restore', file, '--force', '--json']);
  assert.equal(forced.code, 0, forced.stderr);
  const aside = JSON.parse(forced.stdout).movedAside as string;
  assert.ok(fs.existsSync(path.join(aside, 'PG_VERSION')), 'the previous database is kept');
  assert.deepEqual(await contents(target), before);

  // A folder in use by another process (the server running) is refused for both.
  const lockFile = path.join(target, 'landfall.lock');
  fs.writeFileSync(lockFile, String(process.ppid));
  try {
    assert.equal((await run(target, ['db', 'backup', path.join(root, 'x.backup')])).code, 3);
    const busy = await run(target, ['db', 'restore', file, '--force']);
    assert.equal(busy.code, 3);
    assert.match(busy.stderr, /in use by process/);
  } finally {
    fs.rmSync(lockFile, { force: true });
  }

  // Files that are no backup, missing files and databases, bad usage.
  const garbage = path.join(root, 'garbage.backup');
  fs.writeFileSync(garbage, 'not a backup at all');
  const notGzip = await run(target, ['db', 'restore', garbage, '--force']);
  assert.equal(notGzip.code, 2);
  assert.match(notGzip.stderr, /not a Landfall backup \(not a gzip file\)/);
  const truncated = path.join(root, 'truncated.backup');
  fs.writeFileSync(truncated, fs.readFileSync(file).subarray(0, 4096));
  assert.equal((await run(target, ['db', 'restore', truncated, '--force'])).code, 2);
  assert.deepEqual(await contents(target), before, 'nothing changed by the refused restores');
  assert.equal((await run(target, ['db', 'restore', path.join(root, 'missing.backup')])).code, 4);
  assert.equal((await run(path.join(root, 'empty'), ['db', 'backup', path.join(root, 'y.backup')])).code, 4);
  assert.equal((await run(target, ['db', 'vacuum', file])).code, 2);
  assert.equal((await run(target, ['db', 'backup'])).code, 2);
  assert.equal((await run(target, ['db', 'backup', file, '--force'])).code, 2);
  const server = await run(target, ['db', 'backup', file], { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' });
  assert.equal(server.code, 2);
  assert.match(server.stderr, /pg_dump/);
  const help = await run(target, ['db', '--help']);
  assert.deepEqual([help.code, /landfall db backup FILE/.test(help.stdout)], [0, true]);
});
