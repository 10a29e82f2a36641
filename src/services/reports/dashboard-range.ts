import { daysBetween, isIsoDate } from '../../core/calendar/iso-date.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';

/** The longest range a dashboard answers: a leap year, so "this year so far" always fits. */
export const MAX_DASHBOARD_DAYS = 366;
/** Days shown when the caller names none: today and the 29 days before it. */
export const DEFAULT_DASHBOARD_DAYS = 30;

/** Calendar days `from` to `to`, both included, in UTC; `days` counts them. */
export type DashboardRange = { readonly from: string; readonly to: string; readonly days: number };

/** `date` moved by `n` whole days (negative: earlier). `date` must be a valid ISO date. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Read the `from` and `to` query parameters of a dashboard (YYYY-MM-DD, both included, UTC days).
 * `to` defaults to `today`; `from` defaults to 29 days before `to`. Every bad parameter is named:
 * a malformed date, `from` after `to`, a range of more than 366 days.
 *
 * @example readDashboardRange({ from: '2026-11-01' }, '2026-11-27') -> { from: '2026-11-01', to: '2026-11-27', days: 27 }
 */
export function readDashboardRange(query: { from?: unknown; to?: unknown }, today: string): Result<DashboardRange, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  const read = (field: 'from' | 'to'): string | undefined => {
    const value = query[field];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string' || !isIsoDate(value)) {
      issues.push({ field, message: 'must be a calendar date written YYYY-MM-DD' });
      return undefined;
    }
    return value;
  };
  const givenFrom = read('from');
  const givenTo = read('to');
  if (issues.length > 0) return failWith(issues);
  const to = givenTo ?? today;
  const from = givenFrom ?? addDays(to, -(DEFAULT_DASHBOARD_DAYS - 1));
  if (from > to) return failWith([{ field: 'from', message: `must be on or before to (${to})` }]);
  const days = daysBetween(from, to) + 1;
  if (days > MAX_DASHBOARD_DAYS) return failWith([{ field: 'to', message: `must be at most ${MAX_DASHBOARD_DAYS} days from from, both included (this range has ${days})` }]);
  return ok({ from, to, days });
}

function failWith(issues: FieldIssue[]) {
  return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
}

/** Every date of the range in order, for answers that list each day even when nothing happened. */
export function datesOf(range: DashboardRange): string[] {
  return Array.from({ length: range.days }, (_, i) => addDays(range.from, i));
}
