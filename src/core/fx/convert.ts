import { daysBetween } from '../calendar/iso-date.js';
import { formatDecimal, type Decimal } from '../decimal/decimal.js';
import { divRoundBig, type RoundingMode } from '../decimal/rounding.js';
import { currencyExponent } from '../money/currencies.js';
import type { Money } from '../money/money.js';
import { fail, ok, type Result } from '../result/result.js';
import { findRate, type FxTable } from './fx-table.js';

/** What a conversion used, reported with every converted amount. */
export type FxUsed = {
  from: string;
  to: string;
  /** 1 `from` = `rate` `to`, shown to 10 decimal places (the conversion itself uses the exact legs). */
  rate: string;
  /** The publication date of the rate(s) used, which may precede the date asked for. */
  rateDate: string;
  source: string;
  /** The published rates behind a cross rate: each 1 base = rate quote. */
  legs: Array<{ base: string; quote: string; rate: string; date: string }>;
};

export type ConvertOptions = {
  /** The date the conversion is for; the latest rate on or before it is used. */
  date: string;
  /** A rate older than this many days before `date` is FX_RATE_STALE (default 7: covers holidays). */
  maxAgeDays?: number;
  rounding?: RoundingMode;
};

export type ConvertError = 'FX_RATE_MISSING' | 'FX_RATE_STALE' | 'UNKNOWN_CURRENCY';

/**
 * Convert money into `to` with the table's reference rates, crossing through the table's base
 * currency when neither side is the base: amount x rate(base->to) / rate(base->from), computed
 * exactly and rounded once (half-up by default) to the target currency's minor unit.
 * @example convert({ amount: 10000, currency: 'USD' }, 'EUR', ecb, { date: '2025-05-09' }) // EUR 88.87 at 1.1252
 */
export function convert(m: Money, to: string, table: FxTable, options: ConvertOptions): Result<{ money: Money; used: FxUsed }, ConvertError> {
  const expFrom = currencyExponent(m.currency);
  const expTo = currencyExponent(to);
  if (expFrom === undefined || expTo === undefined) {
    return fail('UNKNOWN_CURRENCY', `unknown currency ${expFrom === undefined ? m.currency : to}`);
  }
  if (m.currency === to) {
    return ok({ money: m, used: { from: to, to, rate: '1', rateDate: options.date, source: 'identity', legs: [] } });
  }
  const fromRate = findRate(table, m.currency, options.date);
  const toRate = findRate(table, to, options.date);
  const missing = !fromRate ? m.currency : !toRate ? to : undefined;
  if (missing || !fromRate || !toRate) {
    return fail('FX_RATE_MISSING', `no ${table.source} rate for ${missing} on or before ${options.date}`);
  }
  const maxAge = options.maxAgeDays ?? 7;
  const rateDate = fromRate.date < toRate.date ? fromRate.date : toRate.date;
  const age = daysBetween(rateDate, options.date);
  if (age > maxAge) {
    return fail('FX_RATE_STALE', `the latest ${table.source} rate for ${m.currency}/${to} on or before ${options.date} is from ${rateDate}, ${age} days old (limit ${maxAge})`);
  }
  const amount = crossMultiply(m.amount, toRate.rate, fromRate.rate, expTo - expFrom, options.rounding ?? 'half-up');
  const legs = [
    ...(m.currency === table.base ? [] : [{ base: table.base, quote: m.currency, rate: formatDecimal(fromRate.rate), date: fromRate.date }]),
    ...(to === table.base ? [] : [{ base: table.base, quote: to, rate: formatDecimal(toRate.rate), date: toRate.date }]),
  ];
  return ok({
    money: { amount, currency: to },
    used: { from: m.currency, to, rate: crossRateText(toRate.rate, fromRate.rate), rateDate, source: table.source, legs },
  });
}

/** amount x (num / den) x 10^shift, exactly, rounded once. */
function crossMultiply(amount: number, num: Decimal, den: Decimal, shift: number, mode: RoundingMode): number {
  let n = BigInt(amount) * BigInt(num.coef) * 10n ** BigInt(den.scale);
  let d = BigInt(den.coef) * 10n ** BigInt(num.scale);
  if (shift > 0) n *= 10n ** BigInt(shift);
  if (shift < 0) d *= 10n ** BigInt(-shift);
  return Number(divRoundBig(n, d, mode));
}

function crossRateText(num: Decimal, den: Decimal): string {
  const scaled = divRoundBig(BigInt(num.coef) * 10n ** BigInt(den.scale + 10), BigInt(den.coef) * 10n ** BigInt(num.scale), 'half-even');
  return formatDecimal({ coef: Number(scaled), scale: 10 }).replace(/\.?0+$/, '');
}
