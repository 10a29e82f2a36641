import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { CarrierAddress, LabelRequest, ParcelContent, RateRequest } from '../../src/core/carriers/carrier.js';
import { EASYPOST_DEFAULT_BASE_URL, type EasyPostConfig } from '../../src/config/load-config.js';
import { createEasyPostAdapter, isEasyPostEnabled, signEasyPostWebhook, type Fetcher } from '../../src/services/carriers/easypost.js';
import { landfallField } from '../../src/services/carriers/easypost/errors.js';
import { landfallStatus } from '../../src/services/carriers/easypost/tracking.js';
import { formatTenths, gramsToTenthsOfOunce, majorTextToMinor, millimetresToTenthsOfInch, minorToMajorText } from '../../src/services/carriers/easypost/units.js';
import { EASYPOST_TEST_KEY, startFakeEasyPost, type FakeEasyPost } from './easypost-server.js';

const SECRET = 'whsec-landfall-easypost-0123456789';

const from: CarrierAddress = {
  name: 'Landfall Test Shop', company: 'Landfall Ltd', lines: ['417 Montgomery Street', '5th Floor', 'Suite 2'], city: 'San Francisco',
  region: 'CA', postalCode: '94104', country: 'US', phone: '4153334445', email: 'ship@landfall.test',
};
const to: CarrierAddress = { name: 'Erika Mustermann', lines: ['Heidestraße 17'], city: 'Köln', postalCode: '51147', country: 'de', email: 'erika@example.de' };
const contents: ParcelContent[] = [
  { sku: 'MUG-1', description: 'Ceramic mug', hsCode: '6912.00.48', originCountry: 'PT', quantity: 2, valueMinor: 2500, currency: 'USD', netWeightG: 700 },
  { sku: 'TEE-1', description: 'Cotton T-shirt', hsCode: '610910', originCountry: 'bd', quantity: 1, valueMinor: 1999, currency: 'USD', netWeightG: 180 },
];
const rateRequest: RateRequest = { from, to, parcel: { weightG: 1000, dimensionsMm: { length: 300, width: 200, height: 100 }, contents } };
const labelRequest = (reference: string, over: Partial<LabelRequest> = {}): LabelRequest => ({
  ...rateRequest, reference, service: 'USPS:Priority', channel: 'courier', incoterm: 'DDP', registrations: { IOSS: 'IM2760000742', EORI: 'DE123456789012345' }, ...over,
});

