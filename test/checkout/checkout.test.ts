import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { formatOrderNumber } from '../../src/core/orders/order-number.js';
import { describeWithDatabases } from '../support/test-database.js';
import { CARD_DECLINED, CARD_OK, cartState, checkout, createCart, fields, minor, readyCart, said, startCheckoutServer, type CheckoutServer } from './support.js';

const DE_LINES = [
  { sku: 'COF-ROB-250', quantity: 2 },
  { sku: 'SCF-SQ90-IND', quantity: 1 },
  { sku: 'TEE-LAN-M', quantity: 3 },
];

describeWithDatabases('checkout: orders from carts, paid by card', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
  });
  after(() => s.close());
  const confirm = (paymentId: string, card: typeof CARD_OK) => s.call('POST', `/v1/payments/${paymentId}/confirm`, { body: { card } });
  const venlo = async (sku: string) => (await s.levels(sku))['nl-venlo']!;

  test('checkout holds the stock and freezes the quote; paying by card marks the order paid and turns the hold into sales', async () => {
    const cart = await readyCart(s, 'eu', 'DE', DE_LINES);
    const before = Object.fromEntries(await Promise.all(DE_LINES.map(async (l) => [l.sku, await venlo(l.sku)] as const)));

    const placed = await checkout(s, cart.id, { payment: { method: 'card' }, expectedTotal: cart.totals.payableAtCheckout }, { 'idempotency-key': 'checkout-de-1' });
    assert.equal(placed.status, 201, said(placed));
    assert.equal(placed.headers.get('idempotent-replayed'), null);
    const { order, payment, paymentError } = placed.body;
    assert.match(order.number, /^LF-\d+$/);
    assert.equal(order.status, 'pending_payment');
    assert.equal(paymentError, null);
    assert.deepEqual([order.market, order.country, order.currency, order.incoterm, /^buyer-\d+@example\.com$/.test(order.email)], ['eu', 'DE', 'EUR', 'DDP', true]);
    for (const k of ['goods', 'discount', 'shipping', 'duties', 'taxes', 'taxesIncluded', 'fees', 'total'] as const) assert.deepEqual(order.totals[k], cart.totals[k], k);
    assert.deepEqual([order.totals.total.amount, order.totals.captured.amount, order.totals.refunded.amount], ['231.53', '0.00', '0.00']);
    assert.deepEqual(order.lines.map((l: any) => [l.sku, l.quantity, l.unitPrice.amount, l.goods.amount, l.taxIncluded.amount, l.taxes.amount, l.warehouse, l.taxScheme]), [
      ['COF-ROB-250', 2, '13.90', '27.80', '1.82', '1.82', 'nl-venlo', 'DOMESTIC'],
      ['SCF-SQ90-IND', 1, '83.90', '83.90', '13.40', '13.40', 'nl-venlo', 'DOMESTIC'],
      ['TEE-LAN-M', 3, '34.90', '104.70', '16.72', '16.72', 'nl-venlo', 'DOMESTIC'],
    ]);
    assert.deepEqual(order.shipments.map((p: any) => [p.position, p.warehouse, p.service, p.status, p.shipping.amount, p.lines]), [[0, 'nl-venlo', 'nl-postal-economy', 'planned', '12.89', DE_LINES]]);
    // The frozen quote: the rules version, the rates, the parcel with its charge lines, the routing.
    assert.equal(order.rulesVersion, cart.rulesVersion);
    assert.equal(order.quote.rulesVersion, cart.rulesVersion);
    assert.equal(order.quote.deliveryOption.id, 'nl-venlo:nl-postal-economy');
    assert.deepEqual(order.quote.shipments, cart.deliveryOptions[0].shipments);
    assert.deepEqual(order.quote.fx, cart.fx);
    assert.equal(order.quote.routing.reason, cart.routing.reason);

    assert.equal(payment.status, 'requires_action');
    assert.equal(payment.reference, order.number);
    assert.deepEqual(payment.amount, { amount: '231.53', currency: 'EUR' });

    // The stock is held in Venlo against the order, nothing has left the shelf yet.
    for (const l of DE_LINES) {
      const now = await venlo(l.sku);
      assert.deepEqual([now.onHand, now.reserved], [before[l.sku]!.onHand, before[l.sku]!.reserved + l.quantity], l.sku);
    }
    const hold = await s.reservation(order.id);
    assert.equal(hold?.status, 'active');
    assert.deepEqual(hold?.lines.map((l) => [l.sku, l.warehouseCode, l.quantity]), [['COF-ROB-250', 'nl-venlo', 2], ['SCF-SQ90-IND', 'nl-venlo', 1], ['TEE-LAN-M', 'nl-venlo', 3]]);
    assert.deepEqual(await s.orderEvents(order.id), ['order.created']);
    const closed = await s.call('GET', `/v1/carts/${cart.id}`);
    assert.deepEqual([closed.body.status, closed.body.order, closed.body.checkoutReady], ['ordered', { number: order.number }, false]);

    const paid = await confirm(payment.id, CARD_OK);
    assert.equal(paid.status, 200, said(paid));
    assert.equal(paid.body.status, 'succeeded');
    assert.equal(paid.body.captured.amount, '231.53');
    const after = await s.admin('GET', `/v1/admin/orders/${order.number}`);
    assert.equal(after.status, 200, said(after));
    assert.equal(after.body.status, 'paid');
    assert.equal(after.body.paymentMethod, 'card');
    assert.equal(after.body.totals.captured.amount, '231.53');
    assert.ok(after.body.paidAt);
    assert.deepEqual(after.body.payments.map((p: { id: string; status: string }) => [p.id, p.status]), [[payment.id, 'succeeded']]);
    for (const l of DE_LINES) {
      const now = await venlo(l.sku);
      assert.deepEqual([now.onHand, now.reserved], [before[l.sku]!.onHand - l.quantity, before[l.sku]!.reserved], `${l.sku}: sold, no longer held`);
    }
    assert.equal((await s.reservation(order.id))?.status, 'converted');
    const ledger = await s.admin('GET', '/v1/admin/inventory/movements?sku=TEE-LAN-M&warehouse=nl-venlo&limit=1');
    assert.deepEqual(ledger.body.items.map((m: any) => [m.kind, m.quantity, m.onHandAfter]), [['sale', -3, before['TEE-LAN-M']!.onHand - 3]]);
    assert.deepEqual(await s.orderEvents(order.id), ['order.created', 'order.paid']);

    // The gateway's webhook arrives after the confirm answer: the order is paid once.
    await s.deliver();
    assert.deepEqual(await s.orderEvents(order.id), ['order.created', 'order.paid']);
    assert.equal((await venlo('TEE-LAN-M')).onHand, before['TEE-LAN-M']!.onHand - 3);
  });

  test('the same Idempotency-Key replays the order; without one a second checkout is CART_CLOSED; the key with another body is refused', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'SCF-NEC-55', quantity: 1 }]);
    const body = { payment: { method: 'card' } };
    const first = await checkout(s, cart.id, body, { 'idempotency-key': 'checkout-replay' });
    assert.equal(first.status, 201, said(first));
    const count = await s.orderCount();
    const held = (await s.levels('SCF-NEC-55'))['nl-venlo'];

    const replay = await checkout(s, cart.id, body, { 'idempotency-key': 'checkout-replay' });
    assert.equal(replay.status, 201, said(replay));
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.body.order.number, first.body.order.number);
    assert.equal(replay.body.payment.id, first.body.payment.id);

    const again = await checkout(s, cart.id, body);
    assert.equal(again.status, 409, said(again));
    assert.equal(again.body.code, 'CART_CLOSED');
    assert.ok(again.body.detail.includes(first.body.order.number), again.body.detail);

    const reused = await checkout(s, cart.id, { payment: { method: 'paypal' } }, { 'idempotency-key': 'checkout-replay' });
    assert.equal(reused.status, 422, said(reused));
    assert.equal(reused.body.code, 'IDEMPOTENCY_KEY_REUSED');

    assert.equal(await s.orderCount(), count, 'one order for the cart');
    assert.deepEqual((await s.levels('SCF-NEC-55'))['nl-venlo'], held, 'held once');
  });

  test('a declined card leaves the order waiting for payment; a new payment for the order can succeed', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'LAC-BOX-S', quantity: 2 }]);
    const before = await venlo('LAC-BOX-S');
    const placed = await checkout(s, cart.id);
    assert.equal(placed.status, 201, said(placed));
    const number = placed.body.order.number;

    const declined = await confirm(placed.body.payment.id, CARD_DECLINED);
    assert.equal(declined.status, 200, said(declined));
    assert.deepEqual([declined.body.status, declined.body.failure.code], ['failed', 'card_declined']);
    const waiting = await s.admin('GET', `/v1/admin/orders/${number}`);
    assert.deepEqual([waiting.body.status, waiting.body.paidAt, waiting.body.totals.captured.amount], ['pending_payment', null, '0.00']);
    assert.deepEqual(await s.orderEvents(placed.body.order.id), ['order.created']);
    assert.equal((await venlo('LAC-BOX-S')).reserved, before.reserved + 2, 'still held');

    const retry = await s.call('POST', `/v1/orders/${number}/payments`, { body: { method: 'card' }, headers: { 'idempotency-key': 'pay-again-1' } });
    assert.equal(retry.status, 201, said(retry));
    assert.notEqual(retry.body.id, placed.body.payment.id);
    assert.deepEqual([retry.body.reference, retry.body.amount.amount], [number, placed.body.order.totals.total.amount]);
    const ok = await confirm(retry.body.id, CARD_OK);
    assert.equal(ok.body.status, 'succeeded', said(ok));
    const paid = await s.admin('GET', `/v1/admin/orders/${number}`);
    assert.equal(paid.body.status, 'paid');
    assert.deepEqual(paid.body.payments.map((p: { status: string }) => p.status).sort(), ['failed', 'succeeded']);
    assert.deepEqual(await s.orderEvents(placed.body.order.id), ['order.created', 'order.paid']);
    const now = await venlo('LAC-BOX-S');
    assert.deepEqual([now.onHand, now.reserved], [before.onHand - 2, before.reserved]);

    const paidAgain = await s.call('POST', `/v1/orders/${number}/payments`, { body: { method: 'card' } });
    assert.equal(paidAgain.status, 409, said(paidAgain));
    assert.equal(paidAgain.body.code, 'ORDER_STATE_CONFLICT');
  });

  test('a wrong expectedTotal is 409 QUOTE_CHANGED and creates nothing; the right one goes through', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'BAM-BRD-30', quantity: 1 }]);
    const count = await s.orderCount();
    const stock = await s.levels('BAM-BRD-30');
    const state = await cartState(s, cart.id);
    const due = cart.totals.payableAtCheckout;
    // One cent less than what is due, and the right amount in the wrong currency.
    for (const expectedTotal of [{ amount: ((minor(due) - 1) / 100).toFixed(2), currency: 'EUR' }, { amount: due.amount, currency: 'USD' }]) {
      const r = await checkout(s, cart.id, { payment: { method: 'card' }, expectedTotal });
      assert.equal(r.status, 409, said(r));
      assert.equal(r.body.code, 'QUOTE_CHANGED');
      assert.deepEqual(fields(r), ['expectedTotal']);
      assert.ok(r.body.detail.includes(`EUR ${due.amount}`), r.body.detail);
    }
    assert.equal(await s.orderCount(), count);
    assert.deepEqual(await s.levels('BAM-BRD-30'), stock);
    assert.deepEqual(await cartState(s, cart.id), state);

    const r = await checkout(s, cart.id, { expectedTotal: due });
    assert.equal(r.status, 201, said(r));
    assert.deepEqual([r.body.payment, r.body.paymentError, r.body.order.status], [null, null, 'pending_payment'], 'no payment asked for, none started');
  });

  test('the buyer looks the order up by number and email; a wrong email or an unknown number is 404', async () => {
    const cart = await readyCart(s, 'eu', 'FR', [{ sku: 'BAM-CHP-5', quantity: 1 }], 'lea@example.fr');
    const placed = await checkout(s, cart.id);
    assert.equal(placed.status, 201, said(placed));
    const number: string = placed.body.order.number;

    const found = await s.call('GET', `/v1/orders/${number}?email=lea@example.fr`);
    assert.equal(found.status, 200, said(found));
    assert.deepEqual([found.body.number, found.body.status, found.body.country], [number, 'pending_payment', 'FR']);
    const typed = await s.call('GET', `/v1/orders/${number.toLowerCase().replace('-', '')}?email=lea@example.fr`);
    assert.equal(typed.body.number, number, 'any case, with or without the dash');

    const wrongEmail = await s.call('GET', `/v1/orders/${number}?email=someone@example.fr`);
    assert.deepEqual([wrongEmail.status, wrongEmail.body.code], [404, 'ORDER_NOT_FOUND']);
    const unknown = await s.call('GET', `/v1/orders/${formatOrderNumber(999_999)}?email=lea@example.fr`);
    assert.deepEqual([unknown.status, unknown.body.code], [404, 'ORDER_NOT_FOUND']);
    assert.equal(unknown.body.detail, wrongEmail.body.detail, 'a wrong email answers like an unknown number');
    const noEmail = await s.call('GET', `/v1/orders/${number}`);
    assert.equal(noEmail.status, 400, said(noEmail));
    const adminTypo = await s.admin('GET', `/v1/admin/orders/${mistype(number)}`);
    assert.deepEqual([adminTypo.status, adminTypo.body.code], [404, 'ORDER_NOT_FOUND']);
    assert.match(adminTypo.body.detail, /typo/);
  });

  test('a mistyped check digit in the buyer lookup is 404 with a message about the typo', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'BAM-CHP-10', quantity: 1 }]);
    const placed = await checkout(s, cart.id);
    const r = await s.call('GET', `/v1/orders/${mistype(placed.body.order.number)}?email=${placed.body.order.email}`);
    assert.deepEqual([r.status, r.body.code], [404, 'ORDER_NOT_FOUND']);
    assert.match(r.body.detail, /typo/);
  });
});

