import { isIsoDate, isInEffect } from '../calendar/iso-date.js';
import { formatDecimal, parseDecimal, type Decimal } from '../decimal/decimal.js';
import type { RoundingMode } from '../decimal/rounding.js';
import { isCountry } from '../geo/countries.js';
import { isCurrency } from '../money/currencies.js';
import { parseMoney, type Money } from '../money/money.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import type { DutyRate } from '../tariff/duty-rate.js';
import { parseDutyRate } from '../tariff/parse-duty-rate.js';
import type {
  CountryProfileData,
  DeMinimisRuleData,
  FeeRuleData,
  FlatDutyRuleData,
  ImportTaxRuleData,
  LowValueSchemeData,
  RuleMeta,
  RuleSetData,
  TariffLineData,
} from './rule-data.js';

/** What every compiled rule keeps of its provenance, for the answer. */
export type RuleRef = { id: string; version: string; source: string; effectiveFrom: string; effectiveTo?: string };

export type Dated = { meta: RuleRef; from: string; to: string | undefined; note: string | undefined };

export type CountryProfile = Dated & { country: string; territory: string; currency: string; dutyBasis: 'CIF' | 'FOB'; rounding: RoundingMode; dutyWeightStep: Decimal | undefined };
export type TariffLine = Dated & {
  territory: string;
  hsPrefix: string;
  program: TariffLineData['program'];
  agreement: string | undefined;
  origins: ReadonlySet<string> | undefined;
  exceptOrigins: ReadonlySet<string> | undefined;
  exceptHsPrefixes: readonly string[];
  exceptOriginsNeedClaim: boolean;
  rate: DutyRate;
  rateText: string;
};
export type ImportTaxRule = Dated &
  Omit<ImportTaxRuleData, keyof RuleMeta | 'percent'> & {
    percent: Decimal;
    hsPrefixes: readonly string[];
    /** "19%": written once, used in every line. */
    rateText: string;
    /** The note every line of this rule carries (reduced rates say which goods). */
    lineNote: string | undefined;
  };
export type DeMinimisRule = Dated &
  Omit<DeMinimisRuleData, keyof RuleMeta | 'threshold' | 'retailSharePercent'> & { threshold: Money | undefined; retailShare: Decimal | undefined };
export type LowValueScheme = Dated & Omit<LowValueSchemeData, keyof RuleMeta | 'ceiling'> & { ceiling: Money };
export type FlatDutyRule = Dated & Omit<FlatDutyRuleData, keyof RuleMeta | 'ceiling' | 'amount'> & { ceiling: Money; amount: Money };
export type FeeRule = Dated &
  Omit<FeeRuleData, keyof RuleMeta | 'amount' | 'percent' | 'minimum' | 'maximum' | 'maxConsignmentValue' | 'minConsignmentValue'> & {
    amount: Money | undefined;
    percent: Decimal | undefined;
    minimum: Money | undefined;
    maximum: Money | undefined;
    maxConsignmentValue: Money | undefined;
    minConsignmentValue: Money | undefined;
  };

/**
 * A checked, indexed rule set. Lists are keyed by destination (country or "EU"); tariff lines by
 * territory and then by HS prefix, so the longest-prefix lookup is a few map reads.
 */
export type RuleSet = {
  version: string;
  profiles: ReadonlyMap<string, readonly CountryProfile[]>;
  tariffs: ReadonlyMap<string, ReadonlyMap<string, readonly TariffLine[]>>;
  taxes: ReadonlyMap<string, readonly ImportTaxRule[]>;
  deMinimis: ReadonlyMap<string, readonly DeMinimisRule[]>;
  schemes: ReadonlyMap<string, readonly LowValueScheme[]>;
  flatDuties: ReadonlyMap<string, readonly FlatDutyRule[]>;
  fees: ReadonlyMap<string, readonly FeeRule[]>;
  /** Every rule by id, for GET /v1/rules/{id}. */
  byId: ReadonlyMap<string, { kind: string; data: unknown }>;
  /**
   * Lookups already made (tariff lines for a code, origin and date; rules for a destination and
   * date). The rules never change once compiled, so remembering answers changes no result.
   */
  memo: Map<string, unknown>;
};

const MEMO_LIMIT = 100_000;

/** `compute()` once per key for this rule set. */
export function remember<T>(rules: RuleSet, key: string, compute: () => T): T {
  const hit = rules.memo.get(key);
  if (hit !== undefined) return hit as T;
  const value = compute();
  if (rules.memo.size >= MEMO_LIMIT) rules.memo.clear();
  rules.memo.set(key, value);
  return value;
}

/** Rules in effect on `date`, in their given order. */
export function inEffect<T extends Dated>(rules: readonly T[] | undefined, date: string): T[] {
  return rules ? rules.filter((r) => isInEffect(date, r.from, r.to)) : [];
}

/**
 * Check a rule set and index it. Every problem is reported with the rule's id and field, so a bad
 * import or a typo in the starter data is caught when the rules load, not in a quote.
 */
