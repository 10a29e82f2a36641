import { decimalFromNumber, parseDecimal, type Decimal } from '../decimal/decimal.js';

/** Collects problems by field path; `add` is passed down so every check reports where it is. */
export type AddIssue = (field: string, message: string) => void;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys that must never become property names of objects we build (prototype pollution). */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isReservedKey(key: string): boolean {
  return RESERVED_KEYS.has(key);
}

/**
 * A key from the input as it may appear inside a field path: plain keys as they are, anything
 * else quoted and cut, so a hostile key cannot make an error message huge or break its format.
 * @example fieldKey('de') // '.de'    fieldKey('a b') // '["a b"]'
 */
export function fieldKey(key: string): string {
  if (/^[A-Za-z0-9_-]{1,40}$/.test(key)) return `.${key}`;
  return `[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}]`;
}

/** C0 and C1 control characters and DEL; `multiline` allows tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Check a text field: a string of `min` to `max` characters (Unicode code points, as PostgreSQL's
 * char_length counts them) after trimming, with no control characters (tab and line breaks allowed
 * when `multiline`) and no broken UTF-16. Returns it trimmed and NFC-normalized, so that equal
 * texts are stored alike and found by search alike.
 */
export function checkText(value: unknown, at: string, add: AddIssue, limits: { min: number; max: number; multiline?: boolean }): string | undefined {
  const { min, max } = limits;
  const range = min === max ? `${max}` : `${min} to ${max.toLocaleString('en-US')}`;
  if (typeof value !== 'string') {
    add(at, `must be text of ${range} characters`);
    return undefined;
  }
  // A string longer than twice the limit in UTF-16 units is too long in code points too: refuse it
  // before normalizing or scanning it.
  if (value.length > max * 2) {
    add(at, `must be at most ${max.toLocaleString('en-US')} characters`);
    return undefined;
  }
  const text = value.trim().normalize('NFC');
  if ((limits.multiline ? CONTROL_MULTILINE : CONTROL).test(text)) {
    add(at, limits.multiline ? 'must not contain control characters (other than tabs and line breaks)' : 'must not contain control characters or line breaks');
    return undefined;
  }
  if (LONE_SURROGATE.test(text)) {
    add(at, 'must be valid Unicode text (it holds half of a surrogate pair)');
    return undefined;
  }
  const length = codePoints(text);
  if (length < min) add(at, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
  else if (length > max) add(at, `must be at most ${max.toLocaleString('en-US')} characters`);
  else return text;
  return undefined;
}

/** Optional text: absent, null or (when `emptyIsAbsent`) blank gives null. */
export function checkOptionalText(value: unknown, at: string, add: AddIssue, max: number, multiline = false): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return checkText(value, at, add, { min: 1, max, multiline });
}

export function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lowercase ASCII letters and digits in words joined by single dashes: `robusta-beans-500g`. */
export function isSlug(value: string, max: number): boolean {
  return value.length <= max && SLUG.test(value);
}

/** A list of short slugs (categories, tags), duplicates dropped, order kept. */
export function checkSlugList(value: unknown, at: string, add: AddIssue, limits: { maxItems: number; maxLength: number }): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    add(at, 'must be an array of slugs like "coffee" or "single-origin"');
    return undefined;
  }
  if (value.length > limits.maxItems) {
    add(at, `must have at most ${limits.maxItems} entries`);
    return undefined;
  }
  const out: string[] = [];
  let bad = false;
  value.forEach((v: unknown, i: number) => {
    if (typeof v === 'string' && isSlug(v, limits.maxLength)) {
      if (!out.includes(v)) out.push(v);
    } else {
      bad = true;
      add(`${at}[${i}]`, `must be a slug of at most ${limits.maxLength} lowercase letters, digits and single dashes, e.g. "single-origin"`);
    }
  });
  return bad ? undefined : out;
}

/**
 * A positive quantity given as a decimal string or a JSON number, with at most `scale` decimals and
 * at most `max`, returned in units of 10^-scale (kilograms with scale 3 -> grams).
 * @example scaledQuantity('0.25', 3, 1000) // 250
 */
export function scaledQuantity(value: unknown, scale: number, max: number): number | undefined {
  let d: Decimal | undefined;
  if (typeof value === 'number') d = decimalFromNumber(value);
  else if (typeof value === 'string' && value.length <= 30) d = parseDecimal(value.trim());
  if (!d || d.coef <= 0 || d.scale > scale) return undefined;
  const units = d.coef * 10 ** (scale - d.scale);
  return Number.isSafeInteger(units) && units <= max * 10 ** scale ? units : undefined;
}