describe('EasyPost adapter against a local server in EasyPost\'s documented shapes', () => {
  let ep: FakeEasyPost;
  let config: EasyPostConfig;
  const adapter = () => createEasyPostAdapter(config, fetch, { retryDelayMs: 0 });
  before(async () => {
    ep = await startFakeEasyPost();
    config = { apiKey: EASYPOST_TEST_KEY, webhookSecret: SECRET, baseUrl: `${ep.baseUrl}/v2` };
  });
  after(() => ep.close());
  beforeEach(() => {
    ep.pngLabels = false;
    ep.refundStatus = 'submitted';
  });

  test('rates: one shipment created with Basic auth, addresses, parcel in oz/in rounded up, customs items; amounts exact', async () => {
    const before = ep.requests.length;
    const r = await adapter().rates(rateRequest);
    assert.ok(r.ok, JSON.stringify(r));
    const sent = ep.requests.slice(before);
    assert.deepEqual(sent.map((x) => `${x.method} ${x.path}`), ['POST /v2/shipments']);
    assert.equal(sent[0]!.authorization, `Basic ${Buffer.from(`${EASYPOST_TEST_KEY}:`).toString('base64')}`);
    const s = sent[0]!.body!.shipment;
    assert.deepEqual(s.from_address, {
      name: 'Landfall Test Shop', company: 'Landfall Ltd', street1: '417 Montgomery Street', street2: '5th Floor, Suite 2', city: 'San Francisco',
      state: 'CA', zip: '94104', country: 'US', phone: '4153334445', email: 'ship@landfall.test',
    });
    assert.deepEqual(s.to_address, { name: 'Erika Mustermann', street1: 'Heidestraße 17', city: 'Köln', zip: '51147', country: 'DE', email: 'erika@example.de' });
    // 300 x 200 x 100 mm = 11.81 x 7.87 x 3.94 in; 1000 g = 35.27 oz: each rounded up to the tenth.
    assert.deepEqual(s.parcel, { length: '11.9', width: '7.9', height: '4.0', weight: '35.3' });
    assert.deepEqual(s.customs_info, {
      customs_certify: true, customs_signer: 'Landfall Test Shop', contents_type: 'merchandise', contents_explanation: '', restriction_type: 'none',
      restriction_comments: '', non_delivery_option: 'return', eel_pfc: 'NOEEI 30.37(a)',
      customs_items: [
        { description: 'Ceramic mug', quantity: 2, value: '25.00', currency: 'USD', weight: '24.7', hs_tariff_number: '69120048', origin_country: 'PT', code: 'MUG-1' },
        { description: 'Cotton T-shirt', quantity: 1, value: '19.99', currency: 'USD', weight: '6.4', hs_tariff_number: '610910', origin_country: 'BD', code: 'TEE-1' },
      ],
    });
    assert.equal(s.reference, undefined, 'rating buys nothing and carries no reference');
    assert.deepEqual(r.value.map((x) => [x.carrier, x.service, x.amountMinor, x.currency, x.transitDays]), [
      ['USPS', 'USPS:GroundAdvantage', 679, 'USD', { min: 3, max: 3 }],
      ['USPS', 'USPS:Priority', 747, 'USD', { min: 2, max: 2 }],
      ['DHLExpress', 'DHLExpress:ExpressWorldwideNonDoc', 3105, 'USD', { min: 4, max: 4 }],
      ['USPS', 'USPS:Express', 4960, 'USD', null],
    ]);
    assert.ok(r.value.every((x) => x.rateId?.startsWith('rate_')));
  });

  test('rates: a domestic parcel has no customs; no rates is the carriers\' refusal in their words', async () => {
    const n = ep.requests.length;
    const domestic = await adapter().rates({ from, to: { ...to, country: 'US', region: 'NY', postalCode: '10001', city: 'New York' }, parcel: { weightG: 28, contents: [] } });
    assert.ok(domestic.ok);
    const s = ep.requests[n]!.body!.shipment;
    assert.equal(s.customs_info, undefined);
    assert.deepEqual(s.parcel, { weight: '1.0' }, '28 g = 0.988 oz, rounded up; no dimensions sent when unknown');
    const none = await adapter().rates({ ...rateRequest, to: { ...to, country: 'KP' } });
    assert.equal(none.ok, false);
    if (!none.ok) {
      assert.equal(none.code, 'CARRIER_REFUSED');
      assert.match(none.message, /USPS: Destination country is not served/);
    }
  });

  test('bad input is refused naming the line and field, and nothing is sent', async () => {
    const n = ep.requests.length;
    const cases: Array<[RateRequest, string]> = [
      [{ ...rateRequest, parcel: { ...rateRequest.parcel, contents: [contents[0]!, { ...contents[1]!, hsCode: '' }] } }, 'parcel.contents[1].hsCode'],
      [{ ...rateRequest, parcel: { ...rateRequest.parcel, contents: [{ ...contents[0]!, originCountry: '' }] } }, 'parcel.contents[0].originCountry'],
      [{ ...rateRequest, parcel: { ...rateRequest.parcel, contents: [] } }, 'parcel.contents'],
      [{ ...rateRequest, parcel: { ...rateRequest.parcel, weightG: 0 } }, 'parcel.weightG'],
      [{ ...rateRequest, parcel: { ...rateRequest.parcel, weightG: 12.5 } }, 'parcel.weightG'],
      [{ ...rateRequest, parcel: { ...rateRequest.parcel, dimensionsMm: { length: 10, width: -1, height: 10 } } }, 'parcel.dimensionsMm.width'],
      [{ ...rateRequest, to: { ...to, lines: [] } }, 'to.lines[0]'],
      [{ ...rateRequest, from: { ...from, country: 'USA' } }, 'from.country'],
      [{ ...rateRequest, parcel: { ...rateRequest.parcel, contents: [{ ...contents[0]!, currency: 'XYZ' }] } }, 'parcel.contents[0].currency'],
    ];
    for (const [request, field] of cases) {
      const r = await adapter().rates(request);
      assert.equal(r.ok, false, field);
      if (!r.ok) {
        assert.equal(r.code, 'VALIDATION_FAILED');
        assert.equal(r.field, field);
      }
    }
    const label = await adapter().createLabel(labelRequest('LF-BAD-1', { registrations: { US_SALES_TAX: 'CA-123456' } }));
    assert.equal(label.ok, false);
    if (!label.ok) assert.equal(label.field, 'registrations.US_SALES_TAX');
    assert.equal(ep.requests.length, n, 'EasyPost was not called');
  });

  test('createLabel: reference, PDF label format, Incoterm and tax ids sent; the rate bought; the PDF downloaded without the key', async () => {
    const before = ep.requests.length;
    const r = await adapter().createLabel(labelRequest('LF-SHIP-0001'));
    assert.ok(r.ok, JSON.stringify(r));
    const sent = ep.requests.slice(before);
    assert.deepEqual(sent.map((x) => `${x.method} ${x.path.replace(/shp_\w+/, 'shp_*')}`), [
      'GET /v2/shipments/LF-SHIP-0001',
      'POST /v2/shipments',
      'POST /v2/shipments/shp_*/buy',
      'GET /files/postage_label/shp_*.pdf',
    ]);
    const s = sent[1]!.body!.shipment;
    assert.equal(s.reference, 'LF-SHIP-0001');
    assert.deepEqual(s.options, { label_format: 'PDF', incoterm: 'DDP' });
    assert.deepEqual(s.tax_identifiers, [
      { entity: 'SENDER', tax_id: 'IM2760000742', tax_id_type: 'IOSS', issuing_country: 'DE' },
      { entity: 'SENDER', tax_id: 'DE123456789012345', tax_id_type: 'EORI', issuing_country: 'DE' },
    ]);
    const shipment = ep.shipments.get(r.value.carrierShipmentId)!;
    const priority = shipment.rates.find((x: { service: string }) => x.service === 'Priority');
    assert.deepEqual(sent[2]!.body, { rate: { id: priority.id } });
    assert.equal(sent[3]!.authorization, undefined, 'the API key is not sent to the label file host');
    assert.deepEqual(
      { carrier: r.value.carrier, service: r.value.service, trackingNumber: r.value.trackingNumber, costMinor: r.value.costMinor, currency: r.value.currency },
      { carrier: 'USPS', service: 'USPS:Priority', trackingNumber: shipment.tracking_code, costMinor: 747, currency: 'USD' },
    );
    assert.deepEqual(Buffer.from(r.value.pdf), Buffer.from(ep.labelPdf));
    assert.equal(Buffer.from(r.value.pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
  });

  test('createLabel again for the same shipment id buys nothing more and returns the same label', async () => {
    const buys = ep.count('POST /shipments/:id/buy');
    const creates = ep.count('POST /shipments');
    const first = await adapter().createLabel(labelRequest('LF-SHIP-0002'));
    const second = await adapter().createLabel(labelRequest('LF-SHIP-0002'));
    assert.ok(first.ok && second.ok);
    assert.equal(second.value.trackingNumber, first.value.trackingNumber);
    assert.equal(second.value.carrierShipmentId, first.value.carrierShipmentId);
    assert.equal(ep.count('POST /shipments/:id/buy'), buys + 1);
    assert.equal(ep.count('POST /shipments'), creates + 1);
    const other = await adapter().createLabel(labelRequest('LF-SHIP-0002', { service: 'USPS:Express' }));
    assert.equal(other.ok, false, 'another service for a shipment that has a label must be voided first');
    if (!other.ok) assert.equal(other.field, 'service');
    assert.equal(ep.count('POST /shipments/:id/buy'), buys + 1);
  });

  test('a buy whose answer is lost is found by reference on the retry: one label, not two', async () => {
    const buys = ep.count('POST /shipments/:id/buy');
    ep.dropAnswerOnce('POST /shipments/:id/buy');
    const lost = await adapter().createLabel(labelRequest('LF-SHIP-0003'));
    assert.equal(lost.ok, false);
    if (!lost.ok) assert.equal(lost.code, 'CARRIER_UNAVAILABLE');
    assert.equal(ep.count('POST /shipments/:id/buy'), buys + 1, 'the POST is not retried');
    const retried = await adapter().createLabel(labelRequest('LF-SHIP-0003'));
    assert.ok(retried.ok, JSON.stringify(retried));
    assert.equal(ep.count('POST /shipments/:id/buy'), buys + 1);
    assert.equal([...ep.shipments.values()].filter((s) => s.reference === 'LF-SHIP-0003').length, 1);
  });

  test('a refused buy (402) changes nothing; the next attempt reuses the unbought shipment', async () => {
    ep.failNext('POST /shipments/:id/buy', 1, 402, { error: { code: 'PAYMENT_REQUIRED', message: 'Insufficient funds.', errors: [] } });
    const refused = await adapter().createLabel(labelRequest('LF-SHIP-0004'));
    assert.equal(refused.ok, false);
    if (!refused.ok) {
      assert.equal(refused.code, 'CARRIER_REFUSED');
      assert.match(refused.message, /PAYMENT_REQUIRED: Insufficient funds/);
    }
    const shipment = [...ep.shipments.values()].find((s) => s.reference === 'LF-SHIP-0004')!;
    assert.equal(shipment.postage_label, null);
    const creates = ep.count('POST /shipments');
    const ok = await adapter().createLabel(labelRequest('LF-SHIP-0004'));
    assert.ok(ok.ok);
    assert.equal(ok.value.carrierShipmentId, shipment.id);
    assert.equal(ep.count('POST /shipments'), creates, 'no second shipment created');
  });

  test('a label that is not a PDF is converted with GET /label?file_format=PDF', async () => {
    ep.pngLabels = true;
    const r = await adapter().createLabel(labelRequest('LF-SHIP-0005', { service: 'Express' }));
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.value.service, 'USPS:Express', 'a bare EasyPost service name is accepted when one carrier offers it');
    const label = ep.requests.filter((x) => x.path.endsWith('/label'));
    assert.equal(label.length, 1);
    assert.equal(label[0]!.query.get('file_format'), 'PDF');
    assert.deepEqual(Buffer.from(r.value.pdf), Buffer.from(ep.labelPdf));
  });

  test('a service EasyPost does not offer is refused naming the field, listing what is offered', async () => {
    const buys = ep.count('POST /shipments/:id/buy');
    const r = await adapter().createLabel(labelRequest('LF-SHIP-0006', { service: 'FedEx:Overnight' }));
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.deepEqual([r.code, r.field], ['VALIDATION_FAILED', 'service']);
      assert.match(r.message, /USPS:Priority/);
    }
    assert.equal(ep.count('POST /shipments/:id/buy'), buys);
  });

  test('voidLabel refunds; a refund already submitted is not asked twice; wrong number, unknown or rejected are refused', async () => {
    const label = await adapter().createLabel(labelRequest('LF-SHIP-0007'));
    assert.ok(label.ok);
    const wrong = await adapter().voidLabel({ carrierShipmentId: label.value.carrierShipmentId, trackingNumber: '9400000000000000000000' });
    assert.equal(wrong.ok, false);
    if (!wrong.ok) assert.deepEqual([wrong.code, wrong.field], ['VALIDATION_FAILED', 'trackingNumber']);
    assert.equal(ep.count('POST /shipments/:id/refund'), 0);
    const voided = await adapter().voidLabel({ carrierShipmentId: label.value.carrierShipmentId, trackingNumber: label.value.trackingNumber });
    assert.deepEqual(voided, { ok: true, value: { voided: true } });
    assert.equal(ep.shipments.get(label.value.carrierShipmentId)!.refund_status, 'submitted');
    const again = await adapter().voidLabel({ carrierShipmentId: label.value.carrierShipmentId, trackingNumber: label.value.trackingNumber });
    assert.ok(again.ok);
    assert.equal(ep.count('POST /shipments/:id/refund'), 1);

    const unknown = await adapter().voidLabel({ carrierShipmentId: 'shp_ffffffffffffffffffffffffffffffff', trackingNumber: 'X1' });
    assert.equal(unknown.ok, false);
    if (!unknown.ok) assert.equal(unknown.code, 'LABEL_NOT_FOUND');
    const n = ep.requests.length;
    const malformed = await adapter().voidLabel({ carrierShipmentId: '../shipments', trackingNumber: 'X1' });
    assert.equal(malformed.ok, false);
    if (!malformed.ok) assert.deepEqual([malformed.code, malformed.field], ['VALIDATION_FAILED', 'carrierShipmentId']);
    assert.equal(ep.requests.length, n);

    ep.refundStatus = 'rejected';
    const scanned = await adapter().createLabel(labelRequest('LF-SHIP-0008'));
    assert.ok(scanned.ok);
    const rejected = await adapter().voidLabel({ carrierShipmentId: scanned.value.carrierShipmentId, trackingNumber: scanned.value.trackingNumber });
    assert.equal(rejected.ok, false);
    if (!rejected.ok) assert.equal(rejected.code, 'CARRIER_REFUSED');
  });

  describe('tracking: trackers and tracker.updated webhooks', () => {
    let trackingNumber = '';
    const details = (country: string | null) => [
      detail('pre_transit', 'status_update', 'Shipping Label Created', '2026-11-27T10:05:00Z', { city: 'HOUSTON', state: 'TX', zip: '77063', country: null }),
      detail('in_transit', 'received_at_origin_facility', 'Accepted at USPS Origin Facility', '2026-11-27T18:40:00Z', { city: 'HOUSTON', state: 'TX', zip: '77063', country: null }),
      detail('in_transit', 'departed_facility', 'Departed USPS Regional Facility', '2026-11-28T02:10:00Z', { city: 'CHICAGO', state: 'IL', zip: null, country: null }),
      detail('in_transit', 'held', 'Held in customs: import duties and taxes due', '2026-11-30T08:00:00+01:00', { city: 'FRANKFURT', state: null, zip: null, country }),
      detail('in_transit', 'status_update', 'Released by customs', '2026-11-30T15:30:00+01:00', { city: 'FRANKFURT', state: null, zip: null, country }),
      detail('out_for_delivery', 'out_for_delivery', 'Out for Delivery', '2026-12-01T07:02:00+01:00', { city: 'KÖLN', state: null, zip: '51147', country }),
      detail('delivered', 'arrived_at_destination', 'Delivered, In/At Mailbox', '2026-12-01T11:45:00+01:00', { city: 'KÖLN', state: null, zip: '51147', country }),
      detail('cancelled', 'cancelled', 'Label cancelled', '2026-12-01T12:00:00+01:00', null),
      { ...detail('in_transit', 'in_transit', 'no time', '', null) },
    ];
    const expected = ['label_created', 'picked_up', 'in_transit', 'customs_hold', 'customs_released', 'out_for_delivery', 'delivered'];

    before(async () => {
      const label = await adapter().createLabel(labelRequest('LF-SHIP-0100'));
      assert.ok(label.ok);
      trackingNumber = label.value.trackingNumber;
      const tracker = ep.trackers.find((t) => t.tracking_code === trackingNumber)!;
      Object.assign(tracker, { status: 'delivered', status_detail: 'arrived_at_destination', tracking_details: details('DE') });
    });

    test('track maps each tracking detail to Landfall\'s statuses, with time, place and carrier words', async () => {
      const r = await adapter().track(trackingNumber);
      assert.ok(r.ok, JSON.stringify(r));
      assert.deepEqual(r.value.map((e) => e.status), expected);
      assert.deepEqual(r.value[3], {
        trackingNumber, status: 'customs_hold', at: '2026-11-30T08:00:00+01:00', location: 'FRANKFURT, DE',
        carrierDescription: 'Held in customs: import duties and taxes due', amountDueMinor: null, currency: null, eventId: r.value[3]!.eventId,
      });
      assert.equal(r.value[0]!.location, 'HOUSTON, TX 77063');
      assert.equal(new Set(r.value.map((e) => e.eventId)).size, expected.length, 'event ids are unique');
      const again = await adapter().track(trackingNumber);
      assert.ok(again.ok);
      assert.deepEqual(again.value.map((e) => e.eventId), r.value.map((e) => e.eventId), 'and stable');
      assert.equal(ep.requests.at(-1)!.query.get('tracking_code'), trackingNumber);
    });

    test('unknown and malformed tracking numbers are refused', async () => {
      const unknown = await adapter().track('9400111899223456789012');
      assert.equal(unknown.ok, false);
      if (!unknown.ok) assert.deepEqual([unknown.code, unknown.field], ['LABEL_NOT_FOUND', 'trackingNumber']);
      const n = ep.requests.length;
      const bad = await adapter().track('x?y=1');
      assert.equal(bad.ok, false);
      if (!bad.ok) assert.deepEqual([bad.code, bad.field], ['VALIDATION_FAILED', 'trackingNumber']);
      assert.equal(ep.requests.length, n);
    });

    const now = new Date('2026-12-01T11:50:00Z');
    const eventBody = (over: Record<string, unknown> = {}) => {
      const tracker = ep.trackers.find((t) => t.tracking_code === trackingNumber)!;
      return Buffer.from(JSON.stringify({
        id: 'evt_4f2c1a0e8b5d11f0a1b2c3d4e5f60718', object: 'Event', mode: 'test', description: 'tracker.updated', created_at: '2026-12-01T10:45:10.000Z',
        updated_at: '2026-12-01T10:45:10.000Z', previous_attributes: { status: 'out_for_delivery' }, pending_urls: ['https://shop.example/v1/carriers/easypost/webhooks'],
        completed_urls: [], user_id: 'user_060ab38db3c04ffaa60f262e5781a9be', status: 'pending', result: tracker, ...over,
      }));
    };

    test('a signed tracker.updated is read into the same events track() gives', async () => {
      const body = eventBody();
      const r = adapter().parseWebhook({ headers: { 'x-hmac-signature': signEasyPostWebhook(body, SECRET) }, body, now });
      assert.ok(r.ok, JSON.stringify(r));
      const tracked = await adapter().track(trackingNumber);
      assert.ok(tracked.ok);
      assert.deepEqual(r.value, tracked.value, 'same statuses and the same event ids, so a repeat is stored once');
      const capitalised = adapter().parseWebhook({ headers: { 'X-Hmac-Signature': signEasyPostWebhook(body, SECRET).toUpperCase() }, body, now });
      assert.ok(capitalised.ok, 'header names are case-insensitive and hex may be upper case');
      const other = eventBody({ description: 'batch.updated', result: { id: 'batch_1', object: 'Batch' } });
      assert.deepEqual(adapter().parseWebhook({ headers: { 'x-hmac-signature': signEasyPostWebhook(other, SECRET) }, body: other, now }), { ok: true, value: [] });
    });

    test('the secret is normalized to NFKD before signing, as EasyPost does', () => {
      const composed = 'webhook-secret-\u00c5ngstr\u00f6m-\ufb01';
      const decomposed = composed.normalize('NFKD');
      assert.notEqual(composed, decomposed);
      const body = eventBody();
      const r = createEasyPostAdapter({ ...config, webhookSecret: composed }, fetch).parseWebhook({ headers: { 'x-hmac-signature': signEasyPostWebhook(body, decomposed) }, body, now });
      assert.ok(r.ok);
    });

    test('forged, wrongly keyed, unsigned, malformed and stale deliveries are refused', () => {
      const body = eventBody();
      const good = signEasyPostWebhook(body, SECRET);
      const tampered = Buffer.from(body.toString('utf8').replace('Delivered, In/At Mailbox', 'Delivered, to neighbour'));
      const notJson = Buffer.from('status=delivered');
      const notEvent = Buffer.from(JSON.stringify({ id: 'trk_1', object: 'Tracker', tracking_code: trackingNumber }));
      const noTracker = eventBody({ result: { object: 'Tracker' } });
      const stale = eventBody({ created_at: '2026-11-27T10:00:00Z' });
      const future = eventBody({ created_at: '2026-12-01T12:30:00Z' });
      const cases: Array<[string, Record<string, string | undefined>, Buffer, string]> = [
        ['tampered body', { 'x-hmac-signature': good }, tampered, 'headers.x-hmac-signature'],
        ['wrong secret', { 'x-hmac-signature': signEasyPostWebhook(body, 'another-secret-of-some-length') }, body, 'headers.x-hmac-signature'],
        ['no prefix', { 'x-hmac-signature': good.slice('hmac-sha256-hex='.length) }, body, 'headers.x-hmac-signature'],
        ['missing header', {}, body, 'headers.x-hmac-signature'],
        ['empty header', { 'x-hmac-signature': '' }, body, 'headers.x-hmac-signature'],
        ['signed, not JSON', { 'x-hmac-signature': signEasyPostWebhook(notJson, SECRET) }, notJson, 'body'],
        ['signed, not an Event', { 'x-hmac-signature': signEasyPostWebhook(notEvent, SECRET) }, notEvent, 'body'],
        ['signed, no Tracker', { 'x-hmac-signature': signEasyPostWebhook(noTracker, SECRET) }, noTracker, 'body.result'],
        ['stale (4 days)', { 'x-hmac-signature': signEasyPostWebhook(stale, SECRET) }, stale, 'body.created_at'],
        ['from the future', { 'x-hmac-signature': signEasyPostWebhook(future, SECRET) }, future, 'body.created_at'],
      ];
      for (const [name, headers, b, field] of cases) {
        const r = adapter().parseWebhook({ headers, body: b, now });
        assert.equal(r.ok, false, name);
        if (!r.ok) assert.deepEqual([r.code, r.field], ['VALIDATION_FAILED', field], `${name}: ${r.message}`);
      }
      const noSecret = createEasyPostAdapter({ ...config, webhookSecret: undefined }, fetch).parseWebhook({ headers: { 'x-hmac-signature': good }, body, now });
      assert.equal(noSecret.ok, false, 'without a configured secret nothing is accepted');
    });
  });

  describe('EasyPost errors', () => {
    test('401: the key is refused, the message names the setting and never the key', async () => {
      const n = ep.requests.length;
      const r = await createEasyPostAdapter({ ...config, apiKey: 'EZTK_wrong_key_9999' }, fetch).rates(rateRequest);
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.equal(r.code, 'CARRIER_REFUSED');
        assert.match(r.message, /APIKEY\.INACTIVE/);
        assert.match(r.message, /LANDFALL_EASYPOST_API_KEY/);
        assert.doesNotMatch(JSON.stringify(r), /EZTK_wrong_key_9999/);
      }
      assert.equal(ep.requests.length, n + 1, 'a POST is sent once');
    });

    test('422 with field errors: VALIDATION_FAILED naming the Landfall field', async () => {
      const r = await adapter().rates({ ...rateRequest, to: { ...to, lines: ['Nowhere 0'] } });
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.deepEqual([r.code, r.field], ['VALIDATION_FAILED', 'to.lines[0]']);
        assert.match(r.message, /SHIPMENT\.INVALID_PARAMS/);
        assert.match(r.message, /to_address\.street1: Address not found/);
        assert.deepEqual(r.details, [{ field: 'to.lines[0]', message: 'Address not found (EasyPost field to_address.street1)' }]);
      }
    });

    test('5xx on a POST: CARRIER_UNAVAILABLE after one attempt; on a GET: retried, then given up', async () => {
      const posts = ep.count('POST /shipments');
      ep.failNext('POST /shipments', 1, 500);
      const r = await adapter().rates(rateRequest);
      assert.equal(r.ok, false);
      if (!r.ok) assert.equal(r.code, 'CARRIER_UNAVAILABLE');
      assert.equal(ep.count('POST /shipments'), posts + 1);

      const label = await adapter().createLabel(labelRequest('LF-SHIP-0200'));
      assert.ok(label.ok);
      const gets = ep.count('GET /trackers');
      ep.failNext('GET /trackers', 2, 503);
      const recovered = await adapter().track(label.value.trackingNumber);
      assert.ok(recovered.ok, 'two 503s, then an answer');
      assert.equal(ep.count('GET /trackers'), gets + 3);
      ep.failNext('GET /trackers', 3, 500);
      const down = await adapter().track(label.value.trackingNumber);
      assert.equal(down.ok, false);
      if (!down.ok) assert.equal(down.code, 'CARRIER_UNAVAILABLE');
      assert.equal(ep.count('GET /trackers'), gets + 6);
    });

    test('no answer at all: CARRIER_UNAVAILABLE', async () => {
      const closed = http.createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const down = createEasyPostAdapter({ ...config, baseUrl: `http://127.0.0.1:${port}/v2` }, fetch, { retryDelayMs: 0 });
      for (const r of [await down.rates(rateRequest), await down.track('9400111899223456789012')]) {
        assert.equal(r.ok, false);
        if (!r.ok) assert.equal(r.code, 'CARRIER_UNAVAILABLE');
      }
    });
  });
});

