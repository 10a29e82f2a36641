import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../support/cli-io.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sanctions');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-screen-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function run(argv: string[], stdin = '') {
  const rec = recordingIo({ LANDFALL_DATA_DIR: dataDir }, FIXTURES, stdin);
  const code = await main(argv, rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

test('screen before any list exits 4 saying what to import', async () => {
  const r = await run(['screen', '--json'], '{"name":"Ivan Sidorov"}\n');
  assert.equal(r.code, 4, r.stderr);
  assert.match(r.stderr, /landfall data import sanctions/);
});

test('data import sanctions, then screen --json: one line per query in order, bad lines named in place, exit 2', async () => {
  const bad = await run(['data', 'import', 'sanctions', 'nato', 'eu-sample.xml']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /csl, ofac-sdn, ofac-non-sdn, un, eu, uk/);
  const imported = await run(['data', 'import', 'sanctions', 'eu', 'eu-sample.xml', '--json']);
  assert.equal(imported.code, 0, imported.stderr);
  assert.equal(JSON.parse(imported.stdout).kind, 'eu');
  const input = ['{"name": "SIDOROV, Ivan Petrovich", "country": "Russia", "type": "individual"}', '{"name": "Anna Schmidt", "country": "DE"}', 'not json', '{"name": ""}', '{"name": "Иван Сидоров"}'].join('\n');
  const r = await run(['screen', '--json'], `${input}\n`);
  assert.equal(r.code, 2, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 5);
  assert.equal(lines[0].decision, 'match');
  assert.deepEqual(Object.keys(lines[0].matches[0]).slice(0, 4), ['list', 'id', 'name', 'score']);
  assert.deepEqual([lines[1].decision, lines[1].matches], ['clear', []]);
  assert.deepEqual([lines[2].error.line, lines[2].error.field], [3, null]);
  assert.deepEqual([lines[3].error.line, lines[3].error.field], [4, 'name']);
  assert.notEqual(lines[4].decision, 'clear', 'Cyrillic script matches the listed name');
  const one = await run(['screen', 'Ivan Sidorov', '--country', 'RU']);
  assert.equal(one.code, 0);
  assert.match(one.stdout, /^(match|potential_match)/);
  const help = await run(['screen', '--help']);
  assert.match(help.stdout, /potential_match means hold for review/);
});
