import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/landfall.js', import.meta.url));

test('the landfall bin prints help and exits 0', () => {
  const r = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Usage: landfall <command>/);
});

test('the landfall bin exits 3 with one line when the database is unreachable', () => {
  const r = spawnSync(process.execPath, [BIN, 'migrate'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'postgres://127.0.0.1:1/none' } });
  assert.equal(r.status, 3);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /^landfall: cannot connect to PostgreSQL/);
});

test('[pglite] `landfall serve` as a process: serves, then stops cleanly on SIGTERM and frees its data folder', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-bin-'));
  try {
    const child = spawn(process.execPath, [BIN, 'serve', '--json'], {
      env: { ...process.env, LANDFALL_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let base: string | undefined;
    for (let i = 0; i < 600 && !base; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const line = out.split('\n').find((l) => l.includes('"listening"'));
      if (line) base = (JSON.parse(line).urls.storefront as string).replace(/\/$/, '');
    }
    assert.ok(base, `did not start: ${err}`);
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    assert.ok(fs.existsSync(path.join(dataDir, 'landfall.lock')));
    child.kill('SIGTERM');
    assert.equal(await exited, 0, err);
    assert.equal(fs.existsSync(path.join(dataDir, 'landfall.lock')), false, 'the lock is released');
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
