import type { Decimal } from '../decimal/decimal.js';
import { divRound } from '../decimal/rounding.js';
import { formatMoney, type Money } from '../money/money.js';
import { evaluateDuty, type DutyEvaluation } from '../tariff/evaluate-duty.js';
import { inEffect, type FlatDutyRule, type TariffLine } from './compile-rules.js';
import { borderPayer, convertInQuote, type FxFailure, type QuoteContext, type ValuedItem } from './context.js';
import { decideDeMinimis, decideOnAmount } from './de-minimis.js';
import { isDutyRelievedByScheme } from './scheme.js';

/**
 * Duties for the consignment: a flat low-value duty where one applies (the EU's EUR 3 per distinct
 * classification), otherwise the de minimis test, then per item the tariff: a declared rate, else
 * the lower of MFN and a claimed preference the origin qualifies for, plus additional duties by
 * origin.
 */
export function addDuties(ctx: QuoteContext): FxFailure | undefined {
  const flat = ctx.dest.flatDuties[0];
  if (flat) {
    const ceiling = convertInQuote(ctx, flat.ceiling, ctx.local, `flatDuty.${flat.meta.id}`);
    if (!ceiling.ok) return ceiling;
    const within = flat.comparison === 'lte' ? ctx.intrinsic.amount <= ceiling.money.amount : ctx.intrinsic.amount < ceiling.money.amount;
    if (within) return addFlatDuty(ctx, flat);
  }

  const dutiable = ctx.items.filter((vi) => !isDutyRelievedByScheme(ctx, vi));
  const decision = decideDeMinimis(ctx, 'duty', dutiable.map((i) => i.index));
  if ('ok' in decision) return decision;
  const start = ctx.lines.length;
  for (const vi of dutiable) {
    if (decision.relieved.has(vi.index)) continue;
    const failure = addItemDuty(ctx, vi);
    if (failure) return failure;
  }
  if (decision.deferred && decision.rule) {
    // An amount-based threshold (Switzerland: duty of CHF 5 or less per declaration is not levied).
    const total = ctx.lines.slice(start).reduce((s, l) => s + l.amount.amount, 0);
    const below = decideOnAmount(ctx, decision.rule, 'duty', { amount: total, currency: ctx.local });
    if (typeof below !== 'boolean') return below;
    if (below) {
      ctx.lines.splice(start);
      for (const vi of ctx.items) vi.duty = 0;
    }
  }
  return undefined;
}

function addFlatDuty(ctx: QuoteContext, rule: FlatDutyRule): FxFailure | undefined {
  const amount = convertInQuote(ctx, rule.amount, ctx.local, `flatDuty.${rule.meta.id}`);
  if (!amount.ok) return amount;
  const groups = new Map<string, ValuedItem[]>();
  for (const vi of ctx.items) {
    if (!vi.item.hsCode) {
      vi.reasons.push({ code: 'HS_CODE_MISSING', message: 'no hsCode: the low-value duty counts distinct tariff classifications' });
      continue;
    }
    const key = rule.per === 'distinct-classification' ? vi.item.hsCode.slice(0, rule.classificationDigits) : rule.per === 'item' ? vi.item.sku : 'consignment';
    groups.set(key, [...(groups.get(key) ?? []), vi]);
  }
  const who = borderPayer(ctx);
  for (const [key, members] of groups) {
    const first = members[0]!;
    // The line is charged once per classification; its value is spread over the members for VAT on duty.
    first.duty += amount.money.amount;
    ctx.lines.push({
      type: 'duty',
      name: 'Low-value consignment duty',
      amount: amount.money,
      rate: `${formatMoney(rule.amount)} per ${rule.per === 'distinct-classification' ? 'tariff classification' : rule.per}`,
      basis: rule.per === 'distinct-classification' ? `classification ${key}` : rule.per,
      base: ctx.intrinsic,
      formula: `${formatMoney(rule.amount)} for classification ${key} (${members.map((m) => m.item.sku).join(', ')}); consignment ${formatMoney(ctx.intrinsic)} within ${formatMoney(rule.ceiling)}, so it replaces the tariff`,
      program: 'low-value duty',
      agreement: undefined,
      payer: who.payer,
      due: who.due,
      sku: first.item.sku,
      rule: rule.meta,
      note: rule.note,
    });
  }
  return undefined;
}

