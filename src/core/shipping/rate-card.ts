/**
 * A carrier service's prices from one warehouse, as validated by `validateRateCard`. Every amount
 * is an integer of minor units of `currency`; every weight whole grams.
 *
 * - `zones`: destination countries grouped by price, each with its transit time in business days
 *   and its weight breaks (the first break whose `upToG` is at least the chargeable weight sets the
 *   price), optionally continued above the last break by `additional` (a price per started 500 g
 *   or 1 kg step).
 * - `weightStepG`: the chargeable weight is rounded up to a multiple of this (500 for the half-kilo
 *   steps express couriers bill in; 1 for whole grams).
 * - `volumetricDivisor`: cm³ per kg (5000 for most express couriers, 6000 for some postal and
 *   economy services); absent when the service charges actual weight only.
 * - `fuelSurchargePercent`: a decimal string ("18.5") applied to the base freight only.
 * - `remoteAreas`: flat surcharges by country and postal-code range (see postal-code.ts for how
 *   codes are compared).
 * - `maxWeightG`: the heaviest parcel the service takes (actual weight).
 */
export type RateCard = {
  readonly currency: string;
  readonly weightStepG: number;
  readonly volumetricDivisor?: number;
  readonly fuelSurchargePercent: string;
  readonly maxWeightG?: number;
  readonly zones: readonly Zone[];
  readonly remoteAreas: readonly RemoteArea[];
};

export type Zone = {
  readonly id: string;
  readonly countries: readonly string[];
  readonly transitDays: { readonly min: number; readonly max: number };
  /** Ascending by `upToG`; prices never decrease with weight. */
  readonly breaks: readonly WeightBreak[];
  readonly additional?: { readonly stepG: 500 | 1000; readonly price: number };
};

export type WeightBreak = { readonly upToG: number; readonly price: number };

/** `from` and `to` are normalized postal codes of the same length (the prefix length compared). */
export type RemoteArea = { readonly country: string; readonly from: string; readonly to: string; readonly amount: number };

/** What is shipped: actual weight in grams and packed volume in mm³ (0 when no dimensions are known). */
export type Parcel = { readonly weightG: number; readonly volumeMm3: number };

export type Destination = { readonly country: string; readonly postalCode?: string | undefined };

/** A priced parcel; amounts in minor units of `currency`, weights in grams. */
export type RateQuote = {
  readonly currency: string;
  readonly zoneId: string;
  readonly actualWeightG: number;
  /** Undefined when the card has no volumetric divisor. */
  readonly volumetricWeightG: number | undefined;
  readonly chargeableWeightG: number;
  readonly baseFreight: number;
  readonly fuelSurcharge: number;
  readonly remoteSurcharge: number;
  readonly total: number;
  readonly transitDays: { readonly min: number; readonly max: number };
  /** One line per step, in the order applied, for people. */
  readonly explanation: readonly string[];
};
