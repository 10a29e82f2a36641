import { formatDecimal } from '../decimal/decimal.js';
import { formatMoney, type Money } from '../money/money.js';
import type { DeMinimisDecision } from './answer.js';
import { inEffect, type DeMinimisRule } from './compile-rules.js';
import { convertInQuote, text, type FxFailure, type QuoteContext } from './context.js';
import { percentOf } from '../decimal/percent-of.js';

export type DeMinimisOutcome = {
  /** The rule that decided, if any. */
  rule: DeMinimisRule | undefined;
  /** Indexes of items relieved (not charged). */
  relieved: ReadonlySet<number>;
  /** For tax-amount and duty-amount tests: decided after the amount is known. */
  deferred: boolean;
};

const BASIS_TEXT: Record<DeMinimisRule['valueTested'], string> = {
  intrinsic: 'intrinsic value of the consignment (goods only, without transport and insurance)',
  'customs-value': 'customs value of the consignment',
  cif: 'goods + freight + insurance',
  'per-item': 'value of each item (goods only)',
  'retail-share': 'share of the retail price',
  'tax-amount': 'amount of import tax due',
  'duty-amount': 'amount of duty due',
};

/** The rule that governs duty (or tax) relief for this consignment: the most specific one that matches. */
export function findDeMinimisRule(ctx: QuoteContext, appliesTo: 'duty' | 'tax'): DeMinimisRule | undefined {
  const candidates = ctx.dest.deMinimis.filter(
    (r) =>
      r.appliesTo === appliesTo &&
      (!r.channels || r.channels.includes(ctx.request.channel)) &&
      (!r.shipFrom || r.shipFrom.includes(ctx.request.shipFrom.country)) &&
      (!r.notShipFrom || !r.notShipFrom.includes(ctx.request.shipFrom.country)) &&
      // A rule for some origins reaches the consignment when any item has one of them; a rule that
      // excludes origins does not apply when any item has one (CBP ended relief for CN goods first).
      (!r.origins || ctx.items.some((vi) => r.origins!.includes(vi.item.originCountry))) &&
      !(r.notOrigins && ctx.items.some((vi) => r.notOrigins!.includes(vi.item.originCountry))),
  );
  const specificity = (r: DeMinimisRule) => (r.channels ? 1 : 0) + (r.shipFrom ? 1 : 0) + (r.notShipFrom ? 1 : 0) + (r.origins ? 1 : 0) + (r.notOrigins ? 1 : 0) + (r.destination.length === 2 && r.destination !== 'EU' ? 1 : 0);
  return candidates.sort((a, b) => specificity(b) - specificity(a))[0];
}

/**
 * Decide relief for a value-based rule now; amount-based rules (tax under CHF 5) are deferred to
 * `decideOnAmount` once the amount is known. Records the decision in the context.
 */
