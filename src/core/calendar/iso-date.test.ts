import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysBetween, isInEffect, isIsoDate } from './iso-date.js';

test('isIsoDate accepts real calendar dates only', () => {
  for (const ok of ['2026-11-27', '2024-02-29', '2000-02-29', '1999-12-31', '2026-04-30']) assert.equal(isIsoDate(ok), true, ok);
  for (const bad of ['2026-13-01', '2026-00-10', '2026-02-29', '1900-02-29', '2026-04-31', '2026-1-1', '26-11-27', '2026-11-27T00:00', '', '2026-11-00']) assert.equal(isIsoDate(bad), false, bad);
});

test('daysBetween and effective ranges (from inclusive, to exclusive)', () => {
  assert.equal(daysBetween('2026-02-27', '2026-03-01'), 2);
  assert.equal(isInEffect('2026-07-01', '2026-07-01', '2028-07-01'), true);
  assert.equal(isInEffect('2028-07-01', '2026-07-01', '2028-07-01'), false);
  assert.equal(isInEffect('2030-01-01', '2026-07-01', undefined), true);
});
