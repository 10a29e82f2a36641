import { randomUUID } from 'node:crypto';
import { parseMoneyField } from '../../core/payments/payment-input.js';
import { PAYMENT_METHOD_CATALOG } from '../../data/payments/payment-methods.js';
import { formatOrderNumber } from '../../core/orders/order-number.js';
import { isUuid } from '../../core/ids/uuid.js';
import { formatAmount } from '../../core/money/money.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import type { Orm } from '../../db/create-db.js';
import { createCartRepository } from '../../db/repositories/cart-repository.js';
import { createOrderRepository } from '../../db/repositories/order-repository.js';
import { createInventoryRepository } from '../../db/repositories/inventory-repository.js';
import { createOutboxRepository } from '../../db/repositories/outbox-repository.js';
import { createPayment, type CreatePaymentFailure } from '../payments/create-payment.js';
import type { PaymentView } from '../payments/payment-view.js';
import { orderEventPayload, toOrderView, type OrderView } from '../orders/order-view.js';
import { orderTx, saveOrderChange, takeStock } from '../orders/order-changes.js';
import type { PaymentDeps } from '../payments/payment-transaction.js';
import { checkOpen, viewCart, type CartView } from './carts.js';
import type { FrozenCart } from './cart-quote.js';
import type { CheckoutDeps } from './checkout-deps.js';
import { assessForCheckout } from '../risk/assess-risk.js';
import type { RiskAssessmentView } from '../risk/risk-view.js';
import { parseRiskContext, riskOrderForCheckout, type RiskContext } from './risk-context.js';
import { billingFromContext, screenCheckoutParties, type CheckoutParties, type CheckoutScreening } from '../screening/screen-checkout.js';

export type CheckoutInput = { payment: { method: string; capture: 'automatic' | 'manual' } | undefined; expectedTotal: { amount: number; currency: string } | undefined; risk: RiskContext | undefined };

export type CheckoutAnswer = {
  order: OrderView;
  /** The payment started for the order (null when none was asked for, or when starting it failed). */
  payment: PaymentView | null;
  /** Why the payment could not be started; the order stands and POST /v1/orders/{number}/payments retries. */
  paymentError: { code: string; message: string; field?: string } | null;
  /** Fraud screening before payment: approve, challenge (the payment asks 3-D Secure), review (the payment is only authorized and the order held until a person decides). */
  risk: { assessmentId: string | null; decision: 'approve' | 'challenge' | 'review'; score: number } | null;
};

export type CheckoutFailure =
  | 'VALIDATION_FAILED'
  | 'CART_NOT_FOUND'
  | 'CART_EXPIRED'
  | 'CART_CLOSED'
  | 'CHECKOUT_BLOCKED'
  | 'INSUFFICIENT_STOCK'
  | 'QUOTE_CHANGED'
  | 'DISCOUNT_NOT_APPLICABLE'
  | 'PAYMENT_METHOD_NOT_AVAILABLE'
  | 'MARKET_NOT_FOUND'
  | 'FX_RATE_MISSING'
  | 'ORDER_DECLINED'
  | 'PARTY_BLOCKED'
  | 'GOODS_RESTRICTED';

/** Thrown inside the checkout transaction to roll it back with an answer. */
class Refused extends Error {
  constructor(readonly failure: { code: CheckoutFailure; message: string; field?: string; details?: readonly FieldIssue[] }) {
    super(failure.message);
  }
}

export function parseCheckoutInput(input: unknown): Result<CheckoutInput, 'VALIDATION_FAILED'> {
  const body = input === undefined || input === null ? {} : typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  if (!body) return fail('VALIDATION_FAILED', 'body must be a JSON object', { field: 'body' });
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(body)) if (key !== 'payment' && key !== 'expectedTotal' && key !== 'risk') issues.push({ field: key, message: 'is not a field of this request' });
  let payment: CheckoutInput['payment'];
  if (body.payment !== undefined) {
    const p = typeof body.payment === 'object' && body.payment !== null && !Array.isArray(body.payment) ? (body.payment as Record<string, unknown>) : undefined;
    if (!p) issues.push({ field: 'payment', message: 'must be an object like { "method": "card" }' });
    else {
      for (const key of Object.keys(p)) if (key !== 'method' && key !== 'capture') issues.push({ field: `payment.${key}`, message: 'is not a field of this request' });
      if (typeof p.method !== 'string' || !/^[a-z][a-z0-9_]{1,30}$/.test(p.method)) issues.push({ field: 'payment.method', message: 'must be a payment method id the cart offers, like card or ideal' });
      const capture = p.capture ?? 'automatic';
      if (capture !== 'automatic' && capture !== 'manual') issues.push({ field: 'payment.capture', message: 'must be automatic or manual' });
      payment = { method: p.method as string, capture: capture as 'automatic' | 'manual' };
    }
  }
  const expectedTotal = body.expectedTotal === undefined ? undefined : parseMoneyField(body.expectedTotal, 'expectedTotal', issues);
  const risk = parseRiskContext(body.risk);
  if (!risk.ok) issues.push({ field: risk.field ?? 'risk', message: risk.message });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ payment, expectedTotal, risk: risk.ok ? risk.value : undefined });
}

