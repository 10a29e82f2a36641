import { isInEffect } from '../../core/calendar/iso-date.js';
import type { RuleSet } from '../../core/landed-cost/compile-rules.js';
import { pickRule, type RefundPolicyRule } from '../../core/orders/refund-split.js';
import { SHOP_AT_FAULT_REASONS, type ReturnReason } from '../../core/returns/return-reasons.js';
import type { ShippingRefundPolicy } from '../../core/returns/return-policy.js';
import { REFUND_POLICY } from '../../data/rules/refund-policy.js';
import { DOMESTIC_SALE_SCHEME } from '../checkout/cart-quote.js';
import type { HelpScheme } from './import-facts.js';

/**
 * Which duties and taxes go back with a return, for one kind of parcel to the buyer's country:
 * - domestic: sent from a warehouse inside the buyer's customs territory (no border crossed);
 * - scheme: tax charged at checkout under a low-value scheme;
 * - border: duties and taxes assessed at the border (paid by the shop under DDP, by the buyer under DAP).
 */
export type HelpRefundCase = {
  kind: 'domestic' | 'scheme' | 'border';
  /** domestic: the warehouses' countries; scheme: the scheme's name. */
  from: string[];
  scheme: string | null;
  taxRefundable: boolean;
  dutyRefundable: boolean;
  rule: { id: string; source: string; effectiveFrom: string; note: string };
};

export type HelpReturns = {
  /** The store's policy for the delivery the buyer paid (return-policy.ts). */
  refundShipping: ShippingRefundPolicy;
  /** The reasons that put the fault with the shop (refunded delivery under `shop_at_fault`). */
  shopAtFaultReasons: ReturnReason[];
  cases: HelpRefundCase[];
};

/**
 * The return policy as a buyer in `country` meets it: the store's delivery policy and, per kind of
 * parcel that can reach the country, the refund rule (src/data/rules/refund-policy.ts) that
 * splitRefund would pick for its lines on `date` (the most specific: scheme, then territory, then
 * Incoterm). A rule id appears once, under the first kind of parcel it covers.
 */
export function returnFacts(
  rules: RuleSet,
  input: { country: string; territory: string; incoterm: 'DDP' | 'DAP'; date: string; refundShipping: ShippingRefundPolicy; warehouseCountries: readonly string[]; schemes: readonly HelpScheme[] },
): HelpReturns {
  const territoryOf = (country: string) => (rules.profiles.get(country) ?? []).find((p) => isInEffect(input.date, p.from, p.to))?.territory ?? country;
  const cases: HelpRefundCase[] = [];
  const add = (kind: HelpRefundCase['kind'], taxScheme: string | null, from: string[]) => {
    const rule = pickRule(REFUND_POLICY, { taxScheme, territory: input.territory }, input.incoterm, input.date);
    if (!rule || cases.some((c) => c.rule.id === rule.id)) return;
    cases.push({ kind, from, scheme: kind === 'scheme' ? taxScheme : null, taxRefundable: rule.taxRefundable, dutyRefundable: rule.dutyRefundable, rule: cite(rule) });
  };
  const inside = [...new Set(input.warehouseCountries.filter((c) => territoryOf(c) === input.territory))].sort();
  if (inside.length > 0) add('domestic', DOMESTIC_SALE_SCHEME, inside);
  // Order lines carry the scheme's name when its tax was charged at checkout (cart-quote.ts).
  for (const s of input.schemes) if (s.mode === 'point-of-sale') add('scheme', s.name, []);
  add('border', null, []);
  return { refundShipping: input.refundShipping, shopAtFaultReasons: [...SHOP_AT_FAULT_REASONS], cases };
}

function cite(rule: RefundPolicyRule): HelpRefundCase['rule'] {
  return { id: rule.id, source: rule.source, effectiveFrom: rule.effectiveFrom, note: rule.note };
}
