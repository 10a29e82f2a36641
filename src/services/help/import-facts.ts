import { isInEffect } from '../../core/calendar/iso-date.js';
import { formatDecimal } from '../../core/decimal/decimal.js';
import type { Dated, DeMinimisRule, FeeRule, FlatDutyRule, ImportTaxRule, LowValueScheme, RuleSet } from '../../core/landed-cost/compile-rules.js';
import { convert } from '../../core/fx/convert.js';
import type { FxTable } from '../../core/fx/fx-table.js';
import { formatAmount, type Money } from '../../core/money/money.js';
import { ANY_FX_AGE_DAYS } from '../checkout/latest-fx.js';

type Amount = { amount: string; currency: string };

/** The rule a fact comes from, as the rules write it (source and note in English). */
export type HelpRule = { id: string; source: string; effectiveFrom: string; effectiveTo: string | null; note: string | null };

/** An amount as the rule states it, and in the market's currency when that differs (null when it is the same, or no rate is known). */
export type HelpAmount = { amount: Amount; inMarketCurrency: Amount | null };

export type HelpTax = { name: string; kind: 'standard' | 'reduced'; region: string | null; percent: string; hsPrefixes: string[]; rule: HelpRule };

export type HelpDeMinimis = {
  appliesTo: 'duty' | 'tax';
  /** Null: the rule states there is none. */
  threshold: HelpAmount | null;
  comparison: 'lte' | 'lt';
  valueTested: DeMinimisRule['valueTested'];
  retailSharePercent: string | null;
  channels: string[];
  shipFrom: string[];
  notShipFrom: string[];
  origins: string[];
  notOrigins: string[];
  excludedHsPrefixes: string[];
  rule: HelpRule;
};

export type HelpScheme = {
  name: string;
  registration: string;
  /** The store holds a registration for it valid on the date. */
  registered: boolean;
  /** What happens to the tax of goods within the scheme: charged at checkout, at the border, or not at all (engine's scheme.ts). */
  mode: 'point-of-sale' | 'border' | 'relief';
  ceiling: HelpAmount;
  comparison: 'lte' | 'lt';
  valueTested: 'intrinsic' | 'per-item';
  relievesDuty: boolean;
  excludedHsPrefixes: string[];
  rule: HelpRule;
};

export type HelpFlatDuty = { amount: HelpAmount; ceiling: HelpAmount; comparison: 'lte' | 'lt'; per: FlatDutyRule['per']; classificationDigits: number; rule: HelpRule };

export type HelpFee = {
  name: string;
  payee: FeeRule['payee'];
  basis: FeeRule['basis'];
  amount: HelpAmount | null;
  percent: string | null;
  valueBase: 'goods' | 'goods+shipping' | 'goods+shipping+duty';
  minimum: HelpAmount | null;
  maximum: HelpAmount | null;
  channels: string[];
  incoterms: string[];
  maxConsignmentValue: HelpAmount | null;
  minConsignmentValue: HelpAmount | null;
  onlyWhenDutyOrTaxCollected: boolean;
  rule: HelpRule;
};

/** The import rules of one destination: those in effect on a date, or those starting after it. */
export type ImportRuleFacts = { taxes: HelpTax[]; deMinimis: HelpDeMinimis[]; schemes: HelpScheme[]; flatDuties: HelpFlatDuty[]; fees: HelpFee[] };

export type ImportFacts = {
  country: string;
  /** The customs territory (`EU`, or the country). */
  territory: string;
  /** The currency customs works in there. */
  currency: string;
  current: ImportRuleFacts;
  /** Rules already written that start after the date (e.g. the EU's flat duty from 2026-07-01). */
  upcoming: ImportRuleFacts;
  /** The reference rate amounts were converted at, when any was. */
  fx: { from: string[]; rateDate: string; source: string } | null;
};

/**
 * What the landed-cost rules say about importing into `country` on `date`, for people: import tax
 * rates (standard, regional and reduced), de minimis thresholds, low-value schemes (with whether
 * the store is registered, so what happens to the tax), flat duties and fees, each with its rule's
 * id, source and dates; amounts in the rule's currency and converted into `marketCurrency` at the
 * table's latest rate on or before the date (exact, rounded once half-up to the minor unit, as the
 * storefront converts prices). Null when the rules have no profile for the country on that date.
 * @example importFacts(rules, { country: 'DE', date: '2025-05-12', marketCurrency: 'EUR', registrations: [] }, fx)
 *   // current.taxes: VAT 19 (standard), 7 (reduced, 0901 and 0801); current.schemes: IOSS up to EUR 150.00, mode 'border'
 */
