import { formatDecimal, normalize } from '../decimal/decimal.js';
import { divRound } from '../decimal/rounding.js';
import type { Parcel, RateCard } from './rate-card.js';

export type ChargeableWeight = {
  readonly actualWeightG: number;
  /** Undefined when the card charges actual weight only (no volumetric divisor). */
  readonly volumetricWeightG: number | undefined;
  readonly chargeableWeightG: number;
};

/**
 * Volumetric weight in grams: volume (cm³) / divisor (cm³ per kg), rounded up to the whole gram.
 * With the volume in mm³ that is exactly mm³ / divisor grams, since 1 cm³ = 1,000 mm³ and 1 kg =
 * 1,000 g cancel out.
 * @example volumetricWeightG(40 * 30 * 20 * 1000, 5000) // 4800 (a 40 x 30 x 20 cm box, 4.8 kg)
 */
export function volumetricWeightG(volumeMm3: number, divisor: number): number {
  return divRound(volumeMm3, divisor, 'ceil');
}

/**
 * The weight a carrier bills: the larger of the actual and the volumetric weight, rounded up to the
 * card's `weightStepG` (carriers never round a weight down: 2,001 g on half-kilo steps is 2.5 kg).
 * @example chargeableWeight({ weightG: 1840, volumeMm3: 12_000_000 }, { weightStepG: 500, volumetricDivisor: 5000, ... })
 *   // { actualWeightG: 1840, volumetricWeightG: 2400, chargeableWeightG: 2500 }
 */
export function chargeableWeight(parcel: Parcel, card: Pick<RateCard, 'weightStepG' | 'volumetricDivisor'>): ChargeableWeight {
  const volumetric = card.volumetricDivisor === undefined ? undefined : volumetricWeightG(parcel.volumeMm3, card.volumetricDivisor);
  const heavier = volumetric !== undefined && volumetric > parcel.weightG ? volumetric : parcel.weightG;
  const step = card.weightStepG;
  return { actualWeightG: parcel.weightG, volumetricWeightG: volumetric, chargeableWeightG: divRound(heavier, step, 'ceil') * step };
}

/** Grams as kilograms for explanations: 2500 -> "2.5 kg", 120 -> "0.12 kg". */
export function formatKg(grams: number): string {
  return `${formatDecimal(normalize({ coef: grams, scale: 3 }))} kg`;
}

/** mm³ as cm³ for explanations: 12000500 -> "12000.5 cm³". */
export function formatCm3(mm3: number): string {
  return `${formatDecimal(normalize({ coef: mm3, scale: 3 }))} cm³`;
}
