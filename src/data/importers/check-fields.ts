import { isIsoDate } from '../../core/calendar/iso-date.js';
import { parseDecimal } from '../../core/decimal/decimal.js';
import { quoteValue } from './types.js';

// Dates outside this range in a reference file are typing errors (0202-01-01, 20210-01-01).
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/**
 * Check a calendar date written YYYY-MM-DD (a real day, year 1900 to 2199). Returns the reason
 * naming `field`, or undefined.
 * @example checkIsoDate('2021-02-30', 'Date') // 'Date is not a valid date (YYYY-MM-DD): "2021-02-30"'
 */
export function checkIsoDate(text: string, field: string): string | undefined {
  if (text.trim() === '') return `${field} is empty`;
  if (!isIsoDate(text)) return `${field} is not a valid date (YYYY-MM-DD): ${quoteValue(text)}`;
  const year = Number(text.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return `${field} is out of range (${MIN_YEAR} to ${MAX_YEAR}): ${quoteValue(text)}`;
  return undefined;
}

// Plain decimal notation without sign, exponent, spaces or leading zeros: how the ECB publishes.
const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

/**
 * Check a rate published as a positive decimal ("1.1252", "163.36", "18606.59"). The text is
 * kept exactly as written; it must also fit the core's exact Decimal (15 digits, scale 12), so
 * the landed-cost engine can read every stored rate. Returns the reason naming `field`, or undefined.
 * @example checkPositiveDecimal('0', 'USD rate') // 'USD rate must be greater than zero: "0"'
 */
export function checkPositiveDecimal(text: string, field: string): string | undefined {
  if (text.trim() === '') return `${field} is empty`;
  if (text.trim().startsWith('-')) return `${field} is negative: ${quoteValue(text)}`;
  if (!DECIMAL.test(text)) return `${field} is not a decimal number: ${quoteValue(text)}`;
  if (/^0(\.0+)?$/.test(text)) return `${field} must be greater than zero: ${quoteValue(text)}`;
  if (!parseDecimal(text)) return `${field} has too many digits: ${quoteValue(text)}`;
  return undefined;
}

/** Keeps the first line of each key and reports later ones: the database upserts by key, and two rows with one key in a file are a mistake, not an update. */
export function createDuplicateCheck(describe: (key: string) => string) {
  const firstLine = new Map<string, number>();
  return (key: string, line: number): string | undefined => {
    const first = firstLine.get(key);
    if (first !== undefined) return `duplicate ${describe(key)} (first on line ${first})`;
    firstLine.set(key, line);
    return undefined;
  };
}
