import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../support/cli-io.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-users-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function run(argv: string[], stdin = '') {
  const rec = recordingIo({ LANDFALL_DATA_DIR: dataDir }, dataDir, stdin);
  const code = await main(argv, rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

test('users --help; usage errors exit 2', async () => {
  const help = await run(['users', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /standard input/);
  for (const argv of [['users'], ['users', 'delete'], ['users', 'create', '--email', 'a@b.co'], ['users', 'create', '--email', 'a@b.co', '--name', 'A']]) {
    assert.equal((await run(argv)).code, 2, argv.join(' '));
  }
});

test('[pglite] users create reads the password from stdin; a short one or a taken email is refused by name; list shows the user', async () => {
  const created = await run(['users', 'create', '--email', 'Owner@Shop.Example', '--name', 'Owner', '--role', 'owner', '--json'], 'correct horse battery staple\n');
  assert.equal(created.code, 0, created.stderr);
  assert.deepEqual([JSON.parse(created.stdout).email, JSON.parse(created.stdout).role], ['owner@shop.example', 'owner']);
  assert.ok(!created.stdout.includes('horse'));
  const short = await run(['users', 'create', '--email', 'b@shop.example', '--name', 'B', '--role', 'operator', '--json'], 'short\n');
  assert.equal(short.code, 2, short.stderr);
  assert.match(short.stdout + short.stderr, /password/);
  const taken = await run(['users', 'create', '--email', 'owner@shop.example', '--name', 'Again', '--role', 'owner'], 'another long passphrase\n');
  assert.equal(taken.code, 5, taken.stderr);
  const listed = await run(['users', 'list', '--json']);
  assert.deepEqual(JSON.parse(listed.stdout).items.map((u: { email: string; role: string; locked: boolean }) => [u.email, u.role, u.locked]), [['owner@shop.example', 'owner', false]]);
});
