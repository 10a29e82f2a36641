import { checkEmail, checkQuantity, checkSku } from '../../core/checkout/cart-input.js';
import { INVENTORY_LIMITS } from '../../core/inventory/limits.js';
import { inEffect } from '../../core/landed-cost/compile-rules.js';
import { formatAmount } from '../../core/money/money.js';
import { parseOrderNumber } from '../../core/orders/order-number.js';
import { checkOrderAction } from '../../core/orders/order-status.js';
import { splitRefund, type RefundPolicyRule, type RefundRequest } from '../../core/orders/refund-split.js';
import { nextPageCursor, readPageInput } from '../../core/pagination/cursor.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { isOrderStatus } from '../../core/orders/order-status.js';
import { REFUND_POLICY } from '../../data/rules/refund-policy.js';
import { createPaymentRepository } from '../../db/repositories/payment-repository.js';
import type { OrderRecord, ShipmentRow } from '../../db/repositories/order-repository.js';
import type { PaymentView } from '../payments/payment-view.js';
import { toPaymentView } from '../payments/payment-view.js';
import { cancelPayment } from '../payments/cancel-payment.js';
import { refundPayment, type RefundFailure } from '../payments/refund-payment.js';
import type { CheckoutDeps } from '../checkout/checkout-deps.js';
import { startOrderPayment } from '../checkout/checkout.js';
import { inOrderTransaction, isNetTerms, orderFacts, saveOrderChange, type OrderTx } from './order-changes.js';
import type { Channel } from '../../core/compliance/restricted-goods.js';
import { restrictedInShipment } from './shipment-checks.js';
import { orderEventPayload, toOrderView, type OrderView } from './order-view.js';

export type OrderFailure = 'VALIDATION_FAILED' | 'ORDER_NOT_FOUND' | 'ORDER_STATE_CONFLICT' | 'REFUND_EXCEEDS_PAID' | 'NOTHING_TO_REFUND' | 'ORDER_UNDER_REVIEW' | 'GOODS_RESTRICTED';

async function findOrder(deps: Pick<CheckoutDeps, 'orders'>, numberText: string): Promise<Result<OrderRecord, 'ORDER_NOT_FOUND'>> {
  const parsed = parseOrderNumber(numberText);
  const order = parsed.ok ? await deps.orders.byNumber(parsed.value.number) : undefined;
  if (!order) return fail('ORDER_NOT_FOUND', parsed.ok ? `no order ${parsed.value.number}` : parsed.message, { field: 'number' });
  return ok(order);
}

/** An order with its payments, for the merchant. */
export async function getOrder(deps: CheckoutDeps, numberText: string): Promise<Result<OrderView & { payments: PaymentView[] }, 'ORDER_NOT_FOUND'>> {
  const found = await findOrder(deps, numberText);
  if (!found.ok) return found;
  const payments = await createPaymentRepository(deps.database.orm).byReference(found.value.number);
  return ok({ ...toOrderView(found.value), payments: payments.map((p) => toPaymentView(p)) });
}

/**
 * A buyer looks up their order by number and email (order lookup on the storefront): both must
 * match; a wrong email answers exactly like an unknown number, so numbers cannot be probed.
 */
export async function lookUpOrder(deps: CheckoutDeps, numberText: string, email: unknown): Promise<Result<OrderView, 'ORDER_NOT_FOUND' | 'VALIDATION_FAILED'>> {
  const issues: FieldIssue[] = [];
  const address = checkEmail(email, 'email', (field, message) => issues.push({ field, message }));
  if (!address) return fail('VALIDATION_FAILED', `email ${issues[0]!.message}`, { field: 'email' });
  // A mistyped number is said so (its check digit gives nothing away); a wrong email answers like an unknown number.
  const parsed = parseOrderNumber(numberText);
  if (!parsed.ok) return fail('ORDER_NOT_FOUND', parsed.message, { field: 'number' });
  const found = await findOrder(deps, parsed.value.number);
  if (!found.ok || found.value.email !== address) return fail('ORDER_NOT_FOUND', 'no order with this number and email', { field: 'number' });
  return ok(toOrderView(found.value));
}

