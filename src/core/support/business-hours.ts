import { isIsoDate } from '../calendar/iso-date.js';
import { instantAt, isTimeZone, localTime, nextDate } from '../calendar/zoned-time.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';

/**
 * A support team's business hours: opening intervals per weekday in the team's time zone, and the
 * holidays (whole local days) it is closed. SLA timers count only the time inside these intervals,
 * so a message that arrives on Friday evening in Berlin is due on Monday, not on Saturday.
 */
export type SupportSchedule = {
  timeZone: string;
  /** Index 0 is Sunday. Each day's intervals in minutes after local midnight, sorted, not overlapping. */
  week: ReadonlyArray<ReadonlyArray<{ from: number; to: number }>>;
  holidays: ReadonlySet<string>;
};

/** The schedule as JSON: `{ timeZone, hours: { mon: [["09:00", "17:30"]], ... }, holidays: ["2026-12-25"] }`. */
export type SupportScheduleInput = { timeZone: string; hours: Partial<Record<DayKey, Array<[string, string]>>>; holidays?: string[] };

export const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type DayKey = (typeof DAY_KEYS)[number];

/** Bounds that keep a schedule small and a computation over it short. */
export const SCHEDULE_LIMITS = { intervalsPerDay: 8, holidays: 1000 } as const;
/** How far ahead a due time is looked for before the schedule is declared never open. */
const SEARCH_DAYS = 800;

const HH_MM = /^(\d{2}):(\d{2})$/;

function minuteOfDay(text: unknown): number | undefined {
  const m = typeof text === 'string' ? HH_MM.exec(text) : null;
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

/** Check a schedule, naming every field at fault (`timeZone`, `hours.mon[1]`, `holidays[3]`). */
export function parseSupportSchedule(input: unknown): Result<SupportSchedule, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  const o = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  if (!o) return fail('VALIDATION_FAILED', 'a schedule must be an object with timeZone, hours and holidays', { field: '' });
  for (const key of Object.keys(o)) if (!['timeZone', 'hours', 'holidays'].includes(key)) issues.push({ field: key, message: `unknown field "${key}"` });

  const timeZone = o.timeZone;
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) issues.push({ field: 'timeZone', message: 'must be an IANA time zone such as Europe/Berlin' });

  const week: Array<Array<{ from: number; to: number }>> = DAY_KEYS.map(() => []);
  const hours = o.hours;
  if (typeof hours !== 'object' || hours === null || Array.isArray(hours)) {
    issues.push({ field: 'hours', message: 'must be an object of weekdays (sun, mon, ... sat), each a list of ["HH:MM", "HH:MM"] intervals' });
  } else {
    for (const [day, list] of Object.entries(hours)) {
      const index = DAY_KEYS.indexOf(day as DayKey);
      if (index < 0) {
        issues.push({ field: `hours.${day}`, message: 'must be one of sun, mon, tue, wed, thu, fri, sat' });
        continue;
      }
      if (!Array.isArray(list) || list.length > SCHEDULE_LIMITS.intervalsPerDay) {
        issues.push({ field: `hours.${day}`, message: `must be a list of at most ${SCHEDULE_LIMITS.intervalsPerDay} intervals` });
        continue;
      }
      list.forEach((pair, i) => {
        const from = Array.isArray(pair) && pair.length === 2 ? minuteOfDay(pair[0]) : undefined;
        const to = Array.isArray(pair) && pair.length === 2 ? minuteOfDay(pair[1]) : undefined;
        const field = `hours.${day}[${i}]`;
        if (from === undefined || to === undefined) issues.push({ field, message: 'must be ["HH:MM", "HH:MM"] between 00:00 and 24:00' });
        else if (from >= to) issues.push({ field, message: 'must open before it closes' });
        else week[index]!.push({ from, to });
      });
      week[index]!.sort((a, b) => a.from - b.from);
      week[index]!.forEach((interval, i, all) => {
        if (i > 0 && interval.from < all[i - 1]!.to) issues.push({ field: `hours.${day}`, message: 'intervals must not overlap' });
      });
    }
    if (issues.length === 0 && week.every((d) => d.length === 0)) issues.push({ field: 'hours', message: 'the team must be open at least one interval a week' });
  }

  const holidays = new Set<string>();
  if (o.holidays !== undefined) {
    if (!Array.isArray(o.holidays) || o.holidays.length > SCHEDULE_LIMITS.holidays) {
      issues.push({ field: 'holidays', message: `must be a list of at most ${SCHEDULE_LIMITS.holidays} dates (YYYY-MM-DD)` });
    } else {
      o.holidays.forEach((d, i) => {
        if (typeof d !== 'string' || !isIsoDate(d)) issues.push({ field: `holidays[${i}]`, message: 'must be a date YYYY-MM-DD' });
        else holidays.add(d);
      });
    }
  }
  if (issues.length > 0) return fail('VALIDATION_FAILED', `${issues[0]!.field}: ${issues[0]!.message}`, { field: issues[0]!.field, details: issues });
  return ok({ timeZone: timeZone as string, week, holidays });
}