test('not configured: off, every call refused, nothing is called', async () => {
  let calls = 0;
  const spy: Fetcher = async () => {
    calls++;
    return new Response('{}');
  };
  const config: EasyPostConfig = { apiKey: undefined, webhookSecret: undefined, baseUrl: EASYPOST_DEFAULT_BASE_URL };
  assert.equal(isEasyPostEnabled(config), false);
  assert.equal(isEasyPostEnabled({ ...config, apiKey: EASYPOST_TEST_KEY }), true);
  const off = createEasyPostAdapter(config, spy);
  assert.equal(off.id, 'easypost');
  const results = [
    await off.rates(rateRequest),
    await off.createLabel(labelRequest('LF-OFF-1')),
    await off.voidLabel({ carrierShipmentId: 'shp_1', trackingNumber: 'X' }),
    await off.track('9400111899223456789012'),
  ];
  for (const r of results) {
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.code, 'CARRIER_UNAVAILABLE');
      assert.match(r.message, /LANDFALL_EASYPOST_API_KEY/);
    }
  }
  const body = Buffer.from('{}');
  const hook = off.parseWebhook({ headers: { 'x-hmac-signature': signEasyPostWebhook(body, SECRET) }, body, now: new Date() });
  assert.equal(hook.ok, false);
  if (!hook.ok) assert.equal(hook.code, 'VALIDATION_FAILED');
  assert.equal(calls, 0);
});

