import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeWithDatabases } from '../support/test-database.js';
import { checkout, fields, placePaidOrder, readyCart, said, startCheckoutServer, type CheckoutServer } from './support.js';

describeWithDatabases('checkout: orders for the merchant (ship, deliver, refund, cancel)', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
  });
  after(() => s.close());
  const ship = (number: string, position: number, trackingNumber = 'RR123456785NL') => s.admin('POST', `/v1/admin/orders/${number}/shipments/${position}/ship`, { body: { trackingNumber } });
  const deliver = (number: string, position: number) => s.admin('POST', `/v1/admin/orders/${number}/shipments/${position}/deliver`);
  const refund = (number: string, body: unknown, key?: string) => s.admin('POST', `/v1/admin/orders/${number}/refunds`, { body, headers: key ? { 'idempotency-key': key } : {} });
  const cancel = (number: string, key?: string) => s.admin('POST', `/v1/admin/orders/${number}/cancel`, { body: { reason: 'buyer asked' }, headers: key ? { 'idempotency-key': key } : {} });
  const getOrder = async (number: string) => (await s.admin('GET', `/v1/admin/orders/${number}`)).body;
  /** What must not move when an action is refused. */
  const snapshot = async (number: string) => {
    const o = await getOrder(number);
    return { status: o.status, totals: o.totals, refunds: o.refunds, shipments: o.shipments.map((p: any) => [p.status, p.trackingNumber]), lines: o.lines.map((l: any) => l.refundedQuantity) };
  };

  test('an EU parcel from Venlo: shipped, delivered, then one unit refunded with its German VAT (no border was crossed)', async () => {
    // 3 tees (34.90, VAT 16.72 inside) and 2 robusta (13.90, VAT 1.82 inside), one parcel from Venlo, EUR 12.89 delivery
    // shared 9.95 : 2.94 by net value; VAT on the goods 19% of 87.98 = 16.72 and 7% of 25.98 = 1.82, on the delivery
    // 19% of 9.95 = 1.89 and 7% of 2.94 = 0.21: 20.64 in all, 2.10 more than the prices hold.
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 3 }, { sku: 'COF-ROB-250', quantity: 2 }]);
    assert.deepEqual([cart.totals.goods.amount, cart.totals.shipping.amount, cart.totals.taxes.amount, cart.totals.taxesIncluded.amount, cart.totals.total.amount], ['132.50', '12.89', '20.64', '18.54', '147.49']);
    const order = await placePaidOrder(s, cart.id);
    const number: string = order.number;
    assert.deepEqual(order.lines.map((l: any) => [l.sku, l.goods.amount, l.taxIncluded.amount, l.taxes.amount, l.taxScheme]), [
      ['TEE-LAN-M', '104.70', '16.72', '16.72', 'DOMESTIC'],
      ['COF-ROB-250', '27.80', '1.82', '1.82', 'DOMESTIC'],
    ]);

    const noSuch = await ship(number, 1);
    assert.deepEqual([noSuch.status, noSuch.body.code, fields(noSuch)], [404, 'ORDER_NOT_FOUND', ['position']], 'the order has one parcel');
    const shipped = await ship(number, 0, 'rr123456785nl');
    assert.equal(shipped.status, 200, said(shipped));
    assert.equal(shipped.body.status, 'fulfilled');
    assert.deepEqual([shipped.body.shipments[0].status, shipped.body.shipments[0].trackingNumber], ['shipped', 'RR123456785NL']);
    assert.deepEqual(await s.orderEvents(order.id), ['order.created', 'order.fulfilled', 'order.paid', 'shipment.created']);
    const twice = await ship(number, 0);
    assert.deepEqual([twice.status, twice.body.code], [409, 'ORDER_STATE_CONFLICT']);

    const delivered = await deliver(number, 0);
    assert.equal(delivered.status, 200, said(delivered));
    assert.equal(delivered.body.status, 'delivered');
    assert.ok(delivered.body.shipments[0].deliveredAt);
    assert.deepEqual(await s.orderEvents(order.id), ['order.created', 'order.delivered', 'order.fulfilled', 'order.paid', 'shipment.created', 'shipment.delivered']);

    const before = await snapshot(number);
    const keyless = await refund(number, { lines: [{ sku: 'TEE-LAN-M', quantity: 1 }] });
    assert.equal(keyless.status, 400, said(keyless));
    assert.deepEqual(fields(keyless), ['headers.idempotency-key']);
    assert.deepEqual(await snapshot(number), before, 'a refund without a key changes nothing');

    // One tee of three: goods net of VAT floor(87.98 / 3) = 29.32, its VAT floor(16.72 / 3) = 5.57 goes back.
    const one = await refund(number, { lines: [{ sku: 'TEE-LAN-M', quantity: 1 }], reason: 'too small' }, 'refund-tee-1');
    assert.equal(one.status, 201, said(one));
    assert.equal(one.body.status, 'partially_refunded');
    assert.equal(one.body.refunds.length, 1);
    const r = one.body.refunds[0];
    assert.deepEqual(r.amount, { amount: '34.89', currency: 'EUR' });
    assert.deepEqual(r.parts, { goods: '29.32', shipping: '0.00', duties: '0.00', taxes: '5.57', fees: '0.00' });
    assert.deepEqual(r.notRefunded, []);
    assert.deepEqual(r.lines, [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    assert.deepEqual(one.body.lines.map((l: any) => l.refundedQuantity), [1, 0]);
    assert.equal(one.body.totals.refunded.amount, '34.89');
    assert.ok((await s.orderEvents(order.id)).includes('order.refunded'));
    const payment = (await getOrder(number)).payments[0];
    assert.equal(payment.refunded.amount, '34.89', 'the money went back through the order\'s payment');

    const replay = await refund(number, { lines: [{ sku: 'TEE-LAN-M', quantity: 1 }], reason: 'too small' }, 'refund-tee-1');
    assert.equal(replay.status, 201, said(replay));
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal((await getOrder(number)).refunds.length, 1, 'a retry refunds once');

    const afterOne = await snapshot(number);
    const tooMany = await refund(number, { lines: [{ sku: 'TEE-LAN-M', quantity: 3 }] }, 'refund-tee-too-many');
    assert.equal(tooMany.status, 422, said(tooMany));
    assert.equal(tooMany.body.code, 'REFUND_EXCEEDS_PAID');
    assert.deepEqual(fields(tooMany), ['lines[0].quantity']);
    assert.match(tooMany.body.detail, /only 2 units of TEE-LAN-M are left/);
    assert.deepEqual(await snapshot(number), afterOne, 'nothing changed');

    // Everything else, with the delivery: the refunds add up to exactly what was paid.
    const rest = await refund(number, { lines: [{ sku: 'TEE-LAN-M', quantity: 2 }, { sku: 'COF-ROB-250', quantity: 2 }], shipping: true }, 'refund-rest');
    assert.equal(rest.status, 201, said(rest));
    assert.equal(rest.body.status, 'refunded');
    // Tees 87.98 - 29.32 = 58.66 and VAT 16.72 - 5.57 = 11.15; robusta 25.98 and 1.82; the delivery 12.89 with
    // its VAT 2.10.
    assert.deepEqual(rest.body.refunds[1].parts, { goods: '84.64', shipping: '14.99', duties: '0.00', taxes: '12.97', fees: '0.00' });
    assert.deepEqual([rest.body.totals.refunded.amount, rest.body.totals.captured.amount], ['147.49', '147.49']);
    const nothingLeft = await refund(number, { lines: [], shipping: true }, 'refund-nothing');
    assert.equal(nothingLeft.status, 409, said(nothingLeft));
    assert.equal(nothingLeft.body.code, 'ORDER_STATE_CONFLICT');
  });

  test('a Japanese import under DDP: duty and consumption tax paid at the border are listed as not refunded, with the rule', async () => {
    const cart = await readyCart(s, 'jp', 'JP', [{ sku: 'BAG-TOT-TAN', quantity: 1 }, { sku: 'TEE-LAN-M', quantity: 2 }, { sku: 'COF-ROB-250', quantity: 2 }]);
    assert.equal(cart.totals.total.amount, '58239');
    const order = await placePaidOrder(s, cart.id);
    assert.deepEqual(order.lines.map((l: any) => [l.sku, l.duties.amount, l.taxes.amount, l.taxScheme, l.warehouse]), [
      ['BAG-TOT-TAN', '3339', '3673', null, 'vn-hoian'],
      ['TEE-LAN-M', '1103', '1122', null, 'vn-hoian'],
      ['COF-ROB-250', '544', '406', null, 'vn-hoian'],
    ]);
    assert.equal((await ship(order.number, 0, 'EE123456789VN')).body.status, 'fulfilled');

    // One tee of two: goods net of tax floor((10360 - 942) / 2) = 4709; duty 1103 / 2 -> 551 and tax 1122 / 2 -> 561 kept back.
    const r = await refund(order.number, { lines: [{ sku: 'TEE-LAN-M', quantity: 1 }] }, 'refund-jp-tee');
    assert.equal(r.status, 201, said(r));
    assert.equal(r.body.status, 'partially_refunded');
    const made = r.body.refunds[0];
    assert.deepEqual(made.amount, { amount: '4709', currency: 'JPY' });
    assert.deepEqual(made.parts, { goods: '4709', shipping: '0', duties: '0', taxes: '0', fees: '0' });
    assert.deepEqual(made.notRefunded.map((n: any) => [n.part, n.amount, n.rule]), [['duties', 551, 'refund.DDP-border'], ['taxes', 561, 'refund.DDP-border']]);
    for (const n of made.notRefunded) assert.match(n.reason, /border/);
  });

  test('a split order ships in two parcels: partially fulfilled after the first, fulfilled after the second, delivered after both arrive', async () => {
    // The tea set ships from Hội An, the tees from Venlo.
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'CER-TEA-LOT', quantity: 1 }, { sku: 'TEE-LAN-M', quantity: 2 }]);
    const hoian = (await s.levels('CER-TEA-LOT'))['vn-hoian']!;
    const venlo = (await s.levels('TEE-LAN-M'))['nl-venlo']!;
    const placed = await checkout(s, cart.id);
    assert.equal(placed.status, 201, said(placed));
    assert.equal((await s.levels('CER-TEA-LOT'))['vn-hoian']!.reserved, hoian.reserved + 1);
    assert.equal((await s.levels('TEE-LAN-M'))['nl-venlo']!.reserved, venlo.reserved + 2);
    const number = placed.body.order.number;
    assert.deepEqual(placed.body.order.shipments.map((p: any) => [p.position, p.warehouse, p.lines]), [
      [0, 'vn-hoian', [{ sku: 'CER-TEA-LOT', quantity: 1 }]],
      [1, 'nl-venlo', [{ sku: 'TEE-LAN-M', quantity: 2 }]],
    ]);
    const early = await ship(number, 0);
    assert.deepEqual([early.status, early.body.code], [409, 'ORDER_STATE_CONFLICT'], 'an unpaid order does not ship');
    const paid = await s.call('POST', `/v1/payments/${placed.body.payment.id}/confirm`, { body: { card: { number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123' } } });
    assert.equal(paid.body.status, 'succeeded', said(paid));
    assert.equal((await s.levels('CER-TEA-LOT'))['vn-hoian']!.onHand, hoian.onHand - 1);

    const first = await ship(number, 0, 'EE123456789VN');
    assert.equal(first.body.status, 'partially_fulfilled', said(first));
    assert.deepEqual(await s.orderEvents(placed.body.order.id), ['order.created', 'order.paid', 'order.partially_fulfilled', 'shipment.created']);
    const second = await ship(number, 1);
    assert.equal(second.body.status, 'fulfilled', said(second));
    assert.equal((await deliver(number, 0)).body.status, 'fulfilled', 'one parcel of two delivered');
    assert.equal((await deliver(number, 1)).body.status, 'delivered');
    const events = await s.orderEvents(placed.body.order.id);
    assert.deepEqual(events.filter((e) => e.startsWith('shipment.')), ['shipment.created', 'shipment.created', 'shipment.delivered', 'shipment.delivered']);
  });

  test('cancelling an order waiting for payment releases its stock hold and cancels its payment', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'CER-MUG-CEL', quantity: 2 }]);
    const before = (await s.levels('CER-MUG-CEL'))['nl-venlo']!;
    const placed = await checkout(s, cart.id);
    assert.equal(placed.status, 201, said(placed));
    assert.equal(placed.body.order.lines[0].warehouse, 'nl-venlo');
    assert.equal((await s.levels('CER-MUG-CEL'))['nl-venlo']!.reserved, before.reserved + 2);

    const r = await cancel(placed.body.order.number);
    assert.equal(r.status, 200, said(r));
    assert.deepEqual([r.body.status, r.body.cancelReason], ['cancelled', 'buyer asked']);
    assert.ok(r.body.cancelledAt);
    assert.deepEqual((await s.levels('CER-MUG-CEL'))['nl-venlo'], before, 'the hold is released');
    assert.equal((await s.reservation(placed.body.order.id))?.status, 'released');
    assert.deepEqual(await s.orderEvents(placed.body.order.id), ['order.cancelled', 'order.created']);
    const payments = (await getOrder(placed.body.order.number)).payments;
    assert.deepEqual(payments.map((p: { status: string }) => p.status), ['cancelled']);
    const listed = await s.admin('GET', '/v1/admin/orders?status=cancelled');
    assert.ok(listed.body.items.some((o: { number: string }) => o.number === placed.body.order.number));
    const shipCancelled = await ship(placed.body.order.number, 0);
    assert.deepEqual([shipCancelled.status, shipCancelled.body.code], [409, 'ORDER_STATE_CONFLICT']);
  });

  test('cancelling a paid order that has not shipped refunds all of it and puts the stock back on the shelf', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'BAG-CRS-BLK', quantity: 1 }, { sku: 'SCF-LOT-IVO', quantity: 1 }]);
    const before = Object.fromEntries(await Promise.all(['BAG-CRS-BLK', 'SCF-LOT-IVO'].map(async (sku) => [sku, await s.levels(sku)] as const)));
    const order = await placePaidOrder(s, cart.id);
    const at = (sku: string) => order.lines.find((l: { sku: string }) => l.sku === sku).warehouse as string;
    for (const sku of ['BAG-CRS-BLK', 'SCF-LOT-IVO']) assert.equal((await s.levels(sku))[at(sku)]!.onHand, before[sku]![at(sku)]!.onHand - 1, `${sku} sold`);

    const r = await cancel(order.number, 'cancel-paid-1');
    assert.equal(r.status, 200, said(r));
    assert.equal(r.body.status, 'cancelled', 'cancelled is final; the refund on a cancelled order keeps it so');
    assert.ok(r.body.cancelledAt);
    assert.deepEqual([r.body.totals.refunded.amount, r.body.totals.captured.amount], [order.totals.total.amount, order.totals.total.amount], 'refunded in full');
    assert.equal(r.body.refunds.length, 1);
    assert.deepEqual(r.body.refunds[0].notRefunded, [], 'nothing was imported, so duties and taxes go back too');
    for (const sku of ['BAG-CRS-BLK', 'SCF-LOT-IVO']) assert.deepEqual(await s.levels(sku), before[sku], `${sku} back on the shelf`);
    const ledger = await s.admin('GET', `/v1/admin/inventory/movements?sku=BAG-CRS-BLK&warehouse=${at('BAG-CRS-BLK')}&limit=1`);
    assert.deepEqual(ledger.body.items.map((m: any) => [m.kind, m.quantity]), [['return', 1]]);
    const events = await s.orderEvents(order.id);
    assert.ok(events.includes('order.refunded') && events.includes('order.cancelled'), events.join(', '));
    const payment = (await getOrder(order.number)).payments[0];
    assert.equal(payment.refunded.amount, order.totals.total.amount);
  });

  test('cancelling after a parcel has shipped is 409 ORDER_STATE_CONFLICT and changes nothing', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'SAN-SLD-38', quantity: 1 }]);
    const order = await placePaidOrder(s, cart.id);
    assert.equal((await ship(order.number, 0)).status, 200);
    const before = await snapshot(order.number);
    const stock = await s.levels('SAN-SLD-38');
    const r = await cancel(order.number, 'cancel-shipped');
    assert.equal(r.status, 409, said(r));
    assert.equal(r.body.code, 'ORDER_STATE_CONFLICT');
    assert.deepEqual(await snapshot(order.number), before);
    assert.deepEqual(await s.levels('SAN-SLD-38'), stock);
  });
});
