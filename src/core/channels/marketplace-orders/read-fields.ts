import { parseMoney } from '../../money/money.js';
import { MAX_FIELD_LENGTH } from './marketplace-order.js';

/** Why a value was refused: the field (the export's own name) and the reason. */
export type FieldProblem = { readonly field: string; readonly code: string; readonly message: string };

/** Thrown inside a parser while reading one order; caught there and turned into that order's refusal. */
export class RefuseOrder extends Error {
  constructor(readonly problem: FieldProblem) {
    super(problem.message);
  }
}

export function refuse(field: string, message: string, code = 'VALIDATION_FAILED'): never {
  throw new RefuseOrder({ field, code, message });
}

// Control characters other than tab have no place in a name, an address or a SKU.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** A text field: trimmed, at most MAX_FIELD_LENGTH characters, no control characters; '' and absent are null unless `required`. */
export function text(value: unknown, field: string, required: boolean): string | null {
  if (value === undefined || value === null) {
    if (required) refuse(field, `${field} is missing`);
    return null;
  }
  if (typeof value !== 'string') refuse(field, `${field} must be text`);
  const v = value.trim();
  if (v.length === 0) {
    if (required) refuse(field, `${field} is empty`);
    return null;
  }
  if (v.length > MAX_FIELD_LENGTH) refuse(field, `${field} is longer than ${MAX_FIELD_LENGTH} characters`);
  if (CONTROL.test(v)) refuse(field, `${field} holds control characters`);
  return v;
}

/** A whole number of units from 1 to 9,999 written as digits. */
export function quantity(value: unknown, field: string): number {
  const v = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,4}$/.test(v) || Number(v) < 1) refuse(field, `${field} must be a whole number of units from 1 to 9999, not ${JSON.stringify(shorten(value))}`);
  return Number(v);
}

/**
 * A decimal amount in major units ("12.99", "1234", "-0.50" only where `negative`) as exact minor
 * units of `currency`. No float is ever made: the digits are read (src/core/money parseMoney).
 */
export function amount(value: unknown, currency: string, field: string, options: { negative?: boolean } = {}): number {
  if (typeof value !== 'string') refuse(field, `${field} must be a decimal amount written as text, like "12.99"`, 'INVALID_AMOUNT');
  const parsed = parseMoney(value.trim(), currency);
  if (!parsed.ok) refuse(field, `${field}: ${parsed.message}`, 'INVALID_AMOUNT');
  if (parsed.value.amount < 0 && !options.negative) refuse(field, `${field} must not be negative`, 'INVALID_AMOUNT');
  return parsed.value.amount;
}

/**
 * An amount written with its currency in front, as a seller report shows it: "$1,234.50",
 * "US $12.00", "£7.99", "EUR 12.00". `prefixes` (the marketplace's, as data) maps each written
 * prefix to its ISO 4217 code; thousands separators must group by three. A decimal comma
 * ("12,99") is refused rather than guessed.
 */
export function prefixedAmount(value: string, prefixes: Readonly<Record<string, string>>, field: string): { currency: string; minor: number } {
  const v = value.trim();
  const negative = v.startsWith('-');
  const body = negative ? v.slice(1).trimStart() : v;
  const prefix = Object.keys(prefixes)
    .sort((a, b) => b.length - a.length)
    .find((p) => body.startsWith(p));
  if (prefix === undefined) refuse(field, `${field} ${JSON.stringify(shorten(v))} does not start with a known currency (${Object.keys(prefixes).join(', ')})`, 'INVALID_AMOUNT');
  const digits = body.slice(prefix.length).trim();
  if (!/^(\d{1,3}(,\d{3})+|\d{1,15})(\.\d{1,4})?$/.test(digits)) refuse(field, `${field} ${JSON.stringify(shorten(v))} is not an amount like ${prefix}12.99`, 'INVALID_AMOUNT');
  const currency = prefixes[prefix]!;
  const minor = amount(digits.replace(/,/g, ''), currency, field);
  return { currency, minor: negative && minor !== 0 ? -minor : minor };
}

/** An email address of reasonable shape, or null when absent. */
export function email(value: unknown, field: string): string | null {
  const v = text(value, field, false);
  if (v === null) return null;
  if (v.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) refuse(field, `${field} is not an email address`);
  return v;
}

/** A value for a message: strings cut to 40 characters. */
export function shorten(value: unknown): unknown {
  return typeof value === 'string' && value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
