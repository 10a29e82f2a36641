import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseS10 } from '../../src/core/carriers/s10.js';
import { syncReturnTracking } from '../../src/services/returns/return-tracking.js';
import { returnRepository } from '../../src/services/returns/return-support.js';
import { said, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { describeWithDatabases } from '../support/test-database.js';
import { adminReturn, askReturn, buyerReturns, deliveredOrder, refusal, returnCounts, returnLabelText, step } from './support.js';

describeWithDatabases('returns: request, return label, receipt with restock, refund with its rules, relief record', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
  });
  after(() => s.close());

  test('a Dutch order from Venlo: two tees back (one damaged), label from the carrier, tracked, restocked, refunded with their VAT and the delivery', async () => {
    // 3 tees (EUR 104.70 with 21% VAT 18.17 inside) and 2 robusta, one parcel from Venlo, delivered by the test carrier.
    const o = await deliveredOrder(s, 'eu', 'NL', [{ sku: 'TEE-LAN-M', quantity: 3 }, { sku: 'COF-ROB-250', quantity: 2 }]);
    assert.deepEqual(o.lines.map((l: any) => [l.sku, l.goods.amount, l.taxIncluded.amount, l.taxes.amount, l.taxScheme, l.warehouse]), [
      ['TEE-LAN-M', '104.70', '18.17', '18.17', 'DOMESTIC', 'nl-venlo'],
      ['COF-ROB-250', '27.80', '2.30', '2.30', 'DOMESTIC', 'nl-venlo'],
    ]);
    assert.deepEqual([o.totals.shipping.amount, o.totals.taxes.amount, o.totals.taxesIncluded.amount, o.totals.total.amount], ['6.40', '21.64', '20.47', '140.07']);
    const stockBefore = (await s.levels('TEE-LAN-M'))['nl-venlo']!;

    // The buyer asks: one tee arrived damaged, one is too small (the same line twice, with two reasons).
    const asked = await askReturn(s, o, [
      { sku: 'TEE-LAN-M', quantity: 1, reason: 'damaged' },
      { sku: 'TEE-LAN-M', quantity: 1, reason: 'size_or_fit', note: '  too small  ' },
    ]);
    assert.equal(asked.status, 'requested');
    assert.deepEqual(asked.lines.map((l: any) => [l.sku, l.quantity, l.reason, l.note]), [['TEE-LAN-M', 1, 'damaged', null], ['TEE-LAN-M', 1, 'size_or_fit', 'too small']]);
    assert.equal(asked.label, null);
    const id: string = asked.id;
    assert.ok((await s.orderEvents(o.id)).includes('return.requested'));

    const mine = await s.call('GET', `${buyerReturns(o.number)}?email=${encodeURIComponent(o.email)}`);
    assert.equal(mine.status, 200, said(mine));
    assert.deepEqual(mine.body.items.map((r: any) => [r.id, r.status]), [[id, 'requested']]);
    assert.deepEqual(mine.body.returnable, [{ sku: 'TEE-LAN-M', left: 1 }, { sku: 'COF-ROB-250', left: 2 }]);
    const listed = await s.admin('GET', '/v1/admin/returns?status=requested');
    assert.ok(listed.body.items.some((r: any) => r.id === id && r.order === o.number && r.warehouse === 'nl-venlo'));
    assert.equal((await s.admin('GET', '/v1/admin/returns?status=refunded')).body.items.some((r: any) => r.id === id), false);

    // Out of order: nothing received or refunded before approval; 409 names the state.
    for (const name of ['receive', 'refund']) {
      const before = await returnCounts(s);
      const r = await s.admin('POST', adminReturn(id, name), { body: {} });
      assert.deepEqual(refusal(r), [409, 'RETURN_STATE_CONFLICT', ['status']], said(r));
      assert.match(r.body.detail, /the return is requested/);
      assert.deepEqual(await returnCounts(s), before);
    }

    // Approve: the return label comes from the test carrier, from the buyer's door to Venlo, posted in the Netherlands.
    const approved = await step(s, id, 'approve');
    assert.equal(approved.status, 'label_created');
    assert.ok(approved.approvedAt);
    const number: string = approved.label.trackingNumber;
    const s10 = parseS10(number);
    assert.ok(s10.ok, number);
    assert.deepEqual([s10.value.service, s10.value.country], ['CP', 'NL']);
    assert.deepEqual([approved.label.carrier, approved.label.service, approved.label.pdf], ['test', 'nl-postal-economy', `/v1/admin/returns/${id}/label`]);
    assert.notEqual(number, o.shipments[0].trackingNumber, 'not the outbound label');
    const pdf = await returnLabelText(s, id);
    assert.equal(pdf.contentType, 'application/pdf');
    assert.equal(pdf.head, '%PDF-');
    const [from, to] = [pdf.text.indexOf(o.address.name), pdf.text.indexOf('Venlo')];
    assert.ok(from >= 0 && to >= 0, pdf.text);
    assert.ok(pdf.text.includes(number), 'the label carries its tracking number');
    const again = await s.admin('POST', adminReturn(id, 'approve'), { body: {} });
    assert.deepEqual(refusal(again), [409, 'RETURN_STATE_CONFLICT', ['status']]);
    assert.match(again.body.detail, /the return is label_created/);
    assert.ok((await s.orderEvents(o.id)).includes('return.approved'));

    // The carrier picks the parcel up (two hours on): reading the return moves it to in_transit.
    const later = { ...s.deps, clock: () => new Date(s.deps.clock().getTime() + 3 * 3_600_000) };
    const tracked = await syncReturnTracking(later, (await returnRepository(s.deps).byId(id))!);
    assert.equal(tracked.moved, true);
    assert.deepEqual(tracked.events?.map((e) => e.status), ['label_created', 'picked_up']);
    const shown = await s.admin('GET', adminReturn(id));
    assert.equal(shown.body.status, 'in_transit', said(shown));
    assert.equal(shown.body.inTransitAt, tracked.events![1]!.at);
    assert.ok((await s.orderEvents(o.id)).includes('return.in_transit'));

    // Received: the damaged tee is set aside, the other goes back on the shelf at Venlo.
    const received = await step(s, id, 'receive', { lines: [{ sku: 'TEE-LAN-M', quantity: 1, restock: false }, { sku: 'TEE-LAN-M', quantity: 1, restock: true }] });
    assert.equal(received.status, 'received');
    assert.deepEqual(received.lines.map((l: any) => [l.reason, l.receivedQuantity, l.restockedQuantity]), [['damaged', 1, 0], ['size_or_fit', 1, 1]]);
    const stockAfter = (await s.levels('TEE-LAN-M'))['nl-venlo']!;
    assert.deepEqual([stockAfter.onHand, stockAfter.reserved], [stockBefore.onHand + 1, stockBefore.reserved]);
    const moves = await s.admin('GET', '/v1/admin/inventory/movements?sku=TEE-LAN-M&warehouse=nl-venlo&limit=1');
    assert.deepEqual([moves.body.items[0].kind, moves.body.items[0].quantity, moves.body.items[0].reference, moves.body.items[0].onHandAfter], ['return', 1, `return:${id}`, stockAfter.onHand]);
    assert.match(moves.body.items[0].reason, new RegExp(`return of ${o.number}`));
    assert.ok((await s.orderEvents(o.id)).includes('return.received'));

    // The relief record: the order, the export under the outbound tracking number with the carrier's
    // pickup and delivery times, the date it came back, and per line HS code, origin, units, value, duty, tax.
    const tracking = (await s.admin('GET', `/v1/admin/orders/${o.number}/tracking`)).body.shipments[0].events;
    const at = (status: string) => tracking.find((e: any) => e.status === status).at;
    assert.equal(received.relief.length, 1);
    const relief = received.relief[0];
    assert.deepEqual(
      [relief.orderNumber, relief.shipmentId, relief.exportTrackingNumber, relief.exportCountry, relief.importCountry, relief.incoterm, relief.paidBy, relief.shippedAt, relief.shippedSource, relief.deliveredAt, relief.deliveredSource, relief.receivedAt],
      [o.number, o.shipments[0].id, o.shipments[0].trackingNumber, 'NL', 'NL', 'DDP', 'seller', at('picked_up'), 'carrier', at('delivered'), 'carrier', received.receivedAt],
    );
    // Value: the tee line net of its VAT, 104.70 - 18.17 = 86.53, two units of three: floor(8653 x 2 / 3) = 5768; VAT floor(1817 x 2 / 3) = 1211.
    assert.deepEqual(relief.lines, [{ sku: 'TEE-LAN-M', title: o.lines[0].title, hsCode: '610910', originCountry: 'VN', quantity: 2, value: { amount: '57.68', currency: 'EUR' }, duties: { amount: '0.00', currency: 'EUR' }, taxes: { amount: '12.11', currency: 'EUR' }, taxScheme: 'DOMESTIC' }]);

    // Refund: the goods of the two tees, their Dutch VAT (no border crossed), and the delivery with its VAT
    // (6.40 + 1.17), because a line came back damaged (the default policy: the shop at fault).
    const refunded = await step(s, id, 'refund');
    assert.equal(refunded.status, 'refunded');
    assert.deepEqual(refunded.refund.total, { amount: '77.36', currency: 'EUR' });
    const parts = Object.fromEntries(refunded.refund.parts.map((p: any) => [p.part, [p.refunded.amount, p.keptBack.amount, p.rules.map((r: any) => [r.id, r.refundable])]]));
    assert.deepEqual(parts, {
      goods: ['57.68', '0.00', [['return.goods-received', true]]],
      duties: ['0.00', '0.00', [['refund.domestic-sale', true]]],
      taxes: ['12.11', '0.00', [['refund.domestic-sale', true]]],
      shipping: ['7.57', '0.00', [['return-policy.shipping.shop_at_fault', true]]],
      fees: ['0.00', '0.00', [['return-policy.fees', false]]],
    });
    assert.match(refunded.refund.parts[2].rules[0].source, /2006\/112\/EC art\. 90/);
    const order = (await s.admin('GET', `/v1/admin/orders/${o.number}`)).body;
    assert.equal(order.status, 'partially_refunded');
    assert.deepEqual(order.refunds.map((r: any) => [r.id, r.amount.amount, r.parts, r.lines]), [[refunded.refund.id, '77.36', { goods: '57.68', shipping: '7.57', duties: '0.00', taxes: '12.11', fees: '0.00' }, [{ sku: 'TEE-LAN-M', quantity: 2 }]]]);
    assert.equal(order.payments[0].refunded.amount, '77.36', "through the order's payment");
    assert.deepEqual(order.lines.map((l: any) => l.refundedQuantity), [2, 0]);
    const events = await s.orderEvents(o.id);
    assert.deepEqual(events.filter((e) => e.startsWith('return.')), ['return.approved', 'return.in_transit', 'return.received', 'return.refunded', 'return.requested']);
    const twice = await s.admin('POST', adminReturn(id, 'refund'), { body: {} });
    assert.deepEqual(refusal(twice), [409, 'RETURN_STATE_CONFLICT', ['status']]);
    assert.equal((await s.admin('GET', `/v1/admin/orders/${o.number}`)).body.refunds.length, 1, 'refunded once');

    // The last tee can still be returned; the two already back cannot be asked for again.
    const over = await s.call('POST', buyerReturns(o.number), { body: { email: o.email, lines: [{ sku: 'TEE-LAN-M', quantity: 2, reason: 'no_longer_needed' }] } });
    assert.deepEqual(refusal(over), [422, 'RETURN_NOT_RETURNABLE', ['lines[0].quantity']]);
    assert.match(over.body.detail, /only 1 unit of TEE-LAN-M can be returned \(3 shipped, 2 in returns already, 2 refunded\)/);
  });

  test('the second return of a line: the relief shares follow the first (units add up to the line), approved without a label, everything received by default', async () => {
    const o = await deliveredOrder(s, 'eu', 'NL', [{ sku: 'TEE-LAN-M', quantity: 3 }]);
    const first = await askReturn(s, o, [{ sku: 'TEE-LAN-M', quantity: 1, reason: 'size_or_fit' }]);
    await step(s, first.id, 'approve', { label: false });
    const one = await step(s, first.id, 'receive');
    const second = await askReturn(s, o, [{ sku: 'TEE-LAN-M', quantity: 2, reason: 'damaged' }]);
    const approved = await step(s, second.id, 'approve', { label: false });
    assert.deepEqual([approved.status, approved.label], ['approved', null]);
    const label = await s.admin('GET', adminReturn(second.id, 'label'));
    assert.deepEqual(refusal(label), [404, 'LABEL_NOT_FOUND', ['id']]);
    const before = (await s.levels('TEE-LAN-M'))['nl-venlo']!.onHand;
    const two = await step(s, second.id, 'receive');
    assert.deepEqual(two.lines.map((l: any) => [l.receivedQuantity, l.restockedQuantity]), [[2, 0]], 'damaged: received, not restocked');
    assert.equal((await s.levels('TEE-LAN-M'))['nl-venlo']!.onHand, before);
    // 8653 in three shares: floor(8653/3) = 2884, then 8653 - 2884 = 5769 for the last two units.
    const values = [one, two].map((r) => r.relief[0].lines[0].value.amount);
    assert.deepEqual(values, ['28.84', '57.69']);
    assert.equal(values.reduce((n, v) => n + Math.round(Number(v) * 100), 0), 8653);
  });
});
