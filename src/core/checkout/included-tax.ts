import type { Decimal } from '../decimal/decimal.js';
import { mulDivRound } from '../decimal/rounding.js';
import type { Money } from '../money/money.js';

/**
 * Split a tax-inclusive amount (a shelf price with VAT or GST in it) into net and tax at `percent`.
 * tax = inclusive x p / (100 + p), rounded half-up to the minor unit once; net = inclusive - tax, so
 * the two always add back to the amount the buyer paid. A rate of 0 gives no tax.
 * @example splitIncludedTax(money(1990, 'EUR'), decimal(19)) // { net: EUR 16.72, tax: EUR 3.18 }
 */
export function splitIncludedTax(inclusive: Money, percent: Decimal): { net: Money; tax: Money } {
  if (percent.coef < 0) throw new RangeError('a tax rate cannot be negative');
  const unit = 10 ** percent.scale;
  // p / (100 + p) with p = coef / unit is coef / (100 x unit + coef): one exact division.
  const tax = percent.coef === 0 ? 0 : mulDivRound(inclusive.amount, percent.coef, 100 * unit + percent.coef, 'half-up');
  return { net: { amount: inclusive.amount - tax, currency: inclusive.currency }, tax: { amount: tax, currency: inclusive.currency } };
}
