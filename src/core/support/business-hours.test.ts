import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addBusinessMillis, businessMillisBetween, isOpenAt, nextOpening, parseSupportSchedule, scheduleToInput, type SupportSchedule } from './business-hours.js';

const HOUR = 3_600_000;
const weekdays = (from: string, to: string) => Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [[from, to]]]));

function schedule(input: unknown): SupportSchedule {
  const parsed = parseSupportSchedule(input);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
  return parsed.value;
}

const berlin = schedule({ timeZone: 'Europe/Berlin', hours: weekdays('09:00', '17:00'), holidays: ['2026-12-25', '2026-12-26'] });

test('an SLA started on the afternoon before a holiday is due after the weekend', () => {
  // Thu 2026-12-24 16:00 Berlin: 1 h left that day; Fri 25 is a holiday; Mon 28 09:00 + 3 h.
  const due = addBusinessMillis(berlin, new Date('2026-12-24T15:00:00Z'), 4 * HOUR);
  assert.equal(due?.toISOString(), '2026-12-28T11:00:00.000Z');
  assert.equal(businessMillisBetween(berlin, new Date('2026-12-24T15:00:00Z'), new Date('2026-12-28T11:00:00Z')), 4 * HOUR);
});

test('a timer started while closed begins at the next opening', () => {
  // Saturday 2026-11-28 10:00 UTC: next opening Monday 09:00 Berlin = 08:00 UTC.
  assert.equal(nextOpening(berlin, new Date('2026-11-28T10:00:00Z'))?.toISOString(), '2026-11-30T08:00:00.000Z');
  assert.equal(addBusinessMillis(berlin, new Date('2026-11-28T10:00:00Z'), 30 * 60_000)?.toISOString(), '2026-11-30T08:30:00.000Z');
  assert.equal(isOpenAt(berlin, new Date('2026-11-30T08:00:00Z')), true);
  assert.equal(isOpenAt(berlin, new Date('2026-11-30T16:00:00Z')), false, '17:00 Berlin is closing time');
  assert.equal(isOpenAt(berlin, new Date('2026-12-25T10:00:00Z')), false, 'holiday');
});

test('business time counts each interval of a split day and nothing overnight', () => {
  const split = schedule({ timeZone: 'Asia/Tokyo', hours: { mon: [['09:00', '12:00'], ['13:00', '18:00']] } });
  // Monday 2026-11-30 08:00 to 20:00 Tokyo = 8 business hours.
  assert.equal(businessMillisBetween(split, new Date('2026-11-29T23:00:00Z'), new Date('2026-11-30T11:00:00Z')), 8 * HOUR);
  // Started at 11:00 Tokyo, 2 h of work: 1 h before lunch, then 13:00 + 1 h = 14:00 Tokyo = 05:00 UTC.
  assert.equal(addBusinessMillis(split, new Date('2026-11-30T02:00:00Z'), 2 * HOUR)?.toISOString(), '2026-11-30T05:00:00.000Z');
  // 9 h from Monday 09:00: the next Monday.
  assert.equal(addBusinessMillis(split, new Date('2026-11-30T00:00:00Z'), 9 * HOUR)?.toISOString(), '2026-12-07T01:00:00.000Z');
  assert.equal(businessMillisBetween(split, new Date('2026-11-30T05:00:00Z'), new Date('2026-11-30T04:00:00Z')), 0);
});

test('clock changes: a round-the-clock team has 23 and 25 hour days', () => {
  const always = schedule({ timeZone: 'Europe/Berlin', hours: Object.fromEntries(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, [['00:00', '24:00']]])) });
  assert.equal(businessMillisBetween(always, new Date('2026-03-28T23:00:00Z'), new Date('2026-03-29T22:00:00Z')), 23 * HOUR);
  assert.equal(businessMillisBetween(always, new Date('2026-10-24T22:00:00Z'), new Date('2026-10-25T23:00:00Z')), 25 * HOUR);
  // A 9-to-5 day on the spring-forward Monday in New York is still 8 hours.
  const ny = schedule({ timeZone: 'America/New_York', hours: { sun: [['09:00', '17:00']] } });
  assert.equal(businessMillisBetween(ny, new Date('2026-03-08T00:00:00Z'), new Date('2026-03-09T00:00:00Z')), 8 * HOUR);
});

test('a schedule with every day a holiday has no due time', () => {
  const holidays = Array.from({ length: 900 }, (_, i) => new Date(Date.UTC(2026, 10, 27 + i)).toISOString().slice(0, 10));
  const closed = schedule({ timeZone: 'UTC', hours: weekdays('09:00', '17:00'), holidays });
  assert.equal(addBusinessMillis(closed, new Date('2026-11-27T00:00:00Z'), HOUR), undefined);
});

test('bad schedules are refused naming the field', () => {
  const cases: Array<[unknown, string]> = [
    [null, ''],
    [{ timeZone: 'Mars/Base', hours: weekdays('09:00', '17:00') }, 'timeZone'],
    [{ timeZone: 'UTC', hours: { mon: [['09:00', '25:00']] } }, 'hours.mon[0]'],
    [{ timeZone: 'UTC', hours: { mon: [['17:00', '09:00']] } }, 'hours.mon[0]'],
    [{ timeZone: 'UTC', hours: { mon: [['09:00', '12:00'], ['11:00', '13:00']] } }, 'hours.mon'],
    [{ timeZone: 'UTC', hours: { monday: [['09:00', '12:00']] } }, 'hours.monday'],
    [{ timeZone: 'UTC', hours: {} }, 'hours'],
    [{ timeZone: 'UTC', hours: weekdays('09:00', '17:00'), holidays: ['2026-02-30'] }, 'holidays[0]'],
    [{ timeZone: 'UTC', hours: weekdays('09:00', '17:00'), extra: 1 }, 'extra'],
    [{ timeZone: 'UTC', hours: { mon: Array.from({ length: 9 }, () => ['09:00', '10:00']) } }, 'hours.mon'],
  ];
  for (const [input, field] of cases) {
    const parsed = parseSupportSchedule(input);
    assert.equal(parsed.ok, false, JSON.stringify(input));
    if (!parsed.ok) assert.equal(parsed.field, field, parsed.message);
  }
});

test('a schedule round-trips through its JSON form', () => {
  assert.deepEqual(scheduleToInput(berlin), {
    timeZone: 'Europe/Berlin',
    hours: weekdays('09:00', '17:00'),
    holidays: ['2026-12-25', '2026-12-26'],
  });
});