/** The schedule back as JSON (the shape parseSupportSchedule reads). */
export function scheduleToInput(schedule: SupportSchedule): SupportScheduleInput {
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const hours: SupportScheduleInput['hours'] = {};
  schedule.week.forEach((list, i) => {
    if (list.length > 0) hours[DAY_KEYS[i]!] = list.map((x) => [clock(x.from), clock(x.to)]);
  });
  return { timeZone: schedule.timeZone, hours, holidays: [...schedule.holidays].sort() };
}

/** The open intervals of one local date as instants (none on a holiday). */
function openIntervals(schedule: SupportSchedule, date: string): Array<[number, number]> {
  if (schedule.holidays.has(date)) return [];
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return schedule.week[weekday]!.map((x) => [instantAt(date, x.from, schedule.timeZone).getTime(), instantAt(date, x.to, schedule.timeZone).getTime()]);
}

export function isOpenAt(schedule: SupportSchedule, at: Date): boolean {
  const t = at.getTime();
  return openIntervals(schedule, localTime(at, schedule.timeZone).date).some(([a, b]) => a <= t && t < b);
}

/**
 * Business time between two instants in milliseconds: the part of [start, end) inside open
 * intervals. Zero when end is not after start.
 */
export function businessMillisBetween(schedule: SupportSchedule, start: Date, end: Date): number {
  const s = start.getTime();
  const e = end.getTime();
  if (e <= s) return 0;
  let total = 0;
  for (let date = localTime(start, schedule.timeZone).date; instantAt(date, 0, schedule.timeZone).getTime() < e; date = nextDate(date)) {
    for (const [a, b] of openIntervals(schedule, date)) total += Math.max(0, Math.min(b, e) - Math.max(a, s));
  }
  return total;
}

/**
 * The instant `millis` of business time after `start` (an SLA's due time). A timer started while
 * closed begins at the next opening. Undefined when the schedule is not open in the next
 * SEARCH_DAYS days (every day a holiday).
 */
export function addBusinessMillis(schedule: SupportSchedule, start: Date, millis: number): Date | undefined {
  let left = Math.max(0, millis);
  const s = start.getTime();
  let date = localTime(start, schedule.timeZone).date;
  for (let day = 0; day < SEARCH_DAYS; day++, date = nextDate(date)) {
    for (const [a, b] of openIntervals(schedule, date)) {
      const from = Math.max(a, s);
      if (from >= b) continue;
      if (left <= b - from) return new Date(from + left);
      left -= b - from;
    }
  }
  return undefined;
}

/** The next instant at or after `at` when the team is open, or undefined. */
export function nextOpening(schedule: SupportSchedule, at: Date): Date | undefined {
  return addBusinessMillis(schedule, at, 0);
}
