import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../support/cli-io.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/indicators');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-markets-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const rec = recordingIo({ LANDFALL_DATA_DIR: dataDir }, FIXTURES);
  const code = await main(argv, rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

test('data import indicators: a bad file imports nothing (exit 2) and names each row and the name that did not map; --dry-run checks without a database', async () => {
  const dry = await run(['data', 'import', 'indicators', 'bad-rows.csv', '--dry-run', '--json']);
  assert.equal(dry.code, 2);
  const report = JSON.parse(dry.stdout);
  assert.deepEqual(report.errors.map((e: { line: number }) => e.line).sort(), [3, 4, 5, 6]);
  assert.deepEqual(report.unmapped.map((u: { value: string }) => u.value), ['Atlantis']);
  const bad = await run(['data', 'import', 'indicators', 'bad-rows.csv']);
  assert.equal(bad.code, 2, bad.stderr);
  assert.match(bad.stderr, /nothing imported/);
  assert.match(bad.stderr, /line 3: .*Atlantis/);
  assert.match(bad.stderr, /did not map to a country: Atlantis/);
  const good = await run(['data', 'import', 'indicators', 'merchant-indicators.csv', '--json']);
  assert.equal(good.code, 0, good.stderr);
  assert.equal(JSON.parse(good.stdout).inserted, 11);
  const usage = await run(['data', 'import', 'indicators', 'merchant-indicators.csv', '--format', 'xls']);
  assert.equal(usage.code, 2);
  const wrongKind = await run(['data', 'import', 'ecb', 'merchant-indicators.csv', '--year', '2020']);
  assert.equal(wrongKind.code, 2);
  assert.match(wrongKind.stderr, /belong to the indicators kind/);
});

test('markets rank --json for scripts: every country with its rank, score and reasons; markets reproduce names a bad year', async () => {
  const profile = path.join(dataDir, 'profile.json');
  fs.writeFileSync(profile, JSON.stringify({ indicators: [{ id: 'merchant.search_interest', weight: 1, direction: 'higher' }] }));
  const r = await run(['markets', 'rank', '--json', '--profile', profile]);
  assert.equal(r.code, 0, r.stderr);
  const ranking = JSON.parse(r.stdout);
  assert.deepEqual(ranking.countries.slice(0, 3).map((c: { country: string; rank: number }) => [c.country, c.rank]), [['US', 1], ['DE', 2], ['NL', 3]]);
  assert.match(ranking.method.statement, /min-max/);
  const human = await run(['markets', 'rank', '--top', '2', '--profile', profile]);
  assert.equal(human.code, 0);
  assert.match(human.stdout, /1\. US United States/);
  const badProfile = path.join(dataDir, 'bad.json');
  fs.writeFileSync(badProfile, JSON.stringify({ indicators: [{ id: 'x', weight: 'heavy', direction: 'higher' }] }));
  const refused = await run(['markets', 'rank', '--json', '--profile', badProfile]);
  assert.equal(refused.code, 2);
  assert.equal(JSON.parse(refused.stdout).error.field, 'indicators[0].id');
  const year = await run(['markets', 'reproduce', 'lpi', '--year', 'soon', '--json']);
  assert.equal(year.code, 2);
  assert.equal(JSON.parse(year.stdout).error.field, 'year');
  const help = await run(['markets', '--help']);
  assert.match(help.stdout, /markets rank/);
});
