import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, datesOf, readDashboardRange } from './dashboard-range.js';

const TODAY = '2026-11-27';

test('without dates the range is the last 30 days, today included', () => {
  assert.deepEqual(readDashboardRange({}, TODAY), { ok: true, value: { from: '2026-10-29', to: '2026-11-27', days: 30 } });
  assert.deepEqual(readDashboardRange({ from: '', to: '' }, TODAY), { ok: true, value: { from: '2026-10-29', to: '2026-11-27', days: 30 } });
});

test('one date given: to defaults to today, from to 29 days before to', () => {
  assert.deepEqual(readDashboardRange({ from: '2026-11-01' }, TODAY), { ok: true, value: { from: '2026-11-01', to: '2026-11-27', days: 27 } });
  assert.deepEqual(readDashboardRange({ to: '2026-03-01' }, TODAY), { ok: true, value: { from: '2026-01-31', to: '2026-03-01', days: 30 } });
  assert.deepEqual(readDashboardRange({ from: '2026-11-27', to: '2026-11-27' }, TODAY), { ok: true, value: { from: '2026-11-27', to: '2026-11-27', days: 1 } });
});

test('366 days (a leap year) is the longest range; 367 names to', () => {
  assert.deepEqual(readDashboardRange({ from: '2028-01-01', to: '2028-12-31' }, TODAY), { ok: true, value: { from: '2028-01-01', to: '2028-12-31', days: 366 } });
  const long = readDashboardRange({ from: '2025-11-26', to: '2026-11-27' }, TODAY);
  assert.equal(long.ok, false);
  assert.deepEqual(!long.ok && long.details, [{ field: 'to', message: 'must be at most 366 days from from, both included (this range has 367)' }]);
});

test('bad dates name their field; from after to names from', () => {
  const bad = readDashboardRange({ from: '2026-02-30', to: '27/11/2026' }, TODAY);
  assert.deepEqual(!bad.ok && bad.details?.map((d) => d.field), ['from', 'to']);
  assert.deepEqual(!bad.ok && bad.code, 'VALIDATION_FAILED');
  const typed = readDashboardRange({ from: ['2026-01-01'] }, TODAY);
  assert.deepEqual(!typed.ok && typed.field, 'from');
  const reversed = readDashboardRange({ from: '2026-11-28', to: '2026-11-27' }, TODAY);
  assert.deepEqual(!reversed.ok && [reversed.field, reversed.message], ['from', 'from must be on or before to (2026-11-27)']);
  const future = readDashboardRange({ from: '2026-12-01' }, TODAY);
  assert.deepEqual(!future.ok && future.field, 'from', 'from after today (the default to)');
});

test('days are listed in order across a month and a leap day', () => {
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  assert.deepEqual(datesOf({ from: '2028-02-27', to: '2028-03-01', days: 4 }), ['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
});
