import { inEffect } from '../../core/landed-cost/compile-rules.js';
import { NO_RULE, pickRule } from '../../core/orders/refund-split.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { FEES_DECISION, GOODS_DECISION, shippingDecision, type PolicyDecision } from '../../core/returns/return-policy.js';
import type { ReturnReason } from '../../core/returns/return-reasons.js';
import { checkReturnAction, type ReturnStatus } from '../../core/returns/return-status.js';
import { REFUND_POLICY } from '../../data/rules/refund-policy.js';
import type { OrderRecord, OrderRefundRow } from '../../db/repositories/order-repository.js';
import type { ReturnRecord } from '../../db/repositories/return-repository.js';
import type { ReturnRefundPart } from '../../db/schema/returns.js';
import { refundOrder, type OrderFailure } from '../orders/order-operations.js';
import type { RefundFailure } from '../payments/refund-payment.js';
import { getReturnPolicy } from './return-policy.js';
import { appendReturnEvent, findReturn, inReturnTransaction, type ReturnDeps } from './return-support.js';
import { toReturnView, type ReturnView } from './return-view.js';

export type RefundReturnFailure = 'RETURN_NOT_FOUND' | 'RETURN_STATE_CONFLICT' | OrderFailure | RefundFailure;

/** The reason the order refund of a return carries: it finds the refund again after a crash. */
export const returnRefundReason = (returnId: string) => `return ${returnId}`;

/**
 * Refund a received return through the order's refund (refundOrder, so splitRefund and the refund
 * policy decide the duties and taxes exactly as for any refund): the goods of the units received,
 * their duties and taxes where the destination's rule lets them go back, the delivery where the
 * store's return policy says so (return-policy.ts), never the fees. The payment refund is keyed
 * `return-refund:<id>`, so a retry refunds once; a refund already made for the return (a crash
 * after the payment) is found by its reason and recorded. The answer lists every part, refunded
 * or kept back, with the rules that decided it. Then, in one transaction, the return becomes
 * `refunded` with the order refund's id and `return.refunded` is appended.
 */
export async function refundReturn(deps: ReturnDeps, id: string, input?: unknown): Promise<Result<ReturnView, RefundReturnFailure>> {
  const found = await findReturn(deps, id);
  if (!found.ok) return found;
  const extra = typeof input === 'object' && input !== null ? Object.keys(input)[0] : undefined;
  if (extra !== undefined) return fail('VALIDATION_FAILED', `${extra} is not a field of this request: the return decides what is refunded`, { field: extra });
  const r = found.value;
  const allowed = checkReturnAction(r.status as ReturnStatus, 'refund');
  if (!allowed.ok) return allowed;
  const before = (await deps.orders.byId(r.orderId))!;
  const units = new Map<string, number>();
  for (const l of r.lines) if (l.receivedQuantity > 0) units.set(l.sku, (units.get(l.sku) ?? 0) + l.receivedQuantity);
  const reasons = r.lines.filter((l) => l.receivedQuantity > 0).map((l) => l.reason as ReturnReason);
  const shipping = shippingDecision(await getReturnPolicy(deps), reasons);

  let refund = findRefund(before, r.id);
  if (!refund) {
    const made = await refundOrder(deps, before.number, { lines: [...units].map(([sku, quantity]) => ({ sku, quantity })), shipping: shipping.refund, fees: false, reason: returnRefundReason(r.id) }, { providerKey: `return-refund:${r.id}` });
    if (!made.ok) return made;
    refund = findRefund((await deps.orders.byId(r.orderId))!, r.id);
    if (!refund) throw new Error(`the refund of return ${r.id} was made but not recorded on ${before.number}`);
  }
  const parts = await refundParts(deps, before, refund, r, shipping);

  const at = deps.clock();
  return inReturnTransaction(deps, async (tx): Promise<Result<ReturnView, RefundReturnFailure>> => {
    const o = (await tx.orders.lock({ id: r.orderId }))!;
    const locked = (await tx.returns.lock(id))!;
    if (locked.status === 'refunded' && locked.refundId === refund.id) return ok(toReturnView(locked, o.currency));
    const still = checkReturnAction(locked.status as ReturnStatus, 'refund');
    if (!still.ok) return still;
    await tx.returns.update(id, { status: 'refunded', refundId: refund.id, refundParts: parts, refundedAt: at, updatedAt: at });
    await appendReturnEvent(tx, o, locked, 'return.refunded', { refund: refund.id, amount: refund.amountMinor, currency: o.currency, parts: Object.fromEntries(parts.map((p) => [p.part, p.refundedMinor])) }, at);
    return ok(toReturnView((await tx.returns.byId(id))!, o.currency));
  });
}

