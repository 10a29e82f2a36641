/**
 * Wall-clock time in an IANA time zone, from the runtime's time-zone database (Intl), without a
 * library. An instant is a Date (UTC); a local time is a calendar date and minutes after midnight
 * in the zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows `timeZone` as an IANA zone (Europe/Berlin, Asia/Tokyo, UTC). */
export function isTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** The local wall clock of `instant` in `timeZone`: date, weekday (0 = Sunday), time of day. */
export type LocalTime = { date: string; weekday: number; hour: number; minute: number; second: number; offsetMinutes: number };

export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return {
    date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    weekday: WEEKDAYS.indexOf(parts.weekday as (typeof WEEKDAYS)[number]),
    hour,
    minute,
    second,
    offsetMinutes: Math.round((asUtc - wholeSeconds) / 60_000),
  };
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` at `minuteOfDay` (0..1440; 1440 is
 * the next midnight). A time skipped by a clock change (02:30 on a spring-forward night) maps to
 * the instant the same number of minutes after the last valid one, so a business day's opening
 * still has a place; a time shown twice (autumn) maps to its first occurrence.
 */
export function instantAt(date: string, minuteOfDay: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, 0, minuteOfDay);
  // A day holds at most one clock change: the offsets a day before and a day after are the candidates.
  const before = localTime(new Date(wall - 86_400_000), timeZone).offsetMinutes;
  const after = localTime(new Date(wall + 86_400_000), timeZone).offsetMinutes;
  const fits = [before, after]
    .map((offset) => wall - offset * 60_000)
    .filter((t) => localTime(new Date(t), timeZone).offsetMinutes * 60_000 === wall - t)
    .sort((a, b) => a - b);
  return new Date(fits[0] ?? wall - before * 60_000);
}

/** The calendar date after `date`. */
export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
