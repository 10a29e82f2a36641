/**
 * Which process answered is not told by default: X-Landfall-Worker appears only on a worker's
 * answers when `serve` was started with LANDFALL_WORKER_HEADER=true (serve.ts passes the worker id
 * to startServing only then), and no answer names a process id.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Runtime } from '../../src/cli/runtime.js';
import { startServing } from '../../src/cli/serve-app.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createDeps } from '../../src/services/deps.js';
import { openTestDatabase } from '../support/test-database.js';

test('[pglite] a serving process names no worker unless given its id, and no process id either way', { timeout: 120_000 }, async () => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-worker-header-'));
  const env = { LANDFALL_DATA_DIR: path.join(cwd, 'data'), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' };
  const config = loadConfig(env, cwd);
  assert.ok(config.ok);
  const database = await openTestDatabase('pglite');
  const runtime: Runtime = {
    config: config.value,
    deps: createDeps(database, { version: 'test' }),
    setPublicUrl: () => undefined,
    close: () => database.close(),
  };
  try {
    for (const workerId of [undefined, 7]) {
      const serving = await startServing(runtime, env, cwd, { fxRefresh: false, ...(workerId === undefined ? {} : { workerId }) });
      assert.ok(serving.ok);
      try {
        const response = await fetch(`http://127.0.0.1:${serving.value.port}/healthz`);
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('x-landfall-worker'), workerId === undefined ? null : '7');
        const headers = [...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
        assert.ok(!headers.includes(String(process.pid)), headers);
      } finally {
        await serving.value.stop('SIGTERM');
      }
    }
  } finally {
    await runtime.close();
    fs.rmSync(cwd, { recursive: true, force: true });
  }
});
