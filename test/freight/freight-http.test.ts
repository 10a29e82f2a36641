import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { companies, freightShipments } from '../../src/db/schema/b2b.js';
import { orders } from '../../src/db/schema/orders.js';
import { describeWithDatabases } from '../support/test-database.js';
import { fields, said, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { paidOrderFor, pdfOf } from '../documents/support.js';

const BUYER = { name: 'Jürgen Groß', lines: ['Am Sandtorkai 1'], city: 'Hamburg', postalCode: '20457', phone: '+49 40 1234567' };
const CONSIGNEE = { name: 'Kaffeehaus Nord GmbH', address: { lines: ['Am Sandtorkai 1', 'Wareneingang Tor 3'], city: 'Hamburg', postalCode: '20457', country: 'DE' }, contact: 'einkauf@kaffeehaus.example', eori: 'DE123456789012345' };
const NOTIFY = { name: 'Elbe Zollagentur', address: { lines: ['Brooktor 11'], city: 'Hamburg', postalCode: '20457', country: 'DE' }, contact: '+49 40 555 0101' };
const PACKAGES = [
  { count: 40, kind: 'CT', marks: 'KHN/HAM 1-40', description: 'Roasted coffee beans, 20 x 1 kg a carton', grossWeightG: 840_000, volumeCm3: 2_400_000, hsCode: '090121' },
  { count: 1, kind: 'PX', marks: 'KHN/HAM P1\nCSQU3054383', description: 'Cashew nuts in tins', grossWeightG: 310_400, volumeCm3: 1_200_000 },
];
const SEA = { mode: 'sea', carrier: 'Maersk', voyage: 'MAERSK ESSEN 245W', consignee: CONSIGNEE, notifyParty: NOTIFY, portOfLoading: 'VNSGN', portOfDischarge: 'DEHAM', placeOfDelivery: 'Hamburg, Wareneingang', packages: PACKAGES, marks: 'KHN/HAM' };

describeWithDatabases('freight shipments: bill of lading and air waybill data, carried into the customs documents', (db) => {
  let s: CheckoutServer;
  let fob: any; // sold FOB: by sea only
  let fca: any; // sold FCA: any mode
  let company: any; // a distributor's order: its company is the consignee by default

  const post = (number: string, body: unknown) => s.admin('POST', `/v1/admin/orders/${number}/freight-shipments`, { body });
  const list = async (number: string) => {
    const r = await s.admin('GET', `/v1/admin/orders/${number}/freight-shipments`);
    assert.equal(r.status, 200, said(r));
    return r.body.items as any[];
  };
  const rows = async () => (await db().orm.select().from(freightShipments)).length;

  before(async () => {
    s = await startCheckoutServer(db());
    const eori = await s.admin('POST', '/v1/admin/registrations', { body: { scheme: 'EORI', number: 'NL123456789', validFrom: '2026-01-01' } });
    assert.equal(eori.status, 201, said(eori));
    const ioss = await s.admin('POST', '/v1/admin/registrations', { body: { scheme: 'IOSS', number: 'IM2760000001', validFrom: '2026-01-01' } });
    assert.equal(ioss.status, 201, said(ioss));
    fob = await paidOrderFor(s, 'eu', 'DE', BUYER, [{ sku: 'NUT-W180-400', quantity: 2 }]);
    fca = await paidOrderFor(s, 'eu', 'DE', { ...BUYER, name: 'Anna Schmidt' }, [{ sku: 'NUT-W180-400', quantity: 1 }]);
    company = await paidOrderFor(s, 'eu', 'DE', { ...BUYER, name: 'Lena Vogel' }, [{ sku: 'NUT-W180-400', quantity: 3 }]);
    await db().orm.update(orders).set({ incoterm: 'FOB' }).where(eq(orders.number, fob.number));
    await db().orm.update(orders).set({ incoterm: 'FCA' }).where(eq(orders.number, fca.number));
    const [c] = await db().orm.insert(companies).values({ name: 'Nordkontor Feinkost GmbH', country: 'DE', taxNumber: 'DE811907980', eori: 'DE998877665544332', email: 'import@nordkontor.example', address: { name: 'Nordkontor Feinkost GmbH', lines: ['Großer Burstah 31'], city: 'Hamburg', postalCode: '20457', region: null, country: 'DE', phone: '+49 40 300 300' } }).returning();
    await db().orm.update(orders).set({ incoterm: 'CIF', companyId: c!.id, salesChannel: 'b2b' }).where(eq(orders.number, company.number));
  });
  after(() => s.close());

  test('an Incoterm the mode cannot use is refused with the reason and the alternative, and nothing is stored', async () => {
    for (const mode of ['air', 'road', 'rail']) {
      const ports = mode === 'air' ? { portOfLoading: 'SGN', portOfDischarge: 'HAM' } : { portOfLoading: 'VNSGN', portOfDischarge: 'DEHAM' };
      const r = await post(fob.number, { ...SEA, ...ports, mode, voyage: undefined });
      assert.equal(r.status, 422, said(r));
      assert.equal(r.body.code, 'INCOTERM_NOT_APPLICABLE');
      assert.deepEqual(fields(r), ['mode']);
      assert.match(r.body.detail, new RegExp(`order ${fob.number} is sold FOB \\(Free On Board\\): FOB is for sea and inland waterway transport only.*goods going by ${mode} are handed to a carrier.*use FCA instead`));
    }
    assert.deepEqual(await list(fob.number), []);
    assert.equal(await rows(), 0);
  });

  test('bad input names every field and changes nothing', async () => {
    const r = await post(fob.number, {
      ...SEA,
      documentKind: 'air_waybill',
      consignee: { ...CONSIGNEE, address: { ...CONSIGNEE.address, country: 'Germany' } },
      packages: [PACKAGES[0], { ...PACKAGES[1], grossWeightG: 0, kind: 'XXL' }],
    });
    assert.equal(r.status, 400, said(r));
    assert.equal(r.body.code, 'VALIDATION_FAILED');
    assert.deepEqual(fields(r), ['documentKind', 'consignee.address.country', 'packages[1].kind', 'packages[1].grossWeightG']);
    const weight = await post(fob.number, { ...SEA, grossWeightG: 1_000_000 });
    assert.equal(weight.status, 400, said(weight));
    assert.deepEqual(fields(weight), ['grossWeightG']);
    assert.match(weight.body.detail, /is 1000000 g but the packages weigh 1150400 g together/);
    const container = await post(fob.number, { ...SEA, packages: [{ ...PACKAGES[1], kind: 'CN', marks: 'CSQU3054384' }] });
    assert.deepEqual(fields(container), ['packages[0].marks']);
    const port = await post(fob.number, { ...SEA, portOfDischarge: 'XXHAM' });
    assert.deepEqual(fields(port), ['portOfDischarge']);
    const unknown = await post('LF-999999', SEA);
    assert.equal(unknown.status, 404, said(unknown));
    assert.equal(await rows(), 0);
  });

  test('a sea shipment under FOB: 201 with the shipper defaulted to the store at its warehouse and the Incoterm named at the port of loading', async () => {
    const r = await post(fob.number, SEA);
    assert.equal(r.status, 201, said(r));
    const f = r.body;
    assert.equal(f.orderNumber, fob.number);
    assert.equal(f.documentKind, 'bill_of_lading');
    assert.equal(f.status, 'booked');
    assert.equal(f.grossWeightG, 1_150_400);
    assert.equal(f.packageCount, 41);
    assert.deepEqual([f.shipper.name, f.shipper.address.country, f.shipper.eori], ['Hội An Atelier', 'VN', 'NL123456789']);
    assert.deepEqual([f.consignee.name, f.consignee.eori, f.notifyParty.name], ['Kaffeehaus Nord GmbH', 'DE123456789012345', 'Elbe Zollagentur']);
    assert.deepEqual(f.incoterm, { code: 'FOB', name: 'Free On Board', place: 'VNSGN', text: 'FOB VNSGN (Incoterms 2020)' });
    const again = await s.admin('GET', `/v1/admin/freight-shipments/${f.id}`);
    assert.equal(again.status, 200, said(again));
    assert.deepEqual(again.body, f);
    assert.deepEqual((await list(fob.number)).map((x) => x.id), [f.id]);
  });

  test('air freight under FCA: the air waybill number must pass its check digit; the consignee defaults to the buyer', async () => {
    const air = { mode: 'air', voyage: 'VN 31', portOfLoading: 'SGN', portOfDischarge: 'FRA', packages: [{ count: 3, kind: 'CT', marks: 'AS 1-3', description: 'Cashew nuts in tins', grossWeightG: 14_500 }] };
    const bad = await post(fca.number, { ...air, documentNumber: '738-12345670' });
    assert.equal(bad.status, 400, said(bad));
    assert.deepEqual(fields(bad), ['documentNumber']);
    assert.match(bad.body.detail, /check digit 0, but 1234567 mod 7 is 5/);
    const seaPorts = await post(fca.number, { ...air, portOfLoading: 'VNSGN' });
    assert.deepEqual(fields(seaPorts), ['portOfLoading']);
    const good = await post(fca.number, { ...air, documentNumber: '738 1234 5675' });
    assert.equal(good.status, 201, said(good));
    assert.deepEqual([good.body.documentKind, good.body.documentNumber], ['air_waybill', '738-12345675']);
    assert.deepEqual([good.body.consignee.name, good.body.consignee.contact, good.body.consignee.address.city], ['Anna Schmidt', fca.email, 'Hamburg']);
    assert.equal(good.body.incoterm.text, 'FCA SGN (Incoterms 2020)');
  });

  test('a distributor\'s order: its company is the consignee; CIF is named at the port of discharge', async () => {
    const r = await post(company.number, { ...SEA, consignee: undefined, notifyParty: undefined });
    assert.equal(r.status, 201, said(r));
    assert.deepEqual([r.body.consignee.name, r.body.consignee.taxNumber, r.body.consignee.eori, r.body.consignee.address.lines], ['Nordkontor Feinkost GmbH', 'DE811907980', 'DE998877665544332', ['Großer Burstah 31']]);
    assert.equal(r.body.incoterm.text, 'CIF DEHAM (Incoterms 2020)');
  });

  test('status: shipped needs the document number; booked -> shipped -> arrived; out of order is 409 and changes nothing', async () => {
    const [f] = await list(fob.number);
    const patch = (body: unknown, id = f.id) => s.admin('PATCH', `/v1/admin/freight-shipments/${id}`, { body });
    const noNumber = await patch({ status: 'shipped' });
    assert.equal(noNumber.status, 400, said(noNumber));
    assert.deepEqual(fields(noNumber), ['documentNumber']);
    const shipped = await patch({ status: 'shipped', documentNumber: 'maeu245w001' });
    assert.equal(shipped.status, 200, said(shipped));
    assert.deepEqual([shipped.body.status, shipped.body.documentNumber], ['shipped', 'MAEU245W001']);
    const back = await patch({ status: 'cancelled' });
    assert.equal(back.status, 409, said(back));
    assert.equal(back.body.code, 'FREIGHT_STATE_CONFLICT');
    assert.deepEqual(fields(back), ['status']);
    const unchanged = await s.admin('GET', `/v1/admin/freight-shipments/${f.id}`);
    assert.equal(unchanged.body.status, 'shipped');
    assert.equal((await patch({ status: 'arrived' })).body.status, 'arrived');
    assert.equal((await patch({ carrier: 'CMA CGM' })).status, 409);
    const missing = await patch({ status: 'arrived' }, '00000000-0000-4000-8000-000000000000');
    assert.equal(missing.status, 404, said(missing));
    assert.equal(missing.body.code, 'FREIGHT_SHIPMENT_NOT_FOUND');
    assert.equal((await patch({ status: 'arrived' }, 'not-an-id')).status, 404);
  });

  test('the shipping instructions PDF carries parties, route, vessel, packages, weights and the Incoterm', async () => {
    const [f] = await list(fob.number);
    const text = await pdfOf(s, `/v1/admin/freight-shipments/${f.id}/document`);
    for (const expected of [
      'SHIPPING INSTRUCTIONS',
      'for a bill of lading',
      'Document number: MAEU245W001',
      `Order: ${fob.number}`,
      'Shipper Hội An Atelier',
      'Consignee Kaffeehaus Nord GmbH Am Sandtorkai 1 Wareneingang Tor 3 20457 Hamburg Germany (DE) Contact: einkauf@kaffeehaus.example EORI: DE123456789012345',
      'Notify party Elbe Zollagentur',
      'Carrier Maersk',
      'Vessel / voyage MAERSK ESSEN 245W',
      'Port of loading VNSGN, Vietnam (VN)',
      'Port of discharge DEHAM, Germany (DE)',
      'Place of delivery Hamburg, Wareneingang',
      'Incoterm FOB VNSGN (Incoterms 2020)',
      'Total gross weight 1150.400 kg',
      'KHN/HAM 1-40 40 x Carton (CT) Roasted coffee beans, 20 x 1 kg a carton 090121 840.000 2.400',
      'KHN/HAM P1 / CSQU3054383 1 x Pallet (PX) Cashew nuts in tins 310.400 1.200',
      'Total: 41 packages, gross weight 1150.400 kg, volume 3.600 m³.',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`);
    }
    const missing = await s.app.inject({ method: 'GET', url: '/v1/admin/freight-shipments/00000000-0000-4000-8000-000000000000/document', headers: { authorization: `Bearer ${s.adminKey}` } });
    assert.equal(missing.statusCode, 404);
  });

  test('the commercial and pro forma invoices carry the transport section and use the consignee and Incoterm', async () => {
    for (const kind of ['commercial', 'proforma']) {
      const text = await pdfOf(s, `/v1/orders/${fob.number}/documents/${kind}-invoice`);
      for (const expected of [
        'Buyer / consignee Kaffeehaus Nord GmbH Am Sandtorkai 1',
        'Seller / exporter (shipper) Hội An Atelier',
        'Incoterm FOB VNSGN (Incoterms 2020)',
        'Importer of record Kaffeehaus Nord GmbH (buyer) FOB: the buyer clears the goods for import',
        'Transport',
        'Mode of transport sea',
        'Transport document Bill of lading MAEU245W001',
        'Vessel / voyage MAERSK ESSEN 245W',
        'Port of loading VNSGN, Vietnam (VN)',
        'Port of discharge DEHAM, Germany (DE)',
        'Notify party Elbe Zollagentur',
        'Packages (freight) 41',
        'Gross weight (freight) 1150.400 kg',
        'Marks KHN/HAM',
        'KHN/HAM 1-40 40 x CT Roasted coffee beans, 20 x 1 kg a carton 840.000',
        'Goods travel as freight under bill of lading MAEU245W001',
      ]) {
        assert.ok(text.includes(expected), `${kind}: missing "${expected}" in:\n${text}`);
      }
    }
    // An order without a freight shipment keeps its parcel invoice.
    const plain = await paidOrderFor(s, 'eu', 'DE', { ...BUYER, name: 'Paul Klee' }, [{ sku: 'NUT-W180-400', quantity: 1 }]);
    const text = await pdfOf(s, `/v1/orders/${plain.number}/documents/commercial-invoice`);
    assert.ok(text.includes('Incoterm DDP Hamburg, DE (Incoterms 2020)'), text);
    assert.ok(!text.includes('Transport document'), text);
  });

  test('a cancelled order takes no freight shipment', async () => {
    const o = await paidOrderFor(s, 'eu', 'DE', { ...BUYER, name: 'Max Ernst' }, [{ sku: 'NUT-W180-400', quantity: 1 }]);
    const cancel = await s.admin('POST', `/v1/admin/orders/${o.number}/cancel`, { body: { reason: 'buyer asked' } });
    assert.equal(cancel.status, 200, said(cancel));
    const before = await rows();
    const r = await post(o.number, SEA);
    assert.equal(r.status, 409, said(r));
    assert.deepEqual(fields(r), ['status']);
    assert.equal(await rows(), before);
  });
});
