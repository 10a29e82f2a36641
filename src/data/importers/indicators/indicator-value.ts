import { quoteValue } from '../types.js';

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Empty cells and the World Bank's ".." stand for values not published: nothing to import, not an error. */
export function isMissingValue(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || trimmed === '..';
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * Read a year written with four digits, 1900 to 2100. The message names `field`.
 * @example readIndicatorYear('15', 'Year') // { ok: false, message: 'Year is not a year (4 digits, 1900 to 2100): "15"' }
 */
export function readIndicatorYear(text: string, field: string): Checked<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `${field} is empty` };
  const year = Number(trimmed);
  if (!/^\d{4}$/.test(trimmed) || year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, message: `${field} is not a year (4 digits, ${MIN_YEAR} to ${MAX_YEAR}): ${quoteValue(text)}` };
  }
  return { ok: true, value: year };
}

/** Whether a number (an option, a header) is a year the importer accepts. */
export function isIndicatorYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

const MAX_DIGITS = 40;

/**
 * Normalize a published number to plain decimal text: thousands separators dropped, '.' as the
 * decimal point, an exponent written out ("5.06E-2" -> "0.0506"), redundant leading zeros and a
 * '+' dropped; the digits are otherwise kept as published (no rounding, trailing zeros kept).
 * Grouped thousands are read in either convention ("1,234,567.5", "1.234.567,5", "1 234,5"), a
 * lone comma as a decimal comma ("12,5"). "1,234" could be either, so it is refused, as is any
 * other text ("abc", "1,2,3", "12%"). The message names `field`.
 * @example normalizeIndicatorValue('1,234,567.25', 'Value') // { ok: true, value: '1234567.25' }
 */
export function normalizeIndicatorValue(text: string, field: string): Checked<string> {
  const notNumber = { ok: false, message: `${field} is not a number: ${quoteValue(text)}` } as const;
  let body = text.trim().replace(/[\u00a0\u2009\u202f]/g, ' ');
  let negative = false;
  if (/^[-\u2212+]/.test(body)) {
    negative = body[0] !== '+';
    body = body.slice(1);
  }
  let plain: string | undefined;
  const exponent = /^(\d+(?:\.\d*)?|\.\d+)[eE]([-+]?\d{1,3})$/.exec(body);
  if (exponent) plain = expandExponent(exponent[1]!, Number(exponent[2]));
  else {
    const read = readSeparators(body);
    if (read === 'ambiguous') {
      return { ok: false, message: `${field} is ambiguous: ${quoteValue(text)} may be thousands or a decimal comma; write it without a thousands separator` };
    }
    plain = read;
  }
  if (plain === undefined) return notNumber;
  const [whole = '', fraction] = plain.split('.');
  const digits = (whole.replace(/^0+(?=\d)/, '') || '0') + (fraction ? `.${fraction}` : '');
  if (digits.replace('.', '').length > MAX_DIGITS) return { ok: false, message: `${field} has more than ${MAX_DIGITS} digits: ${quoteValue(text)}` };
  const isZero = /^[0.]+$/.test(digits);
  return { ok: true, value: negative && !isZero ? `-${digits}` : digits };
}

/** Plain "digits[.digits]" from a number with separators, 'ambiguous' for "1,234", undefined for text. */
function readSeparators(body: string): string | 'ambiguous' | undefined {
  if (body.includes(' ')) {
    const m = /^(\d{1,3}(?: \d{3})+)([.,]\d+)?$/.exec(body);
    return m ? m[1]!.replace(/ /g, '') + (m[2] ? `.${m[2].slice(1)}` : '') : undefined;
  }
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  if (commas > 0 && dots > 0) {
    const decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '\\.' : ',';
    const m = new RegExp(`^(\\d{1,3}(?:${group}\\d{3})+)\\${decimal}(\\d+)$`).exec(body);
    return m ? `${m[1]!.replace(/[.,]/g, '')}.${m[2]}` : undefined;
  }
  if (commas > 0) {
    if (commas === 1 && /^\d{1,3},\d{3}$/.test(body)) return 'ambiguous';
    if (commas === 1 && /^\d*,\d+$/.test(body)) return body.replace(',', '.');
    return /^\d{1,3}(?:,\d{3})+$/.test(body) ? body.replace(/,/g, '') : undefined;
  }
  if (dots > 1) return /^\d{1,3}(?:\.\d{3})+$/.test(body) ? body.replace(/\./g, '') : undefined;
  if (/^\d+$/.test(body) || /^\d*\.\d+$/.test(body)) return body;
  if (/^\d+\.$/.test(body)) return body.slice(0, -1);
  return undefined;
}

/** "5.06" with exponent -2 -> "0.0506", exactly, by moving the decimal point in the digit string. */
function expandExponent(mantissa: string, exponent: number): string {
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}