/**
 * Check a cart out: price it once more, and if nothing stops it (every line in stock in the chosen
 * warehouses, the landed cost complete, an email and an address; the total the buyer saw when
 * `expectedTotal` is sent), in ONE transaction: hold the stock (all lines or none; see the
 * reservations), count the discount code, number the order, write it with the frozen quote (the
 * rules version, the rates, every line and parcel), close the cart, append `order.created`. A cart
 * becomes at most one order (orders.cart_id is unique and the cart row is locked). Then, with
 * `payment`, the payment of what is due at checkout is started outside the transaction (a provider
 * is never called while holding locks); if that fails the order stands, waiting for payment.
 * An order with nothing to pay (a full discount) is paid at once.
 */
export async function checkoutCart(deps: CheckoutDeps, cartId: string, input: unknown, options: { providerKey?: string } = {}): Promise<Result<CheckoutAnswer, CheckoutFailure | CreatePaymentFailure>> {
  const parsed = parseCheckoutInput(input);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  if (!isUuid(cartId)) return fail('CART_NOT_FOUND', `no cart ${cartId}`, { field: 'id' });

  // Priced outside the transaction (it reads a lot); the transaction then checks the cart is unchanged.
  const orderId = randomUUID();
  let risk: RiskAssessmentView | undefined;
  let screening: CheckoutScreening | null | undefined;
  for (let attempt = 0; ; attempt++) {
    const cart = await deps.carts.get(cartId);
    if (!cart) return fail('CART_NOT_FOUND', `no cart ${cartId}`, { field: 'id' });
    const at = deps.clock();
    if (cart.status === 'ordered') {
      const existing = await deps.orders.byCart(cart.id);
      // The same checkout run again (its process died before it could answer, and the retry took
      // its Idempotency-Key over): answer the order it placed, and the same payment.
      if (existing && options.providerKey !== undefined && existing.checkoutKey === options.providerKey) {
        return answerPlacedOrder(deps, existing.id, request, options);
      }
      return fail('CART_CLOSED', `cart ${cart.id} has already been checked out${existing ? ` as order ${existing.number}` : ''}`, { field: 'id' });
    }
    const open = checkOpen(cart, at);
    if (!open.ok) return open;
    const viewed = await viewCart(deps, cart);
    if (!viewed.ok) return viewed;
    const { view, priced } = viewed.value;
    if (view.problems.length > 0 || !priced.frozen) {
      const problems = view.problems.length > 0 ? view.problems : [{ code: 'CHECKOUT_BLOCKED', field: 'lines', message: 'the cart cannot be priced' }];
      // One kind of problem with an error of its own is answered as that error; several, as CHECKOUT_BLOCKED.
      const only = new Set(problems.map((p) => p.code));
      const single = only.size === 1 ? problems[0]!.code : undefined;
      const code = single === 'INSUFFICIENT_STOCK' || single === 'DISCOUNT_NOT_APPLICABLE' || single === 'GOODS_RESTRICTED' ? single : 'CHECKOUT_BLOCKED';
      return fail(code, `the cart cannot be checked out yet: ${problems.map((p) => p.message).join('; ')}`, { field: problems[0]!.field, details: problems.map((p) => ({ field: p.field, message: `${p.code}: ${p.message}`, ...(p.reason ? { reason: p.reason } : {}) })) });
    }
    const frozen = priced.frozen;
    const total = frozen.totals.payableAtCheckout;
    if (request.expectedTotal && (request.expectedTotal.currency !== view.currency || request.expectedTotal.amount !== total)) {
      return fail('QUOTE_CHANGED', `the amount due now is ${view.currency} ${view.totals!.payableAtCheckout.amount}, not ${request.expectedTotal.currency} ${formatAmount(request.expectedTotal)}; show the buyer the new amount`, { field: 'expectedTotal' });
    }
    if (request.payment && !view.paymentMethods.some((m) => m.id === request.payment!.method)) {
      return fail('PAYMENT_METHOD_NOT_AVAILABLE', `${request.payment.method} is not offered to buyers in ${view.country}; offered: ${view.paymentMethods.map((m) => m.id).join(', ')}`, { field: 'payment.method' });
    }

    // Fraud screening before anything is held or charged (once, however often the cart must be re-read).
    risk ??= await assessForCheckout(deps, riskOrderForCheckout({ orderId, at, view, frozen, paymentMethod: request.payment?.method ?? null, context: request.risk }), null);
    if (risk.decision === 'decline') {
      return fail('ORDER_DECLINED', 'the order cannot be accepted with this payment; the buyer may try another payment method or contact the store', { field: 'payment' });
    }
    // Denied-party screening of the consignee, the buyer and the billing party, and of the addresses:
    // a match blocks; a potential match holds the order for review.
    screening ??= await screenCheckoutParties(deps, partiesOf(view, request.risk), orderId);
    if (screening?.decision === 'match') {
      return fail('PARTY_BLOCKED', 'the order cannot be accepted; contact the store', { field: screening.field ?? 'address.name' });
    }
    if (screening?.decision === 'potential_match' && risk.decision !== 'review' && risk.id !== null) {
      const what = screening.match?.list === 'sanctioned-regions' ? `The ${screening.role} is in` : screening.role?.endsWith('address') ? `The ${screening.role} is listed for` : `The ${screening.role ?? 'consignee'}'s name resembles`;
      const why = screening.match ? `${what} ${screening.match.name} (${screening.match.list} ${screening.match.id}, score ${screening.match.score}): held for a compliance check` : `Held for a compliance check: ${screening.failure}`;
      risk = { ...risk, decision: 'review', review: { status: 'pending', by: null, at: null, note: null } };
      await deps.risk.holdForReview(risk.id!, { code: 'screening.potential_match', message: why, weight: 0, points: 0, source: 'policy', screeningId: screening.screeningId });
    }
    const screened = risk;
    let created: OrderView;
    try {
      created = await deps.database.orm.transaction(async (t) => {
        const orm = t as unknown as Orm;
        const carts = createCartRepository(orm);
        const locked = await carts.lock(cart.id);
        if (!locked || locked.version !== cart.version || locked.status !== 'open') throw new Changed();
        return placeOrder(deps, orm, { orderId, cart: locked, frozen, view, at, payableAtCheckout: total, checkoutKey: options.providerKey ?? null, risk: screened });
      });
    } catch (error) {
      if (error instanceof Changed && attempt < 2) continue;
      if (error instanceof Changed) return fail('QUOTE_CHANGED', 'the cart changed while it was being checked out; show it again', { field: 'id' });
      if (error instanceof Refused) return fail(error.failure.code, error.failure.message, { ...(error.failure.field ? { field: error.failure.field } : {}), ...(error.failure.details ? { details: error.failure.details } : {}) });
      throw error;
    }

    if (screened.id !== null) await deps.risk.linkOrder(screened.id, { id: created.id, number: created.number });
    return withPayment(deps, created, request, options, screened);
  }
}

