import type { RoundingMode } from '../decimal/rounding.js';

/** How long a return's tax period is: a calendar month (`2026-11`) or a calendar quarter (`2026-Q4`). */
export type Granularity = 'month' | 'quarter';

/** The schemes a return is made for, by the registration ids the compliance rules use. */
export const TAX_RETURN_SCHEMES = ['IOSS', 'UK_VAT', 'AU_GST', 'NZ_GST', 'NO_VOEC'] as const;
export type TaxReturnSchemeCode = (typeof TAX_RETURN_SCHEMES)[number];

/**
 * When a return is due: `monthsAfter` months after the month the period ends in, on `day` (a day of
 * the month, or `last`), then `plusDays` more; `exceptions` replace the rule for periods ending in a
 * given month (1-12).
 */
export type DueRule = {
  monthsAfter: number;
  day: number | 'last';
  plusDays?: number;
  exceptions?: ReadonlyArray<{ periodEndMonth: number; monthsAfter: number; day: number | 'last' }>;
};

/** A fact about a scheme's return, with where it comes from. */
type Sourced = { source: string; note?: string };

/**
 * One low-value scheme's return: what it covers, its period, when it is due, when a sale counts,
 * how refunds of earlier periods are reported, the currency and the exchange rate used, and how
 * the declared amounts are rounded. Data with sources (src/data/reports/tax-return-schemes.ts).
 */
export type TaxReturnScheme = {
  code: TaxReturnSchemeCode;
  name: string;
  /** The registration whose number the return carries (the `registrations.scheme` of the store). */
  registration: string;
  /** The return's figures are given per `member state of consumption` (IOSS) or per country. */
  figuresPer: 'member state of consumption' | 'country';
  returnCurrency: string;
  effectiveFrom: string;
  period: Sourced & { granularity: Granularity };
  due: Sourced & DueRule;
  /** The moment a sale falls into a period; every scheme here counts the acceptance of the payment. */
  chargeableEvent: Sourced & { event: 'payment accepted' };
  /**
   * `separate`: a refund of a sale of an earlier period is reported as a correction of that period,
   * apart from this period's figures; `in-period`: it lowers the figures of the period the refund
   * is made in.
   */
  corrections: Sourced & { treatment: 'separate' | 'in-period' };
  /**
   * Amounts charged in another currency are converted with the ECB reference rate of the last day of
   * the period (or of the next day the ECB publishes). `prescribed` is false where the scheme names
   * another rate that Landfall does not store: the ECB rate then stands in for it, and the answer says so.
   */
  conversion: Sourced & { rateDate: 'last day of the period'; ifNotPublished: 'next publication day'; prescribed: boolean };
  /** Declared amounts rounded to whole units of the return currency, where the scheme requires it. */
  declaredRounding?: Sourced & { exponent: number; mode: RoundingMode };
  /** The date the sources were checked. */
  checked: string;
};
