import type { Decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/decimal.js';

/**
 * Cargo insurance of a quote. CIF and CIP oblige the seller to insure for at least the contract
 * price plus 10 % (Incoterms 2020 A5: "the price provided in the contract plus ten per cent (i.e.
 * 110 %)"), the price being the CIF value: goods, the costs to put them on board, the freight, and
 * the premium itself. With a premium rate r of the insured value, the premium P solves
 * P = r x 1.1 x (CF + P), so P = 1.1 r CF / (1 - 1.1 r) (CF: the cost-and-freight value).
 *
 * Rounding: the premium is rounded up to the minor unit (an estimate never short of the premium on
 * the exact cover), and the cover up (it must not fall below the minimum), both computed exactly
 * with integers.
 */
export type InsuranceCover = {
  /** Goods + loading + export clearance + main carriage. */
  costAndFreightMinor: number;
  premiumMinor: number;
  /** Cost and freight + premium: the CIF (or CIP) value. */
  cifValueMinor: number;
  /** 110 % of the CIF value, rounded up: the least the policy must cover. */
  minimumCoverMinor: number;
  /** "0.35 % of the insured value" or "premium as quoted". */
  premiumBasis: string;
};

const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/** 110 % of `cifValueMinor`, rounded up to the minor unit. */
export function minimumCover(cifValueMinor: number): number {
  return Number(ceilDiv(BigInt(cifValueMinor) * 11n, 10n));
}

/**
 * The premium and minimum cover for a cost-and-freight value at `ratePercent` (percent of the
 * insured value, above 0 and below 10).
 * @example insuranceFromRate(1_000_000, { coef: 5, scale: 1 }) // 0.5 %: premium 5,531, CIF 1,005,531, cover 1,106,085
 */
export function insuranceFromRate(costAndFreightMinor: number, ratePercent: Decimal): InsuranceCover {
  const d = 100n * 10n ** BigInt(ratePercent.scale);
  const coef = BigInt(ratePercent.coef);
  const premium = Number(ceilDiv(11n * coef * BigInt(costAndFreightMinor), 10n * d - 11n * coef));
  const cif = costAndFreightMinor + premium;
  return { costAndFreightMinor, premiumMinor: premium, cifValueMinor: cif, minimumCoverMinor: minimumCover(cif), premiumBasis: `${formatDecimal(ratePercent)} % of the insured value (110 % of the CIF value)` };
}

/** The minimum cover when the forwarder or insurer quoted the premium itself. */
export function insuranceFromPremium(costAndFreightMinor: number, premiumMinor: number): InsuranceCover {
  const cif = costAndFreightMinor + premiumMinor;
  return { costAndFreightMinor, premiumMinor, cifValueMinor: cif, minimumCoverMinor: minimumCover(cif), premiumBasis: 'premium as quoted' };
}
