import type { Decimal } from './decimal.js';
import { mulDivRound, type RoundingMode } from './rounding.js';

/**
 * `percent`% of an amount in minor units, exactly, rounded once with `mode`.
 * @example percentOf(8430, { coef: 12, scale: 0 }, 'half-up') // 1012 (12% of 84.30 = 10.116)
 */
export function percentOf(amount: number, percent: Decimal, mode: RoundingMode): number {
  return mulDivRound(amount, percent.coef, 10 ** percent.scale * 100, mode);
}

/**
 * A tax that is part of its own base ("por dentro"): `percent`% of (amount + the tax itself), that
 * is amount x r / (100 - r), rounded once.
 * @example inclusivePercentOf(10000, { coef: 17, scale: 0 }, 'half-up') // 2048 (100.00 x 17 / 83)
 */
export function inclusivePercentOf(amount: number, percent: Decimal, mode: RoundingMode): number {
  return mulDivRound(amount, percent.coef, 10 ** percent.scale * 100 - percent.coef, mode);
}
