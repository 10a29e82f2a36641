import { priceForQuantity, type PriceTier } from '../../../core/b2b/wholesale-price.js';
import { isInEffect } from '../../../core/calendar/iso-date.js';
import { checkSku } from '../../../core/checkout/cart-input.js';
import { fail, ok, type FieldIssue, type Result } from '../../../core/result/result.js';
import type { Deps } from '../../deps.js';

export type WholesalePriceAnswer = {
  priceList: string;
  currency: string;
  sku: string;
  quantity: number;
  unitPriceMinor: number;
  lineMinor: number;
  tier: PriceTier;
  minOrderQuantity: number;
  orderMultiple: number;
  tiers: PriceTier[];
  /** Whether the list is in effect today (validFrom <= today < validTo). */
  inEffect: boolean;
};

/**
 * The unit and line price of `quantity` units of `sku` on a price list: the tier for the quantity, or
 * BELOW_MINIMUM_ORDER naming the MOQ, or VALIDATION_FAILED saying the multiple it is sold in.
 */
export async function quoteWholesalePrice(
  deps: Pick<Deps, 'companies' | 'clock'>,
  code: string,
  query: { sku?: unknown; quantity?: unknown },
): Promise<Result<WholesalePriceAnswer, 'VALIDATION_FAILED' | 'BELOW_MINIMUM_ORDER' | 'PRICE_LIST_NOT_FOUND'>> {
  const issues: FieldIssue[] = [];
  const sku = checkSku(query.sku, 'sku', (field, message) => void issues.push({ field, message }));
  const quantity = typeof query.quantity === 'string' && /^\d{1,9}$/.test(query.quantity) ? Number(query.quantity) : typeof query.quantity === 'number' ? query.quantity : Number.NaN;
  if (!Number.isSafeInteger(quantity) || quantity < 1) issues.push({ field: 'quantity', message: 'must be a whole number of units, 1 or more' });
  if (issues.length > 0 || sku === undefined) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const variantId = (await deps.companies.variantIdsBySku([sku])).get(sku);
  const set = await deps.companies.wholesalePrices(code, variantId ? [variantId] : []);
  if (!set) return fail('PRICE_LIST_NOT_FOUND', `there is no price list ${code}`, { field: 'code' });
  const item = variantId ? set.items.get(variantId) : undefined;
  if (!item) return fail('VALIDATION_FAILED', `${sku} is not on price list ${code}`, { field: 'sku' });
  const price = priceForQuantity(item, quantity, 'quantity');
  if (!price.ok) return price;
  const today = deps.clock().toISOString().slice(0, 10);
  return ok({
    priceList: set.code,
    currency: set.currency,
    sku,
    quantity,
    unitPriceMinor: price.value.unitPriceMinor,
    lineMinor: price.value.lineMinor,
    tier: price.value.tier,
    minOrderQuantity: item.minOrderQuantity,
    orderMultiple: item.orderMultiple,
    tiers: [...item.tiers],
    inEffect: isInEffect(today, set.validFrom, set.validTo ?? undefined),
  });
}
