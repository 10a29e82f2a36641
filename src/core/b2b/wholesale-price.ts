import { fail, ok, type Result } from '../result/result.js';

/**
 * A variant on a wholesale price list: the fewest units a distributor may order (MOQ), the multiple
 * it is sold in (a carton of 12: 12, 24, 36 ...) and unit prices falling by quantity tier. A tier
 * applies from its `minQuantity` up to the next tier's; the first tier starts at or below the MOQ, so
 * every orderable quantity has a price.
 */

export type PriceTier = { minQuantity: number; unitPriceMinor: number };
export type WholesaleItem = { minOrderQuantity: number; orderMultiple: number; tiers: readonly PriceTier[] };

/** Bounds the database holds (wholesale_prices checks) and a sane number of tiers. */
export const MAX_MIN_ORDER_QUANTITY = 1_000_000;
export const MAX_ORDER_MULTIPLE = 100_000;
export const MAX_TIERS = 20;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function integerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

/**
 * Check a wholesale item as given (API body, import row, stored JSON). `minOrderQuantity` and
 * `orderMultiple` default to 1. Refusals name the field: `${field}.tiers[1].minQuantity`.
 *
 * Example: `{ minOrderQuantity: 12, orderMultiple: 6, tiers: [{ minQuantity: 1, unitPriceMinor: 450 },
 * { minQuantity: 48, unitPriceMinor: 400 }] }` is accepted; 12, 18, ... 42 units cost 4.50 each, 48 and
 * more 4.00.
 */
export function checkWholesaleItem(input: unknown, field: string): Result<WholesaleItem, 'VALIDATION_FAILED'> {
  if (!isRecord(input)) return fail('VALIDATION_FAILED', 'a wholesale item is an object with minOrderQuantity, orderMultiple and tiers', { field });
  const moq = input.minOrderQuantity ?? 1;
  if (!integerIn(moq, 1, MAX_MIN_ORDER_QUANTITY)) {
    return fail('VALIDATION_FAILED', `the minimum order quantity is a whole number from 1 to ${MAX_MIN_ORDER_QUANTITY}`, { field: `${field}.minOrderQuantity` });
  }
  const multiple = input.orderMultiple ?? 1;
  if (!integerIn(multiple, 1, MAX_ORDER_MULTIPLE)) {
    return fail('VALIDATION_FAILED', `the order multiple is a whole number from 1 to ${MAX_ORDER_MULTIPLE}`, { field: `${field}.orderMultiple` });
  }
  if (moq % multiple !== 0) {
    return fail('VALIDATION_FAILED', `the minimum order quantity ${moq} must itself be a multiple of the order multiple ${multiple}`, { field: `${field}.orderMultiple` });
  }
  const tiers = input.tiers;
  if (!Array.isArray(tiers) || tiers.length === 0) return fail('VALIDATION_FAILED', 'give at least one price tier', { field: `${field}.tiers` });
  if (tiers.length > MAX_TIERS) return fail('VALIDATION_FAILED', `at most ${MAX_TIERS} price tiers`, { field: `${field}.tiers` });
  const checked: PriceTier[] = [];
  for (const [i, tier] of tiers.entries()) {
    const at = `${field}.tiers[${i}]`;
    if (!isRecord(tier)) return fail('VALIDATION_FAILED', 'a price tier is { minQuantity, unitPriceMinor }', { field: at });
    const { minQuantity, unitPriceMinor } = tier;
    if (!integerIn(minQuantity, 1, Number.MAX_SAFE_INTEGER)) return fail('VALIDATION_FAILED', 'a tier starts at a whole number of units, 1 or more', { field: `${at}.minQuantity` });
    const previous = checked[i - 1];
    if (previous !== undefined && minQuantity <= previous.minQuantity) {
      return fail('VALIDATION_FAILED', `tiers go up by quantity: ${minQuantity} must be above the previous tier's ${previous.minQuantity}`, { field: `${at}.minQuantity` });
    }
    if (i === 0 && minQuantity > moq) {
      return fail('VALIDATION_FAILED', `the first tier must start at or below the minimum order quantity ${moq}, or ${moq} units would have no price`, { field: `${at}.minQuantity` });
    }
    if (!integerIn(unitPriceMinor, 0, Number.MAX_SAFE_INTEGER)) {
      return fail('VALIDATION_FAILED', 'a unit price is a whole, non-negative number of minor units (cents)', { field: `${at}.unitPriceMinor` });
    }
    checked.push({ minQuantity, unitPriceMinor });
  }
  return ok({ minOrderQuantity: moq, orderMultiple: multiple, tiers: checked });
}

/**
 * The unit price for a quantity: the last tier starting at or below it. The line is
 * `unitPriceMinor x quantity` (exact; refused if beyond a safe integer).
 * A quantity below the MOQ is `BELOW_MINIMUM_ORDER`; one that is not a multiple of the order
 * multiple is `VALIDATION_FAILED`; both name `field`.
 */
export function priceForQuantity(
  item: WholesaleItem,
  quantity: number,
  field: string,
): Result<{ unitPriceMinor: number; tier: PriceTier; lineMinor: number }, 'VALIDATION_FAILED' | 'BELOW_MINIMUM_ORDER'> {
  if (!integerIn(quantity, 1, Number.MAX_SAFE_INTEGER)) return fail('VALIDATION_FAILED', 'a quantity is a whole number of units, 1 or more', { field });
  if (quantity < item.minOrderQuantity) {
    return fail('BELOW_MINIMUM_ORDER', `${quantity} is below the minimum order quantity of ${item.minOrderQuantity}`, { field });
  }
  if (quantity % item.orderMultiple !== 0) {
    const lower = quantity - (quantity % item.orderMultiple);
    const nearest = lower >= item.minOrderQuantity ? `${lower} or ${lower + item.orderMultiple}` : String(lower + item.orderMultiple);
    return fail('VALIDATION_FAILED', `this item is sold in multiples of ${item.orderMultiple}: order ${nearest}, not ${quantity}`, { field });
  }
  let tier: PriceTier | undefined;
  for (const t of item.tiers) if (t.minQuantity <= quantity) tier = t;
  if (tier === undefined) return fail('VALIDATION_FAILED', `no price tier covers ${quantity} units`, { field });
  const lineMinor = tier.unitPriceMinor * quantity;
  if (!Number.isSafeInteger(lineMinor)) return fail('VALIDATION_FAILED', `${quantity} units at ${tier.unitPriceMinor} is too large an amount`, { field });
  return ok({ unitPriceMinor: tier.unitPriceMinor, tier, lineMinor });
}