export function compileRules(data: RuleSetData): Result<RuleSet, 'INVALID_RULES'> {
  const issues: FieldIssue[] = [];
  const byId = new Map<string, { kind: string; data: unknown }>();

  const dated = (kind: string, r: RuleMeta): Dated => {
    const at = `${kind}:${r.id}`;
    if (!r.id) issues.push({ field: `${kind}:?`, message: 'rule has no id' });
    else if (byId.has(r.id)) issues.push({ field: at, message: 'duplicate id' });
    else byId.set(r.id, { kind, data: r });
    if (!r.source) issues.push({ field: `${at}.source`, message: 'is empty' });
    if (!isIsoDate(r.effectiveFrom)) issues.push({ field: `${at}.effectiveFrom`, message: 'is not a date' });
    if (r.effectiveTo !== undefined && (!isIsoDate(r.effectiveTo) || r.effectiveTo <= r.effectiveFrom)) {
      issues.push({ field: `${at}.effectiveTo`, message: 'must be a date after effectiveFrom' });
    }
    const meta: RuleRef = { id: r.id, version: r.version, source: r.source, effectiveFrom: r.effectiveFrom, ...(r.effectiveTo ? { effectiveTo: r.effectiveTo } : {}) };
    return { meta, from: r.effectiveFrom, to: r.effectiveTo, note: r.note };
  };
  const money = (at: string, m: { amount: string; currency: string } | undefined): Money | undefined => {
    if (m === undefined) return undefined;
    const parsed = parseMoney(m.amount, m.currency);
    if (!parsed.ok) issues.push({ field: at, message: parsed.message });
    return parsed.ok ? parsed.value : undefined;
  };
  const percent = (at: string, text: string | undefined): Decimal | undefined => {
    if (text === undefined) return undefined;
    const d = parseDecimal(text);
    if (!d || d.coef < 0) issues.push({ field: at, message: `"${text}" is not a non-negative decimal` });
    return d;
  };
  const prefix = (at: string, p: string, allowEmpty: boolean) => {
    if (!(allowEmpty && p === '') && !/^\d{2,10}$/.test(p)) issues.push({ field: at, message: `HS prefix "${p}" must be 2 to 10 digits` });
  };
  const country = (at: string, c: string, allowEu = true) => {
    if (!(isCountry(c) || (allowEu && c === 'EU'))) issues.push({ field: at, message: `"${c}" is not a country code` });
  };
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  const profiles = new Map<string, CountryProfile[]>();
  for (const r of data.countries) {
    const d = dated('country', r);
    country(`country:${r.id}.country`, r.country, false);
    if (!isCurrency(r.currency)) issues.push({ field: `country:${r.id}.currency`, message: `unknown currency ${r.currency}` });
    const step = percent(`country:${r.id}.dutyWeightStepKg`, r.dutyWeightStepKg);
    push(profiles, r.country, { ...d, country: r.country, territory: r.customsTerritory, currency: r.currency, dutyBasis: r.dutyBasis, rounding: r.rounding ?? 'half-up', dutyWeightStep: step && step.coef > 0 ? step : undefined } satisfies CountryProfile);
  }

  const tariffs = new Map<string, Map<string, TariffLine[]>>();
  for (const r of data.tariffs) {
    const d = dated('tariff', r);
    prefix(`tariff:${r.id}.hsPrefix`, r.hsPrefix, r.program === 'ADDITIONAL');
    const rate = parseDutyRate(r.rate);
    if (!rate.ok) issues.push({ field: `tariff:${r.id}.rate`, message: rate.message });
    for (const h of r.exceptHsPrefixes ?? []) prefix(`tariff:${r.id}.exceptHsPrefixes`, h, false);
    if (r.program === 'PREFERENTIAL' && (!r.origins || r.origins.length === 0)) issues.push({ field: `tariff:${r.id}.origins`, message: 'a preferential rate must name the origins that qualify' });
    const byPrefix = tariffs.get(r.territory) ?? new Map<string, TariffLine[]>();
    tariffs.set(r.territory, byPrefix);
    push(byPrefix, r.hsPrefix, {
      ...d,
      territory: r.territory,
      hsPrefix: r.hsPrefix,
      program: r.program,
      agreement: r.agreement,
      origins: r.origins ? new Set(r.origins) : undefined,
      exceptOrigins: r.exceptOrigins ? new Set(r.exceptOrigins) : undefined,
      exceptHsPrefixes: r.exceptHsPrefixes ?? [],
      exceptOriginsNeedClaim: r.exceptOriginsNeedClaim ?? false,
      rate: rate.ok ? rate.value : { terms: [] },
      rateText: r.rate,
    });
  }

  const taxes = new Map<string, ImportTaxRule[]>();
  for (const r of data.taxes) {
    const d = dated('tax', r);
    country(`tax:${r.id}.country`, r.country, false);
    const p = percent(`tax:${r.id}.percent`, r.percent);
    for (const h of r.hsPrefixes ?? []) prefix(`tax:${r.id}.hsPrefixes`, h, false);
    if (r.kind === 'reduced' && (!r.hsPrefixes || r.hsPrefixes.length === 0)) issues.push({ field: `tax:${r.id}.hsPrefixes`, message: 'a reduced rate must say which goods it covers' });
    const percentValue = p ?? { coef: 0, scale: 0 };
    const lineNote = r.kind === 'reduced' ? `reduced rate for ${(r.hsPrefixes ?? []).join(', ')}${r.note ? `; ${r.note}` : ''}` : r.note;
    push(taxes, r.country, {
      ...d,
      country: r.country,
      region: r.region,
      name: r.name,
      kind: r.kind,
      base: r.base,
      percent: percentValue,
      hsPrefixes: r.hsPrefixes ?? [],
      rateText: `${formatDecimal(percentValue)}%`,
      lineNote,
    });
  }

  const deMinimis = new Map<string, DeMinimisRule[]>();
  for (const r of data.deMinimis) {
    const d = dated('deMinimis', r);
    country(`deMinimis:${r.id}.destination`, r.destination);
    const { threshold, retailSharePercent, ...rest } = r;
    push(deMinimis, r.destination, {
      ...d,
      destination: rest.destination,
      appliesTo: rest.appliesTo,
      comparison: rest.comparison,
      valueTested: rest.valueTested,
      channels: rest.channels,
      shipFrom: rest.shipFrom,
      notShipFrom: rest.notShipFrom,
      origins: rest.origins,
      notOrigins: rest.notOrigins,
      excludedHsPrefixes: rest.excludedHsPrefixes,
      threshold: money(`deMinimis:${r.id}.threshold`, threshold),
      retailShare: percent(`deMinimis:${r.id}.retailSharePercent`, retailSharePercent),
    });
  }

  const schemes = new Map<string, LowValueScheme[]>();
  for (const r of data.schemes) {
    const d = dated('scheme', r);
    const ceiling = money(`scheme:${r.id}.ceiling`, r.ceiling);
    push(schemes, r.destination, {
      ...d,
      scheme: r.scheme,
      destination: r.destination,
      registration: r.registration,
      comparison: r.comparison,
      valueTested: r.valueTested,
      saleBase: r.saleBase,
      unregistered: r.unregistered,
      excludedHsPrefixes: r.excludedHsPrefixes,
      relievesDuty: r.relievesDuty,
      ceiling: ceiling ?? { amount: 0, currency: 'EUR' },
    });
  }

  const flatDuties = new Map<string, FlatDutyRule[]>();
  for (const r of data.flatDuties) {
    const d = dated('flatDuty', r);
    push(flatDuties, r.destination, {
      ...d,
      destination: r.destination,
      comparison: r.comparison,
      per: r.per,
      classificationDigits: r.classificationDigits,
      ceiling: money(`flatDuty:${r.id}.ceiling`, r.ceiling) ?? { amount: 0, currency: 'EUR' },
      amount: money(`flatDuty:${r.id}.amount`, r.amount) ?? { amount: 0, currency: 'EUR' },
    });
  }

  const fees = new Map<string, FeeRule[]>();
  for (const r of data.fees) {
    const d = dated('fee', r);
    const at = `fee:${r.id}`;
    if ((r.basis === 'per-consignment' || r.basis === 'per-line') && !r.amount) issues.push({ field: `${at}.amount`, message: `a ${r.basis} fee needs an amount` });
    if (r.basis.startsWith('percent') && !r.percent) issues.push({ field: `${at}.percent`, message: `a ${r.basis} fee needs a percent` });
    push(fees, r.destination, {
      ...d,
      destination: r.destination,
      name: r.name,
      payee: r.payee,
      basis: r.basis,
      channels: r.channels,
      incoterms: r.incoterms,
      onlyWhenDutyOrTaxCollected: r.onlyWhenDutyOrTaxCollected,
      exemptWhenClaimedFrom: r.exemptWhenClaimedFrom,
      valueBase: r.valueBase,
      inTaxBase: r.inTaxBase,
      amount: money(`${at}.amount`, r.amount),
      percent: percent(`${at}.percent`, r.percent),
      minimum: money(`${at}.minimum`, r.minimum),
      maximum: money(`${at}.maximum`, r.maximum),
      maxConsignmentValue: money(`${at}.maxConsignmentValue`, r.maxConsignmentValue),
      minConsignmentValue: money(`${at}.minConsignmentValue`, r.minConsignmentValue),
    });
  }

  if (issues.length > 0) {
    return fail('INVALID_RULES', `${issues.length} problem(s) in rule set ${data.version}: ${issues.slice(0, 5).map((i) => `${i.field} ${i.message}`).join('; ')}`, { details: issues });
  }
  return ok({ version: data.version, profiles, tariffs, taxes, deMinimis, schemes, flatDuties, fees, byId, memo: new Map() });
}
