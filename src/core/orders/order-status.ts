import { fail, ok, type Result } from '../result/result.js';

/**
 * An order's status, derived from its facts (paid, shipped, delivered, refunded, cancelled):
 * - pending_payment: placed, not paid yet (an order on net terms may already have shipped or
 *   been delivered: see NET_TERMS_TRANSITIONS);
 * - paid: captured, nothing shipped;
 * - partially_fulfilled / fulfilled: some / every unit shipped;
 * - delivered: every unit delivered;
 * - partially_refunded / refunded: some / all of the captured money went back to the buyer;
 * - cancelled: called off before anything shipped.
 * Money outranks shipping: once part of an order is refunded the status says so, and how far
 * shipping has gone is read from the facts (shipped and delivered units), not from the status.
 */
export const ORDER_STATUSES = ['pending_payment', 'paid', 'partially_fulfilled', 'fulfilled', 'delivered', 'cancelled', 'refunded', 'partially_refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * The allowed moves, as data: exactly the moves deriveOrderStatus makes when one action (pay, ship,
 * deliver, cancel, refund) changes the facts (the tests enumerate them). Staying in a status is not
 * a move and is always allowed (a second partial refund keeps partially_refunded).
 *
 * Cancelling a paid order comes before its refund: the order becomes cancelled (final), and the
 * money is then refunded on the cancelled order without changing its status. Refunded is final too,
 * so a fully refunded order is never "cancelled" afterwards; the other order would need refunded ->
 * cancelled and leave a window where an order with its money back could still ship.
 * partially_refunded -> cancelled is a partial refund (one line out of stock) followed by calling off
 * the rest before anything shipped.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending_payment: ['paid', 'cancelled'],
  paid: ['partially_fulfilled', 'fulfilled', 'cancelled', 'partially_refunded', 'refunded'],
  partially_fulfilled: ['fulfilled', 'partially_refunded', 'refunded'],
  fulfilled: ['delivered', 'partially_refunded', 'refunded'],
  delivered: ['partially_refunded', 'refunded'],
  partially_refunded: ['refunded', 'cancelled'],
  refunded: [],
  cancelled: [],
};

/**
 * The moves only an order on net terms makes, on top of ORDER_TRANSITIONS. Its goods may leave
 * before the invoice is paid, but until the money arrives its status stays pending_payment: the
 * buyer and the books must never read "shipped" or "delivered" (which follow paid everywhere else)
 * as settled. How far shipping has gone is in the facts (shipped and delivered units), as after a
 * partial refund. When the payment arrives the order goes straight to where shipping has got to.
 */
export const NET_TERMS_TRANSITIONS: Readonly<Partial<Record<OrderStatus, readonly OrderStatus[]>>> = {
  pending_payment: ['partially_fulfilled', 'fulfilled', 'delivered'],
};

export function isOrderStatus(value: string): value is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(value);
}

/**
 * Units are whole units of goods across the order's lines; money is minor units of the order's currency.
 * `netTerms`: the order is payable after delivery (a distributor's net 30 or net 60 invoice), so
 * it may ship and be delivered before it is paid; absent means false.
 */
export type OrderFacts = {
  paid: boolean;
  netTerms?: boolean;
  cancelled: boolean;
  units: number;
  shippedUnits: number;
  deliveredUnits: number;
  capturedMinor: number;
  refundedMinor: number;
};

/**
 * The status an order's facts give, by precedence: cancelled, then not paid, then refunds, then
 * delivery, then shipping.
 * @example deriveOrderStatus({ paid: true, cancelled: false, units: 3, shippedUnits: 1, deliveredUnits: 0, capturedMinor: 5000, refundedMinor: 0 }) // 'partially_fulfilled'
 */
export function deriveOrderStatus(f: OrderFacts): OrderStatus {
  if (f.cancelled) return 'cancelled';
  if (!f.paid) return 'pending_payment';
  if (f.capturedMinor > 0 && f.refundedMinor >= f.capturedMinor) return 'refunded';
  if (f.refundedMinor > 0) return 'partially_refunded';
  if (f.units > 0 && f.deliveredUnits >= f.units) return 'delivered';
  if (f.units > 0 && f.shippedUnits >= f.units) return 'fulfilled';
  if (f.shippedUnits > 0) return 'partially_fulfilled';
  return 'paid';
}

/**
 * Whether an order may go from `from` to `to`; `changed` is false when it stays where it is. A
 * refused move is ORDER_STATE_CONFLICT: two requests racing (a cancel and a shipment) must not both win.
 * An order on net terms (`terms.netTerms`) may also make the moves of NET_TERMS_TRANSITIONS.
 * @example checkOrderTransition('paid', 'fulfilled')     // ok({ changed: true })
 * @example checkOrderTransition('cancelled', 'paid')     // ORDER_STATE_CONFLICT
 * @example checkOrderTransition('pending_payment', 'fulfilled', { netTerms: true }) // ok: paid after it shipped
 */