/** Start the order's payment when one was asked for and something is due (with the checkout's provider key, so a re-run gets the same payment). */
async function withPayment(deps: CheckoutDeps, order: OrderView, request: CheckoutInput, options: { providerKey?: string }, risk: Pick<RiskAssessmentView, 'id' | 'decision' | 'score'> | undefined): Promise<Result<CheckoutAnswer, never>> {
  const screening = risk && risk.decision !== 'decline' ? { assessmentId: risk.id, decision: risk.decision, score: risk.score } : null;
  if (!request.payment || order.totals.total.amount === formatAmount({ amount: 0, currency: order.currency })) return ok({ order, payment: null, paymentError: null, risk: screening });
  // Held for review: the money is only authorized (where the method allows), captured when a person approves.
  const method = PAYMENT_METHOD_CATALOG.get(request.payment.method);
  const capture = risk?.decision === 'review' && method?.manualCapture ? 'manual' : request.payment.capture;
  const threeDSecure = risk?.decision === 'challenge' && method?.flow === 'card' ? 'required' : 'automatic';
  const payment = await startOrderPayment(deps, order, { ...request.payment, capture, threeDSecure }, options);
  if (payment.ok) return ok({ order, payment: payment.value, paymentError: null, risk: screening });
  return ok({ order, payment: null, paymentError: { code: payment.code, message: payment.message, ...(payment.field ? { field: payment.field } : {}) }, risk: screening });
}

