import { formatDecimal } from '../decimal/decimal.js';
import { mulDivRound } from '../decimal/rounding.js';
import { formatMoney, type Money } from '../money/money.js';
import { inEffect, remember, type ImportTaxRule, type LowValueScheme } from './compile-rules.js';
import { borderPayer, convertInQuote, destinationRules, type FxFailure, type QuoteContext, type ValuedItem } from './context.js';
import { decideDeMinimis, decideOnAmount } from './de-minimis.js';

type Mode = 'border' | 'point-of-sale' | 'relief';

/**
 * Import VAT/GST. Items inside a low-value scheme are taxed at the point of sale when the seller
 * holds the registration (or must), relieved or taxed at the border otherwise, per the scheme;
 * the rest are taxed at the border after the tax de minimis test. The rate is the destination's
 * (its region's where it has one), reduced by HS prefix where a reduced rate covers the goods.
 */
export function addTaxes(ctx: QuoteContext): FxFailure | undefined {
  const taxRules = remember(ctx.rules, `taxes|${ctx.request.shipTo.country}|${ctx.request.date}`, () => inEffect(ctx.rules.taxes.get(ctx.request.shipTo.country), ctx.request.date));
  if (taxRules.length === 0) return undefined;

  const scheme = destinationRules(ctx, 'schemes', ctx.rules.schemes)[0];
  const modes = new Map<number, Mode>();
  let registration: { scheme: string; number: string } | undefined;
  if (scheme) {
    const ceiling = convertInQuote(ctx, scheme.ceiling, ctx.local, `scheme.${scheme.meta.id}`);
    if (!ceiling.ok) return ceiling;
    registration = ctx.request.registrations.find((r) => r.scheme === scheme.registration);
    const within = (v: number) => (scheme.comparison === 'lte' ? v <= ceiling.money.amount : v < ceiling.money.amount);
    const covered = (vi: ValuedItem) => !(vi.item.hsCode && (scheme.excludedHsPrefixes ?? []).some((p) => vi.item.hsCode!.startsWith(p)));
    const inScope = ctx.items.filter((vi) => covered(vi) && (scheme.valueTested === 'per-item' ? within(Math.round(vi.value.amount / vi.item.quantity)) : within(ctx.intrinsic.amount)));
    const mode: Mode = registration ? 'point-of-sale' : scheme.unregistered === 'border' ? 'border' : scheme.unregistered === 'relief' ? 'relief' : 'point-of-sale';
    for (const vi of inScope) modes.set(vi.index, mode);
    if (inScope.length > 0) noteScheme(ctx, scheme, mode, registration !== undefined, inScope.length);
  }

  const pointOfSale = ctx.items.filter((vi) => modes.get(vi.index) === 'point-of-sale');
  const border = ctx.items.filter((vi) => (modes.get(vi.index) ?? 'border') === 'border');

  if (pointOfSale.length > 0 && scheme) {
    let total = 0;
    for (const vi of pointOfSale) {
      const rule = rateFor(ctx, taxRules, vi);
      if (!rule) continue;
      const base = vi.value.amount + (scheme.saleBase.shipping ? vi.freight.amount : 0) + (scheme.saleBase.insurance ? vi.insurance.amount : 0);
      const amount = mulDivRound(base, rule.percent.coef, 10 ** rule.percent.scale * 100, ctx.rounding);
      total += amount;
      const parts = ['sale price', ...(scheme.saleBase.shipping && vi.freight.amount !== 0 ? ['shipping'] : []), ...(scheme.saleBase.insurance && vi.insurance.amount !== 0 ? ['insurance'] : [])];
      const baseMoney = { amount: base, currency: ctx.local };
      ctx.lines.push({
        type: 'tax',
        name: `${rule.name} (${scheme.scheme})`,
        amount: { amount, currency: ctx.local },
        rate: `${formatDecimal(rule.percent)}%`,
        basis: parts.join(' + '),
        base: baseMoney,
        formula: `${formatDecimal(rule.percent)}% of ${formatMoney(baseMoney)} (${parts.join(' + ')})`,
        program: 'low-value scheme',
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
    const parts = ['goods'];
    let base = vi.value.amount;
    if (rule.base.freight && vi.freight.amount !== 0) (base += vi.freight.amount), parts.push('freight');
    if (rule.base.insurance && vi.insurance.amount !== 0) (base += vi.insurance.amount), parts.push('insurance');
    if (rule.base.duty && vi.duty > 0) (base += vi.duty), parts.push('duty');
    // An inclusive tax is part of its own base: tax = base x r / (1 - r), the "por dentro" method.
    const p = rule.percent;
    const amount = rule.base.inclusive
      ? mulDivRound(base, p.coef, 10 ** p.scale * 100 - p.coef, ctx.rounding)
      : mulDivRound(base, p.coef, 10 ** p.scale * 100, ctx.rounding);
    if (rule.base.inclusive) parts.push('tax itself (inclusive)');
    total += amount;
    const baseMoney: Money = { amount: base, currency: ctx.local };
    ctx.lines.push({
      type: 'tax',
      name: `Import ${rule.name}`,
      amount: { amount, currency: ctx.local },
      rate: `${formatDecimal(rule.percent)}%`,
      basis: parts.join(' + '),
      base: baseMoney,
      formula: rule.base.inclusive
        ? `${formatDecimal(rule.percent)}% of (${formatMoney(baseMoney)} + the tax itself) = ${formatMoney(baseMoney)} × ${formatDecimal(rule.percent)} / (100 − ${formatDecimal(rule.percent)})`
        : `${formatDecimal(rule.percent)}% of ${formatMoney(baseMoney)} (${parts.join(' + ')})`,
      program: 'import tax',
      ...who,
      sku: vi.item.sku,
      rule: rule.meta,
      ...(rule.kind === 'reduced' ? { note: `reduced rate for ${rule.hsPrefixes.join(', ')}${rule.note ? `; ${rule.note}` : ''}` } : rule.note ? { note: rule.note } : {}),
    });
  }
  if (decision.deferred && decision.rule) {
    const below = decideOnAmount(ctx, decision.rule, 'tax', { amount: total, currency: ctx.local });
    if (typeof below !== 'boolean') return below;
    if (below) ctx.lines.splice(start);
  }
  return undefined;
}

/** The rate for an item: a region's rules replace the country's; a reduced rate wins by longest HS prefix. */
function rateFor(ctx: QuoteContext, rules: ImportTaxRule[], vi: ValuedItem): ImportTaxRule | undefined {
  const region = ctx.request.shipTo.region;
  const regional = region ? rules.filter((r) => r.region === region) : [];
  const pool = regional.some((r) => r.kind === 'standard') ? regional : rules.filter((r) => !r.region);
  const hs = vi.item.hsCode;
  let best: ImportTaxRule | undefined;
  let bestLength = -1;
  if (hs) {
    for (const r of pool) {
      if (r.kind !== 'reduced') continue;
      for (const p of r.hsPrefixes) if (hs.startsWith(p) && p.length > bestLength) (best = r), (bestLength = p.length);
    }
  }
  const standard = pool.find((r) => r.kind === 'standard');
  if (!hs && pool.some((r) => r.kind === 'reduced')) {
    vi.reasons.push({ code: 'TAX_RATE_ASSUMED', message: 'no hsCode: taxed at the standard rate, though a reduced rate may apply' });
  }
  return best ?? standard;
}

function noteScheme(ctx: QuoteContext, scheme: LowValueScheme, mode: Mode, registered: boolean, count: number): void {
  const where = `${count} item line(s) within ${scheme.scheme} (${formatMoney(scheme.ceiling)} ${scheme.valueTested === 'per-item' ? 'per item' : 'per consignment'})`;
  if (mode === 'point-of-sale' && !registered) {
    ctx.warnings.push(`${where}: the seller has no ${scheme.registration} registration but must register to sell these goods; the tax is shown as charged at checkout`);
  } else if (mode === 'border') {
    ctx.warnings.push(`${where}: without a ${scheme.registration} registration the import tax is collected at the border`);
  } else if (mode === 'relief') {
    ctx.warnings.push(`${where}: the seller is not registered for ${scheme.registration}, so no tax is collected on these goods${scheme.note ? ` (${scheme.note})` : ''}`);
  }
}
