import { formatDecimal, type Decimal } from '../decimal/decimal.js';
import { divRoundBig, type RoundingMode } from '../decimal/rounding.js';
import { currencyExponent } from '../money/currencies.js';
import { formatMoney, type Money } from '../money/money.js';
import type { DutyRate, DutyTerm, SpecificTerm } from './duty-rate.js';
import { percentOf } from '../decimal/percent-of.js';

/** How much of each unit an item line has (kilograms and litres as exact decimals). */
export type DutyQuantities = { kg: Decimal | undefined; unit: number; pair: number; litre: Decimal | undefined };

/** Converts money in another currency into the local one (for specific duties in a foreign currency). */
export type ToLocal = (m: Money) => Money | undefined;

export type DutyEvaluation =
  | { ok: true; amount: Money; formula: string }
  | { ok: false; reason: 'WEIGHT_MISSING' | 'VOLUME_MISSING' | 'FX_RATE_MISSING'; message: string };

/**
 * The duty for one item line: ad valorem terms on `base` (the customs value in local currency),
 * specific terms on the quantities; compound rates add their terms; MIN/MAX bound the sum.
 * Each term is rounded to the local minor unit with `mode`.
 * @example 8.3% + EUR 24.20/100 kg on EUR 100.00 and 12.5 kg -> EUR 8.30 + EUR 3.03 = EUR 11.33
 */
export function evaluateDuty(rate: DutyRate, base: Money, q: DutyQuantities, toLocal: ToLocal, mode: RoundingMode): DutyEvaluation {
  const main = sumTerms(rate.terms, base, q, toLocal, mode);
  if (!main.ok) return main;
  let { amount, formula } = main;
  if (rate.minimum) {
    const min = sumTerms(rate.minimum, base, q, toLocal, mode);
    if (!min.ok) return min;
    if (min.amount.amount > amount.amount) {
      amount = min.amount;
      formula = `minimum ${min.formula} (above ${formula})`;
    }
  }
  if (rate.maximum) {
    const max = sumTerms(rate.maximum, base, q, toLocal, mode);
    if (!max.ok) return max;
    if (max.amount.amount < amount.amount) {
      amount = max.amount;
      formula = `maximum ${max.formula} (below ${formula})`;
    }
  }
  return { ok: true, amount, formula };
}

function sumTerms(terms: readonly DutyTerm[], base: Money, q: DutyQuantities, toLocal: ToLocal, mode: RoundingMode): DutyEvaluation {
  if (terms.length === 0) return { ok: true, amount: { amount: 0, currency: base.currency }, formula: 'free' };
  let total = 0;
  const parts: string[] = [];
  for (const term of terms) {
    if (term.type === 'ad-valorem') {
      const d = term.percent;
      total += percentOf(base.amount, d, mode);
      parts.push(`${formatDecimal(d)}% of ${formatMoney(base)}`);
      continue;
    }
    const r = evaluateSpecific(term, q, mode);
    if (!r.ok) return r;
    const local = r.amount.currency === base.currency ? r.amount : toLocal(r.amount);
    if (!local) return { ok: false, reason: 'FX_RATE_MISSING', message: `no rate to convert ${r.amount.currency} into ${base.currency}` };
    total += local.amount;
    parts.push(r.formula + (local === r.amount ? '' : ` = ${formatMoney(local)}`));
  }
  return { ok: true, amount: { amount: total, currency: base.currency }, formula: parts.join(' + ') };
}

function evaluateSpecific(term: SpecificTerm, q: DutyQuantities, mode: RoundingMode): DutyEvaluation {
  const exponent = currencyExponent(term.currency) ?? 2;
  let quantity: Decimal;
  let unitText: string;
  switch (term.per) {
    case 'kg':
      if (!q.kg) return { ok: false, reason: 'WEIGHT_MISSING', message: 'the rate is per kilogram but the item has no unitWeightKg' };
      quantity = q.kg;
      unitText = 'kg';
      break;
    case 'litre':
      if (!q.litre) return { ok: false, reason: 'VOLUME_MISSING', message: 'the rate is per litre but the item has no unitVolumeLitres' };
      quantity = q.litre;
      unitText = 'l';
      break;
    case 'pair':
      quantity = { coef: q.pair, scale: 0 };
      unitText = q.pair === 1 ? 'pair' : 'pairs';
      break;
    case 'unit':
      quantity = { coef: q.unit, scale: 0 };
      unitText = q.unit === 1 ? 'unit' : 'units';
      break;
  }
  // amount (major) x quantity / perQuantity, in minor units: one exact division, rounded once.
  const numerator = BigInt(term.amount.coef) * BigInt(quantity.coef) * 10n ** BigInt(exponent);
  const denominator = 10n ** BigInt(term.amount.scale + quantity.scale) * BigInt(term.perQuantity);
  const minor = Number(divRoundBig(numerator, denominator, mode));
  const per = term.perQuantity === 1 ? (term.per === 'litre' ? 'l' : term.per) : `${term.perQuantity} ${term.per === 'litre' ? 'l' : term.per === 'kg' ? 'kg' : `${term.per}s`}`;
  const amountText = `${term.currency} ${formatDecimal(term.amount)}`;
  return {
    ok: true,
    amount: { amount: minor, currency: term.currency },
    formula: `${amountText}/${per}${term.weight ? ` ${term.weight}` : ''} × ${formatDecimal(quantity)} ${unitText}`,
  };
}
