import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgressThrottle } from './progress-throttle.js';

/** Feed (done, at ms) pairs and return the `done` values that were due a line. */
function lines(steps: Array<[number, number]>, total: number): number[] {
  const due = createProgressThrottle({ intervalMs: 500, stepPercent: 10 });
  due(0, total, 0);
  return steps.filter(([done, at]) => due(done, total, at)).map(([done]) => done);
}

test('a line at most every 500 ms and every 10%, closed by the last one', () => {
  // 100 batches of 100 rows, 100 ms apart: 10 s in all.
  const slow = lines(Array.from({ length: 100 }, (_, i) => [(i + 1) * 100, (i + 1) * 100] as [number, number]), 10_000);
  assert.deepEqual(slow, [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000]);
  // 10 batches, 1 s apart: every batch is 10% and 1 s after the last line.
  assert.deepEqual(lines(Array.from({ length: 10 }, (_, i) => [(i + 1) * 10, (i + 1) * 1000] as [number, number]), 100), [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
});

test('an import over in less than 500 ms prints no progress at all', () => {
  assert.deepEqual(lines([[50, 100], [100, 200]], 100), []);
  assert.deepEqual(lines([[3, 5]], 3), []);
});