describeWithDatabases('checkout: a checkout whose answer was lost is answered again', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
  });
  after(() => s.close());

  test('re-run with the same Idempotency-Key after its first run died (the key taken over): the same order and the same payment', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const first = await checkout(s, cart.id, { payment: { method: 'card' } }, { 'idempotency-key': 'lost-answer-1' });
    assert.equal(first.status, 201, said(first));
    // The process died before it stored the answer: its claim on the key is still in progress, old enough to be taken over.
    await db().withSession((x) => x.exec(`update idempotency_keys set status = 'in_progress', response_status = null, response_body = null, completed_at = null, created_at = '2026-11-27T08:00:00Z' where key = 'lost-answer-1'`));
    const again = await checkout(s, cart.id, { payment: { method: 'card' } }, { 'idempotency-key': 'lost-answer-1' });
    assert.equal(again.status, 201, said(again));
    assert.equal(again.headers.get('idempotent-replayed'), null, 'run again, not replayed');
    assert.equal(again.body.order.number, first.body.order.number);
    assert.equal(again.body.payment.id, first.body.payment.id, 'the same payment, through the same provider key');
    assert.equal(await s.orderCount(), 1);
    // Another key for the same cart is still refused: a cart becomes one order.
    const other = await checkout(s, cart.id, { payment: { method: 'card' } }, { 'idempotency-key': 'lost-answer-2' });
    assert.deepEqual([other.status, other.body.code], [409, 'CART_CLOSED']);
  });

  test('Prefer: return=minimal answers a change without pricing the cart; GET prices it', async () => {
    const c = await createCart(s, { market: 'eu', country: 'DE' });
    const added = await s.call('POST', `/v1/carts/${c.id}/lines`, { body: { sku: 'TEE-LAN-M', quantity: 2 }, headers: { prefer: 'return=minimal' } });
    assert.equal(added.status, 200, said(added));
    assert.equal(added.headers.get('preference-applied'), 'return=minimal');
    assert.deepEqual(added.body, { id: c.id, status: 'open', version: c.version + 1, expiresAt: added.body.expiresAt, lines: [{ sku: 'TEE-LAN-M', quantity: 2 }] });
    const full = await s.call('GET', `/v1/carts/${c.id}`);
    assert.equal(full.body.version, c.version + 1);
    assert.ok(full.body.totals, 'GET always prices');
  });
});

/** The order number with its check digit changed: a typo the Luhn digit catches. */
function mistype(number: string): string {
  const last = Number(number.at(-1));
  return number.slice(0, -1) + String((last + 1) % 10);
}
