import { divRoundBig } from '../decimal/rounding.js';
import { currencyExponent } from '../money/currencies.js';
import { amountOf, canConvert, convertMinor, crossRateText, parseMinor, type Amount, type BaseRates } from './amounts.js';
import type { Period } from './period.js';
import type { TaxLineEntry } from './tax-return-lines.js';
import type { TaxReturnScheme } from './tax-return-scheme.js';

/** The reference rates published for a period's conversion: their date, or null when none is stored yet. */
export type PeriodRates = { date: string; rates: BaseRates } | null;

/** What lines of one currency add up to, and the same in the return currency (null without a rate). */
export type CurrencyPart = { currency: string; lines: number; taxable: Amount; tax: Amount; inReturnCurrency: { taxable: Amount; tax: Amount } | null; rate: string | null; rateDate: string | null };

export type Subtotal = { lines: number; taxable: Amount; tax: Amount };

/** The figure of one country (member state of consumption) and rate, in the return currency. */
export type TaxReturnFigure = {
  country: string;
  rate: string;
  /** Units sold in the period. */
  sales: Subtotal;
  /** Units refunded in the period and counted in it (refunds of this period's sales; with `in-period` corrections, of earlier ones too). */
  refunds: Subtotal;
  /** sales + refunds: what the return declares. */
  taxable: Amount;
  tax: Amount;
  byCurrency: CurrencyPart[];
};

/** Refunds made in the period of sales of an earlier period, per period corrected, country and rate. */
export type TaxReturnCorrection = {
  period: string;
  country: string;
  rate: string;
  lines: number;
  taxable: Amount;
  tax: Amount;
  /** True where the scheme counts them in the period's figures (`in-period`), false where they are reported apart (IOSS). */
  includedInFigures: boolean;
  byCurrency: CurrencyPart[];
};

export type FxUsedInReturn = { from: string; to: string; rate: string; rateDate: string; source: string; forPeriod: string; prescribed: boolean };

export type TaxReturnSummary = {
  figures: TaxReturnFigure[];
  totals: { taxable: Amount; tax: Amount };
  corrections: TaxReturnCorrection[];
  correctionsTotal: { taxable: Amount; tax: Amount };
  /** The tax of the figures plus, where corrections are reported apart, their tax: what is paid with this return. */
  payable: Amount;
  /** The totals rounded as the scheme declares them (whole kroner for VOEC); null when it declares them as they are. */
  declared: { taxable: Amount; tax: Amount; payable: Amount } | null;
  fx: FxUsedInReturn[];
  complete: boolean;
  warnings: string[];
};

/**
 * Add up a return's lines into its figures, per country and rate, in the return currency. Amounts
 * charged in another currency are summed in that currency first and converted once per figure and
 * currency (sales and refunds apiece, half-up), with the rates of the period the scheme names:
 * this period's for its figures and, where corrections are reported apart, the corrected period's
 * for each correction (the rate its original return used). A currency without a rate is left out of
 * the converted sums, and the answer says so (`complete: false`).
 *
 * `ratesFor(periodCode)` gives the rates for the period's conversion date.
 */
