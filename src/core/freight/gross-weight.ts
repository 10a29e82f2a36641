import { fail, ok, type Result } from '../result/result.js';

/** The heaviest shipment a document records: 2,000 t in grams (and what the column holds). */
export const MAX_SHIPMENT_WEIGHT_G = 2_000_000_000;

/** How far a declared total may be from the packages' sum per package line: half a kilogram, so that line weights rounded to whole kilograms still agree. */
export const ROUNDING_PER_LINE_G = 500;

/**
 * The gross weight of a shipment: the sum of its package lines' gross weights (grams). A declared
 * total is kept when it agrees with that sum within 500 g per line (each line may have been
 * weighed or rounded to the kilogram on its own); else it is refused naming `grossWeightG` with both
 * figures, since a document whose total contradicts its lines is queried at the border.
 * @example checkGrossWeight([{ grossWeightG: 120_000 }, { grossWeightG: 80_400 }], undefined) // ok(200_400)
 * @example checkGrossWeight([{ grossWeightG: 120_000 }, { grossWeightG: 80_400 }], 201_000)   // ok(201_000): 600 g off, 1,000 g allowed
 * @example checkGrossWeight([{ grossWeightG: 120_000 }], 125_000)                              // VALIDATION_FAILED
 */
export function checkGrossWeight(packages: ReadonlyArray<{ grossWeightG: number }>, declared: number | undefined): Result<number, 'VALIDATION_FAILED'> {
  const sum = packages.reduce((s, p) => s + p.grossWeightG, 0);
  if (sum > MAX_SHIPMENT_WEIGHT_G) return fail('VALIDATION_FAILED', `the packages weigh ${sum} g together, more than the ${MAX_SHIPMENT_WEIGHT_G} g one document records`, { field: 'packages' });
  if (declared === undefined) return ok(sum);
  const tolerance = ROUNDING_PER_LINE_G * packages.length;
  if (Math.abs(declared - sum) > tolerance) {
    return fail('VALIDATION_FAILED', `is ${declared} g but the packages weigh ${sum} g together; the total may differ from their sum by at most ${tolerance} g (${ROUNDING_PER_LINE_G} g per line, for rounding): correct the total or the lines`, { field: 'grossWeightG' });
  }
  return ok(declared);
}
