import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { readMigrations } from '../../src/db/migrate.js';
import { SEED_STEPS } from '../../src/services/seed/seed-demo-store.js';
import { recordingIo } from '../support/cli-io.js';
import { TEST_DATABASE_URL, createScratchPostgresUrl } from '../support/test-database.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-cli-'));
  dirs.push(d);
  return d;
}
after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function run(argv: string[], env: Record<string, string> = {}) {
  const rec = recordingIo(env, tempDir());
  const code = await main(argv, rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

test('--help lists the commands and exit codes', async () => {
  const r = await run(['--help']);
  assert.equal(r.code, 0);
  for (const c of ['serve', 'migrate', 'seed', 'keys', 'version']) assert.match(r.stdout, new RegExp(`\\b${c}\\b`));
  assert.match(r.stdout, /Exit codes/);
});

test('each command has --help', async () => {
  for (const c of ['serve', 'migrate', 'seed', 'keys', 'version']) {
    const r = await run([c, '--help']);
    assert.equal(r.code, 0, c);
    assert.match(r.stdout, /^Usage:\s+landfall/, c);
  }
});

test('version, plain and --json', async () => {
  const plain = await run(['version']);
  assert.match(plain.stdout, /^landfall \d+\.\d+\.\d+/);
  const json = JSON.parse((await run(['version', '--json'])).stdout);
  assert.match(json.version, /^\d+\.\d+\.\d+$/);
});

test('usage errors exit 2 with a one-line reason', async () => {
  for (const argv of [['frobnicate'], ['version', '--bogus'], ['keys'], ['keys', 'explode'], ['keys', 'create'], ['keys', 'revoke']]) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.ok(r.stderr.length > 0 && !/\n\s+at /.test(r.stderr), `no stack trace for ${argv.join(' ')}`);
  }
});

test('bad configuration exits 2 naming the variable', async () => {
  const r = await run(['migrate'], { PORT: 'abc' });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /PORT/);
});

test('an unreachable database exits 3 with one line and no password', async () => {
  const r = await run(['migrate'], { DATABASE_URL: 'postgres://postgres:hunter2@127.0.0.1:1/x' });
  assert.equal(r.code, 3);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.doesNotMatch(r.stderr, /hunter2/);
  const json = await run(['migrate', '--json'], { DATABASE_URL: 'postgres://127.0.0.1:1/x' });
  assert.equal(JSON.parse(json.stdout).error.code, 'DATABASE_UNAVAILABLE');
});

test('[pglite] migrate, seed and keys on an embedded database folder', async () => {
  const env = { LANDFALL_DATA_DIR: tempDir() };
  const migrated = await run(['migrate', '--json'], env);
  assert.equal(migrated.code, 0, migrated.stderr);
  assert.deepEqual(JSON.parse(migrated.stdout).applied, readMigrations().map((m) => m.tag));
  assert.equal((await run(['migrate'], env)).stdout, 'database is up to date\n');

  const seeded = JSON.parse((await run(['seed', '--json'], env)).stdout);
  assert.match(seeded.adminApiKey, /^lf_/);
  assert.equal((await run(['seed'], env)).stdout, 'already seeded\n');

  const created = await run(['keys', 'create', '--name', 'ci', '--scope', 'api', '--json'], env);
  assert.equal(created.code, 0, created.stderr);
  const { apiKey } = JSON.parse(created.stdout);
  const listed = JSON.parse((await run(['keys', 'list', '--json'], env)).stdout);
  assert.equal(listed.items.length, 2);
  assert.equal((await run(['keys', 'revoke', apiKey.id], env)).code, 0);
  assert.equal((await run(['keys', 'revoke', apiKey.id], env)).code, 4);
  const badScope = await run(['keys', 'create', '--name', 'x', '--scope', 'root'], env);
  assert.equal(badScope.code, 2);
  assert.match(badScope.stderr, /scopes\[0\]/);
});

test('[pglite] a data folder in use by another live process is refused with its pid', async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'landfall.lock'), String(process.ppid));
  const r = await run(['migrate'], { LANDFALL_DATA_DIR: dir });
  assert.equal(r.code, 3);
  assert.match(r.stderr, new RegExp(`in use by process ${process.ppid}`));
});

test('[postgres] migrate and seed through DATABASE_URL', { skip: TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set' }, async () => {
  const scratch = await createScratchPostgresUrl();
  try {
    const env = { DATABASE_URL: scratch.url };
    assert.equal((await run(['migrate'], env)).code, 0);
    const seeded = JSON.parse((await run(['seed', '--json'], env)).stdout);
    assert.deepEqual(seeded.applied, SEED_STEPS);
  } finally {
    await scratch.drop();
  }
});

test('[pglite] serve listens, prints the URLs and the admin key once, and stops on SIGTERM', async () => {
  const env = { LANDFALL_DATA_DIR: tempDir(), PORT: '0', LOG_LEVEL: 'silent' };
  for (const round of [1, 2]) {
    const rec = recordingIo(env, tempDir());
    const done = main(['serve', '--json'], rec.io);
    let summary: { urls: Record<string, string>; adminApiKey?: string } | undefined;
    for (let i = 0; i < 300 && !summary; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const line = rec.stdout().split('\n').find((l) => l.includes('"listening"'));
      if (line) summary = JSON.parse(line);
    }
    assert.ok(summary, `serve did not start: ${rec.stderr()}`);
    assert.deepEqual(Object.keys(summary.urls).sort(), ['admin', 'apiDocs', 'openapi', 'storefront']);
    const base = (summary.urls.storefront ?? '').replace(/\/$/, '');
    assert.doesNotMatch(base, /:0$/, 'the printed URL has the real port');
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    assert.equal((await fetch(`${base}/readyz`)).status, 200);
    assert.equal((await fetch(`${base}/docs/`)).status, 200);
    if (round === 1) assert.match(summary.adminApiKey ?? '', /^lf_/);
    else assert.equal(summary.adminApiKey, undefined, 'the key is shown only on the first start');
    rec.stop();
    assert.equal(await done, 0);
  }
});
