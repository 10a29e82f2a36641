/**
 * Delivery dates from transit days. Transit days are business days, Monday to Friday, counted after
 * the day the order is placed (the quote date); public holidays are not known here and not skipped.
 * An order placed on a Saturday with 2 transit days arrives on Tuesday at the earliest.
 */
export type DeliveryWindow = { minDays: number; maxDays: number; earliest?: string; latest?: string };

/**
 * The window for `transitDays`, with its dates when `date` (YYYY-MM-DD, valid) is given.
 * @example deliveryWindow({ min: 2, max: 5 }, '2025-05-09') // Friday -> earliest 2025-05-13, latest 2025-05-16
 */
export function deliveryWindow(transitDays: { min: number; max: number }, date?: string): DeliveryWindow {
  const window: DeliveryWindow = { minDays: transitDays.min, maxDays: transitDays.max };
  if (date === undefined) return window;
  return { ...window, earliest: addBusinessDays(date, transitDays.min), latest: addBusinessDays(date, transitDays.max) };
}

/**
 * The date `n` business days (Monday to Friday) after `date`; with n = 0, `date` itself when it is a
 * business day, else the Monday after.
 * @example addBusinessDays('2025-05-09', 1) // '2025-05-12' (Friday -> Monday)
 */
export function addBusinessDays(date: string, n: number): string {
  let day = daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
  if (n === 0) {
    while (isWeekend(day)) day++;
    return civilFromDays(day);
  }
  // Counting from a weekend is counting from the Friday before it. Then whole weeks (5 business
  // days = 7 calendar days from a business day), then the rest one day at a time.
  while (isWeekend(day)) day--;
  day += Math.floor(n / 5) * 7;
  let left = n % 5;
  while (left > 0) {
    day++;
    if (!isWeekend(day)) left--;
  }
  return civilFromDays(day);
}

/** Day 0 (1970-01-01) was a Thursday. */
function isWeekend(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 Sunday .. 6 Saturday
  return weekday === 0 || weekday === 6;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day count since 1970-01-01 (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
