import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agingBucket, AGING_BUCKETS, daysOverdue, sumByCurrency } from './receivables-aging.js';

test('days overdue count calendar days past the due date, never below zero; no due date is never overdue', () => {
  assert.equal(daysOverdue('2026-12-27', '2026-12-27'), 0);
  assert.equal(daysOverdue('2026-12-27', '2026-12-01'), 0);
  assert.equal(daysOverdue('2026-12-27', '2026-12-28'), 1);
  // Across a year end and a leap day: 2028-02-01 -> 2028-03-02 is 30 days.
  assert.equal(daysOverdue('2028-02-01', '2028-03-02'), 30);
  assert.equal(daysOverdue(null, '2030-01-01'), 0);
});

test('buckets: the edges belong to the lower band', () => {
  const cases: Array<[number, string]> = [[0, 'current'], [1, 'days1to30'], [30, 'days1to30'], [31, 'days31to60'], [60, 'days31to60'], [61, 'days61to90'], [90, 'days61to90'], [91, 'over90'], [4000, 'over90']];
  for (const [days, bucket] of cases) assert.equal(agingBucket(days), bucket, `${days} days`);
});

test('sums per currency: buckets add up to what is open, currencies never mixed', () => {
  const sums = sumByCurrency([
    { currency: 'USD', total: 65_239n, received: 0n, open: 65_239n, bucket: 'current' },
    { currency: 'EUR', total: 129_307n, received: 50_000n, open: 79_307n, bucket: 'days1to30' },
    { currency: 'EUR', total: 10_000n, received: 0n, open: 10_000n, bucket: 'over90' },
  ]);
  assert.deepEqual(sums.map((s) => [s.currency, s.orders, s.total, s.received, s.open]), [['EUR', 2, 139_307n, 50_000n, 89_307n], ['USD', 1, 65_239n, 0n, 65_239n]]);
  for (const s of sums) assert.equal(AGING_BUCKETS.reduce((n, b) => n + s.buckets[b], 0n), s.open);
  assert.deepEqual(sums[0]!.buckets, { current: 0n, days1to30: 79_307n, days31to60: 0n, days61to90: 0n, over90: 10_000n });
});
