import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkOrderAction,
  checkOrderTransition,
  deriveOrderStatus,
  ORDER_STATUSES,
  NET_TERMS_TRANSITIONS,
  ORDER_TRANSITIONS,
  orderAllows,
  type OrderAction,
  type OrderFacts,
  type OrderStatus,
} from './order-status.js';

const fresh: OrderFacts = { paid: false, cancelled: false, units: 3, shippedUnits: 0, deliveredUnits: 0, capturedMinor: 0, refundedMinor: 0 };
const paid: OrderFacts = { ...fresh, paid: true, capturedMinor: 5000 };

test('status by precedence: cancelled, unpaid, refunds, delivery, shipping', () => {
  assert.equal(deriveOrderStatus(fresh), 'pending_payment');
  assert.equal(deriveOrderStatus({ ...fresh, cancelled: true }), 'cancelled');
  assert.equal(deriveOrderStatus(paid), 'paid');
  assert.equal(deriveOrderStatus({ ...paid, shippedUnits: 1 }), 'partially_fulfilled');
  assert.equal(deriveOrderStatus({ ...paid, shippedUnits: 3 }), 'fulfilled');
  assert.equal(deriveOrderStatus({ ...paid, shippedUnits: 3, deliveredUnits: 2 }), 'fulfilled');
  assert.equal(deriveOrderStatus({ ...paid, shippedUnits: 3, deliveredUnits: 3 }), 'delivered');
  assert.equal(deriveOrderStatus({ ...paid, shippedUnits: 3, deliveredUnits: 3, refundedMinor: 1 }), 'partially_refunded');
  assert.equal(deriveOrderStatus({ ...paid, shippedUnits: 1, refundedMinor: 5000 }), 'refunded');
  assert.equal(deriveOrderStatus({ ...paid, cancelled: true, refundedMinor: 5000 }), 'cancelled');
  // A paid order with nothing captured (a free order) is never "refunded".
  assert.equal(deriveOrderStatus({ ...paid, capturedMinor: 0 }), 'paid');
});

test('the table names only known statuses, never itself, and refunded and cancelled are final', () => {
  for (const [from, tos] of Object.entries(ORDER_TRANSITIONS)) {
    assert.ok((ORDER_STATUSES as readonly string[]).includes(from));
    for (const to of tos) {
      assert.ok((ORDER_STATUSES as readonly string[]).includes(to), `${from} -> ${to}`);
      assert.notEqual(from, to);
    }
  }
  assert.deepEqual(ORDER_STATUSES.filter((s) => ORDER_TRANSITIONS[s].length === 0), ['cancelled', 'refunded']);
});

test('transitions: allowed moves change, staying is no change, the rest conflict naming both', () => {
  assert.deepEqual(checkOrderTransition('pending_payment', 'paid'), { ok: true, value: { changed: true } });
  assert.deepEqual(checkOrderTransition('paid', 'fulfilled'), { ok: true, value: { changed: true } });
  assert.deepEqual(checkOrderTransition('partially_refunded', 'partially_refunded'), { ok: true, value: { changed: false } });
  assert.deepEqual(checkOrderTransition('cancelled', 'cancelled'), { ok: true, value: { changed: false } });
  assert.deepEqual(checkOrderTransition('cancelled', 'paid'), { ok: false, code: 'ORDER_STATE_CONFLICT', message: 'a cancelled order cannot become paid', field: 'status' });
  for (const [from, to] of [
    ['refunded', 'cancelled'],
    ['delivered', 'fulfilled'],
    ['fulfilled', 'cancelled'],
    ['pending_payment', 'fulfilled'],
    ['partially_refunded', 'delivered'],
  ] as const) {
    const r = checkOrderTransition(from, to);
    assert.equal(r.ok, false, `${from} -> ${to}`);
    if (!r.ok) assert.equal(r.message, `a ${from} order cannot become ${to}`);
  }
});