test('grams to ounces and millimetres to inches: exact, rounded up to the tenth', () => {
  const ounces: Array<[number, number]> = [
    [1, 1], // 0.035 oz
    [28, 10], // 0.988 oz
    [180, 64], // 6.349 oz
    [1000, 353], // 35.274 oz
    [45_359_237, 16_000_000], // 100,000 lb exactly: no rounding
    [45_359_238, 16_000_001], // one gram more: up
  ];
  for (const [g, tenths] of ounces) assert.equal(gramsToTenthsOfOunce(g), tenths, `${g} g`);
  const inches: Array<[number, number]> = [[1, 1], [100, 40], [254, 100], [255, 101], [2540, 1000], [2541, 1001]];
  for (const [mm, tenths] of inches) assert.equal(millimetresToTenthsOfInch(mm), tenths, `${mm} mm`);
  assert.deepEqual([353, 100, 1, 16_000_001].map(formatTenths), ['35.3', '10.0', '0.1', '1600000.1']);
});

test('money: minor units to EasyPost decimals and back, exactly', () => {
  assert.deepEqual([minorToMajorText(2500, 'EUR'), minorToMajorText(5, 'USD'), minorToMajorText(1000, 'JPY'), minorToMajorText(1500, 'KWD')], ['25.00', '0.05', '1000', '1.500']);
  const cases: Array<[string, string, number | undefined]> = [
    ['7.33', 'USD', 733],
    ['7.47000', 'USD', 747],
    ['0.10', 'USD', 10],
    ['0.001', 'USD', 1], // fees carry five decimals: never rounded down
    ['10', 'JPY', 10],
    ['1.5', 'JPY', 2],
    ['12.345', 'KWD', 12345],
    ['9999999999999.99', 'USD', 999_999_999_999_999],
    ['99999999999999.999', 'USD', undefined], // more digits than an exact decimal holds here
    ['0.29', 'USD', 29], // 0.29 * 100 is 28.999... in floats
    ['abc', 'USD', undefined],
    ['-1.00', 'USD', undefined],
    ['1e3', 'USD', undefined],
    ['1.00', 'XYZ', undefined],
  ];
  for (const [text, currency, minor] of cases) assert.equal(majorTextToMinor(text, currency, 'ceil'), minor, `${text} ${currency}`);
});

