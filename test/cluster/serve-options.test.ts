/**
 * `landfall serve --workers`: refused with the embedded database (the message names the option and
 * DATABASE_URL, exit 2, nothing created), bad counts refused naming the option or the variable, and
 * the help text. None of these needs a database.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../support/cli-io.js';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-workers-'));
}

test('--workers N and auto with the embedded database: exit 2, the message names the option and DATABASE_URL, no data folder made', async () => {
  for (const [argv, env, named] of [
    [['serve', '--workers', '2'], {}, '--workers 2'],
    [['serve', '--workers', 'auto'], {}, '--workers auto'],
    [['serve'], { LANDFALL_WORKERS: '3' }, 'LANDFALL_WORKERS 3'],
  ] as const) {
    const cwd = tempDir();
    const rec = recordingIo({ ...env }, cwd);
    assert.equal(await main([...argv], rec.io), 2, argv.join(' '));
    assert.equal(
      rec.stderr(),
      `landfall: ${named} needs a PostgreSQL server: the embedded database (${path.join(cwd, '.landfall')}) can be opened by one process only. Set DATABASE_URL=postgres://... to run several workers, or leave ${named.split(' ')[0]} out to serve from one process\n`,
    );
    assert.equal(rec.stdout(), '');
    assert.deepEqual(fs.readdirSync(cwd), [], 'nothing was created');
  }
});

test('--json refusal is one JSON error line naming the field', async () => {
  const rec = recordingIo({}, tempDir());
  assert.equal(await main(['serve', '--workers', '2', '--json'], rec.io), 2);
  const line = JSON.parse(rec.stdout()) as { error: { code: string; field: string } };
  assert.deepEqual([line.error.code, line.error.field], ['VALIDATION_FAILED', '--workers']);
});

test('bad worker counts and a bad LANDFALL_WORKER_HEADER are refused before anything opens, naming the option or the variable', async () => {
  const cases: Array<[string[], Record<string, string>, string]> = [
    [['serve', '--workers', '0'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, 'landfall: --workers must be a whole number from 1 to 64 or "auto", got "0"\n'],
    [['serve', '--workers', '65'], {}, 'landfall: --workers must be a whole number from 1 to 64 or "auto", got "65"\n'],
    [['serve', '--workers', '2.5'], {}, 'landfall: --workers must be a whole number from 1 to 64 or "auto", got "2.5"\n'],
    [['serve', '--workers', 'many'], {}, 'landfall: --workers must be a whole number from 1 to 64 or "auto", got "many"\n'],
    [['serve'], { LANDFALL_WORKERS: 'lots' }, 'landfall: LANDFALL_WORKERS must be a whole number from 1 to 64 or "auto", got "lots"\n'],
    [['serve', '--workers', '2'], { LANDFALL_WORKER_HEADER: 'yes' }, 'landfall: LANDFALL_WORKER_HEADER must be true or false, got "yes"\n'],
  ];
  for (const [argv, env, message] of cases) {
    const cwd = tempDir();
    const rec = recordingIo(env, cwd);
    assert.equal(await main(argv, rec.io), 2, argv.join(' '));
    assert.equal(rec.stderr(), message);
    assert.deepEqual(fs.readdirSync(cwd), []);
  }
  const missing = recordingIo({}, tempDir());
  assert.equal(await main(['serve', '--workers'], missing.io), 2);
  assert.match(missing.stderr(), /^landfall serve: Option '--workers <value>' argument missing\nRun "landfall serve --help" for usage\.\n$/);
});

test('serve --help documents --workers, LANDFALL_WORKERS, the pool size and the worker header', async () => {
  const rec = recordingIo({}, tempDir());
  assert.equal(await main(['serve', '--help'], rec.io), 0);
  const help = rec.stdout();
  assert.match(help, /^Usage: landfall serve \[--port N\] \[--host HOST\] \[--workers N\|auto\] \[--no-seed\] \[--json\]/);
  for (const text of ['--workers N|auto  worker processes, 1 to 64', 'LANDFALL_WORKERS', 'LANDFALL_DB_POOL_SIZE', 'LANDFALL_WORKER_HEADER=true', 'docs/deployment.md', 'Needs PostgreSQL (DATABASE_URL)']) {
    assert.ok(help.includes(text), text);
  }
});
