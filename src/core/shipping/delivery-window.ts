import { civilFromDays, daysFromCivil } from '../calendar/iso-date.js';
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

