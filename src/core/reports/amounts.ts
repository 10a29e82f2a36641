import { formatDecimal, parseDecimal, type Decimal } from '../decimal/decimal.js';
import { divRoundBig, type RoundingMode } from '../decimal/rounding.js';
import { currencyExponent } from '../money/currencies.js';

/** An amount as the API writes it: a decimal string in the currency's minor-unit exponent, and the currency. */
export type Amount = { amount: string; currency: string };

function exponentOf(currency: string): number {
  const e = currencyExponent(currency);
  if (e === undefined) throw new RangeError(`unknown currency ${currency}`);
  return e;
}

/**
 * Minor units as a decimal string with the currency's exponent, exactly at any size.
 * @example formatMinor(14749n, 'EUR') -> '147.49'; formatMinor(-5n, 'EUR') -> '-0.05'; formatMinor(5800n, 'JPY') -> '5800'
 */
export function formatMinor(value: bigint, currency: string): string {
  const exponent = exponentOf(currency);
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString();
  if (exponent === 0) return sign + digits;
  const padded = digits.padStart(exponent + 1, '0');
  return `${sign}${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}

/** `{ amount, currency }` from minor units. */
export function amountOf(value: bigint, currency: string): Amount {
  return { amount: formatMinor(value, currency), currency };
}

const AMOUNT = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * A decimal string as minor units of the currency, exactly; undefined when it is not a plain decimal
 * or has more fraction digits than the currency has (trailing zeros beyond them are accepted, as
 * PostgreSQL's numeric sums write them).
 * @example parseMinor('147.49', 'EUR') -> 14749n; parseMinor('-3', 'EUR') -> -300n; parseMinor('1.5', 'JPY') -> undefined
 */
export function parseMinor(text: string, currency: string): bigint | undefined {
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  const exponent = exponentOf(currency);
  let fraction = m[3] ?? '';
  while (fraction.length > exponent && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (fraction.length > exponent) return undefined;
  const value = BigInt(m[2]! + fraction.padEnd(exponent, '0'));
  return m[1] ? -value : value;
}

/**
 * Reference rates against one base currency (the ECB publishes 1 EUR = rate units of each other
 * currency), as published decimal strings parsed exactly. The base itself is 1.
 */
export type BaseRates = { readonly base: string; readonly rates: ReadonlyMap<string, Decimal> };

function rateOf(rates: BaseRates, currency: string): Decimal | undefined {
  return currency === rates.base ? { coef: 1, scale: 0 } : rates.rates.get(currency);
}

/** True when both currencies have a rate (or are the base). */
export function canConvert(rates: BaseRates, from: string, to: string): boolean {
  return from === to || (rateOf(rates, from) !== undefined && rateOf(rates, to) !== undefined);
}

/**
 * Convert minor units through the base: amount x rate(to) / rate(from), with the difference of the
 * two currencies' exponents, times `factor` (numerator / denominator; 1 by default), computed
 * exactly in integers and rounded once with `mode` (half-up: ties away from zero, so a negative
 * amount rounds as its positive does).
 *
 * @example convertMinor(10000n, 'USD', 'EUR', ecb(USD 1.1252)) -> 8887n (EUR 88.87)
 */
export function convertMinor(amount: bigint, from: string, to: string, rates: BaseRates, mode: RoundingMode = 'half-up', factor: { numerator: bigint; denominator: bigint } = { numerator: 1n, denominator: 1n }): bigint {
  const f = from === to ? { coef: 1, scale: 0 } : rateOf(rates, from);
  const t = from === to ? { coef: 1, scale: 0 } : rateOf(rates, to);
  if (!f || !t) throw new RangeError(`no ${rates.base} rate for ${!f ? from : to}`);
  const shift = from === to ? 0 : exponentOf(to) - exponentOf(from);
  let n = amount * BigInt(t.coef) * 10n ** BigInt(f.scale) * factor.numerator;
  let d = BigInt(f.coef) * 10n ** BigInt(t.scale) * factor.denominator;
  if (shift > 0) n *= 10n ** BigInt(shift);
  if (shift < 0) d *= 10n ** BigInt(-shift);
  return divRoundBig(n, d, mode);
}

/**
 * round(amount x numerator / denominator) in integers with the given mode: a share of an amount
 * (a percentage move: numerator = percent as a decimal's coefficient, denominator = 100 x 10^scale).
 */
export function scaleMinor(amount: bigint, numerator: bigint, denominator: bigint, mode: RoundingMode = 'half-up'): bigint {
  return divRoundBig(amount * numerator, denominator, mode);
}

/** 1 `from` = this many `to`, to 10 decimal places (for showing; conversions use the exact rates). */
export function crossRateText(rates: BaseRates, from: string, to: string): string {
  if (from === to) return '1';
  const f = rateOf(rates, from)!;
  const t = rateOf(rates, to)!;
  const scaled = divRoundBig(BigInt(t.coef) * 10n ** BigInt(f.scale + 10), BigInt(f.coef) * 10n ** BigInt(t.scale), 'half-even');
  return formatDecimal({ coef: Number(scaled), scale: 10 }).replace(/\.?0+$/, '');
}

/** Reference rates from published decimal strings; a string that is not a positive decimal is left out. */
export function baseRates(base: string, published: Readonly<Record<string, string>>): BaseRates {
  const rates = new Map<string, Decimal>();
  for (const [currency, text] of Object.entries(published)) {
    const d = parseDecimal(text);
    if (d && d.coef > 0) rates.set(currency, d);
  }
  return { base, rates };
}