export function checkOrderTransition(from: OrderStatus, to: OrderStatus, terms: { netTerms?: boolean } = {}): Result<{ changed: boolean }, 'ORDER_STATE_CONFLICT'> {
  if (from === to) return ok({ changed: false });
  if (ORDER_TRANSITIONS[from].includes(to)) return ok({ changed: true });
  if (terms.netTerms === true && (NET_TERMS_TRANSITIONS[from] ?? []).includes(to)) return ok({ changed: true });
  return fail('ORDER_STATE_CONFLICT', `a ${from} order cannot become ${to}`, { field: 'status' });
}

export type OrderAction = 'pay' | 'ship' | 'deliver' | 'cancel' | 'refund';

/**
 * In which statuses each action may be taken. Refund is allowed on a cancelled order: that is how a
 * paid order that was cancelled gets its money back. Ship, deliver and cancel stay allowed after a
 * partial refund, because the rest of the order carries on; checkOrderAction checks the units.
 */
const ACTION_ALLOWED_IN: Readonly<Record<OrderAction, readonly OrderStatus[]>> = {
  pay: ['pending_payment'],
  ship: ['paid', 'partially_fulfilled', 'partially_refunded'],
  deliver: ['partially_fulfilled', 'fulfilled', 'partially_refunded'],
  cancel: ['pending_payment', 'paid', 'partially_refunded'],
  refund: ['paid', 'partially_fulfilled', 'fulfilled', 'delivered', 'partially_refunded', 'cancelled'],
};

const STATUS_WORDS: Readonly<Record<OrderStatus, string>> = {
  pending_payment: 'awaiting payment',
  paid: 'paid',
  partially_fulfilled: 'partly shipped',
  fulfilled: 'shipped',
  delivered: 'delivered',
  cancelled: 'cancelled',
  refunded: 'refunded',
  partially_refunded: 'partly refunded',
};

const ACTION_WORDS: Readonly<Record<OrderAction, string>> = {
  pay: 'paid',
  ship: 'shipped',
  deliver: 'marked delivered',
  cancel: 'cancelled',
  refund: 'refunded',
};

/** On net terms the goods may leave, and arrive, before the invoice is paid. */
const NET_TERMS_ALLOWED_IN: Readonly<Partial<Record<OrderAction, readonly OrderStatus[]>>> = {
  ship: ['pending_payment'],
  deliver: ['pending_payment'],
};

/**
 * Whether an order in `status` may take `action`, judged on the status alone (and, for ship and
 * deliver, on whether the order is on net terms).
 * @example orderAllows('cancelled', 'ship') // ORDER_STATE_CONFLICT: "order is cancelled; it cannot be shipped"
 * @example orderAllows('pending_payment', 'ship', { netTerms: true }) // ok(true)
 */
export function orderAllows(status: OrderStatus, action: OrderAction, terms: { netTerms?: boolean } = {}): Result<true, 'ORDER_STATE_CONFLICT'> {
  if (ACTION_ALLOWED_IN[action].includes(status)) return ok(true);
  if (terms.netTerms === true && (NET_TERMS_ALLOWED_IN[action] ?? []).includes(status)) return ok(true);
  const again = (action === 'pay' && status !== 'pending_payment' && status !== 'cancelled') || (action === 'refund' && status === 'refunded');
  return fail('ORDER_STATE_CONFLICT', `order is ${STATUS_WORDS[status]}; it cannot be ${ACTION_WORDS[action]}${again ? ' again' : ''}`, { field: 'status' });
}

/**
 * Whether an order with these facts may take `action`: orderAllows on its derived status, then the
 * units and money the action needs (a unit left to ship or to deliver, nothing shipped for a cancel,
 * money left to refund).
 * @example checkOrderAction({ ...facts, shippedUnits: 1 }, 'cancel') // ORDER_STATE_CONFLICT: part has shipped
 */
export function checkOrderAction(f: OrderFacts, action: OrderAction): Result<true, 'ORDER_STATE_CONFLICT'> {
  const allowed = orderAllows(deriveOrderStatus(f), action, { netTerms: f.netTerms === true });
  if (!allowed.ok) return allowed;
  const refuse = (message: string) => fail('ORDER_STATE_CONFLICT', message, { field: 'status' });
  switch (action) {
    case 'ship':
      return f.shippedUnits < f.units ? ok(true) : refuse('every unit of this order has already shipped');
    case 'deliver':
      return f.deliveredUnits < f.shippedUnits ? ok(true) : refuse('no shipped unit of this order is waiting for delivery');
    case 'cancel':
      return f.shippedUnits === 0 ? ok(true) : refuse('part of this order has shipped; it cannot be cancelled (refund the returned units instead)');
    case 'refund':
      return f.refundedMinor < f.capturedMinor ? ok(true) : refuse('everything paid for this order has been refunded');
    case 'pay':
      return ok(true);
  }
}
