import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { drainBatches, repeatEvery } from './repeat-every.js';

test('runs on every tick, never two at once; errors are reported and the next tick tries again; stop waits', async () => {
  let active = 0;
  let most = 0;
  let runs = 0;
  const errors: string[] = [];
  const repeating = repeatEvery(
    5,
    async () => {
      runs++;
      active++;
      most = Math.max(most, active);
      await sleep(12);
      active--;
      if (runs === 2) throw new Error('database away');
    },
    (e) => errors.push(e.message),
  );
  await sleep(80);
  await repeating.stop();
  const after = runs;
  await sleep(30);
  assert.ok(after >= 3, `${after} runs`);
  assert.equal(most, 1);
  assert.deepEqual(errors, ['database away']);
  assert.equal(runs, after, 'no run after stop');
  assert.equal(active, 0, 'stop waited for the run in progress');
});

test('batches drain while they come back full, up to the round limit', async () => {
  const sizes = [50, 50, 7, 50];
  const seen: number[] = [];
  await drainBatches(async () => ({ attempted: sizes.shift()! }), 50, () => false, (o) => seen.push(o.attempted));
  assert.deepEqual(seen, [50, 50, 7]);
  let n = 0;
  await drainBatches(async () => ({ attempted: 50 }), 50, () => false, () => n++, 4);
  assert.equal(n, 4);
  let stop = false;
  await drainBatches(async () => ((stop = true), { attempted: 50 }), 50, () => stop, () => undefined);
});
