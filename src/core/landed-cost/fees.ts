import { formatDecimal } from '../decimal/decimal.js';
import { formatMoney, type Money } from '../money/money.js';
import { inEffect, type FeeRule } from './compile-rules.js';
import { borderPayer, convertInQuote, type FxFailure, type QuoteContext } from './context.js';
import { percentOf } from '../decimal/percent-of.js';

/**
 * Fees charged on import: national parcel fees, customs user fees, carrier and postal clearance
 * fees, each when its conditions hold (channel, incoterm, consignment value, duty or tax collected).
 * Fees are paid by whoever pays the border charges: the seller under DDP, the buyer under DAP.
 */
export function addFees(ctx: QuoteContext): FxFailure | undefined {
  const rules = ctx.dest.fees;
  if (rules.length === 0) return undefined;
  const borderCharges = ctx.lines.filter((l) => l.due === borderPayer(ctx).due && l.program !== 'low-value scheme' && (l.type === 'duty' || l.type === 'tax'));
  const dutyTax = borderCharges.reduce((s, l) => s + l.amount.amount, 0);
  for (const rule of rules) {
    const applies = appliesTo(ctx, rule, dutyTax);
    if (typeof applies !== 'boolean') return applies;
    if (!applies) continue;
    const fee = amountOf(ctx, rule, dutyTax);
    if (!('amount' in fee)) return fee;
    ctx.lines.push({
      type: 'fee',
      name: rule.name,
      amount: fee.amount,
      rate: fee.rate,
      basis: rule.basis,
      base: fee.base,
      formula: fee.formula,
      program: 'fee',
      agreement: undefined,
      payer: borderPayer(ctx).payer,
      due: borderPayer(ctx).due,
      sku: null,
      rule: rule.meta,
      note: `paid to the ${rule.payee}${rule.note ? `; ${rule.note}` : ''}`,
    });
  }
  return undefined;
}

function appliesTo(ctx: QuoteContext, rule: FeeRule, dutyTax: number): boolean | FxFailure {
  if (rule.channels && !rule.channels.includes(ctx.request.channel)) return false;
  if (rule.incoterms && !rule.incoterms.includes(ctx.request.incoterm)) return false;
  if (rule.onlyWhenDutyOrTaxCollected && dutyTax === 0) return false;
  if (rule.exemptWhenClaimedFrom && ctx.items.every((vi) => vi.item.claimPreference && rule.exemptWhenClaimedFrom!.includes(vi.item.originCountry))) return false;
  if (rule.maxConsignmentValue) {
    const max = convertInQuote(ctx, rule.maxConsignmentValue, ctx.local, `fee.${rule.meta.id}`);
    if (!max.ok) return max;
    if (ctx.intrinsic.amount > max.money.amount) return false;
  }
  if (rule.minConsignmentValue) {
    const min = convertInQuote(ctx, rule.minConsignmentValue, ctx.local, `fee.${rule.meta.id}`);
    if (!min.ok) return min;
    if (ctx.intrinsic.amount <= min.money.amount) return false;
  }
  return true;
}

function amountOf(ctx: QuoteContext, rule: FeeRule, dutyTax: number): { amount: Money; rate: string; base: Money; formula: string } | FxFailure {
  const local = (m: Money) => convertInQuote(ctx, m, ctx.local, `fee.${rule.meta.id}`);
  if (rule.basis === 'per-consignment' || rule.basis === 'per-line') {
    const each = local(rule.amount!);
    if (!each.ok) return each;
    // A declaration line is one tariff classification: items sharing an HS6 code are one line.
    const count = rule.basis === 'per-line' ? new Set(ctx.items.map((vi) => vi.item.hsCode?.slice(0, 6) ?? `sku:${vi.item.sku}`)).size : 1;
    const amount = { amount: each.money.amount * count, currency: ctx.local };
    const rate = `${formatMoney(rule.amount!)} per ${rule.basis === 'per-line' ? 'line' : 'consignment'}`;
    return { amount, rate, base: ctx.intrinsic, formula: count === 1 ? `${formatMoney(each.money)} per consignment` : `${formatMoney(each.money)} × ${count} lines` };
  }
  const duty = ctx.items.reduce((s, vi) => s + vi.duty, 0);
  const valueBase = rule.valueBase ?? 'goods';
  const value = ctx.intrinsic.amount + (valueBase === 'goods' ? 0 : ctx.shipping.amount) + (valueBase === 'goods+shipping+duty' ? duty : 0);
  const baseAmount = rule.basis === 'percent-of-value' ? value : dutyTax;
  const base = { amount: baseAmount, currency: ctx.local };
  const p = rule.percent!;
  let amount = percentOf(baseAmount, p, ctx.rounding);
  let bound = '';
  if (rule.minimum) {
    const min = local(rule.minimum);
    if (!min.ok) return min;
    if (amount < min.money.amount) (amount = min.money.amount), (bound = `, minimum ${formatMoney(min.money)}`);
  }
  if (rule.maximum) {
    const max = local(rule.maximum);
    if (!max.ok) return max;
    if (amount > max.money.amount) (amount = max.money.amount), (bound = `, maximum ${formatMoney(max.money)}`);
  }
  const what = rule.basis !== 'percent-of-value' ? 'duty and tax' : valueBase === 'goods' ? 'goods value' : valueBase === 'goods+shipping' ? 'goods + shipping' : 'goods + shipping + duty';
  return { amount: { amount, currency: ctx.local }, rate: `${formatDecimal(p)}%`, base, formula: `${formatDecimal(p)}% of ${formatMoney(base)} ${what}${bound}` };
}
