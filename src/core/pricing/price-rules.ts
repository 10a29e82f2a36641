import type { Decimal } from '../decimal/decimal.js';
import type { RoundingMode } from '../decimal/rounding.js';

/**
 * How a market turns a base price into the price a buyer sees:
 * 1. convert from the store's base currency with the reference rate, plus `fxMarkupPercent`;
 * 2. add the import tax where the market shows tax-inclusive prices (`inclusiveTaxPercent`);
 * 3. round to the currency's `increment` (minor units: 5 for CHF 0.05, 1 for JPY yen, 1000 for
 *    VND 1,000) with `mode`;
 * 4. apply a charm ending: the price becomes k x `modulus` + `ending` (minor units), the nearest such
 *    price in `direction` (USD .99: modulus 100, ending 99; JPY 1,980: modulus 1000, ending 980;
 *    whole units: ending 0).
 */
export type PriceRules = {
  currency: string;
  fxMarkupPercent: Decimal;
  inclusiveTaxPercent?: Decimal;
  rounding: { increment: number; mode: RoundingMode };
  charm?: { modulus: number; ending: number; direction: 'up' | 'down' | 'nearest' };
};

/** A conversion factor as an exact fraction: target minor units = base minor units x num / den. */
export type Factor = { num: bigint; den: bigint };
