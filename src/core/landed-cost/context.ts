import { convert, type FxUsed } from '../fx/convert.js';
import type { FxTable } from '../fx/fx-table.js';
import type { RoundingMode } from '../decimal/rounding.js';
import { formatAmount, type Money } from '../money/money.js';
import type { Failure } from '../result/result.js';
import type { DeMinimisDecision, Due, Payer, Program } from './answer.js';
import {
  inEffect,
  remember,
  type CountryProfile,
  type DeMinimisRule,
  type FeeRule,
  type FlatDutyRule,
  type ImportTaxRule,
  type LowValueScheme,
  type RuleRef,
  type RuleSet,
  type TariffLine,
} from './compile-rules.js';
import type { LandedCostRequest, QuoteItem } from './request.js';

/** One item line as the engine values it, in the destination's currency. */
export type ValuedItem = {
  index: number;
  item: QuoteItem;
  /** unitPrice x quantity in local currency. */
  value: Money;
  /** This item's share of freight and insurance (largest-remainder by value). */
  freight: Money;
  insurance: Money;
  /** The customs value: value, plus freight and insurance where the duty basis is CIF. */
  customsValue: Money;
  /** Duties charged on this item so far (local minor units), for "VAT on duty". */
  duty: number;
  reasons: Array<{ code: string; message: string }>;
};

/** A charge in local currency, before it is converted and written out. */
export type LocalLine = {
  type: 'duty' | 'tax' | 'fee';
  name: string;
  amount: Money;
  rate: string;
  basis: string;
  base: Money;
  formula: string;
  program: Program;
  agreement: string | undefined;
  payer: Payer;
  due: Due;
  sku: string | null;
  rule: RuleRef;
  note: string | undefined;
};

/** Tax a seller collects at checkout and remits under a scheme, in local currency. */
export type LocalRemittance = { scheme: string; registration: string; number: string | null; amount: Money; note: string };

/** Everything the calculation steps share. Mutable while the quote is built, then read once. */
export type QuoteContext = {
  request: LandedCostRequest;
  rules: RuleSet;
  fx: FxTable;
  maxFxAgeDays: number;
  profile: CountryProfile;
  /** The keys that rules for this destination are filed under: the country, then its customs territory. */
  keys: readonly string[];
  /** The destination's rules in effect on the quote date. */
  dest: DestinationRules;
  local: string;
  rounding: RoundingMode;
  items: ValuedItem[];
  shipping: Money;
  insurance: Money;
  /** Sum of item values: the intrinsic value of the consignment. */
  intrinsic: Money;
  lines: LocalLine[];
  deMinimis: DeMinimisDecision[];
  remittance: LocalRemittance[];
  warnings: string[];
  fxUsed: Map<string, FxUsed>;
  /**
   * Each item's share of the import fees, once they are known, for taxes whose base includes fees
   * (the EU's incidental costs, Swiss clearance charges). Absent on the first pass.
   */
  feeShares?: Money[];
  /** The low-value scheme that covers some items, once resolved. */
  scheme?: import('./scheme.js').SchemeScope;
};

export type FxFailure = Failure<'FX_RATE_MISSING' | 'FX_RATE_STALE'>;

/** Convert with the quote's table and date, remembering the rate used. */
export function convertInQuote(
  ctx: Pick<QuoteContext, 'fx' | 'request' | 'maxFxAgeDays' | 'fxUsed'>,
  m: Money,
  to: string,
  field: string | (() => string),
): { ok: true; money: Money } | FxFailure {
  if (m.currency === to) return { ok: true, money: m };
  const r = convert(m, to, ctx.fx, { date: ctx.request.date, maxAgeDays: ctx.maxFxAgeDays });
  if (!r.ok) {
    const code = r.code === 'FX_RATE_STALE' ? 'FX_RATE_STALE' : 'FX_RATE_MISSING';
    const name = typeof field === 'string' ? field : field();
    return { ok: false, code, message: `${name}: ${r.message}`, field: name };
  }
  ctx.fxUsed.set(`${r.value.used.from}>${r.value.used.to}`, r.value.used);
  return { ok: true, money: r.value.money };
}

/** Lists the rules of one kind for the destination: country-specific ones first, then the territory's. */
export function forDestination<T>(map: ReadonlyMap<string, readonly T[]>, keys: readonly string[]): T[] {
  const out: T[] = [];
  for (const k of keys) {
    const list = map.get(k);
    if (list) out.push(...list);
  }
  return out;
}

/** Every rule for one destination on one date, looked up once and remembered with the rule set. */
export type DestinationRules = {
  flatDuties: FlatDutyRule[];
  schemes: LowValueScheme[];
  deMinimis: DeMinimisRule[];
  fees: FeeRule[];
  taxes: ImportTaxRule[];
  /** Tariff lines by HS code, then by program, origin and claim, filled as items ask for them. */
  tariffLines: Map<string, Map<string, TariffLine[]>>;
};

export function destinationRulesFor(rules: RuleSet, profile: CountryProfile, keys: readonly string[], date: string): DestinationRules {
  return remember(rules, `${profile.country}|${date}`, () => ({
    flatDuties: inEffect(forDestination(rules.flatDuties, keys), date),
    schemes: inEffect(forDestination(rules.schemes, keys), date),
    deMinimis: inEffect(forDestination(rules.deMinimis, keys), date),
    fees: inEffect(forDestination(rules.fees, keys), date),
    taxes: inEffect(rules.taxes.get(profile.country), date),
    tariffLines: new Map(),
  }));
}

export function text(m: Money): { amount: string; currency: string } {
  return { amount: formatAmount(m), currency: m.currency };
}

/** DDP: the seller pays customs and the buyer paid it at checkout; DAP: the buyer pays on delivery. */
export function borderPayer(ctx: QuoteContext): { payer: Payer; due: Due } {
  return ctx.request.incoterm === 'DDP' ? { payer: 'seller', due: 'checkout' } : { payer: 'buyer', due: 'delivery' };
}
