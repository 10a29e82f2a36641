import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseCourierNumber } from '../../src/core/carriers/courier-number.js';
import { parseS10 } from '../../src/core/carriers/s10.js';
import { createTestCarrier } from '../../src/services/carriers/test-carrier.js';
import { formatAmount } from '../../src/core/money/money.js';
import { quoteRate } from '../../src/core/shipping/quote-rate.js';
import { DEMO_RATE_CARDS } from '../../src/data/demo/shipping.js';
import { describeWithDatabases } from '../support/test-database.js';
import { checkout, fields, placePaidOrder, readyCart, said, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { activeParcels, buyLabel, carrierCounts, labelPath, labelText } from './support.js';

describeWithDatabases('carrier labels from the test carrier', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
  });
  after(() => s.close());
  const order = async (number: string) => (await s.admin('GET', `/v1/admin/orders/${number}`)).body;

  test('a label for a paid EU order: S10 number, the card price, a real PDF with the parcel on it; idempotent by shipment; voided, then bought anew', async () => {
    const lines = [{ sku: 'TEE-LAN-M', quantity: 3 }, { sku: 'COF-ROB-250', quantity: 2 }];
    const cart = await readyCart(s, 'eu', 'DE', lines);
    const placed = await placePaidOrder(s, cart.id);
    const number: string = placed.number;
    assert.deepEqual(placed.shipments.map((p: any) => [p.warehouse, p.service, p.channel]), [['nl-venlo', 'nl-postal-economy', 'postal']]);

    const label = await buyLabel(s, number);
    const s10 = parseS10(label.trackingNumber);
    assert.ok(s10.ok, `${label.trackingNumber}: ${s10.ok ? '' : s10.message}`);
    assert.deepEqual([s10.value.service, s10.value.country], ['CP', 'NL'], 'a parcel posted in the Netherlands');
    assert.deepEqual([label.carrier, label.service, label.status, label.order, label.shipment.position, label.voidedAt], ['test', 'nl-postal-economy', 'active', number, 0, null]);
    // The test carrier charges the store's own rate card for the parcel's weight (the lines' weights).
    const weightG = (await s.deps.orders.byNumber(number))!.lines.reduce((sum, l) => sum + l.weightG, 0);
    const quoted = quoteRate(DEMO_RATE_CARDS.find((c) => c.service === 'nl-postal-economy' && c.warehouse === 'nl-venlo')!.card, { weightG, volumeMm3: 0 }, { country: 'DE', postalCode: cart.address.postalCode });
    assert.ok(quoted.ok);
    const card = { amount: formatAmount({ amount: quoted.value.total, currency: quoted.value.currency }), currency: quoted.value.currency };
    assert.deepEqual(label.cost, card);

    const labelled = await order(number);
    assert.deepEqual([labelled.status, labelled.shipments[0].status, labelled.shipments[0].trackingNumber], ['paid', 'labelled', label.trackingNumber]);
    assert.ok((await s.orderEvents(placed.id)).includes('shipment.labelled'));

    const pdf = await labelText(s, number);
    assert.equal(pdf.contentType, 'application/pdf');
    assert.equal(new TextDecoder().decode(pdf.bytes.slice(0, 5)), '%PDF-');
    for (const expected of [label.trackingNumber, 'LANDFALL TEST CARRIER', 'nl-postal-economy', 'Ana Buyer', cart.address.lines[0], '10115 Testville', 'Venlo', 'Weight 1.', 'Within the EU customs union']) {
      assert.ok(pdf.text.includes(expected), `the label shows "${expected}":\n${pdf.text}`);
    }

    const again = await buyLabel(s, number, undefined, 200);
    assert.deepEqual([again.id, again.trackingNumber], [label.id, label.trackingNumber], 'a second call answers the same label');
    assert.equal(await activeParcels(s, placed.shipments[0].id), 1, 'and the carrier sold one');

    const voided = await s.admin('DELETE', labelPath(number));
    assert.equal(voided.status, 200, said(voided));
    assert.deepEqual([voided.body.status, voided.body.trackingNumber], ['voided', label.trackingNumber]);
    assert.ok(voided.body.voidedAt);
    const planned = await order(number);
    assert.deepEqual([planned.status, planned.shipments[0].status, planned.shipments[0].trackingNumber], ['paid', 'planned', null]);
    assert.equal((await s.admin('GET', labelPath(number))).status, 404);
    const twice = await s.admin('DELETE', labelPath(number));
    assert.deepEqual([twice.status, twice.body.code], [404, 'LABEL_NOT_FOUND']);
    assert.equal(await activeParcels(s, placed.shipments[0].id), 0, 'the carrier voided it too');

    const fresh = await buyLabel(s, number);
    assert.notEqual(fresh.trackingNumber, label.trackingNumber);
    assert.ok(parseS10(fresh.trackingNumber).ok);
  });

  test('refused with nothing changed: a cancelled order, an unpaid order, a shipment that does not exist; an order with a label cannot be cancelled', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const placed = await placePaidOrder(s, cart.id);
    const cancelled = await s.admin('POST', `/v1/admin/orders/${placed.number}/cancel`, { body: { reason: 'buyer asked' } });
    assert.equal(cancelled.status, 200, said(cancelled));
    const before = await carrierCounts(s);
    const r = await s.admin('POST', labelPath(placed.number));
    assert.deepEqual([r.status, r.body.code, fields(r)], [409, 'ORDER_STATE_CONFLICT', ['status']], said(r));
    assert.match(r.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.deepEqual(await carrierCounts(s), before, 'no label, no parcel at the carrier');
    assert.deepEqual((await order(placed.number)).shipments.map((p: any) => [p.status, p.trackingNumber]), [['planned', null]]);

    const unpaidCart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const unpaid = await checkout(s, unpaidCart.id);
    assert.equal(unpaid.status, 201, said(unpaid));
    const early = await s.admin('POST', labelPath(unpaid.body.order.number));
    assert.deepEqual([early.status, early.body.code, fields(early)], [409, 'ORDER_STATE_CONFLICT', ['status']], said(early));
    assert.match(early.body.detail, /awaiting payment/);
    assert.deepEqual(await carrierCounts(s), before);

    const none = await s.admin('POST', labelPath(placed.number, 3));
    assert.deepEqual([none.status, none.body.code, fields(none)], [404, 'ORDER_NOT_FOUND', ['position']]);
    const badBody = await s.admin('POST', labelPath(placed.number), { body: { colour: 'red' } });
    assert.deepEqual([badBody.status, fields(badBody)], [400, ['colour']]);
    const noScenario = await s.admin('POST', labelPath(placed.number), { body: { testScenario: 'lost_at_sea' } });
    assert.equal(noScenario.status, 409, 'the cancelled order is refused before the scenario is read');

    const other = await placePaidOrder(s, (await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }])).id);
    const unknownScenario = await s.admin('POST', labelPath(other.number), { body: { testScenario: 'lost_at_sea' } });
    assert.deepEqual([unknownScenario.status, fields(unknownScenario)], [400, ['testScenario']], said(unknownScenario));
    const label = await buyLabel(s, other.number);
    const cancel = await s.admin('POST', `/v1/admin/orders/${other.number}/cancel`, { body: { reason: 'changed mind' } });
    assert.deepEqual([cancel.status, cancel.body.code, fields(cancel)], [409, 'ORDER_STATE_CONFLICT', ['shipments[0]']], said(cancel));
    assert.equal((await order(other.number)).status, 'paid');
    assert.equal((await s.admin('DELETE', labelPath(other.number))).status, 200);
    assert.equal((await s.admin('POST', `/v1/admin/orders/${other.number}/cancel`, { body: { reason: 'changed mind' } })).status, 200, `cancelled once ${label.trackingNumber} is voided`);
  });

  test('a labelled parcel shipped by hand ships under its label\'s number only', async () => {
    const placed = await placePaidOrder(s, (await readyCart(s, 'eu', 'DE', [{ sku: 'COF-ROB-250', quantity: 1 }])).id);
    const label = await buyLabel(s, placed.number);
    const ship = (trackingNumber: string) => s.admin('POST', `/v1/admin/orders/${placed.number}/shipments/0/ship`, { body: { trackingNumber } });
    const other = await ship('RR123456785NL');
    assert.deepEqual([other.status, other.body.code, fields(other)], [409, 'ORDER_STATE_CONFLICT', ['trackingNumber']], said(other));
    assert.equal((await order(placed.number)).shipments[0].status, 'labelled');
    const same = await ship(label.trackingNumber);
    assert.equal(same.status, 200, said(same));
    assert.deepEqual([same.body.status, same.body.shipments[0].status, same.body.shipments[0].trackingNumber], ['fulfilled', 'shipped', label.trackingNumber]);
    const voided = await s.admin('DELETE', labelPath(placed.number));
    assert.deepEqual([voided.status, voided.body.code], [409, 'LABEL_STATE_CONFLICT'], 'the parcel has gone');
  });

  test('a parcel stopped by the restricted-goods rules gets no label (GOODS_RESTRICTED, the line named)', async () => {
    const created = await s.admin('POST', '/v1/admin/products', {
      body: { handle: 'replica-pistol', status: 'active', hsCode: '442090', originCountry: 'VN', translations: { en: { title: 'Carved wooden replica pistol' } }, variants: [{ sku: 'RG-PISTOL', price: { amount: '40.00', currency: 'USD' }, weightKg: '0.6' }] },
    });
    assert.equal(created.status, 201, said(created));
    assert.equal((await s.admin('POST', '/v1/admin/inventory/movements', { body: { sku: 'RG-PISTOL', warehouse: 'vn-hoian', kind: 'receipt', quantity: 5, reason: 'test stock' } })).status, 201);
    const licence = await s.admin('POST', '/v1/admin/restrictions/licences', { body: { rule: 'au.imitation-firearms', destination: 'AU', reference: 'B709-2026-0042', validFrom: '2026-01-01' } });
    assert.equal(licence.status, 201, said(licence));
    const placed = await placePaidOrder(s, (await readyCart(s, 'au', 'AU', [{ sku: 'RG-PISTOL', quantity: 1 }])).id);
    assert.equal((await s.admin('DELETE', `/v1/admin/restrictions/licences/${licence.body.id}`)).status, 204);
    const before = await carrierCounts(s);
    const r = await s.admin('POST', labelPath(placed.number));
    assert.deepEqual([r.status, r.body.code, fields(r)], [422, 'GOODS_RESTRICTED', ['lines.RG-PISTOL']], said(r));
    assert.match(r.body.detail, /au\.imitation-firearms/);
    assert.deepEqual(await carrierCounts(s), before);
    assert.equal((await order(placed.number)).shipments[0].status, 'planned');
  });

  test('courier labels carry a TC number with its mod-7 check digit; the carrier refuses a service it has no rate for', async () => {
    const carrier = createTestCarrier(s.deps);
    const request = {
      reference: 'courier-test-1',
      service: 'nl-express',
      channel: 'courier' as const,
      incoterm: 'DDP' as const,
      from: { name: 'Landfall demo', lines: ['Industrieweg 1'], city: 'Venlo', postalCode: '5928 PA', country: 'NL' },
      to: { name: 'Bea Buyer', lines: ['1 Rue de Test'], city: 'Paris', postalCode: '75001', country: 'FR' },
      parcel: { weightG: 1200, dimensionsMm: { length: 300, width: 200, height: 100 }, contents: [{ sku: 'TEE-LAN-M', description: 'Linen tee', hsCode: '610910', originCountry: 'VN', quantity: 2, valueMinor: 6980, currency: 'EUR', netWeightG: 400 }] },
    };
    const label = await carrier.createLabel(request);
    assert.ok(label.ok, label.ok ? '' : label.message);
    const checked = parseCourierNumber(label.value.trackingNumber);
    assert.ok(checked.ok, label.value.trackingNumber);
    assert.equal(Number(checked.value.serial) % 7, checked.value.checkDigit);
    const same = await carrier.createLabel(request);
    assert.deepEqual(same.ok && same.value.trackingNumber, label.value.trackingNumber, 'the same reference buys one label');
    const noRate = await carrier.createLabel({ ...request, reference: 'courier-test-2', service: 'us-express' });
    assert.deepEqual(noRate.ok ? null : [noRate.code, noRate.field], ['CARRIER_REFUSED', 'service']);
    const rates = await carrier.rates(request);
    assert.ok(rates.ok);
    assert.deepEqual(rates.value.map((r) => r.service).sort(), ['nl-express', 'nl-postal-economy']);
    const tracked = await carrier.track(label.value.trackingNumber);
    assert.deepEqual(tracked.ok && tracked.value.map((e) => e.status), ['label_created'], 'nothing has happened yet');
    assert.deepEqual(await carrier.voidLabel({ carrierShipmentId: label.value.carrierShipmentId, trackingNumber: label.value.trackingNumber }), { ok: true, value: { voided: true } });
  });
});
