import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../support/cli-io.js';
import { createScratchPostgresUrl, TEST_DATABASE_URL } from '../support/test-database.js';
import { generateCatalogCsv } from './generate-catalog.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/catalog/', import.meta.url));
/** No database listens here: commands that must not need one prove it by passing with this. */
const UNREACHABLE = { DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/none' };
const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-catalog-'));
  dirs.push(d);
  return d;
};
after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function run(argv: string[], env: Record<string, string> = {}) {
  const rec = recordingIo(env, FIXTURES);
  const code = await main(['catalog', ...argv], rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

test('catalog --help documents the columns and options; the global help lists the command', async () => {
  const r = await run(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Usage:\n {2}landfall catalog import <file> \[--format csv\|json\] \[--dry-run\]/);
  for (const word of ['handle*', 'hs_code*', 'title_<locale>', 'national_code_<territory>', 'option_<name>', 'weight_kg*', 'length_cm', 'barcode', '--batch-size', 'Exit codes']) {
    assert.ok(r.stdout.includes(word), word);
  }
  const global = recordingIo({}, FIXTURES);
  await main(['--help'], global.io);
  assert.match(global.stdout(), /\n {2}catalog +Import products and variants/);
});

test('usage errors exit 2 with a one-line reason', async () => {
  const cases: Array<[string[], RegExp]> = [
    [[], /missing action \(import\)/],
    [['export'], /unknown action "export"/],
    [['import'], /missing the file to import/],
    [['import', 'a.csv', 'b.csv'], /unexpected argument "b.csv"/],
    [['import', 'a.csv', '--format', 'xml'], /--format must be csv or json/],
    [['import', 'a.csv', '--batch-size', '0'], /--batch-size must be a whole number from 1 to 2000/],
    [['import', 'a.csv', '--batch-size', 'lots'], /--batch-size must be a whole number/],
    [['import', 'a.csv', '--bogus'], /Unknown option '--bogus'/],
  ];
  for (const [argv, reason] of cases) {
    const r = await run(argv, UNREACHABLE);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, reason, argv.join(' '));
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('an unusable file exits 2 before any database is opened; a missing one exits 4', async () => {
  const cases: Array<[string, RegExp]> = [
    ['missing-columns.csv', /missing required columns origin_country, currency, weight_kg/],
    ['unknown-columns.csv', /column "colour": is not a catalog column/],
    ['latin1.csv', /not UTF-8/],
    ['malformed.json', /malformed JSON at line 3/],
  ];
  for (const [file, reason] of cases) {
    const r = await run(['import', file], UNREACHABLE);
    assert.equal(r.code, 2, file);
    assert.match(r.stderr, reason, file);
  }
  const json = JSON.parse((await run(['import', 'missing-columns.csv', '--json'], UNREACHABLE)).stdout);
  assert.equal(json.error.code, 'VALIDATION_FAILED');
  const missing = await run(['import', 'no-such-file.csv'], UNREACHABLE);
  assert.equal(missing.code, 4);
  assert.match(missing.stderr, /no such file: .*no-such-file\.csv/);
});

test('--dry-run checks a file and lists the bad rows by line, without a database', async () => {
  const r = await run(['import', 'with-errors.csv', '--dry-run'], UNREACHABLE);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^catalog: 9 products in 14 rows read from .*with-errors\.csv \(csv; dry run: nothing written\)\n/);
  assert.match(r.stdout, /\n {2}2 products with 3 variants would be imported; 7 refused\n/);
  assert.match(r.stdout, /\n {2}line 4: price USD has 2 decimal places; "10\.005" has more\n/);
  assert.match(r.stdout, /\n {2}line 10: sku "DUP-1" is also on line 9: SKUs are unique across the catalog\n/);
  const json = JSON.parse((await run(['import', 'good.json', '--dry-run', '--json'], UNREACHABLE)).stdout);
  assert.deepEqual([json.dryRun, json.format, json.valid], [true, 'json', { products: 2, variants: 3 }]);
  const forced = await run(['import', 'good.csv', '--dry-run', '--format', 'json'], UNREACHABLE);
  assert.equal(forced.code, 2, 'a CSV read as JSON is malformed');
});

test('a good file with an unreachable database exits 3 with one line and no password', async () => {
  const r = await run(['import', 'good.csv'], UNREACHABLE);
  assert.equal(r.code, 3);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.doesNotMatch(r.stderr, /secret/);
});

async function importJourney(env: Record<string, string>) {
  const first = await run(['import', 'good.csv'], env);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^catalog: 3 products in 5 rows read from .*good\.csv \(csv\)\n/);
  assert.match(first.stdout, /\n {2}products +3 new, 0 updated, 0 unchanged\n {2}variants +5 new, 0 updated, 0 unchanged\n/);

  const again = JSON.parse((await run(['import', 'good.csv', '--json'], env)).stdout);
  assert.deepEqual([again.products, again.variants], [{ inserted: 0, updated: 0, unchanged: 3 }, { inserted: 0, updated: 0, unchanged: 5 }]);

  // The JSON file shares robusta-beans and one of its SKUs: an update, and a new product.
  const json = JSON.parse((await run(['import', 'good.json', '--json', '--batch-size', '1'], env)).stdout);
  assert.deepEqual([json.products, json.variants, json.batches], [{ inserted: 1, updated: 1, unchanged: 0 }, { inserted: 2, updated: 1, unchanged: 0 }, 2]);

  const errors = await run(['import', 'with-errors.csv'], env);
  assert.equal(errors.code, 0, errors.stderr);
  assert.match(errors.stdout, /\n {2}refused +7 products \(11 rows\)\n/);
  assert.match(errors.stdout, /\n7 products were refused; the other products were imported:\n {2}line 4: price USD has 2 decimal places/);

  // A SKU that another product already owns refuses that product, at the SKU's line.
  const dir = tempDir();
  fs.writeFileSync(
    path.join(dir, 'thief.csv'),
    'handle,hs_code,origin_country,title_en,sku,option_size,price,currency,weight_kg\nthief,090111,VN,Thief,NEW-1,S,1.00,USD,1\nthief,090111,VN,Thief,ROB-1K-W,M,1.00,USD,1\nhonest,090111,VN,Honest,HONEST-1,,1.00,USD,1\nsame,090111,VN,Same,SAME-1,,1.00,USD,1\nsame,090111,VN,Same,SAME-2,,1.00,USD,1\n',
  );
  const thief = await run(['import', path.join(dir, 'thief.csv')], env);
  assert.equal(thief.code, 0, thief.stderr);
  assert.match(thief.stdout, /\n {2}line 3: SKU ROB-1K-W already belongs to the product robusta-beans; the product "thief" is not imported\n/);
  assert.match(thief.stdout, /\n {2}products +1 new/);
  assert.match(thief.stdout, /\n {2}line 6: option columns are the same as those of line 5: variants must differ in at least one option\n/);

  // 10,000 variants (2,500 products x 4), timed; progress lines on stderr only.
  const big = path.join(dir, 'catalog-10k.csv');
  fs.writeFileSync(big, generateCatalogCsv(2500, 4));
  const started = process.hrtime.bigint();
  const bulk = await run(['import', big, '--json'], env);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  assert.equal(bulk.code, 0, bulk.stderr);
  const summary = JSON.parse(bulk.stdout);
  assert.deepEqual([summary.products.inserted, summary.variants.inserted, summary.batches], [2500, 10_000, 13]);
  const progress = bulk.stderr.trim().split('\n').filter((l) => l !== '');
  for (const l of progress) assert.match(l, /^catalog: [\d,]+\/2,500 products \(\d{1,3}%\)$/);
  const startedAgain = process.hrtime.bigint();
  const rerun = JSON.parse((await run(['import', big, '--json'], env)).stdout);
  const rerunSeconds = Number(process.hrtime.bigint() - startedAgain) / 1e9;
  assert.deepEqual(rerun.variants, { inserted: 0, updated: 0, unchanged: 10_000 });
  return { seconds, rerunSeconds };
}

test('[pglite] import, re-run, refused rows and conflicts, and 10,000 variants on an embedded database', async (t) => {
  const timing = await importJourney({ LANDFALL_DATA_DIR: tempDir(), DATABASE_URL: '' });
  t.diagnostic(`10,000 variants on PGlite: first import ${timing.seconds.toFixed(2)} s, re-run ${timing.rerunSeconds.toFixed(2)} s`);
});

test('[postgres] the same journey through DATABASE_URL', { skip: TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set' }, async (t) => {
  const scratch = await createScratchPostgresUrl();
  try {
    const timing = await importJourney({ DATABASE_URL: scratch.url });
    t.diagnostic(`10,000 variants on PostgreSQL: first import ${timing.seconds.toFixed(2)} s, re-run ${timing.rerunSeconds.toFixed(2)} s`);
  } finally {
    await scratch.drop();
  }
});