function findRefund(o: OrderRecord, returnId: string): OrderRefundRow | undefined {
  return o.refunds.find((x) => x.reason === returnRefundReason(returnId));
}

/**
 * Each part of the refund as made (the order refund's parts and what it kept back), with the rules:
 * for duties and taxes the refund policy rule of each line, picked as splitRefund picks it (the
 * line's scheme, the destination's customs territory, the Incoterm, today's date).
 */
async function refundParts(deps: ReturnDeps, o: OrderRecord, refund: OrderRefundRow, r: ReturnRecord, shipping: PolicyDecision): Promise<ReturnRefundPart[]> {
  const rules = await deps.quotes.rules.get();
  const date = refund.createdAt.toISOString().slice(0, 10);
  const territory = inEffect(rules.profiles.get(o.country), date)[0]?.territory ?? o.country;
  const incoterm = o.incoterm === 'DAP' ? 'DAP' : 'DDP';
  const kept = (part: string) => refund.notRefunded.filter((n) => n.part === part).reduce((s, n) => s + Number(n.amount ?? 0), 0);
  const paidBefore = (part: string) => o.refunds.filter((x) => x.id !== refund.id && x.createdAt <= refund.createdAt).reduce((s, x) => s + (x.parts[part] ?? 0), 0);
  const lineTaxes = o.lines.reduce((s, l) => s + l.taxesMinor, 0);
  const shippingPaid = o.shippingMinor + Math.max(0, o.taxesMinor - lineTaxes);
  const feesPaid = incoterm === 'DDP' ? o.feesMinor : 0;
  const skus = [...new Set(r.lines.filter((l) => l.receivedQuantity > 0).map((l) => l.sku))];

  const lawRules = (part: 'duties' | 'taxes') => {
    const byRule = new Map<string, ReturnRefundPart['rules'][number]>();
    for (const sku of skus) {
      const line = o.lines.find((l) => l.sku === sku)!;
      const rule = pickRule(REFUND_POLICY, { taxScheme: line.taxScheme, territory }, incoterm, date);
      const id = rule?.id ?? NO_RULE;
      const entry = byRule.get(id) ?? {
        id,
        refundable: rule ? (part === 'duties' ? rule.dutyRefundable : rule.taxRefundable) : false,
        note: rule ? ((part === 'duties' ? rule.dutyRefundable : rule.taxRefundable) ? rule.note : ((part === 'duties' ? rule.dutyReason : rule.taxReason) ?? rule.note)) : `no refund rule covers ${territory} (${line.taxScheme ?? incoterm}) on ${date}; decide by hand whether it is due`,
        source: rule?.source ?? null,
        skus: [],
      };
      entry.skus.push(sku);
      byRule.set(id, entry);
    }
    return [...byRule.values()];
  };
  const policyRule = (d: PolicyDecision, refundable: boolean) => [{ id: d.rule, refundable, note: d.note, source: null, skus: [] }];
  const part = (name: string) => refund.parts[name] ?? 0;
  return [
    { part: 'goods', refundedMinor: part('goods'), keptBackMinor: 0, rules: policyRule(GOODS_DECISION, true).map((x) => ({ ...x, skus })) },
    { part: 'duties', refundedMinor: part('duties'), keptBackMinor: kept('duties'), rules: lawRules('duties') },
    { part: 'taxes', refundedMinor: part('taxes'), keptBackMinor: kept('taxes'), rules: lawRules('taxes') },
    { part: 'shipping', refundedMinor: part('shipping'), keptBackMinor: shipping.refund ? 0 : Math.max(0, shippingPaid - paidBefore('shipping')), rules: policyRule(shipping, shipping.refund) },
    { part: 'fees', refundedMinor: part('fees'), keptBackMinor: Math.max(0, feesPaid - paidBefore('fees')), rules: policyRule(FEES_DECISION, false) },
  ];
}
