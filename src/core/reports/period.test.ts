import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDaysTo, dueDate, parsePeriod, periodOf, previousPeriod } from './period.js';

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

test('months and quarters are UTC calendar days, the last day included and the next period\'s first day as end', () => {
  assert.deepEqual(unwrap(parsePeriod('2026-11', 'month')), { code: '2026-11', granularity: 'month', start: '2026-11-01', lastDay: '2026-11-30', end: '2026-12-01' });
  assert.deepEqual(unwrap(parsePeriod('2026-12', 'month')), { code: '2026-12', granularity: 'month', start: '2026-12-01', lastDay: '2026-12-31', end: '2027-01-01' });
  assert.deepEqual(unwrap(parsePeriod('2028-02', 'month')), { code: '2028-02', granularity: 'month', start: '2028-02-01', lastDay: '2028-02-29', end: '2028-03-01' });
  assert.equal(unwrap(parsePeriod('2100-02', 'month')).lastDay, '2100-02-28', '2100 is not a leap year');
  assert.deepEqual(unwrap(parsePeriod('2026-Q4', 'quarter')), { code: '2026-Q4', granularity: 'quarter', start: '2026-10-01', lastDay: '2026-12-31', end: '2027-01-01' });
  assert.deepEqual(unwrap(parsePeriod('2027-Q1', 'quarter')), { code: '2027-Q1', granularity: 'quarter', start: '2027-01-01', lastDay: '2027-03-31', end: '2027-04-01' });
  assert.deepEqual(unwrap(parsePeriod('2026-Q2', 'quarter')), { code: '2026-Q2', granularity: 'quarter', start: '2026-04-01', lastDay: '2026-06-30', end: '2026-07-01' });
});

test('a period of the wrong shape or out of range is refused naming the field, with what to write', () => {
  const cases: Array<[string, 'month' | 'quarter', RegExp]> = [
    ['2026-Q4', 'month', /month written YYYY-MM .*this scheme's returns are monthly/],
    ['2026-11', 'quarter', /quarter written YYYY-Qn .*quarterly/],
    ['2026-13', 'month', /months are 01 to 12/],
    ['2026-00', 'month', /months are 01 to 12/],
    ['2026-Q5', 'quarter', /quarters are Q1 to Q4/],
    ['2026-Q0', 'quarter', /quarters are Q1 to Q4/],
    ['1999-12', 'month', /years 2000 to 2999/],
    ['26-11', 'month', /YYYY-MM/],
    ['2026-1', 'month', /YYYY-MM/],
    ['2026-11 ', 'month', /YYYY-MM/],
    ['2026-q4', 'quarter', /YYYY-Qn/],
    ['', 'month', /YYYY-MM/],
  ];
  for (const [text, granularity, message] of cases) {
    const r = parsePeriod(text, granularity);
    assert.equal(r.ok, false, text);
    if (!r.ok) {
      assert.equal(r.field, 'period', text);
      assert.match(r.message, message, text);
    }
  }
});

test('the period of a date, and the one before', () => {
  assert.equal(periodOf('2026-11-30', 'month').code, '2026-11');
  assert.equal(periodOf('2026-12-01', 'month').code, '2026-12');
  assert.equal(periodOf('2026-09-30', 'quarter').code, '2026-Q3');
  assert.equal(periodOf('2026-10-01', 'quarter').code, '2026-Q4');
  assert.equal(periodOf('2026-01-01', 'quarter').code, '2026-Q1');
  assert.equal(previousPeriod(periodOf('2027-01-15', 'month')).code, '2026-12');
  assert.equal(previousPeriod(periodOf('2027-01-15', 'quarter')).code, '2026-Q4');
});

test('days move across months, years and leap days', () => {
  assert.equal(addDaysTo('2026-11-30', 1), '2026-12-01');
  assert.equal(addDaysTo('2026-12-31', 1), '2027-01-01');
  assert.equal(addDaysTo('2028-02-28', 1), '2028-02-29');
  assert.equal(addDaysTo('2028-03-01', -1), '2028-02-29');
  assert.equal(addDaysTo('2027-01-31', 7), '2027-02-07');
  assert.equal(addDaysTo('2026-01-01', -366), '2024-12-31');
  assert.equal(addDaysTo('2026-11-27', 0), '2026-11-27');
});

test('due dates: months after the period\'s last month, a day or the last day, days added, exceptions by month', () => {
  const nov = unwrap(parsePeriod('2026-11', 'month'));
  const q4 = unwrap(parsePeriod('2026-Q4', 'quarter'));
  const q1 = unwrap(parsePeriod('2027-Q1', 'quarter'));
  assert.equal(dueDate(nov, { monthsAfter: 1, day: 'last' }), '2026-12-31');
  assert.equal(dueDate(unwrap(parsePeriod('2027-01', 'month')), { monthsAfter: 1, day: 'last' }), '2027-02-28');
  assert.equal(dueDate(q4, { monthsAfter: 1, day: 'last', plusDays: 7 }), '2027-02-07');
  assert.equal(dueDate(q4, { monthsAfter: 1, day: 31 }), '2027-01-31');
  assert.equal(dueDate(unwrap(parsePeriod('2027-01', 'month')), { monthsAfter: 1, day: 31 }), '2027-02-28', 'a day past the month\'s end is its last day');
  const withException = { monthsAfter: 1, day: 28, exceptions: [{ periodEndMonth: 3, monthsAfter: 2, day: 7 }] } as const;
  assert.equal(dueDate(q4, withException), '2027-01-28');
  assert.equal(dueDate(q1, withException), '2027-05-07');
});