export function summarizeTaxReturn(
  scheme: Pick<TaxReturnScheme, 'returnCurrency' | 'corrections' | 'conversion' | 'declaredRounding'>,
  period: Period,
  lines: readonly TaxLineEntry[],
  ratesFor: (periodCode: string) => PeriodRates,
): TaxReturnSummary {
  const to = scheme.returnCurrency;
  const warnings: string[] = [];
  const fx = new Map<string, FxUsedInReturn>();
  const missing = new Set<string>();

  /** Convert one currency's sum with a period's rates, noting the rate used. */
  const convert = (value: bigint, from: string, periodCode: string): { value: bigint; rate: string; rateDate: string } | null => {
    if (from === to) return { value, rate: '1', rateDate: '' };
    const rates = ratesFor(periodCode);
    if (!rates || !canConvert(rates.rates, from, to)) {
      missing.add(`${from} for ${periodCode}`);
      return null;
    }
    const rate = crossRateText(rates.rates, from, to);
    fx.set(`${from}|${periodCode}`, { from, to, rate, rateDate: rates.date, source: 'ECB', forPeriod: periodCode, prescribed: scheme.conversion.prescribed });
    return { value: convertMinor(value, from, to, rates.rates), rate, rateDate: rates.date };
  };

  type Sums = { lines: number; taxable: bigint; tax: bigint };
  type Group = { key: string; periodCode: string; country: string; rate: string; byCurrency: Map<string, { sales: Sums; refunds: Sums }> };
  const zero = (): Sums => ({ lines: 0, taxable: 0n, tax: 0n });
  const add = (groups: Map<string, Group>, key: string, periodCode: string, line: TaxLineEntry) => {
    let g = groups.get(key);
    if (!g) {
      g = { key, periodCode, country: line.country, rate: line.rate, byCurrency: new Map() };
      groups.set(key, g);
    }
    const c = line.currency;
    let part = g.byCurrency.get(c);
    if (!part) {
      part = { sales: zero(), refunds: zero() };
      g.byCurrency.set(c, part);
    }
    const s = line.kind === 'sale' ? part.sales : part.refunds;
    s.lines++;
    s.taxable += line.taxable;
    s.tax += line.tax;
  };

  const figureGroups = new Map<string, Group>();
  const correctionGroups = new Map<string, Group>();
  for (const line of lines) {
    if (line.section === 'period') add(figureGroups, `${line.country}|${line.rate}`, period.code, line);
    if (line.kind === 'refund' && line.salePeriod !== period.code) {
      // Reported apart, a correction is converted with its own period's rate; counted in the period, with this period's.
      const rateOf = scheme.corrections.treatment === 'separate' ? line.salePeriod : period.code;
      add(correctionGroups, `${line.salePeriod}|${line.country}|${line.rate}`, rateOf, line);
    }
  }

  /** A group in the return currency: sales and refunds converted apiece, so that the parts add up. */
  const total = (g: Group) => {
    const sales = { lines: 0, taxable: 0n, tax: 0n };
    const refunds = { lines: 0, taxable: 0n, tax: 0n };
    const byCurrency: CurrencyPart[] = [];
    for (const [currency, part] of [...g.byCurrency].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const converted = [part.sales.taxable, part.sales.tax, part.refunds.taxable, part.refunds.tax].map((v) => convert(v, currency, g.periodCode));
      sales.lines += part.sales.lines;
      refunds.lines += part.refunds.lines;
      const ok = converted.every((c) => c !== null);
      if (ok) {
        sales.taxable += converted[0]!.value;
        sales.tax += converted[1]!.value;
        refunds.taxable += converted[2]!.value;
        refunds.tax += converted[3]!.value;
      }
      byCurrency.push({
        currency,
        lines: part.sales.lines + part.refunds.lines,
        taxable: amountOf(part.sales.taxable + part.refunds.taxable, currency),
        tax: amountOf(part.sales.tax + part.refunds.tax, currency),
        inReturnCurrency: ok ? { taxable: amountOf(converted[0]!.value + converted[2]!.value, to), tax: amountOf(converted[1]!.value + converted[3]!.value, to) } : null,
        rate: ok ? converted[0]!.rate : null,
        rateDate: ok && converted[0]!.rateDate !== '' ? converted[0]!.rateDate : null,
      });
    }
    return { sales, refunds, byCurrency };
  };

  const byCountryAndRate = (a: { country: string; rate: string }, b: { country: string; rate: string }) => (a.country !== b.country ? (a.country < b.country ? -1 : 1) : Number(a.rate) - Number(b.rate));
  const figures: TaxReturnFigure[] = [...figureGroups.values()]
    .map((g) => {
      const t = total(g);
      return {
        country: g.country,
        rate: g.rate,
        sales: { lines: t.sales.lines, taxable: amountOf(t.sales.taxable, to), tax: amountOf(t.sales.tax, to) },
        refunds: { lines: t.refunds.lines, taxable: amountOf(t.refunds.taxable, to), tax: amountOf(t.refunds.tax, to) },
        taxable: amountOf(t.sales.taxable + t.refunds.taxable, to),
        tax: amountOf(t.sales.tax + t.refunds.tax, to),
        byCurrency: t.byCurrency,
      };
    })
    .sort(byCountryAndRate);

  const included = scheme.corrections.treatment === 'in-period';
  const corrections: TaxReturnCorrection[] = [...correctionGroups.values()]
    .map((g) => {
      const t = total(g);
      const periodCode = g.key.split('|')[0]!;
      return { period: periodCode, country: g.country, rate: g.rate, lines: t.refunds.lines, taxable: amountOf(t.refunds.taxable, to), tax: amountOf(t.refunds.tax, to), includedInFigures: included, byCurrency: t.byCurrency };
    })
    .sort((a, b) => (a.period !== b.period ? (a.period < b.period ? -1 : 1) : byCountryAndRate(a, b)));

  const sum = (list: ReadonlyArray<{ taxable: Amount; tax: Amount }>, part: 'taxable' | 'tax') => list.reduce((n, x) => n + parseMinor(x[part].amount, to)!, 0n);
  const totals = { taxable: sum(figures, 'taxable'), tax: sum(figures, 'tax') };
  const correctionsTotal = { taxable: sum(corrections, 'taxable'), tax: sum(corrections, 'tax') };
  const payable = totals.tax + (included ? 0n : correctionsTotal.tax);

  let declared: TaxReturnSummary['declared'] = null;
  const rounding = scheme.declaredRounding;
  if (rounding) {
    const unit = 10n ** BigInt((currencyExponent(to) ?? 2) - rounding.exponent);
    const round = (v: bigint) => divRoundBig(v, unit, rounding.mode) * unit;
    declared = { taxable: amountOf(round(totals.taxable), to), tax: amountOf(round(totals.tax), to), payable: amountOf(round(payable), to) };
  }

  for (const m of missing) warnings.push(`no ECB rate of ${m} is stored (${scheme.conversion.rateDate}, or the next day the ECB publishes): amounts in that currency are left out of the sums in ${to}; import the rates (landfall data import ecb ...) and ask again`);
  if (fx.size > 0 && !scheme.conversion.prescribed) warnings.push(`amounts charged in another currency than ${to} are converted with ECB rates, which stand in for the rate this scheme names: ${scheme.conversion.note ?? scheme.conversion.source}`);
  return {
    figures,
    totals: { taxable: amountOf(totals.taxable, to), tax: amountOf(totals.tax, to) },
    corrections,
    correctionsTotal: { taxable: amountOf(correctionsTotal.taxable, to), tax: amountOf(correctionsTotal.tax, to) },
    payable: amountOf(payable, to),
    declared,
    fx: [...fx.values()].sort((a, b) => (a.forPeriod !== b.forPeriod ? (a.forPeriod < b.forPeriod ? -1 : 1) : a.from < b.from ? -1 : 1)),
    complete: missing.size === 0,
    warnings,
  };
}
