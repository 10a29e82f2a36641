import { divRound, mulDivRound, type RoundingMode } from '../decimal/rounding.js';
import type { Decimal } from '../decimal/decimal.js';
import { currencyExponent } from './currencies.js';

/**
 * Money: an integer number of minor units of an ISO 4217 currency (cents for USD, yen for JPY,
 * fils for KWD). Amounts stay safe integers (|amount| < 2^53); no float ever reaches a total.
 */
export type Money = { readonly amount: number; readonly currency: string };

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`money amount must be a safe integer of minor units, got ${amount}`);
  return { amount, currency };
}

export function zero(currency: string): Money {
  return { amount: 0, currency };
}

export type ParseMoneyError = 'UNKNOWN_CURRENCY' | 'INVALID_AMOUNT' | 'TOO_MANY_DECIMALS';


/**
 * Parse a decimal string in major units ("25.00", "1999", "0.5") into minor units of `currency`.
 * More fraction digits than the currency has is an error (JPY "10.5", USD "1.005"), never a
 * silent rounding.
 * @example parseMoney('25.00', 'EUR') // { ok: true, value: { amount: 2500, currency: 'EUR' } }
 */
export function parseMoney(text: string, currency: string): { ok: true; value: Money } | { ok: false; error: ParseMoneyError; message: string } {
  const exponent = currencyExponent(currency);
  if (exponent === undefined) return { ok: false, error: 'UNKNOWN_CURRENCY', message: `unknown currency "${currency}" (ISO 4217 code expected)` };
  const amount = scanAmount(text, exponent);
  if (amount === INVALID) return { ok: false, error: 'INVALID_AMOUNT', message: `"${text}" is not a decimal amount like 25.00` };
  if (amount === TOO_MANY_DECIMALS) {
    return { ok: false, error: 'TOO_MANY_DECIMALS', message: `${currency} has ${exponent} decimal place${exponent === 1 ? '' : 's'}; "${text}" has more` };
  }
  if (!Number.isSafeInteger(amount)) return { ok: false, error: 'INVALID_AMOUNT', message: `"${text}" is too large` };
  return { ok: true, value: { amount, currency } };
}

const INVALID = -0.5;
const TOO_MANY_DECIMALS = -0.25;

/**
 * Read /^-?\d{1,15}(\.\d{1,15})?$/ into minor units in one pass (no regular expression: this runs
 * for every amount of every quote). Fraction digits past the exponent must be zeros.
 */
function scanAmount(text: string, exponent: number): number {
  const length = text.length;
  let i = 0;
  const negative = text.charCodeAt(0) === 45;
  if (negative) i = 1;
  let whole = 0;
  const wholeStart = i;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) break;
    if (c < 48 || c > 57) return INVALID;
    whole = whole * 10 + (c - 48);
  }
  const wholeDigits = i - wholeStart;
  if (wholeDigits === 0 || wholeDigits > 15) return INVALID;
  let fraction = 0;
  let kept = 0;
  if (i < length) {
    i++; // the dot
    const fractionStart = i;
    if (i === length || length - fractionStart > 15) return INVALID;
    let tooMany = false;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return INVALID;
      if (kept < exponent) {
        fraction = fraction * 10 + (c - 48);
        kept++;
      } else if (c !== 48) tooMany = true;
    }
    if (tooMany) return TOO_MANY_DECIMALS;
  }
  for (; kept < exponent; kept++) fraction *= 10;
  const amount = whole * 10 ** exponent + fraction;
  return negative && amount !== 0 ? -amount : amount;
}

/** Minor units as a decimal string in major units: 2500 EUR -> "25.00", 1000 JPY -> "1000". */
export function formatAmount(m: Money): string {
  const exponent = currencyExponent(m.currency) ?? 2;
  const sign = m.amount < 0 ? '-' : '';
  const abs = Math.abs(m.amount);
  if (exponent === 0) return sign + abs;
  const unit = POWERS[exponent]!;
  const remainder = abs % unit;
  const fraction = String(remainder);
  // (abs - remainder) / unit is an exact integer division even near 2^53, unlike Math.floor(abs / unit).
  return `${sign}${(abs - remainder) / unit}.${fraction.length === exponent ? fraction : '0'.repeat(exponent - fraction.length) + fraction}`;
}

const POWERS = [1, 10, 100, 1000, 10000];

/** "EUR 84.30": the form used in formulas and notes. */
export function formatMoney(m: Money): string {
  return `${m.currency} ${formatAmount(m)}`;
}

export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

export function sum(items: readonly Money[], currency: string): Money {
  let total = 0;
  for (const m of items) {
    if (m.currency !== currency) throw new TypeError(`cannot add ${m.currency} to ${currency}`);
    total += m.amount;
  }
  return money(total, currency);
}

export function multiplyByInteger(m: Money, factor: number): Money {
  if (!Number.isSafeInteger(factor)) throw new RangeError('factor must be an integer');
  return money(m.amount * factor, m.currency);
}

/**
 * `m` times an exact decimal (a rate as a fraction: 0.19 for 19%), rounded to minor units.
 * @example multiplyByDecimal(money(8430, 'EUR'), { coef: 12, scale: 2 }, 'half-up') // EUR 10.12
 */
export function multiplyByDecimal(m: Money, factor: Decimal, mode: RoundingMode): Money {
  return money(mulDivRound(m.amount, factor.coef, 10 ** factor.scale, mode), m.currency);
}

/** m * numerator / denominator, rounded: for shares of a total. */
export function multiplyByFraction(m: Money, numerator: number, denominator: number, mode: RoundingMode): Money {
  return money(mulDivRound(m.amount, numerator, denominator, mode), m.currency);
}

/** Round minor units to a coarser step (5 for CHF 0.05, 100 for whole units), by mode. */
export function roundToStep(m: Money, step: number, mode: RoundingMode): Money {
  return money(divRound(m.amount, step, mode) * step, m.currency);
}

export function compare(a: Money, b: Money): number {
  assertSameCurrency(a, b);
  return Math.sign(a.amount - b.amount);
}

export function isZeroMoney(m: Money): boolean {
  return m.amount === 0;
}

/** Whether an amount written as a decimal string ("0.00", "0", "-0.0") is zero. */
export function isZeroAmount(amount: string): boolean {
  return /^-?0*(\.0*)?$/.test(amount);
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new TypeError(`currency mismatch: ${a.currency} and ${b.currency}`);
}