test('actions refused by status say what the order is and what cannot happen', () => {
  const message = (status: OrderStatus, action: OrderAction) => {
    const r = orderAllows(status, action);
    assert.equal(r.ok, false, `${status} ${action}`);
    return r.ok ? '' : r.message;
  };
  assert.equal(message('cancelled', 'ship'), 'order is cancelled; it cannot be shipped');
  assert.equal(message('pending_payment', 'ship'), 'order is awaiting payment; it cannot be shipped');
  assert.equal(message('paid', 'pay'), 'order is paid; it cannot be paid again');
  assert.equal(message('refunded', 'refund'), 'order is refunded; it cannot be refunded again');
  assert.equal(message('fulfilled', 'cancel'), 'order is shipped; it cannot be cancelled');
  assert.equal(message('paid', 'deliver'), 'order is paid; it cannot be marked delivered');
  assert.deepEqual(orderAllows('cancelled', 'refund'), { ok: true, value: true });
  assert.deepEqual(orderAllows('partially_refunded', 'ship'), { ok: true, value: true });
});

test('actions checked on facts need the units or money they act on', () => {
  const refusal = (f: OrderFacts, action: OrderAction) => {
    const r = checkOrderAction(f, action);
    assert.equal(r.ok, false);
    return r.ok ? '' : r.message;
  };
  assert.equal(refusal({ ...paid, refundedMinor: 100, shippedUnits: 3 }, 'ship'), 'every unit of this order has already shipped');
  assert.equal(refusal({ ...paid, refundedMinor: 100 }, 'deliver'), 'no shipped unit of this order is waiting for delivery');
  assert.equal(refusal({ ...paid, refundedMinor: 100, shippedUnits: 1 }, 'cancel'), 'part of this order has shipped; it cannot be cancelled (refund the returned units instead)');
  assert.equal(refusal({ ...paid, cancelled: true, refundedMinor: 5000 }, 'refund'), 'everything paid for this order has been refunded');
  assert.equal(refusal({ ...paid, shippedUnits: 1 }, 'cancel'), 'order is partly shipped; it cannot be cancelled');
  assert.deepEqual(checkOrderAction({ ...paid, cancelled: true }, 'refund'), { ok: true, value: true });
});

/** Every way one action can change the facts (ship, deliver and refund by any amount left). */
function successors(f: OrderFacts): Array<[OrderAction, OrderFacts]> {
  const out: Array<[OrderAction, OrderFacts]> = [];
  if (checkOrderAction(f, 'pay').ok) out.push(['pay', { ...f, paid: true, capturedMinor: 4 }]);
  if (checkOrderAction(f, 'cancel').ok) out.push(['cancel', { ...f, cancelled: true }]);
  if (checkOrderAction(f, 'ship').ok) for (let k = 1; f.shippedUnits + k <= f.units; k++) out.push(['ship', { ...f, shippedUnits: f.shippedUnits + k }]);
  if (checkOrderAction(f, 'deliver').ok) for (let k = 1; f.deliveredUnits + k <= f.shippedUnits; k++) out.push(['deliver', { ...f, deliveredUnits: f.deliveredUnits + k }]);
  if (checkOrderAction(f, 'refund').ok) for (let a = 1; f.refundedMinor + a <= f.capturedMinor; a++) out.push(['refund', { ...f, refundedMinor: f.refundedMinor + a }]);
  return out;
}

test('every status change one action can cause is in the table, and every table move can happen', () => {
  const seen = new Map<string, OrderFacts>();
  const queue: OrderFacts[] = [1, 2, 3].map((units) => ({ ...fresh, units }));
  const moves = new Set<string>();
  while (queue.length > 0) {
    const f = queue.shift()!;
    const key = JSON.stringify(f);
    if (seen.has(key)) continue;
    seen.set(key, f);
    const from = deriveOrderStatus(f);
    for (const [action, next] of successors(f)) {
      const to = deriveOrderStatus(next);
      assert.ok(checkOrderTransition(from, to).ok, `${action} moves ${from} -> ${to} from ${key}`);
      if (from !== to) moves.add(`${from} -> ${to}`);
      queue.push(next);
    }
  }
  assert.ok(seen.size > 100, `explored ${seen.size} fact sets`);
  const table = ORDER_STATUSES.flatMap((from) => ORDER_TRANSITIONS[from].map((to) => `${from} -> ${to}`));
  assert.deepEqual([...moves].sort(), table.sort());
});

test('every status can reach a final one', () => {
  for (const start of ORDER_STATUSES) {
    const seen = new Set<OrderStatus>([start]);
    const queue = [start];
    while (queue.length > 0) for (const next of ORDER_TRANSITIONS[queue.shift()!]) if (!seen.has(next)) seen.add(next), queue.push(next);
    assert.ok(seen.has('refunded') || seen.has('cancelled'), start);
  }
});

