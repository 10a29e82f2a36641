import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { orders, payments } from '../../src/db/schema/index.js';
import { cancelAbandonedOrders } from '../../src/services/orders/order-operations.js';
import { describeWithDatabases } from '../support/test-database.js';
import { eventTypes, placeDistributorOrder, snapshot, transfer } from './payments-support.js';
import { addDistributor, startQuoteServer, type QuoteServer } from './quotes-support.js';

const HAMBURG = { lines: ['Speicherstadt 1'], city: 'Hamburg', postalCode: '20457' };
const LONG_BEACH = { lines: ['500 Harbor Blvd'], city: 'Long Beach', postalCode: '90802', region: 'CA' };

describeWithDatabases('distributor bank transfers and net terms', (db) => {
  let s: QuoteServer;
  let de: { id: string };
  let us: { id: string };
  // EXW from the Hội An warehouse: the seller's price is the goods alone. 120 x EUR 4.10 (96+ tier) = EUR 492.00.
  const exwCoffee = (quantity = 120) => ({ companyId: de.id, incoterm: 'EXW', transportMode: 'road', namedPlace: 'Hội An, VN', warehouse: 'vn-hoian', lines: [{ sku: 'COF-ROB-250', quantity }], costs: {} });
  // DDP Long Beach by air, prepayment: 180 + 45 + 300 + 95 + duty 29.70 + MPF 2.69 = USD 652.39 (as in quotes.test.ts).
  const ddpTees = () => ({ companyId: us.id, incoterm: 'DDP', transportMode: 'air', namedPlace: 'Long Beach, CA', warehouse: 'vn-hoian', lines: [{ sku: 'TEE-LAN-M', quantity: 20 }], costs: { exportClearance: 4_500, mainCarriage: 30_000, importClearance: 9_500 } });

  before(async () => {
    s = await startQuoteServer(db());
    de = await addDistributor(s, { name: 'Kaffeehaus Nord GmbH', country: 'DE', currency: 'EUR', paymentTerms: 'net_30', address: HAMBURG, items: [{ sku: 'COF-ROB-250', moq: 24, multiple: 12, tiers: [[24, 450], [96, 410]] }] });
    us = await addDistributor(s, { name: 'Pacific Threads LLC', country: 'US', currency: 'USD', paymentTerms: 'prepayment', address: LONG_BEACH, items: [{ sku: 'TEE-LAN-M', moq: 10, tiers: [[10, 900]] }] });
  });
  after(() => s.app.close());

  test('prepayment: refusals change nothing; two partial transfers add up and pay the order, its held stock sold', async () => {
    const stock = await s.level('TEE-LAN-M', 'vn-hoian');
    const o = await placeDistributorOrder(s, ddpTees(), { holdDays: 10 });
    assert.deepEqual([o.totals.total.amount, o.status], ['652.39', 'pending_payment']);
    const url = `/v1/admin/orders/${o.number}/bank-transfers`;
    const empty = await s.admin('GET', url);
    assert.deepEqual([empty.status, empty.body.total.amount, empty.body.received.amount, empty.body.open.amount, empty.body.transfers], [200, '652.39', '0.00', '652.39', []]);

    const untouched = await snapshot(s, o.number);
    const refusals: Array<[unknown, number, string, string[]]> = [
      [transfer('100.00', 'FT-EUR', '2026-11-27', 'EUR'), 422, 'CURRENCY_MISMATCH', ['amount.currency']],
      [transfer('652.40', 'FT-OVER', '2026-11-27', 'USD'), 422, 'TRANSFER_EXCEEDS_OPEN', ['amount.amount']],
      [transfer('-5.00', ' ', '2026-11-28', 'USD'), 400, 'VALIDATION_FAILED', ['amount.amount', 'reference', 'receivedOn']],
      [{ amount: { amount: '1.005', currency: 'USD' }, reference: 'FT-X', receivedOn: '2026-02-30', extra: 1 }, 400, 'VALIDATION_FAILED', ['extra', 'amount.amount', 'receivedOn']],
      [{ amount: { amount: '10', currency: 'usd' }, reference: 'x'.repeat(141), receivedOn: '2026-11-01' }, 400, 'VALIDATION_FAILED', ['amount.currency', 'reference']],
    ];
    for (const [body, status, code, fields] of refusals) {
      const r = await s.admin('POST', url, body);
      assert.deepEqual([r.status, r.body.code], [status, code], JSON.stringify(r.body));
      assert.deepEqual(r.body.errors.map((e: any) => e.field), fields, JSON.stringify(r.body));
    }
    assert.match((await s.admin('POST', url, refusals[1]![0])).body.detail, /USD 652\.40 is more than the USD 652\.39 open/);
    assert.deepEqual(await snapshot(s, o.number), untouched, 'refusals wrote nothing');

    const first = await s.admin('POST', url, transfer('300.00', 'ft 2611 0001', '2026-11-27', 'USD'));
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.deepEqual([first.body.created, first.body.transfer.reference, first.body.transfer.amount.amount, first.body.transfer.receivedOn], [true, 'FT 2611 0001', '300.00', '2026-11-27']);
    assert.deepEqual([first.body.account.status, first.body.account.received.amount, first.body.account.open.amount, first.body.account.paidAt], ['pending_payment', '300.00', '352.39', null]);
    // Still held, not sold: the order is not paid yet.
    assert.deepEqual(await s.level('TEE-LAN-M', 'vn-hoian'), { onHand: stock.onHand, reserved: stock.reserved + 20 });

    // The same transfer again (the reference as the bank printed it, in another case and spacing): the stored answer, nothing new.
    const afterFirst = await snapshot(s, o.number);
    const again = await s.admin('POST', url, transfer('300.00', '  FT 2611   0001 ', '2026-11-27', 'USD'));
    assert.deepEqual([again.status, again.body.created, again.body.transfer.id], [200, false, first.body.transfer.id]);
    assert.deepEqual(await snapshot(s, o.number), afterFirst);
    // The same reference for another amount is a second transfer under one reference: refused.
    const clash = await s.admin('POST', url, transfer('352.39', 'FT 2611 0001', '2026-11-27', 'USD'));
    assert.deepEqual([clash.status, clash.body.code, clash.body.errors[0].field], [409, 'TRANSFER_REFERENCE_USED', 'reference']);
    assert.deepEqual(await snapshot(s, o.number), afterFirst);
    const tooMuch = await s.admin('POST', url, transfer('352.40', 'FT 2611 0002', '2026-11-27', 'USD'));
    assert.deepEqual([tooMuch.status, tooMuch.body.code], [422, 'TRANSFER_EXCEEDS_OPEN']);

    const rest = await s.admin('POST', url, transfer('352.39', 'FT 2611 0002', '2026-11-27', 'USD'));
    assert.equal(rest.status, 201, JSON.stringify(rest.body));
    assert.deepEqual([rest.body.account.status, rest.body.account.received.amount, rest.body.account.open.amount, rest.body.account.transfers.length], ['paid', '652.39', '0.00', 2]);
    assert.ok(rest.body.account.paidAt);
    // Paid: the held units are sold (on hand and reserved both down by 20).
    assert.deepEqual(await s.level('TEE-LAN-M', 'vn-hoian'), { onHand: stock.onHand - 20, reserved: stock.reserved });
    const [row] = await db().orm.select().from(orders).where(eq(orders.number, o.number));
    assert.deepEqual([row!.status, row!.capturedMinor, row!.paymentMethod, row!.stockHold], ['paid', 65_239, 'bank_transfer', null]);
    const rows = await db().orm.select().from(payments).where(eq(payments.reference, o.number));
    assert.deepEqual(rows.map((p) => [p.provider, p.method, p.providerPaymentId, p.status, p.amountMinor, p.capturedMinor, p.currency]).sort(), [
      ['bank_transfer', 'bank_transfer', 'FT 2611 0001', 'succeeded', 30_000, 30_000, 'USD'],
      ['bank_transfer', 'bank_transfer', 'FT 2611 0002', 'succeeded', 35_239, 35_239, 'USD'],
    ]);
    assert.deepEqual(await eventTypes(s, 'order', o.id), ['order.created', 'order.paid']);
    for (const p of rows) assert.deepEqual(await eventTypes(s, 'payment', p.id), ['payment.succeeded']);

    const paidAgain = await s.admin('POST', url, transfer('1.00', 'FT 2611 0003', '2026-11-27', 'USD'));
    assert.match(paidAgain.body.detail, /paid; it cannot be paid again/);
    assert.deepEqual([paidAgain.status, paidAgain.body.code, paidAgain.body.errors[0].field], [409, 'ORDER_STATE_CONFLICT', 'status']);
    const listed = await s.admin('GET', url);
    assert.deepEqual(listed.body.transfers.map((t: any) => [t.reference, t.amount.amount, t.receivedOn]), [['FT 2611 0001', '300.00', '2026-11-27'], ['FT 2611 0002', '352.39', '2026-11-27']]);

    // Called off before it ships: restocked, and the transfers are reported to go back from the bank (no provider to refund through).
    const called = await s.admin('POST', `/v1/admin/orders/${o.number}/cancel`);
    assert.deepEqual([called.status, called.body.status], [200, 'cancelled'], JSON.stringify(called.body));
    assert.deepEqual(await s.level('TEE-LAN-M', 'vn-hoian'), stock);
    assert.deepEqual(await eventTypes(s, 'order', o.id), ['order.cancelled', 'order.created', 'order.paid', 'order.paid_after_cancel']);
  });

  test('net 30: shipped and delivered before payment while pending_payment, then paid: delivered, stock taken once', async () => {
    const stock = await s.level('COF-ROB-250', 'vn-hoian');
    const o = await placeDistributorOrder(s, exwCoffee());
    assert.deepEqual([o.paymentTerms, o.paymentDueOn, o.totals.total.amount, o.status], ['net_30', '2026-12-27', '492.00', 'pending_payment']);
    assert.deepEqual(await s.level('COF-ROB-250', 'vn-hoian'), { onHand: stock.onHand - 120, reserved: stock.reserved });

    const shipped = await s.admin('POST', `/v1/admin/orders/${o.number}/shipments/0/ship`, { trackingNumber: 'HLCU-VN-0001' });
    assert.equal(shipped.status, 200, JSON.stringify(shipped.body));
    assert.deepEqual([shipped.body.status, shipped.body.shipments[0].status], ['pending_payment', 'shipped']);
    const cancel = await s.admin('POST', `/v1/admin/orders/${o.number}/cancel`);
    assert.deepEqual([cancel.status, cancel.body.code], [409, 'ORDER_STATE_CONFLICT']);
    const delivered = await s.admin('POST', `/v1/admin/orders/${o.number}/shipments/0/deliver`);
    assert.deepEqual([delivered.status, delivered.body.status, delivered.body.shipments[0].status], [200, 'pending_payment', 'delivered']);

    // Long past its due date, the sweeper still leaves it alone: it owes money, it did not abandon a cart.
    s.advanceDays(45);
    await s.deps.inventory.sweepExpired(s.deps.clock());
    await cancelAbandonedOrders(s.deps);
    const url = `/v1/admin/orders/${o.number}/bank-transfers`;
    assert.equal((await s.admin('GET', url)).body.status, 'pending_payment');

    const part = await s.admin('POST', url, transfer('92.00', 'KHN-2027-0001', '2027-01-05'));
    assert.deepEqual([part.status, part.body.account.status, part.body.account.open.amount], [201, 'pending_payment', '400.00']);
    const paid = await s.admin('POST', url, transfer('400.00', 'KHN-2027-0002', '2027-01-10'));
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.deepEqual([paid.body.account.status, paid.body.account.received.amount, paid.body.account.open.amount], ['delivered', '492.00', '0.00']);
    // The stock was taken when the order was placed, and not again when it was paid.
    assert.deepEqual(await s.level('COF-ROB-250', 'vn-hoian'), { onHand: stock.onHand - 120, reserved: stock.reserved });
    // No order.fulfilled or order.delivered while unpaid (the status did not move); the parcel's own events tell the carrier's story.
    assert.deepEqual(await eventTypes(s, 'order', o.id), ['order.created', 'order.paid', 'shipment.created', 'shipment.delivered']);
  });

  test('cancelled orders, other orders and references of another order are refused', async () => {
    const stock = await s.level('COF-ROB-250', 'vn-hoian');
    const net = await placeDistributorOrder(s, exwCoffee(24 * 4)); // 96 x 4.10 = EUR 393.60
    const cancelled = await s.admin('POST', `/v1/admin/orders/${net.number}/cancel`);
    assert.deepEqual([cancelled.status, cancelled.body.status], [200, 'cancelled']);
    // Its stock, taken when it was placed, goes back on the shelf.
    assert.deepEqual(await s.level('COF-ROB-250', 'vn-hoian'), stock);
    const before = await snapshot(s, net.number);
    const late = await s.admin('POST', `/v1/admin/orders/${net.number}/bank-transfers`, transfer('393.60', 'KHN-LATE-1', s.deps.clock().toISOString().slice(0, 10)));
    assert.deepEqual([late.status, late.body.code, late.body.errors[0].field], [409, 'ORDER_STATE_CONFLICT', 'status']);
    assert.match(late.body.detail, /cancelled; it cannot be paid/);
    assert.deepEqual(await snapshot(s, net.number), before);

    // A reference recorded on one order cannot be recorded on another.
    const other = await placeDistributorOrder(s, exwCoffee(24));
    const today = s.deps.clock().toISOString().slice(0, 10);
    const used = await s.admin('POST', `/v1/admin/orders/${other.number}/bank-transfers`, transfer('92.00', 'KHN-2027-0001', '2027-01-05'));
    assert.deepEqual([used.status, used.body.code, used.body.errors[0].field], [409, 'TRANSFER_REFERENCE_USED', 'reference']);
    assert.match(used.body.detail, /on another order/);

    // An order that is not a distributor's (here made a storefront order) is paid through its provider.
    await db().orm.update(orders).set({ salesChannel: 'storefront', paymentTerms: null, companyId: null }).where(eq(orders.number, other.number));
    const storefront = await s.admin('POST', `/v1/admin/orders/${other.number}/bank-transfers`, transfer('10.00', 'SHOP-1', today));
    assert.deepEqual([storefront.status, storefront.body.code, storefront.body.errors[0].field], [422, 'PAYMENT_METHOD_NOT_AVAILABLE', 'number']);
    const unknown = await s.admin('POST', '/v1/admin/orders/999999/bank-transfers', transfer('10.00', 'NONE-1', today));
    assert.deepEqual([unknown.status, unknown.body.code], [404, 'ORDER_NOT_FOUND']);
    const readOnly = await s.admin('GET', '/v1/admin/orders/999999/bank-transfers');
    assert.equal(readOnly.status, 404);
  });

  test('transfers racing on one order: the order lock lets one count, the other sees what is left', async () => {
    const o = await placeDistributorOrder(s, exwCoffee(24)); // 24 x 4.50 = EUR 108.00
    const url = `/v1/admin/orders/${o.number}/bank-transfers`;
    const today = s.deps.clock().toISOString().slice(0, 10);
    const both = await Promise.all([s.admin('POST', url, transfer('100.00', 'RACE-A', today)), s.admin('POST', url, transfer('100.00', 'RACE-B', today))]);
    assert.deepEqual(both.map((r) => r.status).sort(), [201, 422]);
    const twice = await Promise.all([s.admin('POST', url, transfer('8.00', 'RACE-C', today)), s.admin('POST', url, transfer('8.00', 'RACE-C', today))]);
    assert.deepEqual(twice.map((r) => r.status).sort(), [200, 201]);
    const account = (await s.admin('GET', url)).body;
    assert.deepEqual([account.status, account.received.amount, account.open.amount, account.transfers.length], ['paid', '108.00', '0.00', 2]);
  });

  test('the sweeper cancels an unpaid prepayment order after its hold, but not one with part of its transfer in', async () => {
    const idle = await placeDistributorOrder(s, ddpTees(), { holdDays: 1 });
    const started = await placeDistributorOrder(s, ddpTees(), { holdDays: 1 });
    const r = await s.admin('POST', `/v1/admin/orders/${started.number}/bank-transfers`, transfer('100.00', 'PT-0001', s.deps.clock().toISOString().slice(0, 10), 'USD'));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    s.advanceDays(2);
    await s.deps.inventory.sweepExpired(s.deps.clock());
    await cancelAbandonedOrders(s.deps);
    assert.equal((await s.admin('GET', `/v1/admin/orders/${idle.number}`)).body.status, 'cancelled');
    assert.equal((await s.admin('GET', `/v1/admin/orders/${started.number}`)).body.status, 'pending_payment');
    // Called off by the operator: cancelled, and the money already in is reported to go back.
    const called = await s.admin('POST', `/v1/admin/orders/${started.number}/cancel`);
    assert.deepEqual([called.status, called.body.status, called.body.totals.captured.amount], [200, 'cancelled', '100.00']);
    assert.deepEqual(await eventTypes(s, 'order', started.id), ['order.cancelled', 'order.created', 'order.paid_after_cancel']);
  });
});