test('EasyPost statuses and details to Landfall\'s tracking statuses', () => {
  const table: Array<[string, string | null, string, string | null]> = [
    ['pre_transit', 'status_update', 'Shipping Label Created', 'label_created'],
    ['pre_transit', 'label_created', 'Shipment information sent to customs', 'label_created'],
    ['in_transit', 'received_at_origin_facility', 'Accepted at Origin Facility', 'picked_up'],
    ['in_transit', 'arrived_at_facility', 'Arrived at Hub', 'in_transit'],
    ['in_transit', 'transferred_to_destination_carrier', 'Handed to Deutsche Post', 'in_transit'],
    ['in_transit', 'held', 'Customs clearance delay', 'customs_hold'],
    ['in_transit', 'awaiting_information', 'Awaiting documents for customs', 'customs_hold'],
    ['in_transit', 'status_update', 'Import duties due before release', 'customs_hold'],
    ['in_transit', 'status_update', 'Processed through customs', 'in_transit'],
    ['in_transit', 'status_update', 'Customs clearance completed', 'customs_released'],
    ['in_transit', 'status_update', 'Sendung wurde vom Zoll freigegeben', 'customs_released'],
    ['in_transit', 'status_update', 'Colis retenu en douane', 'customs_hold'],
    ['in_transit', 'held', 'Held at facility (weather)', 'in_transit'],
    ['in_transit', 'return', 'Returning to sender', 'returned_to_sender'],
    ['out_for_delivery', 'out_for_delivery', 'Out for Delivery', 'out_for_delivery'],
    ['available_for_pickup', 'arrived_at_pickup_location', 'Available for Pickup', 'out_for_delivery'],
    ['delivered', 'arrived_at_destination', 'Delivered', 'delivered'],
    ['delivered', 'arrived_at_destination', 'Delivered after customs release', 'delivered'],
    ['return_to_sender', 'return', 'Return to Sender', 'returned_to_sender'],
    ['failure', 'delivery_exception', 'Refused by customs', 'delivery_failed'],
    ['failure', 'lost', 'Lost', 'delivery_failed'],
    ['unknown', 'status_update', 'Held by customs', 'customs_hold'],
    ['unknown', 'unknown', 'Shipment information received', null],
    ['cancelled', 'cancelled', 'Cancelled', null],
    ['error', null, 'Carrier unreachable', null],
    ['something_new', null, 'Customs hold', null],
  ];
  for (const [status, detail, words, expected] of table) assert.equal(landfallStatus(status, detail, words), expected, `${status}/${detail}: ${words}`);
});

test('EasyPost field names to Landfall request paths', () => {
  assert.equal(landfallField('to_address.street1'), 'to.lines[0]');
  assert.equal(landfallField('shipment.from_address.zip'), 'from.postalCode');
  assert.equal(landfallField('parcel.weight'), 'parcel.weightG');
  assert.equal(landfallField('customs_info.customs_items.1.hs_tariff_number'), 'parcel.contents[1].hsCode');
  assert.equal(landfallField('customs_items[0].value'), 'parcel.contents[0].valueMinor');
  assert.equal(landfallField('street1'), undefined);
});

function detail(status: string, statusDetail: string, message: string, datetime: string, location: Record<string, string | null> | null) {
  return {
    object: 'TrackingDetail', message, description: '', status, status_detail: statusDetail, datetime, source: 'USPS', carrier_code: '',
    tracking_location: location ? { object: 'TrackingLocation', ...location } : null,
  };
}