async function answerPlacedOrder(deps: CheckoutDeps, orderId: string, request: CheckoutInput, options: { providerKey?: string }): Promise<Result<CheckoutAnswer, never>> {
  const order = toOrderView((await deps.orders.byId(orderId))!);
  const risk = await deps.risk.byOrder(orderId);
  return withPayment(deps, order, request, options, risk ? { id: risk.id, decision: risk.decision as RiskAssessmentView['decision'], score: risk.score } : undefined);
}

class Changed extends Error {}

/** Inside the checkout transaction: hold the stock, count the code, write the order and close the cart. */
async function placeOrder(
  deps: CheckoutDeps,
  orm: Orm,
  c: {
    orderId: string;
    cart: { id: string; locale: string | null; email: string | null; address: import('../../db/schema/orders.js').AddressRecord | null; discountCode: string | null };
    frozen: FrozenCart;
    view: import('./carts.js').CartView;
    at: Date;
    payableAtCheckout: number;
    checkoutKey: string | null;
    risk: RiskAssessmentView;
  },
): Promise<OrderView> {
  const { frozen, view, at } = c;
  const inventory = createInventoryRepository(orm);
  const keys = await inventory.lookupStockKeys({ skus: [], variantIds: frozen.lines.map((l) => l.variant.variantId), warehouseCodes: [...new Set(frozen.lines.map((l) => l.warehouse))] });
  const lines = frozen.lines.map((l, index) => {
    const w = keys.warehouses.get(l.warehouse);
    if (!w || !w.active) throw new Refused({ code: 'CHECKOUT_BLOCKED', message: `warehouse ${l.warehouse} no longer ships`, field: `lines[${index}]` });
    return { variantId: l.variant.variantId, warehouseId: w.id, sku: l.line.sku, warehouseCode: l.warehouse, quantity: l.line.quantity, index };
  });
  const held = await inventory.reserve({ reference: c.orderId, lines, expiresAt: new Date(at.getTime() + deps.reservationTtlMinutes * 60_000), at });
  if (!held.ok) {
    const details = held.shortages.map((s) => ({ field: `lines[${s.index}].quantity`, message: `only ${s.available} of ${lines[s.index]!.sku} left in ${lines[s.index]!.warehouseCode}, ${s.requested} needed` }));
    throw new Refused({ code: 'INSUFFICIENT_STOCK', message: details.map((d) => `${d.field}: ${d.message}`).join('; '), field: details[0]!.field, details });
  }
  const carts = createCartRepository(orm);
  if (view.discount?.applied && !(await carts.redeemDiscountCode(view.discount.code, at))) {
    throw new Refused({ code: 'DISCOUNT_NOT_APPLICABLE', message: `the code ${view.discount.code} has been used as often as it may`, field: 'discountCode' });
  }
  const orders = createOrderRepository(orm);
  const number = formatOrderNumber(await orders.nextSequence());
  const t = frozen.totals;
  await orders.insert(
    {
      id: c.orderId,
      number,
      cartId: c.cart.id,
      checkoutKey: c.checkoutKey,
      market: view.market,
      currency: view.currency,
      country: view.country,
      locale: c.cart.locale,
      email: c.cart.email!,
      address: c.cart.address!,
      incoterm: view.incoterm,
      status: 'pending_payment',
      goodsMinor: t.goods,
      discountMinor: t.discount,
      shippingMinor: t.shipping,
      dutiesMinor: t.duties,
      taxesMinor: t.taxes,
      taxesIncludedMinor: t.taxesIncluded,
      feesMinor: t.fees,
      totalMinor: t.payableAtCheckout,
      dueOnDeliveryMinor: t.payableOnDelivery,
      discountCode: view.discount?.applied ? view.discount.code : null,
      rulesVersion: view.rulesVersion,
      quote: frozenQuote(view),
      riskAssessmentId: c.risk.id,
      riskStatus: c.risk.decision === 'approve' ? 'approved' : c.risk.decision,
    },
    frozen.lines.map((l, position) => ({
      position,
      variantId: l.variant.variantId,
      sku: l.line.sku,
      title: l.line.title,
      quantity: l.line.quantity,
      unitPriceMinor: l.unitMinor,
      discountMinor: l.discountMinor,
      goodsMinor: l.goodsMinor,
      taxIncludedMinor: l.taxIncludedMinor,
      dutiesMinor: l.dutiesMinor,
      taxesMinor: l.taxesMinor,
      taxScheme: l.taxScheme,
      hsCode: l.line.hsCode,
      originCountry: l.line.originCountry,
      weightG: l.line.weightG * l.line.quantity,
      warehouse: l.warehouse,
    })),
    frozen.shipments.map((s, position) => ({
      position,
      warehouse: s.quote.warehouse.code,
      service: s.quote.service,
      carrier: s.quote.carrier,
      channel: s.quote.channel,
      lines: s.quote.lines,
      shippingMinor: s.shippingMinor,
      dutiesMinor: s.dutiesMinor,
      taxesMinor: s.taxesMinor,
      feesMinor: s.feesMinor,
      minDays: s.quote.deliveryWindow.minDays,
      maxDays: s.quote.deliveryWindow.maxDays,
    })),
    at,
  );
  if (!(await carts.markOrdered(c.cart.id, at))) throw new Changed();
  const outbox = createOutboxRepository(orm);
  let order = (await orders.byId(c.orderId))!;
  await outbox.append({ type: 'order.created', subject: { kind: 'order', id: order.id }, payload: orderEventPayload(order) }, at);
  if (c.payableAtCheckout === 0) {
    // Nothing to pay: the order is paid now and its stock sold.
    const tx = orderTx(orm);
    const stockHold = await takeStock(tx, order, at);
    order = await saveOrderChange(tx, order, { paidAt: at, stockHold }, 'paid', at);
  }
  return toOrderView(order);
}