export function decideDeMinimis(ctx: QuoteContext, appliesTo: 'duty' | 'tax', eligible: readonly number[]): DeMinimisOutcome | FxFailure {
  const rule = findDeMinimisRule(ctx, appliesTo);
  const none: DeMinimisOutcome = { rule, relieved: new Set(), deferred: false };
  if (!rule) return none;
  if (!rule.threshold) {
    ctx.deMinimis.push({ appliesTo, threshold: null, valueTested: null, basis: BASIS_TEXT[rule.valueTested], outcome: 'none', note: rule.note ?? `no ${appliesTo} de minimis applies`, rule: rule.meta });
    return none;
  }
  if (rule.valueTested === 'tax-amount' || rule.valueTested === 'duty-amount') return { rule, relieved: new Set(), deferred: true };
  const threshold = convertInQuote(ctx, rule.threshold, ctx.local, `deMinimis.${rule.meta.id}`);
  if (!threshold.ok) return threshold;
  const excluded = (i: number) => {
    const hs = ctx.items[i]!.item.hsCode;
    return hs !== undefined && (rule.excludedHsPrefixes ?? []).some((p) => hs.startsWith(p));
  };
  const below = (v: Money) => (rule.comparison === 'lte' ? v.amount <= threshold.money.amount : v.amount < threshold.money.amount);

  if (rule.valueTested === 'per-item') {
    const relieved = new Set<number>();
    for (const i of eligible) {
      const unit = Math.round(ctx.items[i]!.value.amount / ctx.items[i]!.item.quantity);
      if (below({ amount: unit, currency: ctx.local }) && !excluded(i)) relieved.add(i);
    }
    ctx.deMinimis.push({
      appliesTo,
      threshold: text(rule.threshold),
      valueTested: null,
      basis: BASIS_TEXT['per-item'],
      outcome: relieved.size > 0 ? 'below' : 'above',
      note: `${relieved.size} of ${eligible.length} item line(s) under ${formatMoney(rule.threshold)} per item${rule.note ? `; ${rule.note}` : ''}`,
      rule: rule.meta,
    });
    return { rule, relieved, deferred: false };
  }

  const tested = testedValue(ctx, rule);
  const isBelow = below(tested);
  const relieved = new Set(isBelow ? eligible.filter((i) => !excluded(i)) : []);
  const excludedCount = isBelow ? eligible.length - relieved.size : 0;
  ctx.deMinimis.push({
    appliesTo,
    threshold: text(rule.threshold),
    valueTested: text(tested),
    basis: BASIS_TEXT[rule.valueTested] + (rule.retailShare ? ` (${formatDecimal(rule.retailShare)}%)` : ''),
    outcome: isBelow ? 'below' : 'above',
    note:
      `${formatMoney(tested)} is ${isBelow ? (rule.comparison === 'lte' ? 'at or below' : 'below') : 'above'} ${formatMoney(threshold.money)}: ` +
      `${appliesTo} ${isBelow ? 'not charged' : 'charged'}` +
      (excludedCount > 0 ? `, except on ${excludedCount} item line(s) excluded from relief` : '') +
      (rule.note ? `; ${rule.note}` : ''),
    rule: rule.meta,
  });
  return { rule, relieved, deferred: false };
}

/** For amount-based thresholds: true when `amount` (local) is under the threshold, so it is not collected. */
export function decideOnAmount(ctx: QuoteContext, rule: DeMinimisRule, appliesTo: 'duty' | 'tax', amount: Money): boolean | FxFailure {
  const threshold = convertInQuote(ctx, rule.threshold!, ctx.local, `deMinimis.${rule.meta.id}`);
  if (!threshold.ok) return threshold;
  const isBelow = rule.comparison === 'lte' ? amount.amount <= threshold.money.amount : amount.amount < threshold.money.amount;
  ctx.deMinimis.push({
    appliesTo,
    threshold: text(rule.threshold!),
    valueTested: text(amount),
    basis: BASIS_TEXT[rule.valueTested],
    outcome: isBelow ? 'below' : 'above',
    note: `${appliesTo} of ${formatMoney(amount)} is ${isBelow ? 'under' : 'not under'} ${formatMoney(threshold.money)}: ${isBelow ? 'not collected' : 'collected'}${rule.note ? `; ${rule.note}` : ''}`,
    rule: rule.meta,
  });
  return isBelow;
}

function testedValue(ctx: QuoteContext, rule: DeMinimisRule): Money {
  switch (rule.valueTested) {
    case 'customs-value':
      return { amount: ctx.items.reduce((s, i) => s + i.customsValue.amount, 0), currency: ctx.local };
    case 'cif':
      return { amount: ctx.intrinsic.amount + ctx.shipping.amount + ctx.insurance.amount, currency: ctx.local };
    case 'retail-share': {
      const share = rule.retailShare ?? { coef: 100, scale: 0 };
      return { amount: percentOf(ctx.intrinsic.amount, share, 'half-up'), currency: ctx.local };
    }
    default:
      return ctx.intrinsic;
  }
}
