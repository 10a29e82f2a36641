import { checkOrderTransition, deriveOrderStatus, type OrderFacts, type OrderStatus } from '../../core/orders/order-status.js';
import type { Orm } from '../../db/create-db.js';
import { createInventoryRepository, type InventoryRepository } from '../../db/repositories/inventory-repository.js';
import { createOrderRepository, type OrderPatch, type OrderRecord, type OrderRepository } from '../../db/repositories/order-repository.js';
import { createOutboxRepository, type OutboxRepository } from '../../db/repositories/outbox-repository.js';
import type { PaymentRow } from '../../db/repositories/payment-repository.js';
import { orderEventPayload } from './order-view.js';

/** The repositories an order change uses, over one transaction. */
export type OrderTx = { orm: Orm; orders: OrderRepository; inventory: InventoryRepository; outbox: OutboxRepository };

export function orderTx(orm: Orm): OrderTx {
  return { orm, orders: createOrderRepository(orm), inventory: createInventoryRepository(orm), outbox: createOutboxRepository(orm) };
}

/** Run `fn` in one transaction over orders, stock and the outbox. */
export function inOrderTransaction<T>(database: { orm: Orm }, fn: (tx: OrderTx) => Promise<T>): Promise<T> {
  return database.orm.transaction(async (tx) => fn(orderTx(tx as unknown as Orm)));
}

/** A distributor's order on net 30 or net 60: it may ship before it is paid, and its stock was taken when it was placed. */
export function isNetTerms(o: { paymentTerms: string | null }): boolean {
  return o.paymentTerms === 'net_30' || o.paymentTerms === 'net_60';
}

/** The facts an order's status is derived from. */
export function orderFacts(o: OrderRecord, patch: OrderPatch = {}): OrderFacts {
  const units = o.lines.reduce((s, l) => s + l.quantity, 0);
  const count = (statuses: readonly string[]) => o.shipments.filter((s) => statuses.includes(s.status)).reduce((n, s) => n + s.lines.reduce((m, l) => m + l.quantity, 0), 0);
  return {
    paid: (patch.paidAt ?? o.paidAt) !== null,
    netTerms: isNetTerms(o),
    cancelled: (patch.cancelledAt ?? o.cancelledAt) !== null,
    units,
    // A parcel the carrier brought back has still left: its units stay shipped (the order does not go back to paid).
    shippedUnits: count(['shipped', 'delivered', 'returned']),
    deliveredUnits: count(['delivered']),
    capturedMinor: patch.capturedMinor ?? o.capturedMinor,
    refundedMinor: patch.refundedMinor ?? o.refundedMinor,
  };
}

/**
 * Write an order's change with the status its facts now give, checked against the state machine,
 * and append `order.<event>` in the same transaction. `o` must have been read with `lock` in `tx`
 * (shipments already updated there are re-read).
 */
export async function saveOrderChange(tx: OrderTx, o: OrderRecord, patch: OrderPatch, event: string | undefined, at: Date, extra: Record<string, unknown> = {}): Promise<OrderRecord> {
  const fresh = (await tx.orders.byId(o.id))!;
  const facts = orderFacts(fresh, patch);
  const status = deriveOrderStatus(facts);
  const move = checkOrderTransition(fresh.status as OrderStatus, status, { netTerms: facts.netTerms === true });
  if (!move.ok) throw new Error(`order ${o.number}: ${move.message}`);
  await tx.orders.update(o.id, { ...patch, status }, at);
  const saved = (await tx.orders.byId(o.id))!;
  if (event) await tx.outbox.append({ type: `order.${event}`, subject: { kind: 'order', id: o.id }, payload: orderEventPayload(saved, extra) }, at);
  return saved;
}

/**
 * A payment for an order has moved (called in the payment's own transaction, so the payment, the
 * order, its stock and their events commit together). Authorized or succeeded: the order is paid,
 * its reservation turns into sales; if the hold expired while the buyer paid, the stock is taken
 * again when it is still there, and otherwise the order is paid with a stock hold raised for the
 * operator (`order.stock_short`). A payment arriving for a cancelled order is reported
 * (`order.paid_after_cancel`) for a refund, never silently kept.
 */
export async function settleOrderPayment(orm: Orm, payment: PaymentRow, at: Date): Promise<void> {
  if (payment.status !== 'authorized' && payment.status !== 'succeeded') return;
  const tx = orderTx(orm);
  const o = await tx.orders.lock({ number: payment.reference });
  if (!o) return; // a payment for something other than an order
  if (o.cancelledAt !== null) {
    await tx.outbox.append({ type: 'order.paid_after_cancel', subject: { kind: 'order', id: o.id }, payload: orderEventPayload(o, { paymentId: payment.id }) }, at);
    return;
  }
  if (o.paidAt !== null) {
    // Captured later (a manual capture): only the captured amount moves.
    if (payment.capturedMinor !== o.capturedMinor) await saveOrderChange(tx, o, { capturedMinor: Math.max(o.capturedMinor, payment.capturedMinor) }, undefined, at);
    return;
  }
  const stockHold = await takeStock(tx, o, at);
  await saveOrderChange(tx, o, { paidAt: at, capturedMinor: payment.capturedMinor, paymentMethod: payment.method, stockHold }, 'paid', at, { paymentId: payment.id });
  if (stockHold) await tx.outbox.append({ type: 'order.stock_short', subject: { kind: 'order', id: o.id }, payload: orderEventPayload(o, { reason: stockHold }) }, at);
}

/** Turn the order's reservation into sales; null when done, else why the stock could not be taken. */
export async function takeStock(tx: OrderTx, o: OrderRecord, at: Date): Promise<string | null> {
  const converted = await tx.inventory.convert(o.id, o.number, at);
  if (converted.ok) return null;
  // Already sold (an order on net terms takes its stock when it is placed): never take it twice.
  if (converted.reason === 'ended' && converted.reservation.status === 'converted') return null;
  // The hold ended before the payment arrived: hold the same lines again, if they are still there.
  const keys = await tx.inventory.lookupStockKeys({ skus: o.lines.map((l) => l.sku), variantIds: [], warehouseCodes: [...new Set(o.lines.map((l) => l.warehouse))] });
  const lines = o.lines.flatMap((l, index) => {
    const v = keys.bySku.get(l.sku);
    const w = keys.warehouses.get(l.warehouse);
    return v && w ? [{ variantId: v.id, warehouseId: w.id, sku: l.sku, warehouseCode: l.warehouse, quantity: l.quantity, index }] : [];
  });
  if (lines.length !== o.lines.length) return 'a product or warehouse of this order no longer exists';
  // Converted straight away in this transaction, so the hold's expiry never matters.
  const again = await tx.inventory.reserve({ reference: o.id, lines, expiresAt: new Date(at.getTime() + 60_000), at });
  if (!again.ok) {
    const short = again.shortages.map((s) => `${o.lines[s.index]!.sku}: ${s.available} of ${s.requested} left in ${o.lines[s.index]!.warehouse}`).join('; ');
    return `the stock hold expired before payment and the stock has since been sold (${short})`;
  }
  const retried = await tx.inventory.convert(o.id, o.number, at);
  return retried.ok ? null : 'the stock could not be taken after payment';
}
