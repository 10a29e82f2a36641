/**
 * Why a buyer returns a line: a fixed list (the storefront words each in the buyer's language),
 * with free text beside it; `other` needs the text.
 */
export const RETURN_REASONS = ['damaged', 'wrong_item', 'not_as_described', 'no_longer_needed', 'size_or_fit', 'arrived_late', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/**
 * Reasons that put the fault with the shop: the goods were damaged, wrong or not as described, or
 * the parcel came later than promised. The `shop_at_fault` shipping policy refunds the delivery for these.
 */
export const SHOP_AT_FAULT_REASONS: readonly ReturnReason[] = ['damaged', 'wrong_item', 'not_as_described', 'arrived_late'];

export function isReturnReason(value: unknown): value is ReturnReason {
  return typeof value === 'string' && (RETURN_REASONS as readonly string[]).includes(value);
}
