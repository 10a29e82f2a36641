/**
 * The primary's supervisor (src/cli/cluster.ts) with stand-in workers (fixtures/fake-worker.mjs):
 * one startup line when all listen, a dead worker replaced after its backoff, giving up after
 * repeated crashes of one slot, a worker that dies before listening failing the start with its exit
 * code, and SIGTERM stopping every worker (one that ignores it is killed after the time allowed).
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { superviseWorkers, type SupervisorEvents, type WorkerInfo } from '../../src/cli/cluster.js';

const entry = { exec: fileURLToPath(new URL('./fixtures/fake-worker.mjs', import.meta.url)), execArgv: [] };
const fast = { firstDelayMs: 20, longestDelayMs: 100, windowMs: 60_000, maxCrashes: 3 };

/** What the supervisor reported, worker ids counted from 1 for this test (cluster ids go on counting across tests in one process). */
function recorder() {
  const lines: string[] = [];
  const first: WorkerInfo[][] = [];
  let base: number | undefined;
  const id = (w: WorkerInfo) => w.id - (base ?? 0);
  const events: SupervisorEvents = {
    listening: (all) => {
      base = Math.min(...all.map((w) => w.id)) - 1;
      first.push(all);
      lines.push(`listening ${all.map((w) => `${id(w)}@${w.slot}`).join(' ')}`);
    },
    exited: (w, how, restartInMs) => void lines.push(`exited ${id(w)}@${w.slot} ${how.code ?? how.signal} ${restartInMs ?? 'give up'}`),
    replaced: (w, previous) => void lines.push(`replaced ${id(previous)} by ${id(w)}@${w.slot}`),
  };
  return { lines, first, events };
}

function stopper() {
  let stop!: (signal: string) => void;
  const stopSignal = new Promise<string>((resolve) => (stop = resolve));
  return { stopSignal, stop };
}

test('every worker listening gives one startup line; SIGTERM stops them all and the outcome is ok', async () => {
  const r = recorder();
  const s = stopper();
  const done = superviseWorkers({ count: 3, env: {}, stopSignal: s.stopSignal, events: r.events, entry });
  await waitUntil(() => r.first.length === 1);
  assert.deepEqual(r.first[0]!.map((w) => w.slot), [1, 2, 3]);
  const pids = r.first[0]!.map((w) => w.pid);
  s.stop('SIGTERM');
  assert.deepEqual(await done, { ok: true });
  assert.deepEqual(pids.filter(isAlive), []);
  assert.deepEqual(r.lines, ['listening 1@1 2@2 3@3']);
});

test('a worker that keeps dying is replaced with a growing delay, then the primary gives up and stops the rest', async () => {
  const r = recorder();
  const s = stopper();
  const outcome = await superviseWorkers({ count: 2, env: { FAKE_WORKER_SLOT_2: 'crash' }, stopSignal: s.stopSignal, events: r.events, entry, policy: fast });
  assert.equal(outcome.ok, false);
  assert.ok(!outcome.ok);
  assert.equal(outcome.exitCode, 1);
  assert.match(outcome.message, /^the worker in slot 2 died 3 times within 60 s \(the last one, \d+, exited with code 1\); giving up and stopping the other workers$/);
  assert.deepEqual(r.lines, ['listening 1@1 2@2', 'exited 2@2 1 20', 'replaced 2 by 3@2', 'exited 3@2 1 40', 'replaced 3 by 4@2', 'exited 4@2 1 give up']);
  assert.ok(!isAlive(r.first[0]![0]!.pid), 'the healthy worker was stopped too');
});

test('a worker that dies before listening fails the start with its exit code', async () => {
  const r = recorder();
  const s = stopper();
  const outcome = await superviseWorkers({ count: 2, env: { FAKE_WORKER_SLOT_2: 'fail-start' }, stopSignal: s.stopSignal, events: r.events, entry, policy: fast });
  assert.ok(!outcome.ok);
  assert.equal(outcome.exitCode, 3);
  assert.match(outcome.message, /^worker \d+ \(pid \d+\) exited with code 3 before it was listening; stopping$/);
  assert.deepEqual(r.lines, []);
});

test('a worker that ignores SIGTERM is killed once the shutdown time is up', async () => {
  const r = recorder();
  const s = stopper();
  const done = superviseWorkers({ count: 2, env: { FAKE_WORKER_SLOT_1: 'stubborn' }, stopSignal: s.stopSignal, events: r.events, entry, shutdownTimeoutMs: 300 });
  await waitUntil(() => r.first.length === 1);
  const started = performance.now();
  s.stop('SIGTERM');
  assert.deepEqual(await done, { ok: true });
  const took = performance.now() - started;
  assert.ok(took >= 280 && took < 5_000, `took ${took} ms`);
  assert.deepEqual(r.first[0]!.map((w) => w.pid).filter(isAlive), []);
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
