import assert from 'node:assert/strict';
import { test } from 'node:test';
import { instantAt, isTimeZone, localTime, nextDate } from './zoned-time.js';

test('localTime reads the wall clock, weekday and offset in a zone', () => {
  const t = new Date('2026-11-27T23:30:00Z');
  assert.deepEqual(localTime(t, 'Asia/Tokyo'), { date: '2026-11-28', weekday: 6, hour: 8, minute: 30, second: 0, offsetMinutes: 540 });
  assert.deepEqual(localTime(t, 'America/St_Johns'), { date: '2026-11-27', weekday: 5, hour: 20, minute: 0, second: 0, offsetMinutes: -210 });
  assert.equal(localTime(t, 'Asia/Kolkata').offsetMinutes, 330);
  assert.equal(localTime(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin').offsetMinutes, 120);
  assert.equal(localTime(new Date('2026-07-01T12:00:00Z'), 'Australia/Sydney').offsetMinutes, 600);
  assert.equal(localTime(new Date('2026-12-01T12:00:00Z'), 'Australia/Sydney').offsetMinutes, 660);
});

test('instantAt: ordinary times, the spring gap and the autumn overlap', () => {
  assert.equal(instantAt('2026-11-27', 9 * 60, 'Europe/Berlin').toISOString(), '2026-11-27T08:00:00.000Z');
  assert.equal(instantAt('2026-11-27', 1440, 'Europe/Berlin').toISOString(), '2026-11-27T23:00:00.000Z');
  // Berlin springs forward on 2026-03-29 at 02:00 -> 03:00.
  assert.equal(instantAt('2026-03-29', 90, 'Europe/Berlin').toISOString(), '2026-03-29T00:30:00.000Z');
  assert.equal(instantAt('2026-03-29', 150, 'Europe/Berlin').toISOString(), '2026-03-29T01:30:00.000Z', '02:30 does not exist: shown as 03:30');
  assert.equal(instantAt('2026-03-29', 210, 'Europe/Berlin').toISOString(), '2026-03-29T01:30:00.000Z');
  // Berlin falls back on 2026-10-25 at 03:00 -> 02:00: 02:30 happens twice, the first one counts.
  assert.equal(instantAt('2026-10-25', 150, 'Europe/Berlin').toISOString(), '2026-10-25T00:30:00.000Z');
  assert.equal(instantAt('2026-10-25', 210, 'Europe/Berlin').toISOString(), '2026-10-25T02:30:00.000Z');
  // New York: 2026-03-08 02:00 -> 03:00.
  assert.equal(instantAt('2026-03-08', 9 * 60, 'America/New_York').toISOString(), '2026-03-08T13:00:00.000Z');
  assert.equal(instantAt('2026-03-07', 9 * 60, 'America/New_York').toISOString(), '2026-03-07T14:00:00.000Z');
});

test('isTimeZone and nextDate', () => {
  for (const z of ['UTC', 'Europe/Berlin', 'Asia/Tokyo', 'America/Argentina/Buenos_Aires']) assert.equal(isTimeZone(z), true, z);
  for (const z of ['', 'Mars/Olympus', 'Europe/Berlin; drop table', 'x'.repeat(100)]) assert.equal(isTimeZone(z), false, z);
  assert.equal(nextDate('2026-12-31'), '2027-01-01');
  assert.equal(nextDate('2028-02-28'), '2028-02-29');
});