/** What the order keeps of the quote: per parcel its charges and rules, the rates, the routing. */
function frozenQuote(view: import('./carts.js').CartView): Record<string, unknown> {
  const chosen = view.deliveryOptions.find((o) => o.chosen)!;
  return {
    date: view.date,
    rulesVersion: view.rulesVersion,
    incoterm: view.incoterm,
    statement: view.statement,
    fx: view.fx,
    discount: view.discount,
    totals: view.totals,
    deliveryOption: { id: chosen.id, deliveryWindow: chosen.deliveryWindow, totals: chosen.totals },
    shipments: chosen.shipments,
    routing: view.routing,
    warnings: view.warnings,
  };
}

/**
 * Start the payment of what an order owes at checkout, by a method its market offers the buyer's
 * country. The payment's reference is the order number: its success marks the order paid.
 */
export async function startOrderPayment(deps: PaymentDeps, order: Pick<OrderView, 'number' | 'market' | 'country' | 'totals'>, payment: { method: string; capture: 'automatic' | 'manual'; threeDSecure?: 'automatic' | 'required' }, options: { providerKey?: string }) {
  return createPayment(
    deps,
    { reference: order.number, amount: order.totals.total, method: payment.method, country: order.country, market: order.market, capture: payment.capture, threeDSecure: payment.threeDSecure ?? 'automatic' },
    options.providerKey === undefined ? {} : { providerKey: options.providerKey },
  );
}

export type { PaymentView };

/** Who and where a checkout screens: the consignee and delivery address, and from the risk context the buyer's name and the billing party. */
function partiesOf(view: CartView, context: RiskContext | undefined): CheckoutParties {
  const address = view.address!;
  const customer = context?.customer;
  const buyerName = typeof customer === 'object' && customer !== null && typeof (customer as Record<string, unknown>).name === 'string' ? ((customer as Record<string, unknown>).name as string).trim() : '';
  const billing = billingFromContext(context?.billing, address.country);
  return {
    consignee: { name: address.name, country: address.country },
    buyer: buyerName.length > 0 && buyerName.length <= 200 ? { name: buyerName, country: billing?.country ?? address.country } : undefined,
    billing,
    delivery: { lines: address.lines, city: address.city, postalCode: address.postalCode ?? null, region: address.region ?? null, country: address.country },
  };
}
