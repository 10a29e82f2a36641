import type { Decimal } from '../decimal/decimal.js';

/** Units that specific duties are charged per. `perQuantity` scales them: 100 for "per 100 kg". */
export type DutyUnit = 'kg' | 'unit' | 'pair' | 'litre';

export type AdValoremTerm = { readonly type: 'ad-valorem'; readonly percent: Decimal };

/** A specific duty: `amount` (major units of `currency`, exact: US rates have tenths of a cent) per `perQuantity` `per`. */
export type SpecificTerm = {
  readonly type: 'specific';
  readonly amount: Decimal;
  readonly currency: string;
  readonly per: DutyUnit;
  readonly perQuantity: number;
  /** Weight basis where the tariff says so (Switzerland charges per 100 kg gross). */
  readonly weight?: 'gross' | 'net';
};

export type DutyTerm = AdValoremTerm | SpecificTerm;

/**
 * A duty rate as a tariff writes it, parsed: the sum of `terms` (one term: ad valorem or specific;
 * several: compound), bounded below by `minimum` and above by `maximum` when given.
 * "Free" is no terms.
 */
export type DutyRate = {
  readonly terms: readonly DutyTerm[];
  readonly minimum?: readonly DutyTerm[];
  readonly maximum?: readonly DutyTerm[];
};

export function isFree(rate: DutyRate): boolean {
  return rate.terms.length === 0;
}
