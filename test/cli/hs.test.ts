import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../support/cli-io.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-hs-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function run(argv: string[], stdin = '') {
  const rec = recordingIo({ LANDFALL_DATA_DIR: dataDir }, fixtures, stdin);
  const code = await main(argv, rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

test('[pglite] hs train, then classify --json: one JSON line per input line, in order', async () => {
  const trained = await run(['hs', 'train', '--nomenclature', 'nomenclature.csv', '--examples', 'examples.jsonl', '--json']);
  assert.equal(trained.code, 0, trained.stderr);
  assert.equal(JSON.parse(trained.stdout).codes, 5);

  const input = ['{"text": "cotton t-shirt"}', '{"text": ""}', 'not json', '{"text": "silk scarf", "material": "silk"}'].join('\n');
  const r = await run(['classify', '--json'], input);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.equal(lines[0].candidates[0].hs6, '610910');
  assert.ok(lines[0].candidates.length <= 5);
  assert.equal(lines[1].error.code, 'VALIDATION_FAILED');
  assert.equal(lines[2].error.message, 'the line is not JSON');
  assert.equal(lines[3].candidates[0].hs6, '621410');
  assert.equal(r.code, 2, 'bad lines make the run exit 2, after every line is answered');
});

test('usage errors and unusable files', async () => {
  assert.equal((await run(['hs'])).code, 2);
  assert.equal((await run(['hs', 'train'])).code, 2);
  assert.equal((await run(['classify'])).code, 2);
  const missing = await run(['hs', 'train', '--nomenclature', 'nope.csv']);
  assert.equal(missing.code, 4, missing.stderr);
  const wrong = await run(['hs', 'train', '--nomenclature', 'examples.jsonl']);
  assert.equal(wrong.code, 2, wrong.stderr);
});
