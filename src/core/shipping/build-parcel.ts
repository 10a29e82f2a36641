import { fail, ok, type Result } from '../result/result.js';
import type { Parcel } from './rate-card.js';

/** One cart line as shipping sees it: the variant's shipping weight and packed size, and how many. */
export type ParcelItem = {
  readonly weightG: number;
  /** Packed size in mm; undefined when the catalog has none (the item then adds weight only). */
  readonly dimensionsMm: { readonly length: number; readonly width: number; readonly height: number } | undefined;
  readonly quantity: number;
};

/**
 * The parcel a cart makes, by one stated rule: weight is the sum of each variant's shipping weight
 * times its quantity; volume is the sum of each variant's packed volume (length x width x height)
 * times its quantity, as if the retail packs were packed tight in one box with no void fill. Items
 * without dimensions add weight only. Real boxes are larger, so the volumetric weight is a lower
 * bound; good enough to choose between services, and what a merchant can check by hand.
 * @example buildParcel([{ weightG: 540, dimensionsMm: { length: 240, width: 140, height: 80 }, quantity: 2 }])
 *   // { ok: true, value: { weightG: 1080, volumeMm3: 5_376_000 } }
 */
export function buildParcel(items: readonly ParcelItem[]): Result<Parcel, 'VALIDATION_FAILED'> {
  let weightG = 0;
  let volumeMm3 = 0;
  for (const item of items) {
    weightG += item.weightG * item.quantity;
    if (item.dimensionsMm) volumeMm3 += item.dimensionsMm.length * item.dimensionsMm.width * item.dimensionsMm.height * item.quantity;
  }
  if (!Number.isSafeInteger(weightG) || !Number.isSafeInteger(volumeMm3)) {
    return fail('VALIDATION_FAILED', 'the cart is too heavy or too large to be one parcel', { field: 'lines' });
  }
  return ok({ weightG, volumeMm3 });
}
