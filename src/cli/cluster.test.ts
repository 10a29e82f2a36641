import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { choosePort, MAX_WORKERS, nodeOptionsForWorkers, parseWorkerCount, parseWorkerHeaderFlag, poolWarning, restartDelayMs } from './cluster.js';

test('worker counts: 1 to 64 or auto (the CPUs, at most 64); anything else names the option', () => {
  assert.deepEqual(parseWorkerCount(undefined, '--workers', 8), { ok: true, value: { count: 1, asked: undefined } });
  assert.deepEqual(parseWorkerCount('', 'LANDFALL_WORKERS', 8), { ok: true, value: { count: 1, asked: undefined } });
  assert.deepEqual(parseWorkerCount('1', '--workers', 8), { ok: true, value: { count: 1, asked: '1' } });
  assert.deepEqual(parseWorkerCount(' 4 ', '--workers', 8), { ok: true, value: { count: 4, asked: '4' } });
  assert.deepEqual(parseWorkerCount('64', '--workers', 8), { ok: true, value: { count: MAX_WORKERS, asked: '64' } });
  assert.deepEqual(parseWorkerCount('auto', '--workers', 2), { ok: true, value: { count: 2, asked: 'auto' } });
  assert.deepEqual(parseWorkerCount('auto', '--workers', 1), { ok: true, value: { count: 1, asked: 'auto' } });
  assert.deepEqual(parseWorkerCount('auto', '--workers', 128), { ok: true, value: { count: 64, asked: 'auto' } });
  for (const bad of ['0', '65', '1.5', '-2', 'two', '4x', '1e1', 'AUTO', '0x10', '0100']) {
    const r = parseWorkerCount(bad, '--workers', 8);
    assert.ok(!r.ok, bad);
    assert.equal(r.code, 'VALIDATION_FAILED');
    assert.equal(r.field, '--workers');
    assert.equal(r.message, `--workers must be a whole number from 1 to 64 or "auto", got "${bad}"`);
  }
  const env = parseWorkerCount('x', 'LANDFALL_WORKERS', 8);
  assert.ok(!env.ok);
  assert.equal(env.field, 'LANDFALL_WORKERS');
});

test('the worker header flag is true/1 or false/0, off when unset', () => {
  for (const [raw, value] of [[undefined, false], ['', false], ['false', false], ['0', false], ['true', true], ['1', true], ['TRUE', true]] as const) {
    assert.deepEqual(parseWorkerHeaderFlag(raw), { ok: true, value }, String(raw));
  }
  const bad = parseWorkerHeaderFlag('yes');
  assert.ok(!bad.ok);
  assert.equal(bad.field, 'LANDFALL_WORKER_HEADER');
  assert.equal(bad.message, 'LANDFALL_WORKER_HEADER must be true or false, got "yes"');
});

test('a dead worker is replaced after 0.5 s, doubling per death within a minute up to 16 s; the fifth within a minute gives up', () => {
  const now = 1_000_000;
  assert.equal(restartDelayMs([now], now), 500);
  assert.equal(restartDelayMs([now - 5_000, now], now), 1_000);
  assert.equal(restartDelayMs([now - 9_000, now - 5_000, now], now), 2_000);
  assert.equal(restartDelayMs([now - 12_000, now - 9_000, now - 5_000, now], now), 4_000);
  assert.equal(restartDelayMs([now - 20_000, now - 12_000, now - 9_000, now - 5_000, now], now), undefined);
  // deaths longer than a minute ago are forgiven
  assert.equal(restartDelayMs([now - 600_000, now - 300_000, now - 120_000, now - 61_000, now], now), 500);
  const slow = { firstDelayMs: 500, longestDelayMs: 16_000, windowMs: 60_000, maxCrashes: 10 };
  assert.equal(restartDelayMs(Array.from({ length: 8 }, (_, i) => now - i), now, slow), 16_000);
});

test('the pool warning names both settings when the workers would need more connections than the server allows', () => {
  assert.equal(poolWarning(4, 10, 100, 3), null);
  assert.equal(poolWarning(9, 10, 100, 3), null);
  assert.equal(
    poolWarning(10, 10, 100, 3),
    '10 workers x 10 connections (LANDFALL_DB_POOL_SIZE) = 100, more than the 97 the PostgreSQL server allows (max_connections 100 less 3 reserved): lower --workers or LANDFALL_DB_POOL_SIZE, or raise max_connections',
  );
});

test('port 0 becomes a free port; a port in use is refused with the same message as a single process', async () => {
  const chosen = await choosePort('127.0.0.1', 0);
  assert.ok(chosen.ok && chosen.value > 0 && chosen.value < 65_536);
  const holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  const taken = (holder.address() as net.AddressInfo).port;
  try {
    assert.deepEqual(await choosePort('127.0.0.1', taken), { ok: false, code: 'LISTEN_FAILED', message: `cannot listen on 127.0.0.1:${taken}: port ${taken} is already in use; set PORT or --port` });
  } finally {
    holder.close();
  }
});

test("workers get the primary's Node options, less code given on the command line", () => {
  assert.deepEqual(nodeOptionsForWorkers(['--input-type=module', '-e', 'await main()', '--max-old-space-size=512']), ['--max-old-space-size=512']);
  assert.deepEqual(nodeOptionsForWorkers(['--eval=1', '--print', 'x', '--import', 'tsx', '--enable-source-maps']), ['--import', 'tsx', '--enable-source-maps']);
  assert.deepEqual(nodeOptionsForWorkers([]), []);
});
