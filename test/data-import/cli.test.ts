import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../support/cli-io.js';
import { TEST_DATABASE_URL, createScratchPostgresUrl } from '../support/test-database.js';
import { FIXTURES, tempDirs } from './support.js';

const dirs = tempDirs();
after(() => dirs.cleanup());

/** No database listens here: commands that must not need one prove it by passing with this. */
const UNREACHABLE = { DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/none' };

async function run(argv: string[], env: Record<string, string> = {}) {
  const rec = recordingIo(env, FIXTURES);
  const code = await main(['data', ...argv], rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

test('data --help explains the kinds and options; the global help lists the command', async () => {
  const r = await run(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Usage:\n {2}landfall data import <kind> <file or URL>/);
  for (const word of ['hs', 'uk-tariff', 'uk-commodities', 'us-hts', 'ecb', '--edition', '--effective-from', '--batch-size', '--timeout', '--dry-run', '--json', 'Exit codes']) {
    assert.ok(r.stdout.includes(word), word);
  }
  const global = recordingIo({}, FIXTURES);
  await main(['--help'], global.io);
  assert.match(global.stdout(), /\n {2}data +Import reference data/);
});

test('usage errors exit 2 with a one-line reason', async () => {
  const cases: Array<[string[], RegExp]> = [
    [[], /missing action/],
    [['explode'], /unknown action "explode"/],
    [['import'], /missing kind \(hs, uk-tariff, uk-commodities, us-hts, ecb, indicators, sanctions\)/],
    [['import', 'eu-tariff', 'x.csv'], /unknown kind "eu-tariff"/],
    [['import', 'hs'], /missing the file or URL/],
    [['import', 'hs', 'a.csv', 'b.csv'], /unexpected argument "b.csv"/],
    [['import', 'hs', 'a.csv', '--batch-size', '0'], /--batch-size must be a whole number/],
    [['import', 'hs', 'a.csv', '--timeout', 'soon'], /--timeout must be a whole number/],
    [['import', 'hs', 'a.csv', '--bogus'], /Unknown option '--bogus'/],
    [['import', 'hs', 'a.csv', '--limit', '3'], /--kind and --limit belong to "data runs"/],
    [['import', 'ecb', 'ecb/eurofxref-daily.xml', '--edition', 'HS2017'], /--edition applies to the hs kind only/],
    [['import', 'uk-tariff', 'uk/global-uk-tariff-sample.csv', '--effective-from', '2021-02-30'], /--effective-from must be a date/],
    [['import', 'hs', 'hs/harmonized-system-sample.csv', '--edition', '2022'], /--edition must look like HS2022/],
  ];
  for (const [argv, reason] of cases) {
    const r = await run(argv, UNREACHABLE);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, reason, argv.join(' '));
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('an unusable file exits 2 before any database is opened, saying why', async () => {
  const dir = dirs.make();
  fs.writeFileSync(path.join(dir, 'empty.csv'), '');
  fs.writeFileSync(path.join(dir, 'garbage.csv'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0xff, 0x10]));
  fs.writeFileSync(path.join(dir, 'latin1.csv'), Buffer.from('commodity,description,ukgt_duty_rate\n09012100,Caf\xe9,6.0%\n', 'latin1'));
  const cases: Array<[string[], RegExp]> = [
    [['hs', 'ecb/eurofxref-hist-sample.csv'], /missing required columns section, hscode, description, parent, level .*it looks like ECB euro reference rates: try "landfall data import ecb \.\.\."/],
    [['uk-tariff', path.join(dir, 'empty.csv')], /the file is empty/],
    [['uk-tariff', path.join(dir, 'garbage.csv')], /binary, not text/],
    [['uk-tariff', path.join(dir, 'latin1.csv')], /not UTF-8/],
  ];
  for (const [argv, reason] of cases) {
    const r = await run(['import', ...argv], UNREACHABLE);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, reason, argv.join(' '));
  }
  const json = await run(['import', 'hs', 'ecb/eurofxref-hist-sample.csv', '--json'], UNREACHABLE);
  assert.deepEqual(Object.keys(JSON.parse(json.stdout).error), ['code', 'message', 'field']);
  assert.equal(JSON.parse(json.stdout).error.field, 'section');
  const missing = await run(['import', 'hs', 'no-such-file.csv'], UNREACHABLE);
  assert.equal(missing.code, 4);
  assert.match(missing.stderr, /no such file: .*no-such-file\.csv/);
});

test('--dry-run checks a file and reports what would be written, without a database', async () => {
  const r = await run(['import', 'uk-tariff', 'uk/global-uk-tariff-with-errors.csv', '--dry-run'], UNREACHABLE);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /2 rows would be written to tariff_lines; 0 skipped; 5 rejected/);
  assert.match(r.stdout, /\n {2}line 3: ukgt_duty_rate is empty\n/);
  const json = JSON.parse((await run(['import', 'ecb', 'ecb/eurofxref-daily.xml', '--dry-run', '--json'], UNREACHABLE)).stdout);
  assert.deepEqual([json.dryRun, json.valid, json.options.format], [true, 4, 'xml']);
});

test('a good file with an unreachable database exits 3 with one line and no password', async () => {
  const r = await run(['import', 'ecb', 'ecb/eurofxref-daily.xml'], UNREACHABLE);
  assert.equal(r.code, 3);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.doesNotMatch(r.stderr, /secret/);
});

test('[pglite] import, re-run, rejected rows, progress and the list of runs on an embedded database', async () => {
  const env = { LANDFALL_DATA_DIR: dirs.make(), DATABASE_URL: '' };
  const withErrors = await run(['import', 'uk-tariff', 'uk/global-uk-tariff-with-errors.csv'], env);
  assert.equal(withErrors.code, 0, withErrors.stderr);
  assert.match(withErrors.stdout, /^uk-tariff: 7 rows read from .*global-uk-tariff-with-errors\.csv\n/);
  assert.match(withErrors.stdout, /\n {2}new +2\n/);
  assert.match(withErrors.stdout, /\n {2}rejected +5\n/);
  assert.match(withErrors.stdout, /\n5 rows were rejected; the other rows were imported:\n {2}line 3: ukgt_duty_rate is empty\n/);

  const first = await run(['import', 'hs', 'hs/harmonized-system-sample.csv', '--json'], env);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout.trim().split('\n').length, 1, '--json prints only the summary');
  const summary = JSON.parse(first.stdout);
  assert.deepEqual([summary.kind, summary.rowsRead, summary.inserted, summary.skipped, summary.table], ['hs', 10, 9, 1, 'hs_nomenclature']);
  const again = JSON.parse((await run(['import', 'hs', 'hs/harmonized-system-sample.csv', '--json'], env)).stdout);
  assert.deepEqual([again.inserted, again.updated, again.unchanged], [0, 0, 9]);

  // 500 batches of 10 rows, about 2 s on PGlite: enough to outlast the 500 ms progress interval.
  const big = path.join(dirs.make(), 'eurofxref-hist.csv');
  const days = Array.from({ length: 1000 }, (_, i) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10));
  fs.writeFileSync(big, `Date,USD,JPY,GBP,CHF,SEK,\n${days.map((d, i) => `${d},1.${i},16${i % 10}.5,0.8${i},0.9${i},10.${i},\n`).join('')}`);
  const progress = await run(['import', 'ecb', big, '--batch-size', '10'], env);
  assert.equal(progress.code, 0, progress.stderr);
  const lines = progress.stderr.trim().split('\n');
  assert.ok(lines.length >= 2, `progress lines: ${progress.stderr}`);
  for (const l of lines) assert.match(l, /^ecb: [\d,]+\/5,000 rows \(\d{1,3}%\)$/);
  assert.equal(lines.at(-1), 'ecb: 5,000/5,000 rows (100%)');
  assert.doesNotMatch(progress.stdout, /rows \(\d+%\)/, 'progress stays on stderr');

  const runs = JSON.parse((await run(['runs', '--json'], env)).stdout).items as Array<{ kind: string; status: string; sha256: string }>;
  assert.deepEqual(runs.map((x) => x.kind), ['ecb', 'hs', 'hs', 'uk-tariff']);
  assert.ok(runs.every((x) => x.status === 'succeeded' && /^[0-9a-f]{64}$/.test(x.sha256)));
  const listed = await run(['runs', '--kind', 'uk-tariff'], env);
  assert.match(listed.stdout, /uk-tariff +succeeded 2 new, 0 updated, 0 unchanged, 5 rejected/);
  assert.equal((await run(['runs', '--kind', 'eu'], env)).code, 2);
});

test('[postgres] import through DATABASE_URL', { skip: TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set' }, async () => {
  const scratch = await createScratchPostgresUrl();
  try {
    const env = { DATABASE_URL: scratch.url };
    const r = await run(['import', 'us-hts', 'us/hts_2026_revision_10_sample.json', '--json'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).options, { effectiveFrom: '2026-06-08', release: '2026 Revision 10' });
  } finally {
    await scratch.drop();
  }
});
