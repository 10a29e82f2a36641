import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../support/cli-io.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-stock-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const rec = recordingIo({ LANDFALL_DATA_DIR: dataDir }, dataDir);
  const code = await main(argv, rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

before(async () => {
  const seeded = await run(['seed', '--json']);
  assert.equal(seeded.code, 0, seeded.stderr);
});

test('stock --help, and usage errors exit 2', async () => {
  const help = await run(['stock', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage:\s+landfall stock receive/);
  for (const argv of [['stock'], ['stock', 'count'], ['stock', 'receive', '--sku', 'COF-ROB-250'], ['stock', 'list', '--quantity', '3'], ['stock', 'list', 'extra']]) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.ok(r.stderr.length > 0 && !/\n\s+at /.test(r.stderr), argv.join(' '));
  }
});

test('[pglite] stock list shows the seeded demo stock; receive adds to it', async () => {
  const listed = await run(['stock', 'list', '--sku', 'COF-ROB-250', '--json']);
  assert.equal(listed.code, 0, listed.stderr);
  const levels = JSON.parse(listed.stdout).items.map((l: { warehouse: string; onHand: number }) => [l.warehouse, l.onHand]);
  assert.deepEqual(levels, [['nl-venlo', 48], ['us-nj', 60], ['vn-hoian', 240]]);

  const received = await run(['stock', 'receive', '--sku', 'COF-ROB-250', '--warehouse', 'us-nj', '--quantity', '24', '--reason', 'sea freight', '--reference', 'PO-2026-03']);
  assert.equal(received.code, 0, received.stderr);
  assert.equal(received.stdout, 'received 24 of COF-ROB-250 in us-nj: 84 on hand, 0 reserved, 84 available\n');
  const json = JSON.parse((await run(['stock', 'receive', '--sku', 'COF-ROB-250', '--warehouse', 'us-nj', '--quantity', '1', '--json'])).stdout);
  assert.deepEqual([json.movement.kind, json.movement.onHandAfter, json.level.available], ['receipt', 85, 85]);

  const table = await run(['stock', 'list', '--warehouse', 'us-nj']);
  assert.equal(table.code, 0);
  assert.match(table.stdout, /^SKU\s+WAREHOUSE\s+ON HAND\s+RESERVED\s+AVAILABLE\n/);
  assert.match(table.stdout, /\nCOF-ROB-250\s+us-nj\s+85\s+0\s+85\n/);
  assert.doesNotMatch(table.stdout, /NUT-W180-400/, 'not stocked in New Jersey');
});

test('[pglite] bad input exits 2 naming the field, unknown names exit 4, and nothing is received', async () => {
  const before = JSON.parse((await run(['stock', 'list', '--sku', 'TEE-LAN-M', '--json'])).stdout);
  for (const [quantity, field] of [['0', 'quantity'], ['-3', 'quantity'], ['lots', 'quantity']]) {
    const r = await run(['stock', 'receive', '--sku', 'TEE-LAN-M', '--warehouse', 'vn-hoian', `--quantity=${quantity}`, '--json']);
    assert.equal(r.code, 2, quantity);
    assert.equal(JSON.parse(r.stdout).error.field, field, quantity);
  }
  const longReason = await run(['stock', 'receive', '--sku', 'TEE-LAN-M', '--warehouse', 'vn-hoian', '--quantity', '1', '--reason', 'x'.repeat(501), '--json']);
  assert.deepEqual([longReason.code, JSON.parse(longReason.stdout).error.field], [2, 'reason']);
  const unknownSku = await run(['stock', 'receive', '--sku', 'NOPE-1', '--warehouse', 'vn-hoian', '--quantity', '1']);
  assert.equal(unknownSku.code, 4);
  assert.match(unknownSku.stderr, /no variant has the SKU NOPE-1/);
  assert.equal((await run(['stock', 'receive', '--sku', 'TEE-LAN-M', '--warehouse', 'mars', '--quantity', '1'])).code, 4);
  assert.equal((await run(['stock', 'list', '--warehouse', 'mars'])).code, 4);
  assert.deepEqual(JSON.parse((await run(['stock', 'list', '--sku', 'TEE-LAN-M', '--json'])).stdout), before);
});
