/**
 * Which actions an order offers, decided by the same rules the server applies (the pure core's
 * order state machine), so the admin shows only buttons that can work. The server still decides.
 */
import { checkOrderAction, type OrderAction, type OrderFacts } from '../../src/core/orders/order-status.js';
import type { Order } from './api-types.js';
import { toMinor } from './format.js';

export function orderFacts(o: Order): OrderFacts {
  const units = o.lines.reduce((s, l) => s + l.quantity, 0);
  const count = (statuses: readonly string[]) => o.shipments.filter((s) => statuses.includes(s.status)).reduce((n, s) => n + s.lines.reduce((m, l) => m + l.quantity, 0), 0);
  return {
    paid: o.paidAt !== null,
    cancelled: o.cancelledAt !== null,
    units,
    shippedUnits: count(['shipped', 'delivered']),
    deliveredUnits: count(['delivered']),
    capturedMinor: toMinor(o.totals.captured.amount),
    refundedMinor: toMinor(o.totals.refunded.amount),
  };
}

/** Whether `action` is open to the order now, and if not, why (in the server's words). */
export function orderOffers(o: Order, action: OrderAction): { ok: true } | { ok: false; why: string } {
  const r = checkOrderAction(orderFacts(o), action);
  return r.ok ? { ok: true } : { ok: false, why: r.message };
}