export async function listOrders(deps: CheckoutDeps, query: { limit?: unknown; cursor?: unknown; status?: unknown }): Promise<Result<{ items: OrderView[]; nextCursor: string | null }, 'VALIDATION_FAILED'>> {
  const issues: FieldIssue[] = [];
  const page = readPageInput(query, issues);
  const status = query.status;
  if (status !== undefined && (typeof status !== 'string' || !isOrderStatus(status))) issues.push({ field: 'status', message: 'must be an order status like paid or pending_payment' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const rows = await deps.orders.list(typeof status === 'string' ? { status } : {}, { limit: page.limit + 1, ...(page.after ? { after: page.after } : {}) });
  const full = await Promise.all(rows.slice(0, page.limit).map((r) => deps.orders.byId(r.id)));
  return ok({ items: full.map((o) => toOrderView(o!)), nextCursor: nextPageCursor(rows, page.limit) });
}

/** Start (again) the payment of an order still waiting for one, by a method its market offers the buyer's country. */
export async function payOrder(deps: CheckoutDeps, numberText: string, input: unknown, options: { providerKey?: string } = {}) {
  const found = await findOrder(deps, numberText);
  if (!found.ok) return found;
  const o = found.value;
  const allowed = checkOrderAction(orderFacts(o), 'pay');
  if (!allowed.ok) return allowed;
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  const issues: FieldIssue[] = [];
  if (!body) issues.push({ field: 'body', message: 'must be a JSON object like { "method": "card" }' });
  else for (const key of Object.keys(body)) if (key !== 'method' && key !== 'capture') issues.push({ field: key, message: 'is not a field of this request' });
  const method = body?.method;
  if (typeof method !== 'string' || !/^[a-z][a-z0-9_]{1,30}$/.test(method)) issues.push({ field: 'method', message: 'must be a payment method id like card' });
  const capture = body?.capture ?? 'automatic';
  if (capture !== 'automatic' && capture !== 'manual') issues.push({ field: 'capture', message: 'must be automatic or manual' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return startOrderPayment(deps, toOrderView(o), { method: method as string, capture: capture as 'automatic' | 'manual' }, options);
}

/** Mark a planned parcel shipped with its tracking number (`shipment.created`). */
export async function shipOrder(deps: CheckoutDeps, numberText: string, position: number, input: unknown): Promise<Result<OrderView, OrderFailure>> {
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(body)) if (key !== 'trackingNumber' && key !== 'carrier') issues.push({ field: key, message: 'is not a field of this request' });
  const tracking = typeof body.trackingNumber === 'string' ? body.trackingNumber.trim().toUpperCase() : '';
  if (!/^[A-Z0-9-]{4,40}$/.test(tracking)) issues.push({ field: 'trackingNumber', message: 'is required: the carrier tracking number, 4 to 40 letters, digits or dashes' });
  if (body.carrier !== undefined && (typeof body.carrier !== 'string' || body.carrier.trim().length < 1 || body.carrier.length > 80)) issues.push({ field: 'carrier', message: 'must be the carrier name, 1 to 80 characters' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  // Before a label: the parcel's goods against the destination's rules today, by its channel.
  const found = await findOrder(deps, numberText);
  const planned = found.ok ? found.value.shipments.find((x) => x.position === Number(position)) : undefined;
  if (found.ok && planned) {
    const blocked = await restrictedInShipment(deps, { country: found.value.country, channel: planned.channel as Channel, skus: planned.lines.map((l) => l.sku), date: deps.clock().toISOString().slice(0, 10) });
    if (blocked.length > 0) {
      return fail('GOODS_RESTRICTED', `shipment ${position} of ${found.value.number} cannot go to ${found.value.country} by ${planned.channel}: ${blocked.map((b) => `${b.sku}: ${b.detail} (rule ${b.rule})`).join('; ')}`, { field: 'position', details: blocked.map((b) => ({ field: `lines.${b.sku}`, message: `${b.rule}: ${b.detail}` })) });
    }
  }
  return changeShipment(deps, numberText, position, 'ship', async (tx, o, s, at) => {
    if (o.riskStatus === 'review') return fail('ORDER_UNDER_REVIEW', `${o.number} is held for fraud review: approve it in the review queue before shipping`, { field: 'number' });
    return recordShipped(tx, o, s, tracking, at, typeof body.carrier === 'string' ? body.carrier.trim() : undefined);
  });
}

/**
 * The parcel leaves: planned or labelled -> shipped with its tracking number, `shipment.created`.
 * A labelled parcel ships under its label's number only. Shared by shipOrder and the carrier's
 * pickup event (src/services/carriers/receive-carrier-webhook.ts), inside their transaction.
 */
export async function recordShipped(tx: OrderTx, o: OrderRecord, s: ShipmentRow, tracking: string, at: Date, carrier?: string): Promise<Result<true, OrderFailure>> {
  if (s.status !== 'planned' && s.status !== 'labelled') return fail('ORDER_STATE_CONFLICT', `shipment ${s.position} of ${o.number} has already shipped`, { field: 'position' });
  if (s.status === 'labelled' && s.trackingNumber !== tracking) return fail('ORDER_STATE_CONFLICT', `shipment ${s.position} of ${o.number} has a label with tracking number ${s.trackingNumber}: ship it under that number, or void the label first`, { field: 'trackingNumber' });
  await tx.orders.updateShipment(s.id, { status: 'shipped', trackingNumber: tracking, shippedAt: at, ...(carrier !== undefined ? { carrier } : {}) });
  await tx.outbox.append({ type: 'shipment.created', subject: { kind: 'order', id: o.id }, payload: { order: o.number, shipment: s.id, warehouse: s.warehouse, service: s.service, trackingNumber: tracking, lines: s.lines } }, at);
  return ok(true);
}

/** Mark a shipped parcel delivered (`shipment.delivered`). */
export async function deliverShipment(deps: CheckoutDeps, numberText: string, position: number): Promise<Result<OrderView, OrderFailure>> {
  return changeShipment(deps, numberText, position, 'deliver', recordDelivered);
}

/** shipped -> delivered, `shipment.delivered`; shared by deliverShipment and the carrier's delivered event. */
export async function recordDelivered(tx: OrderTx, o: OrderRecord, s: ShipmentRow, at: Date): Promise<Result<true, OrderFailure>> {
  if (s.status !== 'shipped') return fail('ORDER_STATE_CONFLICT', `shipment ${s.position} of ${o.number} is ${s.status}; only a shipped parcel can be delivered`, { field: 'position' });
  await tx.orders.updateShipment(s.id, { status: 'delivered', deliveredAt: at });
  await tx.outbox.append({ type: 'shipment.delivered', subject: { kind: 'order', id: o.id }, payload: { order: o.number, shipment: s.id, trackingNumber: s.trackingNumber } }, at);
  return ok(true);
}

type ShipmentChange = (tx: OrderTx, o: OrderRecord, s: ShipmentRow, at: Date) => Promise<Result<true, OrderFailure>>;

async function changeShipment(deps: CheckoutDeps, numberText: string, position: number, action: 'ship' | 'deliver', change: ShipmentChange): Promise<Result<OrderView, OrderFailure>> {
  const parsed = parseOrderNumber(numberText);
  if (!parsed.ok) return fail('ORDER_NOT_FOUND', parsed.message, { field: 'number' });
  const at = deps.clock();
  return inOrderTransaction(deps.database, (tx) => applyShipmentChange(tx, parsed.value.number, position, action, change, at));
}

/**
 * One shipment change inside `tx`: lock the order, check the action against its status, apply
 * `change` to the shipment, then save the order's derived status (`order.<status>` when it moves).
 */
export async function applyShipmentChange(tx: OrderTx, number: string, position: number, action: 'ship' | 'deliver', change: ShipmentChange, at: Date): Promise<Result<OrderView, OrderFailure>> {
  const o = await tx.orders.lock({ number });
  if (!o) return fail('ORDER_NOT_FOUND', `no order ${number}`, { field: 'number' });
  const allowed = checkOrderAction(orderFacts(o), action);
  if (!allowed.ok) return allowed;
  const s = o.shipments.find((x) => x.position === Number(position));
  if (!s) return fail('ORDER_NOT_FOUND', `order ${o.number} has no shipment ${position}`, { field: 'position' });
  const changed = await change(tx, o, s, at);
  if (!changed.ok) return changed;
  const before = o.status;
  const saved = await saveOrderChange(tx, o, {}, undefined, at);
  if (saved.status !== before) await tx.outbox.append({ type: `order.${saved.status}`, subject: { kind: 'order', id: o.id }, payload: { id: o.id, number: o.number, status: saved.status } }, at);
  return ok(toOrderView(saved));
}

/** Goods never shipped were never imported: nothing was paid at a border, so their duties and taxes go back too. */
const NOT_SHIPPED_RULE: RefundPolicyRule = {
  id: 'landfall.not-shipped',
  appliesTo: { scheme: 'NOT_SHIPPED' },
  taxRefundable: true,
  dutyRefundable: true,
  source: 'Landfall: the parcel had not left the warehouse, so no duty or import tax was paid for it',
  note: 'refunded in full: the goods were never imported',
  effectiveFrom: '2000-01-01',
};

export type RefundInput = RefundRequest & { reason: string | null };

export function parseOrderRefund(input: unknown): Result<RefundInput, 'VALIDATION_FAILED'> {
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  if (!body) return fail('VALIDATION_FAILED', 'body must be a JSON object like { "lines": [{ "sku": "...", "quantity": 1 }], "shipping": false }', { field: 'body' });
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => void issues.push({ field, message });
  for (const key of Object.keys(body)) if (!['lines', 'shipping', 'fees', 'reason'].includes(key)) add(key, 'is not a field of this request');
  const lines: RefundRequest['lines'] = [];
  if (body.lines !== undefined) {
    if (!Array.isArray(body.lines) || body.lines.length > 100) add('lines', 'must be an array of { sku, quantity }');
    else
      body.lines.forEach((raw, i) => {
        const l = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
        const sku = checkSku(l.sku, `lines[${i}].sku`, add);
        const quantity = checkQuantity(l.quantity, `lines[${i}].quantity`, add);
        if (sku !== undefined && quantity !== undefined) lines.push({ sku, quantity });
      });
  }
  for (const flag of ['shipping', 'fees'] as const) if (body[flag] !== undefined && typeof body[flag] !== 'boolean') add(flag, 'must be true or false');
  const reason = body.reason === undefined || body.reason === null ? null : typeof body.reason === 'string' && body.reason.length <= 500 ? body.reason : (add('reason', 'must be text of at most 500 characters'), null);
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ lines, shipping: body.shipping === true, fees: body.fees === true, reason });
}

/**
 * Refund lines of an order (and its shipping and fees when asked): the goods the buyer paid for
 * them, and their duties and taxes where the destination's scheme lets them go back (all of it for
 * lines whose parcel has not shipped); what is kept back is listed with the rule that says so. The
 * money goes back through the order's payment (the payment refund is keyed by the Idempotency-Key,
 * so a retry refunds once), then the order records the refund, its lines and status in one
 * transaction. A refund larger than what is left is REFUND_EXCEEDS_PAID and changes nothing.
 */
export async function refundOrder(deps: CheckoutDeps, numberText: string, input: unknown, options: { providerKey?: string } = {}): Promise<Result<OrderView, OrderFailure | RefundFailure>> {
  const parsed = parseOrderRefund(input);
  if (!parsed.ok) return parsed;
  const found = await findOrder(deps, numberText);
  if (!found.ok) return found;
  const o = found.value;
  const allowed = checkOrderAction(orderFacts(o), 'refund');
  if (!allowed.ok) return allowed;
  const split = await planRefund(deps, o, parsed.value);
  if (!split.ok) return split;
  return payRefund(deps, o, split.value, parsed.value, options);
}

async function planRefund(deps: CheckoutDeps, o: OrderRecord, request: RefundRequest) {
  const rules = await deps.quotes.rules.get();
  const date = deps.clock().toISOString().slice(0, 10);
  const territory = inEffect(rules.profiles.get(o.country), date)[0]?.territory ?? o.country;
  const shipped = new Set(o.shipments.filter((s) => s.status !== 'planned' && s.status !== 'labelled').flatMap((s) => s.lines.map((l) => l.sku)));
  const m = (amount: number) => ({ amount, currency: o.currency });
  const lineTaxes = o.lines.reduce((s, l) => s + l.taxesMinor, 0);
  const refunded = (part: string) => o.refunds.reduce((s, r) => s + (r.parts[part] ?? 0), 0);
  const split = splitRefund(
    {
      currency: o.currency,
      // Duties were the seller's (and refundable with the goods) only under DDP.
      incoterm: o.incoterm === 'DDP' ? 'DDP' : 'DAP',
      lines: o.lines.map((l) => ({
        sku: l.sku,
        quantity: l.quantity,
        refundedQuantity: l.refundedQuantity,
        // The goods net of the tax their price included, as far as that tax was due; the tax is in
        // `taxes` and follows the policy (what was in the price but not due stays with the goods).
        goods: m(l.goodsMinor - Math.min(l.taxIncludedMinor, l.taxesMinor)),
        duties: m(o.incoterm === 'DDP' ? l.dutiesMinor : 0),
        taxes: m(l.taxesMinor),
        taxScheme: shipped.has(l.sku) ? l.taxScheme : 'NOT_SHIPPED',
        territory,
      })),
      // Tax charged on the delivery itself (VAT on shipping) goes back with the shipping.
      shipping: { paid: m(o.shippingMinor + Math.max(0, o.taxesMinor - lineTaxes)), refunded: m(refunded('shipping')) },
      fees: { paid: m(o.incoterm === 'DDP' ? o.feesMinor : 0), refunded: m(refunded('fees')) },
    },
    request,
    [...REFUND_POLICY, NOT_SHIPPED_RULE],
    date,
  );
  if (!split.ok) return split;
  if (split.value.total.amount <= 0) return fail('NOTHING_TO_REFUND', 'nothing is left to refund for what was asked', { field: 'lines' });
  const left = o.capturedMinor - o.refundedMinor;
  if (split.value.total.amount > left) return fail('REFUND_EXCEEDS_PAID', `the refund of ${split.value.total.amount} minor units is more than the ${left} left of what was paid`, { field: 'lines' });
  return split;
}

/** The payment refund's names for the parts of an order refund. */
const PAYMENT_PARTS = { goods: 'goods', shipping: 'shipping', duties: 'duty', taxes: 'tax', fees: 'fees' } as const;

async function payRefund(deps: CheckoutDeps, o: OrderRecord, split: import('../../core/orders/refund-split.js').RefundSplit, request: RefundInput, options: { providerKey?: string }): Promise<Result<OrderView, OrderFailure | RefundFailure>> {
  const payments = await createPaymentRepository(deps.database.orm).byReference(o.number);
  const payment = payments.filter((p) => p.status === 'succeeded' && p.capturedMinor - p.refundedMinor >= split.total.amount).at(-1);
  if (!payment) return fail('ORDER_STATE_CONFLICT', `order ${o.number} has no captured payment with ${split.total.amount} minor units left to refund`, { field: 'status' });
  const parts = { goods: split.goods.amount, shipping: split.shipping.amount, duties: split.duties.amount, taxes: split.taxes.amount, fees: split.fees.amount };
  const refund = await refundPayment(
    deps,
    payment.id,
    { amount: { amount: formatMinor(split.total.amount, o.currency), currency: o.currency }, ...(request.reason ? { reason: request.reason } : {}), parts: Object.fromEntries(Object.entries(PAYMENT_PARTS).map(([ours, theirs]) => [theirs, formatMinor(parts[ours as keyof typeof parts], o.currency)])) },
    options.providerKey === undefined ? {} : { providerKey: options.providerKey },
  );
  if (!refund.ok) return refund;
  const at = deps.clock();
  return inOrderTransaction(deps.database, async (tx) => {
    const locked = (await tx.orders.lock({ id: o.id }))!;
    // A retry after a crash finds the payment refund already recorded here: record it once.
    if (locked.refunds.some((r) => r.paymentRefundId === refund.value.id)) return ok(toOrderView(locked));
    await tx.orders.addRefund(
      { orderId: o.id, paymentRefundId: refund.value.id, amountMinor: split.total.amount, parts, lines: split.lines.map((l) => ({ sku: l.sku, quantity: l.quantity })), notRefunded: split.notRefunded.map((n) => ({ part: n.part, amount: n.amount.amount, reason: n.reason, rule: n.rule })), reason: request.reason },
      split.lines.map((l) => ({ position: locked.lines.find((x) => x.sku === l.sku)!.position, quantity: l.quantity })),
      at,
    );
    const saved = await saveOrderChange(tx, locked, { refundedMinor: locked.refundedMinor + split.total.amount }, 'refunded', at, { refund: { amount: formatMinor(split.total.amount, o.currency), parts } });
    return ok(toOrderView(saved));
  });
}

function formatMinor(amount: number, currency: string): string {
  return formatAmount({ amount, currency });
}

/**
 * Cancel an order that has not shipped. In one transaction the order becomes cancelled, its stock
 * hold is released and, if it was paid, its sold stock goes back on the shelf (`return` movements);
 * `order.cancelled` is appended. Then the money: a payment still open is cancelled at the provider
 * (before the transaction, so a buyer cannot pay while it runs), and what was captured is refunded
 * in full on the cancelled order (nothing was imported, so duties and taxes too). Cancelling again
 * finishes a refund that did not go through. Money a distributor sent by bank transfer goes back
 * by a transfer from the bank: it is reported (`order.paid_after_cancel` with the amount received),
 * not refunded through a provider. Once any parcel has shipped, cancel is refused: refund the
 * lines instead.
 */
export async function cancelOrder(deps: CheckoutDeps, numberText: string, input: unknown, options: { providerKey?: string } = {}): Promise<Result<OrderView, OrderFailure | RefundFailure>> {
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  for (const key of Object.keys(body)) if (key !== 'reason') return fail('VALIDATION_FAILED', `${key} is not a field of this request`, { field: key });
  if (body.reason !== undefined && (typeof body.reason !== 'string' || body.reason.length > 500)) return fail('VALIDATION_FAILED', 'reason must be text of at most 500 characters', { field: 'reason' });
  const reason = typeof body.reason === 'string' ? body.reason : 'cancelled by the shop';
  const found = await findOrder(deps, numberText);
  if (!found.ok) return found;
  let o = found.value;

  if (o.cancelledAt === null) {
    const allowed = checkOrderAction(orderFacts(o), 'cancel');
    if (!allowed.ok) return allowed;
    const labelled = labelledRefusal(o);
    if (labelled) return labelled;
    if (o.paidAt === null) {
      for (const p of await createPaymentRepository(deps.database.orm).byReference(o.number)) {
        if (['requires_action', 'processing', 'authorized'].includes(p.status)) {
          const cancelled = await cancelPayment(deps, p.id);
          if (!cancelled.ok && cancelled.code !== 'PAYMENT_STATE_CONFLICT') return cancelled;
        }
      }
    }
    const at = deps.clock();
    const done = await inOrderTransaction(deps.database, async (tx): Promise<Result<OrderRecord, OrderFailure>> => {
      const locked = (await tx.orders.lock({ id: o.id }))!;
      if (locked.cancelledAt !== null) return ok(locked);
      const again = checkOrderAction(orderFacts(locked), 'cancel');
      if (!again.ok) return again;
      const labelledNow = labelledRefusal(locked);
      if (labelledNow) return labelledNow;
      await tx.inventory.release(locked.id, at);
      // The stock was sold when the order was paid, or, on net terms, when it was placed: it goes back on the shelf.
      if ((locked.paidAt !== null || isNetTerms(locked)) && locked.stockHold === null) {
        const keys = await tx.inventory.lookupStockKeys({ skus: locked.lines.map((l) => l.sku), variantIds: [], warehouseCodes: [...new Set(locked.lines.map((l) => l.warehouse))] });
        for (const l of locked.lines) {
          const v = keys.bySku.get(l.sku);
          const w = keys.warehouses.get(l.warehouse);
          if (!v || !w) continue;
          await tx.inventory.recordMovement({ variantId: v.id, warehouseId: w.id, kind: 'return', quantity: l.quantity, reason: 'order cancelled before shipping', reference: locked.number, at }, { maxOnHand: INVENTORY_LIMITS.maxOnHand });
        }
      }
      const saved = await saveOrderChange(tx, locked, { cancelledAt: at, cancelReason: reason }, 'cancelled', at);
      // Money that came by bank transfer (all of a distributor's invoice, or part of it) goes back by
      // a transfer from the bank, not through a provider: reported, as a payment arriving after the cancel is.
      if (byBankTransfer(locked)) await tx.outbox.append({ type: 'order.paid_after_cancel', subject: { kind: 'order', id: locked.id }, payload: { ...orderEventPayload(saved), received: { amount: formatMinor(locked.capturedMinor, locked.currency), currency: locked.currency } } }, at);
      return ok(saved);
    });
    if (!done.ok) return done;
    o = done.value;
  }

  if (o.paidAt !== null && o.capturedMinor > o.refundedMinor && !byBankTransfer(o)) {
    const everything = { lines: o.lines.filter((l) => l.quantity > l.refundedQuantity).map((l) => ({ sku: l.sku, quantity: l.quantity - l.refundedQuantity })), shipping: true, fees: true, reason };
    const split = await planRefund(deps, o, everything);
    if (split.ok) return payRefund(deps, o, split.value, everything, options);
    if (split.code !== 'NOTHING_TO_REFUND') return split;
  }
  return ok(toOrderView((await deps.orders.byId(o.id))!));
}

/** Money received for the order by bank transfer and not refunded: a distributor's transfers (src/services/b2b/payments). */
function byBankTransfer(o: OrderRecord): boolean {
  return o.capturedMinor > o.refundedMinor && (o.paidAt === null || o.paymentMethod === 'bank_transfer');
}

/** A parcel with an active carrier label would still be collected: its label is voided before the order is cancelled. */
function labelledRefusal(o: OrderRecord) {
  const s = o.shipments.find((x) => x.status === 'labelled');
  return s ? fail('ORDER_STATE_CONFLICT', `shipment ${s.position} of ${o.number} has a carrier label (${s.trackingNumber}): void it (DELETE /v1/admin/orders/${o.number}/shipments/${s.position}/label) before cancelling`, { field: `shipments[${s.position}]` }) : undefined;
}

/**
 * Cancel orders that waited for payment until their stock hold ended (expired or released) and
 * `graceMinutes` more: the buyer left. Never an order on net terms, nor one with part of its
 * payment received. Any payment still open for them is left to its own expiry at
 * the provider; one that succeeds later raises `order.paid_after_cancel`.
 */
export async function cancelAbandonedOrders(deps: CheckoutDeps, graceMinutes = 5, batch = 100): Promise<number> {
  const at = deps.clock();
  const ids = await deps.orders.unpaidWithoutHold(new Date(at.getTime() - (deps.reservationTtlMinutes + graceMinutes) * 60_000), batch);
  let cancelled = 0;
  for (const id of ids) {
    const done = await inOrderTransaction(deps.database, async (tx) => {
      const o = await tx.orders.lock({ id });
      if (!o || o.paidAt !== null || o.cancelledAt !== null) return false;
      // Net terms: the stock was taken when the order was placed and payment is due after delivery,
      // so there is no hold to wait on. Money already received (part of a bank transfer) is for
      // the operator to settle, never the sweeper.
      if (isNetTerms(o) || o.capturedMinor > 0) return false;
      await saveOrderChange(tx, o, { cancelledAt: at, cancelReason: 'not paid before the stock hold expired' }, 'cancelled', at);
      return true;
    });
    if (done) cancelled++;
  }
  return cancelled;
}