const netFresh: OrderFacts = { ...fresh, netTerms: true };

test('net terms: an unpaid order ships and is delivered while its status stays pending_payment', () => {
  assert.equal(deriveOrderStatus({ ...netFresh, shippedUnits: 1 }), 'pending_payment');
  assert.equal(deriveOrderStatus({ ...netFresh, shippedUnits: 3, deliveredUnits: 3 }), 'pending_payment');
  assert.deepEqual(checkOrderAction(netFresh, 'ship'), { ok: true, value: true });
  assert.deepEqual(checkOrderAction({ ...netFresh, shippedUnits: 2 }, 'deliver'), { ok: true, value: true });
  assert.deepEqual(checkOrderAction({ ...netFresh, shippedUnits: 3 }, 'pay'), { ok: true, value: true });
  // The same facts without net terms: nothing leaves before payment.
  assert.equal(checkOrderAction(fresh, 'ship').ok, false);
  assert.equal(checkOrderAction({ ...fresh, shippedUnits: 1 }, 'deliver').ok, false);
  assert.deepEqual(orderAllows('pending_payment', 'ship', { netTerms: true }), { ok: true, value: true });
  assert.equal(orderAllows('pending_payment', 'ship').ok, false);
  // Net terms change nothing else: no refund before payment, no cancel once part has left.
  assert.equal(checkOrderAction(netFresh, 'refund').ok, false);
  const cancel = checkOrderAction({ ...netFresh, shippedUnits: 1 }, 'cancel');
  assert.equal(cancel.ok, false);
  if (!cancel.ok) assert.match(cancel.message, /part of this order has shipped/);
  assert.deepEqual(checkOrderAction(netFresh, 'cancel'), { ok: true, value: true });
});

test('net terms: paying after shipping moves straight to where shipping got to, only for net terms', () => {
  for (const [facts, to] of [
    [{ ...netFresh, shippedUnits: 1 }, 'partially_fulfilled'],
    [{ ...netFresh, shippedUnits: 3 }, 'fulfilled'],
    [{ ...netFresh, shippedUnits: 3, deliveredUnits: 3 }, 'delivered'],
  ] as const) {
    const paidNow = deriveOrderStatus({ ...facts, paid: true, capturedMinor: 5000 });
    assert.equal(paidNow, to);
    assert.deepEqual(checkOrderTransition('pending_payment', to, { netTerms: true }), { ok: true, value: { changed: true } });
    assert.equal(checkOrderTransition('pending_payment', to).ok, false, `pending_payment -> ${to} without net terms`);
  }
  // Net terms add moves, never take one away, and never reach past shipping.
  for (const from of ORDER_STATUSES) for (const to of ORDER_TRANSITIONS[from]) assert.ok(checkOrderTransition(from, to, { netTerms: true }).ok);
  assert.equal(checkOrderTransition('pending_payment', 'refunded', { netTerms: true }).ok, false);
  assert.equal(checkOrderTransition('cancelled', 'fulfilled', { netTerms: true }).ok, false);
});

test('net terms: every status change one action can cause is in the two tables, and every net-terms move can happen', () => {
  const seen = new Set<string>();
  const queue: OrderFacts[] = [1, 2, 3].map((units) => ({ ...netFresh, units }));
  const extra = new Set<string>();
  while (queue.length > 0) {
    const f = queue.shift()!;
    const key = JSON.stringify(f);
    if (seen.has(key)) continue;
    seen.add(key);
    const from = deriveOrderStatus(f);
    for (const [action, next] of successors(f)) {
      const to = deriveOrderStatus(next);
      assert.ok(checkOrderTransition(from, to, { netTerms: true }).ok, `${action} moves ${from} -> ${to} from ${key}`);
      if (from !== to && !ORDER_TRANSITIONS[from].includes(to)) extra.add(`${from} -> ${to}`);
      queue.push(next);
    }
  }
  assert.ok(seen.size > 100, `explored ${seen.size} fact sets`);
  const table = ORDER_STATUSES.flatMap((from) => (NET_TERMS_TRANSITIONS[from] ?? []).map((to) => `${from} -> ${to}`));
  assert.deepEqual([...extra].sort(), table.sort());
});