export function importFacts(
  rules: RuleSet,
  input: { country: string; date: string; marketCurrency: string; registrations: readonly string[] },
  fx: FxTable,
): ImportFacts | null {
  const { country, date } = input;
  const profile = (rules.profiles.get(country) ?? []).find((p) => isInEffect(date, p.from, p.to));
  if (!profile) return null;
  const keys = profile.territory === country ? [country] : [country, profile.territory];
  const rateDates = new Set<string>();
  const from = new Set<string>();
  let source = '';

  const amount = (m: Money): HelpAmount => {
    const text: Amount = { amount: formatAmount(m), currency: m.currency };
    if (m.currency === input.marketCurrency) return { amount: text, inMarketCurrency: null };
    const converted = convert(m, input.marketCurrency, fx, { date, maxAgeDays: ANY_FX_AGE_DAYS, rounding: 'half-up' });
    if (!converted.ok) return { amount: text, inMarketCurrency: null };
    rateDates.add(converted.value.used.rateDate);
    from.add(m.currency);
    source = converted.value.used.source;
    return { amount: text, inMarketCurrency: { amount: formatAmount(converted.value.money), currency: converted.value.money.currency } };
  };
  const optional = (m: Money | undefined) => (m ? amount(m) : null);

  const facts = (when: (r: Dated) => boolean): ImportRuleFacts => {
    const of = <T extends Dated>(map: ReadonlyMap<string, readonly T[]>, only: readonly string[] = keys) => only.flatMap((k) => (map.get(k) ?? []).filter(when));
    return {
      taxes: of(rules.taxes, [country]).map((r) => tax(r)),
      deMinimis: of(rules.deMinimis).map((r) => deMinimis(r, optional)),
      schemes: of(rules.schemes).map((r) => scheme(r, amount, input.registrations.includes(r.registration))),
      flatDuties: of(rules.flatDuties).map((r) => ({ amount: amount(r.amount), ceiling: amount(r.ceiling), comparison: r.comparison, per: r.per, classificationDigits: r.classificationDigits, rule: ruleOf(r) })),
      fees: of(rules.fees).map((r) => fee(r, optional)),
    };
  };

  const current = facts((r) => isInEffect(date, r.from, r.to));
  const upcoming = facts((r) => r.from > date);
  const rateDate = [...rateDates].sort()[0];
  return {
    country,
    territory: profile.territory,
    currency: profile.currency,
    current,
    upcoming,
    fx: rateDate ? { from: [...from].sort(), rateDate, source } : null,
  };
}

export function ruleOf(r: Dated): HelpRule {
  return { id: r.meta.id, source: r.meta.source, effectiveFrom: r.from, effectiveTo: r.to ?? null, note: r.note ?? null };
}

function tax(r: ImportTaxRule): HelpTax {
  return { name: r.name, kind: r.kind, region: r.region ?? null, percent: formatDecimal(r.percent), hsPrefixes: [...r.hsPrefixes], rule: ruleOf(r) };
}

function deMinimis(r: DeMinimisRule, optional: (m: Money | undefined) => HelpAmount | null): HelpDeMinimis {
  return {
    appliesTo: r.appliesTo,
    threshold: optional(r.threshold),
    comparison: r.comparison,
    valueTested: r.valueTested,
    retailSharePercent: r.retailShare ? formatDecimal(r.retailShare) : null,
    channels: r.channels ?? [],
    shipFrom: r.shipFrom ?? [],
    notShipFrom: r.notShipFrom ?? [],
    origins: r.origins ?? [],
    notOrigins: r.notOrigins ?? [],
    excludedHsPrefixes: r.excludedHsPrefixes ?? [],
    rule: ruleOf(r),
  };
}

/** As the engine decides it (src/core/landed-cost/scheme.ts): registered sellers charge at checkout, else the scheme's `unregistered`. */
function scheme(r: LowValueScheme, amount: (m: Money) => HelpAmount, registered: boolean): HelpScheme {
  const mode = registered || r.unregistered === 'seller-must-register' ? 'point-of-sale' : r.unregistered === 'relief' ? 'relief' : 'border';
  return {
    name: r.scheme,
    registration: r.registration,
    registered,
    mode,
    ceiling: amount(r.ceiling),
    comparison: r.comparison,
    valueTested: r.valueTested,
    relievesDuty: r.relievesDuty === true,
    excludedHsPrefixes: r.excludedHsPrefixes ?? [],
    rule: ruleOf(r),
  };
}

function fee(r: FeeRule, optional: (m: Money | undefined) => HelpAmount | null): HelpFee {
  return {
    name: r.name,
    payee: r.payee,
    basis: r.basis,
    amount: optional(r.amount),
    percent: r.percent ? formatDecimal(r.percent) : null,
    valueBase: r.valueBase ?? 'goods',
    minimum: optional(r.minimum),
    maximum: optional(r.maximum),
    channels: r.channels ?? [],
    incoterms: r.incoterms ?? [],
    maxConsignmentValue: optional(r.maxConsignmentValue),
    minConsignmentValue: optional(r.minConsignmentValue),
    onlyWhenDutyOrTaxCollected: r.onlyWhenDutyOrTaxCollected === true,
    rule: ruleOf(r),
  };
}
