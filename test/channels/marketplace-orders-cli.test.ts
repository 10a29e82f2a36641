import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../support/cli-io.js';
import { amazonExport, amazonOrder, ebayReport, ebayRow } from './fixtures/marketplace-orders.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-channel-orders-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function run(argv: string[], stdin = '') {
  const rec = recordingIo({ LANDFALL_DATA_DIR: dataDir }, dataDir, stdin);
  const code = await main(argv, rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

before(async () => {
  const seeded = await run(['seed', '--json']);
  assert.equal(seeded.code, 0, seeded.stderr);
});

test('orders --help, and usage errors exit 2 without a stack trace', async () => {
  const help = await run(['orders', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage:\s+landfall orders import --channel amazon\|ebay <file\|->/);
  for (const argv of [['orders'], ['orders', 'export', '--channel', 'ebay', 'x'], ['orders', 'import', 'x.csv'], ['orders', 'import', '--channel', 'etsy', 'x.csv'], ['orders', 'import', '--channel', 'ebay'], ['orders', 'import', '--channel', 'ebay', 'a', 'b']]) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.ok(r.stderr.length > 0 && !/\n\s+at /.test(r.stderr), argv.join(' '));
  }
  const missing = await run(['orders', 'import', '--channel', 'ebay', 'no-such-file.csv']);
  assert.equal(missing.code, 4, missing.stderr);
});

test('[pglite] an eBay report from a file imports; again, it is skipped; a bad order is refused naming line and column', async () => {
  const file = path.join(dataDir, 'orders.csv');
  fs.writeFileSync(file, ebayReport([ebayRow({ 'Order Number': '12-20000-00001', 'Sale Date': 'Nov-01-26' }), ebayRow({ 'Order Number': '12-20000-00002', 'Custom Label': 'NOPE-1', 'Sale Date': 'Nov-01-26' })]));
  const first = await run(['orders', 'import', '--channel', 'ebay', file, '--json']);
  assert.equal(first.code, 0, first.stderr);
  const answer = JSON.parse(first.stdout);
  assert.equal(answer.imported, 1);
  assert.deepEqual(answer.refused.map((r: any) => [r.line, r.orderId, r.field, r.code]), [[4, '12-20000-00002', 'Custom Label', 'UNKNOWN_SKU']]);
  const again = await run(['orders', 'import', '--channel', 'ebay', file]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /^orders: ebay: 0 imported, 1 skipped \(imported before\), 1 refused, 2 records ignored\n/);
  assert.match(again.stdout, /\n {2}skipped  12-20000-00001 -> LF-\d+\n/);
  assert.match(again.stdout, /\n {2}refused {2}line 4 12-20000-00002: Custom Label: UNKNOWN_SKU: /);
});

test('[pglite] Amazon JSON from standard input; an unreadable file exits 2 naming the field', async () => {
  const r = await run(['orders', 'import', '--channel', 'amazon', '-', '--json'], amazonExport([amazonOrder('303-2000001-0000001', { PurchaseDate: '2026-11-02T10:00:00Z' })]));
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).imported, 1);
  const bad = await run(['orders', 'import', '--channel', 'amazon', '-', '--json'], '{"payload": {}}');
  assert.equal(bad.code, 2);
  assert.equal(JSON.parse(bad.stdout).error.field, 'payload.Orders');
});