/** Total weight for specific duties, rounded up to the country's step (Switzerland: next 100 g). */
function dutyWeight(ctx: QuoteContext, unit: Decimal | undefined, quantity: number): Decimal | undefined {
  if (!unit) return undefined;
  const kg = { coef: unit.coef * quantity, scale: unit.scale };
  const step = ctx.profile.dutyWeightStep;
  if (!step) return kg;
  // ceil(kg / step) * step, exactly: both as integers at the larger scale.
  const scale = Math.max(kg.scale, step.scale);
  const kgUnits = kg.coef * 10 ** (scale - kg.scale);
  const stepUnits = step.coef * 10 ** (scale - step.scale);
  return { coef: divRound(kgUnits, stepUnits, 'ceil') * stepUnits, scale };
}

/** The longest-prefix lines of one program that apply to this item on the quote date. */
function findLines(ctx: QuoteContext, hsCode: string, program: TariffLine['program'], origin: string, claimed = false): TariffLine[] {
  let byCode = ctx.dest.tariffLines.get(hsCode);
  if (!byCode) {
    byCode = new Map();
    if (ctx.dest.tariffLines.size < 50_000) ctx.dest.tariffLines.set(hsCode, byCode);
  }
  const key = program === 'MFN' ? 'M' : program === 'PREFERENTIAL' ? `P${origin}` : claimed ? `A${origin}+` : `A${origin}`;
  let lines = byCode.get(key);
  if (!lines) {
    lines = lookUpLines(ctx, hsCode, program, origin, claimed);
    byCode.set(key, lines);
  }
  return lines;
}

function lookUpLines(ctx: QuoteContext, hsCode: string, program: TariffLine['program'], origin: string, claimed: boolean): TariffLine[] {
  const byPrefix = ctx.rules.tariffs.get(ctx.profile.territory);
  if (!byPrefix) return [];
  const found: TariffLine[] = [];
  const lengths = program === 'ADDITIONAL' ? [10, 9, 8, 7, 6, 5, 4, 3, 2, 0] : [10, 9, 8, 7, 6, 5, 4, 3, 2];
  for (const length of lengths) {
    if (length > hsCode.length) continue;
    const lines = byPrefix.get(hsCode.slice(0, length));
    if (!lines) continue;
    const matching = inEffect(lines, ctx.request.date).filter(
      (l) =>
        l.program === program &&
        (program === 'MFN' || !l.origins || l.origins.has(origin)) &&
        !(l.exceptOrigins && l.exceptOrigins.has(origin) && (claimed || !l.exceptOriginsNeedClaim)) &&
        !l.exceptHsPrefixes.some((p) => hsCode.startsWith(p)),
    );
    if (program === 'ADDITIONAL') found.push(...matching);
    else if (matching.length > 0) return matching;
  }
  return found;
}

