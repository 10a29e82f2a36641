import { fail, ok, type Result } from '../result/result.js';
import type { DueRule, Granularity } from './tax-return-scheme.js';

/**
 * A tax period: a calendar month (`2026-11`) or quarter (`2026-Q4`), as UTC calendar days from
 * `start` to `lastDay` (both included); `end` is the day after (exclusive), so a moment falls in the
 * period when `start <= its UTC date < end`.
 */
export type Period = {
  readonly code: string;
  readonly granularity: Granularity;
  readonly start: string;
  readonly lastDay: string;
  readonly end: string;
};

/** Years a period may be in: before 2000 there are no such schemes, after 2999 is a typo. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2999;

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q(\d)$/;

/** Days in a month of a year (1-12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Year and month `n` months after (or before, negative) a year and month. */
function shiftMonth(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** `date` (YYYY-MM-DD) moved by `n` days. Pure arithmetic on the calendar; no clock. */
export function addDaysTo(date: string, n: number): string {
  let [y, m, d] = date.split('-').map(Number) as [number, number, number];
  d += n;
  while (d > daysInMonth(y, m)) {
    d -= daysInMonth(y, m);
    ({ year: y, month: m } = shiftMonth(y, m, 1));
  }
  while (d < 1) {
    ({ year: y, month: m } = shiftMonth(y, m, -1));
    d += daysInMonth(y, m);
  }
  return isoDate(y, m, d);
}

/** The period of a granularity that starts in `year`, counting `index` from 1 (month 1-12, quarter 1-4). */
export function periodAt(year: number, index: number, granularity: Granularity): Period {
  const firstMonth = granularity === 'month' ? index : (index - 1) * 3 + 1;
  const months = granularity === 'month' ? 1 : 3;
  const last = shiftMonth(year, firstMonth, months - 1);
  const next = shiftMonth(year, firstMonth, months);
  return {
    code: granularity === 'month' ? `${pad(year, 4)}-${pad(index)}` : `${pad(year, 4)}-Q${index}`,
    granularity,
    start: isoDate(year, firstMonth, 1),
    lastDay: isoDate(last.year, last.month, daysInMonth(last.year, last.month)),
    end: isoDate(next.year, next.month, 1),
  };
}

/**
 * Read a period written as the granularity asks: `YYYY-MM` for months, `YYYY-Qn` for quarters.
 * A period of the other granularity is refused with what to write instead.
 *
 * @example parsePeriod('2026-11', 'month') -> 2026-11-01 to 2026-11-30; parsePeriod('2026-Q4', 'quarter') -> 2026-10-01 to 2026-12-31
 */
export function parsePeriod(text: string, granularity: Granularity, field = 'period'): Result<Period, 'VALIDATION_FAILED'> {
  const shape = granularity === 'month' ? 'a month written YYYY-MM (e.g. 2026-11)' : 'a quarter written YYYY-Qn (e.g. 2026-Q4)';
  const m = (granularity === 'month' ? MONTH : QUARTER).exec(text);
  if (!m) {
    const other = (granularity === 'month' ? QUARTER : MONTH).test(text) ? `; this scheme's returns are ${granularity === 'month' ? 'monthly' : 'quarterly'}` : '';
    return fail('VALIDATION_FAILED', `${field} must be ${shape}${other}`, { field });
  }
  const year = Number(m[1]);
  const index = Number(m[2]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return fail('VALIDATION_FAILED', `${field} must be in the years ${FIRST_YEAR} to ${LAST_YEAR}`, { field });
  if (index < 1 || index > (granularity === 'month' ? 12 : 4)) return fail('VALIDATION_FAILED', `${field} must be ${shape}: ${granularity === 'month' ? 'months are 01 to 12' : 'quarters are Q1 to Q4'}`, { field });
  return ok(periodAt(year, index, granularity));
}

/** The period of a granularity that a date (YYYY-MM-DD) falls in. */
export function periodOf(date: string, granularity: Granularity): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return periodAt(year, granularity === 'month' ? month : Math.floor((month - 1) / 3) + 1, granularity);
}

/** The period just before `p`. */
export function previousPeriod(p: Period): Period {
  return periodOf(addDaysTo(p.start, -1), p.granularity);
}

/**
 * When the return of a period is due, by a scheme's rule: `monthsAfter` months after the month the
 * period ends in, on `day` (or the month's last day), then `plusDays` more.
 *
 * @example dueDate(IOSS 2026-11, { monthsAfter: 1, day: 'last' }) -> 2026-12-31; UK 2026-Q4 (+1 month, last day, +7) -> 2027-02-07
 */
export function dueDate(p: Period, rule: DueRule): string {
  const endMonth = Number(p.lastDay.slice(5, 7));
  const exception = rule.exceptions?.find((e) => e.periodEndMonth === endMonth);
  const monthsAfter = exception?.monthsAfter ?? rule.monthsAfter;
  const day = exception?.day ?? rule.day;
  const target = shiftMonth(Number(p.lastDay.slice(0, 4)), endMonth, monthsAfter);
  const last = daysInMonth(target.year, target.month);
  const base = isoDate(target.year, target.month, day === 'last' ? last : Math.min(day, last));
  return exception || !rule.plusDays ? base : addDaysTo(base, rule.plusDays);
}
