import { formatDecimal } from '../decimal/decimal.js';
import { formatMoney, type Money } from '../money/money.js';
import type { ImportTaxRule } from './compile-rules.js';
import { hasReducedRates, pickTaxRule } from './pick-tax-rule.js';
import type { TaxMode } from './scheme.js';
import { borderPayer, type FxFailure, type QuoteContext, type ValuedItem } from './context.js';
import { decideDeMinimis, decideOnAmount } from './de-minimis.js';
import { inclusivePercentOf, percentOf } from '../decimal/percent-of.js';

/**
 * Import VAT/GST. Items inside a low-value scheme are taxed at the point of sale when the seller
 * holds the registration (or must), relieved or taxed at the border otherwise, per the scheme;
 * the rest are taxed at the border after the tax de minimis test. The rate is the destination's
 * (its region's where it has one), reduced by HS prefix where a reduced rate covers the goods.
 */
export function addTaxes(ctx: QuoteContext): FxFailure | undefined {
  const taxRules = ctx.dest.taxes;
  if (taxRules.length === 0) return undefined;

  const scheme = ctx.scheme?.rule;
  const registration = ctx.scheme?.registration;
  const modes = ctx.scheme?.modes ?? new Map<number, TaxMode>();

  const pointOfSale = ctx.items.filter((vi) => modes.get(vi.index) === 'point-of-sale');
  const border = ctx.items.filter((vi) => (modes.get(vi.index) ?? 'border') === 'border');

  if (pointOfSale.length > 0 && scheme) {
    let total = 0;
    for (const vi of pointOfSale) {
      const rule = rateFor(ctx, taxRules, vi);
      if (!rule) continue;
      const base = vi.value.amount + (scheme.saleBase.shipping ? vi.freight.amount : 0) + (scheme.saleBase.insurance ? vi.insurance.amount : 0);
      const amount = percentOf(base, rule.percent, ctx.rounding);
      total += amount;
      const parts = ['sale price', ...(scheme.saleBase.shipping && vi.freight.amount !== 0 ? ['shipping'] : []), ...(scheme.saleBase.insurance && vi.insurance.amount !== 0 ? ['insurance'] : [])];
      const baseMoney = { amount: base, currency: ctx.local };
      ctx.lines.push({
        type: 'tax',
        name: `${rule.name} (${scheme.scheme})`,
        amount: { amount, currency: ctx.local },
        rate: rule.rateText,
        basis: parts.join(' + '),
        base: baseMoney,
        formula: `${rule.rateText} of ${formatMoney(baseMoney)} (${parts.join(' + ')})`,
        program: 'low-value scheme',
        agreement: undefined,
        payer: 'seller',
        due: 'checkout',
        sku: vi.item.sku,
        rule: rule.meta,
        note: `charged at checkout under ${scheme.scheme} (${scheme.meta.id}); no import ${rule.name} at the border`,
      });
    }
    ctx.remittance.push({
      scheme: scheme.scheme,
      registration: scheme.registration,
      number: registration?.number ?? null,
      amount: { amount: total, currency: ctx.local },
      note: registration
        ? `the seller remits this tax in its ${scheme.registration} return for ${ctx.request.shipTo.country}`
        : `the seller must hold a ${scheme.registration} registration to collect and remit this tax`,
    });
  }

  if (border.length > 0) return addBorderTaxes(ctx, taxRules, border);
  return undefined;
}

function addBorderTaxes(ctx: QuoteContext, taxRules: ImportTaxRule[], items: ValuedItem[]): FxFailure | undefined {
  const decision = decideDeMinimis(ctx, 'tax', items.map((i) => i.index));
  if ('ok' in decision) return decision;
  const who = borderPayer(ctx);
  const start = ctx.lines.length;
  let total = 0;
  for (const vi of items) {
    if (decision.relieved.has(vi.index)) continue;
    const rule = rateFor(ctx, taxRules, vi);
    if (!rule) continue;
    let basis = 'goods';
    let base = vi.value.amount;
    if (rule.base.freight && vi.freight.amount !== 0) (base += vi.freight.amount), (basis += ' + freight');
    if (rule.base.insurance && vi.insurance.amount !== 0) (base += vi.insurance.amount), (basis += ' + insurance');
    if (rule.base.duty && vi.duty > 0) (base += vi.duty), (basis += ' + duty');
    const feeShare = rule.base.fees && ctx.feeShares ? ctx.feeShares[vi.index]!.amount : 0;
    if (feeShare !== 0) (base += feeShare), (basis += ' + fees');
    // An inclusive tax is part of its own base: tax = base x r / (1 - r), the "por dentro" method.
    const p = rule.percent;
    const inclusive = rule.base.inclusive === true;
    const amount = inclusive ? inclusivePercentOf(base, p, ctx.rounding) : percentOf(base, p, ctx.rounding);
    if (inclusive) basis += ' + tax itself (inclusive)';
    total += amount;
    const baseMoney: Money = { amount: base, currency: ctx.local };
    const baseText = formatMoney(baseMoney);
    ctx.lines.push({
      type: 'tax',
      name: `Import ${rule.name}`,
      amount: { amount, currency: ctx.local },
      rate: rule.rateText,
      basis,
      base: baseMoney,
      formula: inclusive
        ? `${rule.rateText} of (${baseText} + the tax itself) = ${baseText} × ${formatDecimal(p)} / (100 − ${formatDecimal(p)})`
        : `${rule.rateText} of ${baseText} (${basis})`,
      program: 'import tax',
      agreement: undefined,
      payer: who.payer,
      due: who.due,
      sku: vi.item.sku,
      rule: rule.meta,
      note: rule.lineNote,
    });
  }
  if (decision.deferred && decision.rule) {
    const below = decideOnAmount(ctx, decision.rule, 'tax', { amount: total, currency: ctx.local });
    if (typeof below !== 'boolean') return below;
    if (below) ctx.lines.splice(start);
  }
  return undefined;
}

/** The rate for an item, noting when a missing HS code may hide a reduced rate. */
function rateFor(ctx: QuoteContext, rules: ImportTaxRule[], vi: ValuedItem): ImportTaxRule | undefined {
  const region = ctx.request.shipTo.region;
  if (!vi.item.hsCode && hasReducedRates(rules, region)) {
    vi.reasons.push({ code: 'TAX_RATE_ASSUMED', message: 'no hsCode: taxed at the standard rate, though a reduced rate may apply' });
  }
  return pickTaxRule(rules, region, vi.item.hsCode);
}
