import { SHOP_AT_FAULT_REASONS, type ReturnReason } from './return-reasons.js';

/**
 * The merchant's return policy for the parts a law does not decide: whether the delivery the buyer
 * paid goes back with a return. A store setting (table return_policy); without one, DEFAULT_RETURN_POLICY.
 * - never: the delivery is not refunded;
 * - shop_at_fault: refunded when a returned line's reason puts the fault with the shop (SHOP_AT_FAULT_REASONS);
 * - always: refunded with every return.
 * Fees (carrier or broker fees paid at import) are not refunded with a return: they were paid to
 * third parties for a delivery that happened.
 */
export const SHIPPING_REFUND_POLICIES = ['never', 'shop_at_fault', 'always'] as const;
export type ShippingRefundPolicy = (typeof SHIPPING_REFUND_POLICIES)[number];
export type ReturnPolicy = { refundShipping: ShippingRefundPolicy };

export const DEFAULT_RETURN_POLICY: ReturnPolicy = { refundShipping: 'shop_at_fault' };

export function isShippingRefundPolicy(value: unknown): value is ShippingRefundPolicy {
  return typeof value === 'string' && (SHIPPING_REFUND_POLICIES as readonly string[]).includes(value);
}

/** A part of a return's refund that the merchant's policy decides, with the rule id named in answers. */
export type PolicyDecision = { refund: boolean; rule: string; note: string };

/**
 * Whether the delivery is refunded with a return whose received lines have these reasons.
 * @example shippingDecision({ refundShipping: 'shop_at_fault' }, ['size_or_fit']) // { refund: false, rule: 'return-policy.shipping.shop_at_fault', ... }
 */
export function shippingDecision(policy: ReturnPolicy, reasons: readonly ReturnReason[]): PolicyDecision {
  const rule = `return-policy.shipping.${policy.refundShipping}`;
  switch (policy.refundShipping) {
    case 'always':
      return { refund: true, rule, note: "the store's return policy refunds the delivery with every return" };
    case 'never':
      return { refund: false, rule, note: "the store's return policy does not refund the delivery" };
    case 'shop_at_fault': {
      const fault = reasons.find((r) => SHOP_AT_FAULT_REASONS.includes(r));
      return fault
        ? { refund: true, rule, note: `the store's return policy refunds the delivery when the shop is at fault; a line came back as ${fault}` }
        : { refund: false, rule, note: `the store's return policy refunds the delivery only when the shop is at fault (${SHOP_AT_FAULT_REASONS.join(', ')}); the reasons given were ${[...new Set(reasons)].join(', ')}` };
    }
  }
}

/** Fees are never refunded with a return (see SHIPPING_REFUND_POLICIES). */
export const FEES_DECISION: PolicyDecision = { refund: false, rule: 'return-policy.fees', note: 'carrier and broker fees paid for the delivery are not refunded with a return' };

/** The goods of the units received back are always refunded, prorated by unit as the order refund does. */
export const GOODS_DECISION: PolicyDecision = { refund: true, rule: 'return.goods-received', note: 'the price paid for the units received back, prorated by unit' };
