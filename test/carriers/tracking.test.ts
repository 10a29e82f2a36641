import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { signTestCarrierWebhook } from '../../src/services/carriers/test-carrier-signature.js';
import { deliverTestCarrierEvents } from '../../src/services/carriers/test-carrier-delivery.js';
import { createDeps } from '../../src/services/deps.js';
import { describeWithDatabases } from '../support/test-database.js';
import { fields, placePaidOrder, readyCart, said, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { advance, buyLabel, carrierCounts, labelPath, onDapTerms } from './support.js';

describeWithDatabases('tracking over the test carrier\'s signed webhooks', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
    // Japan on DAP terms: duty and consumption tax are paid to the carrier on delivery.
    await onDapTerms(s, 'jp');
  });
  after(() => s.close());
  const order = async (number: string) => (await s.admin('GET', `/v1/admin/orders/${number}`)).body;
  const tracking = async (number: string) => (await s.admin('GET', `/v1/admin/orders/${number}/tracking`)).body;
  const statuses = async (number: string) => (await tracking(number)).shipments[0].events.map((e: any) => e.status);
  /** Everything a refused webhook must leave as it was. */
  const state = async (number: string, orderId: string) => ({ counts: await carrierCounts(s), order: (await order(number)).shipments.map((p: any) => [p.status, p.trackingNumber]), events: await s.orderEvents(orderId), tracking: await tracking(number) });
  const post = (body: string, headers: Record<string, string>) => fetch(`${s.base}/v1/carriers/test/webhooks`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }).then(async (r) => ({ status: r.status, body: await r.json() as any }));
  const signed = (body: string, options: { secret?: string; ageSeconds?: number } = {}) => {
    const ts = Math.round(s.deps.clock().getTime() / 1000) - (options.ageSeconds ?? 0);
    return { 'test-carrier-timestamp': String(ts), 'test-carrier-signature': signTestCarrierWebhook(options.secret ?? s.deps.carriers.testCarrier.webhookSecret, ts, body) };
  };
  const delivery = (id: string, events: Array<Record<string, unknown>>) => JSON.stringify({ id, type: 'tracking.updated', createdAt: s.deps.clock().toISOString(), events });

  test('a DAP parcel to Japan: picked up (shipped, fulfilled), held by customs with the duties due (raised to the operator, shown to the buyer), released, delivered (order delivered)', async () => {
    const cart = await readyCart(s, 'jp', 'JP', [{ sku: 'BAG-TOT-TAN', quantity: 1 }, { sku: 'TEE-LAN-M', quantity: 2 }]);
    const placed = await placePaidOrder(s, cart.id);
    const number: string = placed.number;
    assert.equal(placed.incoterm, 'DAP');
    const due = placed.totals.dueOnDelivery;
    assert.ok(Number(due.amount) > 0, JSON.stringify(placed.totals));
    const label = await buyLabel(s, number);
    assert.match(label.trackingNumber, /^CP\d{9}VN$/, 'posted in Vietnam');

    // Two hours on: picked up. The shipment ships under the label's number through the order's own transition.
    const first = await advance(s, 3);
    assert.deepEqual([first.delivered, first.events, first.retrying], [1, 1, 0]);
    const shipped = await order(number);
    assert.deepEqual([shipped.status, shipped.shipments[0].status, shipped.shipments[0].trackingNumber], ['fulfilled', 'shipped', label.trackingNumber]);
    assert.deepEqual(await s.orderEvents(placed.id), ['order.created', 'order.fulfilled', 'order.paid', 'shipment.created', 'shipment.labelled']);
    const late = await s.admin('DELETE', labelPath(number));
    assert.deepEqual([late.status, late.body.code], [409, 'LABEL_STATE_CONFLICT'], 'no void after pickup');

    // A day and a half on: through the sorting hub and held by Japanese customs until the duties are paid.
    await advance(s, 31);
    assert.deepEqual(await statuses(number), ['picked_up', 'in_transit', 'customs_hold']);
    const held = await tracking(number);
    assert.deepEqual(held.shipments[0].awaitingPayment, due);
    assert.deepEqual(held.shipments[0].events[2].amountDue, due);
    assert.equal(held.shipments[0].events[2].location, 'Testville, JP');
    assert.match(held.shipments[0].events[2].description, /Held by customs/);
    const buyer = await s.call('GET', `/v1/orders/${number}/tracking?email=${encodeURIComponent(placed.email)}`);
    assert.equal(buyer.status, 200, said(buyer));
    assert.deepEqual(buyer.body.shipments[0].awaitingPayment, due);
    assert.deepEqual(buyer.body.shipments[0].events.map((e: any) => e.status), ['picked_up', 'in_transit', 'customs_hold']);
    assert.equal('description' in buyer.body.shipments[0].events[0], false, "the carrier's words are for the operator");
    const outbox = await s.deps.database.orm.query.outboxEvents.findMany({ where: (e, { and, eq }) => and(eq(e.type, 'shipment.customs_hold'), eq(e.subjectId, placed.id)) });
    assert.equal(outbox.length, 1);
    assert.deepEqual([outbox[0]!.payload.amountDue, outbox[0]!.payload.incoterm, outbox[0]!.payload.trackingNumber], [due, 'DAP', label.trackingNumber]);

    // A week on: released, out for delivery, delivered.
    await advance(s, 24 * 7);
    assert.deepEqual(await statuses(number), ['picked_up', 'in_transit', 'customs_hold', 'customs_released', 'out_for_delivery', 'delivered']);
    const done = await order(number);
    assert.deepEqual([done.status, done.shipments[0].status], ['delivered', 'delivered']);
    assert.ok(done.shipments[0].deliveredAt);
    assert.deepEqual(await s.orderEvents(placed.id), ['order.created', 'order.delivered', 'order.fulfilled', 'order.paid', 'shipment.created', 'shipment.customs_hold', 'shipment.delivered', 'shipment.labelled']);
    assert.equal((await tracking(number)).shipments[0].awaitingPayment, null, 'nothing awaits payment once released');
    assert.deepEqual(await advance(s, 24 * 30), { attempted: 0, delivered: 0, retrying: 0, failed: 0, events: 0 }, 'the schedule is played out');

    const stranger = await s.call('GET', `/v1/orders/${number}/tracking?email=someone-else%40example.com`);
    assert.deepEqual([stranger.status, stranger.body.code], [404, 'ORDER_NOT_FOUND'], 'a wrong email answers as an unknown order');
  });

  test('returned to sender: the shipment is returned, the order stays fulfilled, the operator hears of it', async () => {
    const placed = await placePaidOrder(s, (await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }])).id);
    await buyLabel(s, placed.number, { testScenario: 'returned' });
    await advance(s, 24 * 10);
    assert.deepEqual(await statuses(placed.number), ['picked_up', 'in_transit', 'out_for_delivery', 'delivery_failed', 'returned_to_sender']);
    const back = await order(placed.number);
    assert.deepEqual([back.status, back.shipments[0].status], ['fulfilled', 'returned']);
    assert.ok((await s.orderEvents(placed.id)).includes('shipment.returned'));
  });

  test('a receiver that does not answer gets the events again later, in order', async () => {
    const placed = await placePaidOrder(s, (await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }])).id);
    await buyLabel(s, placed.number);
    const down = createDeps(s.deps.database, { version: 'test', clock: s.deps.clock, carriers: { testCarrierWebhookUrl: 'http://127.0.0.1:9/v1/carriers/test/webhooks', testCarrierWebhookSecret: s.deps.carriers.testCarrier.webhookSecret } });
    const failed = await deliverTestCarrierEvents(down, { now: new Date(s.deps.clock().getTime() + 12 * 3_600_000), timeoutMs: 2_000 });
    assert.deepEqual([failed.attempted, failed.delivered, failed.retrying], [1, 0, 1]);
    assert.deepEqual(await statuses(placed.number), [], 'nothing arrived');
    const retried = await advance(s, 13);
    assert.deepEqual([retried.delivered, retried.events], [1, 2], 'picked up and in transit, in one delivery');
    assert.deepEqual(await statuses(placed.number), ['picked_up', 'in_transit']);
  });

  test('forged, stale, replayed and unknown deliveries are refused and change nothing; events seen before are dropped', async () => {
    const placed = await placePaidOrder(s, (await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }])).id);
    const label = await buyLabel(s, placed.number);
    const pickup = { id: 'tce_forged0001', shipmentId: label.carrierShipmentId, trackingNumber: label.trackingNumber, status: 'picked_up', occurredAt: s.deps.clock().toISOString(), location: 'Venlo, NL', description: 'Picked up', amountDue: null };
    const body = delivery('dlv_handmade0001', [pickup]);
    const before = await state(placed.number, placed.id);

    const forged = await post(body, signed(body, { secret: 'not-the-carrier-secret-at-all' }));
    assert.deepEqual([forged.status, forged.body.code, fields({ body: forged.body } as any)], [401, 'WEBHOOK_UNAUTHENTICATED', ['headers.test-carrier-signature']]);
    const unsigned = await post(body, {});
    assert.deepEqual([unsigned.status, unsigned.body.code], [401, 'WEBHOOK_UNAUTHENTICATED']);
    const tampered = await post(body.replace('Venlo', 'Vienna'), signed(body));
    assert.deepEqual([tampered.status, tampered.body.code], [401, 'WEBHOOK_UNAUTHENTICATED'], 'a body changed after signing');
    const stale = await post(body, signed(body, { ageSeconds: 600 }));
    assert.deepEqual([stale.status, stale.body.code, fields({ body: stale.body } as any)], [401, 'WEBHOOK_UNAUTHENTICATED', ['headers.test-carrier-timestamp']]);
    assert.match(stale.body.detail, /signed 600 s ago; at most 300 s/);
    const unknownBody = delivery('dlv_handmade0002', [{ ...pickup, id: 'tce_forged0002', trackingNumber: 'CP999999990NL' }]);
    const unknown = await post(unknownBody, signed(unknownBody));
    assert.deepEqual([unknown.status, unknown.body.code, fields({ body: unknown.body } as any)], [404, 'TRACKING_NUMBER_UNKNOWN', ['events[0].trackingNumber']]);
    assert.deepEqual(await state(placed.number, placed.id), before, 'forged, unsigned, tampered, stale and unknown deliveries changed nothing');
    const genuine = await post(body, signed(body));
    assert.equal(genuine.status, 200, 'the genuine one goes through');
    assert.deepEqual([genuine.body.deliveryId, genuine.body.stored, genuine.body.applied], ['dlv_handmade0001', 1, [`${placed.number}/0 shipped`]]);

    const afterGenuine = await state(placed.number, placed.id);
    assert.deepEqual(afterGenuine.order, [['shipped', label.trackingNumber]]);
    assert.equal(afterGenuine.counts.events, before.counts.events + 1);
    const replayed = await post(body, signed(body));
    assert.deepEqual([replayed.status, replayed.body.code], [409, 'WEBHOOK_REPLAYED']);
    assert.deepEqual(await state(placed.number, placed.id), afterGenuine, 'a replay changes nothing');

    // The same event in a new delivery: accepted, dropped as seen.
    const again = delivery('dlv_handmade0003', [pickup]);
    const dup = await post(again, signed(again));
    assert.equal(dup.status, 200);
    assert.deepEqual([dup.body.stored, dup.body.duplicates, dup.body.applied], [0, 1, []]);
    assert.deepEqual(await state(placed.number, placed.id), afterGenuine);

    const nobody = await fetch(`${s.base}/v1/carriers/nobody/webhooks`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signed(body) } });
    assert.deepEqual([nobody.status, ((await nobody.json()) as any).code], [404, 'CARRIER_NOT_FOUND']);
  });

  test('refusals leave everything as it was (checked before any genuine delivery)', async () => {
    const placed = await placePaidOrder(s, (await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }])).id);
    const label = await buyLabel(s, placed.number);
    const event = { id: 'tce_refused0001', shipmentId: label.carrierShipmentId, trackingNumber: label.trackingNumber, status: 'delivered', occurredAt: s.deps.clock().toISOString(), location: 'Berlin, DE', description: 'Delivered', amountDue: null };
    const body = delivery('dlv_refused0001', [event]);
    const before = await state(placed.number, placed.id);
    assert.equal((await post(body, signed(body, { secret: 'tcwhsec_guessed_secret_value' }))).status, 401);
    assert.equal((await post(body, signed(body, { ageSeconds: -900 }))).status, 401, 'from the future too');
    const mixed = delivery('dlv_refused0002', [event, { ...event, id: 'tce_refused0002', trackingNumber: 'TC0000000070' }]);
    const r = await post(mixed, signed(mixed));
    assert.deepEqual([r.status, fields({ body: r.body } as any)], [404, ['events[1].trackingNumber']], 'one unknown number refuses the whole delivery');
    assert.deepEqual(await state(placed.number, placed.id), before);
    // The refused delivery id was not kept: once right, it is taken.
    const fixed = delivery('dlv_refused0002', [event]);
    const ok = await post(fixed, signed(fixed));
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.deepEqual(ok.body.applied, [`${placed.number}/0 shipped`, `${placed.number}/0 delivered`]);
    assert.equal((await order(placed.number)).status, 'delivered');
  });
});