function addItemDuty(ctx: QuoteContext, vi: ValuedItem): FxFailure | undefined {
  const { item } = vi;
  const who = borderPayer(ctx);
  const quantities = { kg: dutyWeight(ctx, item.unitWeightKg, item.quantity), unit: item.quantity, pair: item.quantity, litre: item.unitVolumeLitres ? { coef: item.unitVolumeLitres.coef * item.quantity, scale: item.unitVolumeLitres.scale } : undefined };
  let fxFailure: FxFailure | undefined;
  const toLocal = (m: Money) => {
    const r = convertInQuote(ctx, m, ctx.local, () => `items[${vi.index}].duty`);
    if (!r.ok) {
      fxFailure = r;
      return undefined;
    }
    return r.money;
  };
  const basis = ctx.profile.dutyBasis;
  const evaluate = (rate: TariffLine['rate']): DutyEvaluation => evaluateDuty(rate, vi.customsValue, quantities, toLocal, ctx.rounding);

  if (item.dutyRate) {
    const r = evaluate(item.dutyRate.rate);
    if (fxFailure) return fxFailure;
    if (!r.ok) return void vi.reasons.push({ code: r.reason, message: r.message });
    vi.duty += r.amount.amount;
    ctx.lines.push({
      type: 'duty', name: 'Customs duty (declared rate)', amount: r.amount, rate: item.dutyRate.text, basis, base: vi.customsValue,
      formula: `${r.formula} ${basis}`, program: 'declared', agreement: undefined, payer: who.payer, due: who.due, sku: item.sku, note: undefined,
      rule: { id: 'declared', version: '1', source: 'rate declared in the request (e.g. a binding tariff ruling)', effectiveFrom: ctx.request.date },
    });
    return addAdditional(ctx, vi, evaluate, who);
  }
  if (!item.hsCode) {
    vi.reasons.push({ code: 'HS_CODE_MISSING', message: 'no hsCode: duty cannot be calculated' });
    return undefined;
  }
  const mfn = findLines(ctx, item.hsCode, 'MFN', item.originCountry)[0];
  if (!mfn) {
    vi.reasons.push({ code: 'TARIFF_NOT_FOUND', message: `no ${ctx.profile.territory} tariff line for ${item.hsCode} in effect on ${ctx.request.date}` });
    return undefined;
  }
  const mfnDuty = evaluate(mfn.rate);
  if (fxFailure) return fxFailure;
  if (!mfnDuty.ok) return void vi.reasons.push({ code: mfnDuty.reason, message: mfnDuty.message });

  let chosen = { line: mfn, duty: mfnDuty };
  let note: string | undefined;
  const preferences = findLines(ctx, item.hsCode, 'PREFERENTIAL', item.originCountry);
  if (item.claimPreference) {
    for (const line of preferences) {
      const d = evaluate(line.rate);
      if (fxFailure) return fxFailure;
      if (d.ok && d.amount.amount < chosen.duty.amount.amount) chosen = { line, duty: d };
    }
    if (chosen.line !== mfn) note = `preference claimed for origin ${item.originCountry}; MFN (${mfn.rateText}) would be ${formatMoney(mfnDuty.amount)}`;
    else if (preferences.length === 0) note = `preference claimed, but no agreement rate for origin ${item.originCountry} is lower than MFN`;
  } else if (preferences.length > 0) {
    note = `origin ${item.originCountry} may qualify for ${[...new Set(preferences.map((p) => p.agreement))].join(', ')}; set claimPreference with proof of origin`;
  }
  const line = chosen.line;
  vi.duty += chosen.duty.amount.amount;
  ctx.lines.push({
    type: 'duty',
    name: line.program === 'PREFERENTIAL' ? `Customs duty (${line.agreement ?? 'preferential'})` : 'Customs duty',
    amount: chosen.duty.amount,
    rate: line.rateText,
    basis,
    base: vi.customsValue,
    formula: `${chosen.duty.formula} ${basis}`,
    program: line.program === 'PREFERENTIAL' ? 'agreement' : 'MFN',
    agreement: line.agreement,
    payer: who.payer,
    due: who.due,
    sku: item.sku,
    rule: line.meta,
    note: note && line.note ? `${note}; ${line.note}` : (note ?? line.note),
  });
  return addAdditional(ctx, vi, evaluate, who);
}

function addAdditional(ctx: QuoteContext, vi: ValuedItem, evaluate: (rate: TariffLine['rate']) => DutyEvaluation, who: ReturnType<typeof borderPayer>): FxFailure | undefined {
  for (const line of findLines(ctx, vi.item.hsCode ?? '', 'ADDITIONAL', vi.item.originCountry, vi.item.claimPreference)) {
    const d = evaluate(line.rate);
    if (!d.ok) {
      vi.reasons.push({ code: d.reason, message: `${line.agreement ?? 'additional duty'}: ${d.message}` });
      continue;
    }
    vi.duty += d.amount.amount;
    ctx.lines.push({
      type: 'duty',
      name: `Additional duty (${line.agreement ?? 'additional'})`,
      amount: d.amount,
      rate: line.rateText,
      basis: ctx.profile.dutyBasis,
      base: vi.customsValue,
      formula: `${d.formula} ${ctx.profile.dutyBasis}`,
      program: 'additional',
      agreement: line.agreement,
      payer: who.payer,
      due: who.due,
      sku: vi.item.sku,
      rule: line.meta,
      note: line.note,
    });
  }
  return undefined;
}
