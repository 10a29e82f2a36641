import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { orderLines, orders } from '../../src/db/schema/orders.js';
import { describeWithDatabases } from '../support/test-database.js';
import { checkout, said, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { amountText, cartFor, getDocument, minorOf, paidOrderFor, pdfOf, refused } from './support.js';

const GERMAN = { name: 'Jürgen Groß', lines: ['Straße des 17. Juni 12', 'Hinterhaus, 3. OG'], city: 'Berlin', postalCode: '10623', phone: '+49 30 1234567' };
const POLISH = { name: 'Łukasz Wróblewski-Żółć', lines: ['Schönhauser Allee 5'], city: 'Berlin', postalCode: '10119' };
const FRENCH_CYRILLIC = { name: 'Ирина Соколова', lines: ['12 rue de la Poêlerie', 'Bâtiment Ä, Côté cour'], city: 'Besançon', postalCode: '25000' };
const JAPANESE = { name: '山田太郎', lines: ['千代田1-1'], city: '東京都', postalCode: '100-0001' };

/** The value customs is told for a DDP line: the goods less the tax the price included, as far as it was collected (customsValueOf). */
function ddpValue(line: any): number {
  return minorOf(line.goods.amount) - Math.min(minorOf(line.taxIncluded.amount), minorOf(line.taxes.amount));
}

describeWithDatabases('customs documents, packing slips and pick lists over HTTP', (db) => {
  let s: CheckoutServer;
  let cashews: any; // VN -> DE by post, tax under IOSS, the EU national code set on the product
  let dresses: any; // VN -> DE by post, worth more than 300 SDR
  let coffee: any; // VN -> JP by post, heavier than 2 kg, buyer's name in Japanese
  let express: any; // VN -> FR by courier, buyer's name in Cyrillic

  before(async () => {
    s = await startCheckoutServer(db());
    for (const body of [
      { scheme: 'IOSS', number: 'IM2760000001', validFrom: '2026-01-01' },
      { scheme: 'EORI', number: 'NL123456789', validFrom: '2026-01-01' },
    ]) {
      const r = await s.admin('POST', '/v1/admin/registrations', { body });
      assert.equal(r.status, 201, said(r));
    }
    const tin = await s.admin('GET', '/v1/admin/products/king-cashews-w180-gift-tin');
    assert.equal(tin.status, 200, said(tin));
    const product = await s.admin('PATCH', `/v1/admin/products/${tin.body.id}`, { body: { nationalCodes: { EU: '0801320000' } }, headers: { 'content-type': 'application/merge-patch+json' } });
    assert.equal(product.status, 200, said(product));
    cashews = await paidOrderFor(s, 'eu', 'DE', GERMAN, [{ sku: 'NUT-W180-400', quantity: 2 }]);
    dresses = await paidOrderFor(s, 'eu', 'DE', POLISH, [{ sku: 'DRS-SLP-S', quantity: 3 }]);
    coffee = await paidOrderFor(s, 'jp', 'JP', JAPANESE, [{ sku: 'COF-ROB-1000', quantity: 2 }]);
    express = await paidOrderFor(s, 'eu', 'FR', FRENCH_CYRILLIC, [{ sku: 'NUT-W180-400', quantity: 1 }], 'vn-hoian:vn-express');
  });
  after(() => s.close());

  test('the orders ship as the tests need: from Hội An, by post or courier', () => {
    assert.deepEqual(
      [cashews, dresses, coffee, express].map((o) => o.shipments.map((x: any) => [x.warehouse, x.channel])),
      [[['vn-hoian', 'postal']], [['vn-hoian', 'postal']], [['vn-hoian', 'postal']], [['vn-hoian', 'courier']]],
    );
    assert.deepEqual(cashews.lines.map((l: any) => l.taxScheme), ['IOSS']);
  });

  test('commercial invoice: every required field is in the PDF text', async () => {
    const text = await pdfOf(s, `/v1/orders/${cashews.number}/documents/commercial-invoice`);
    const line = cashews.lines[0];
    const value = ddpValue(line);
    const shipping = minorOf(cashews.shipments[0].shipping.amount);
    for (const expected of [
      'COMMERCIAL INVOICE',
      `Invoice number: ${cashews.number}-1`,
      `Invoice date: ${cashews.paidAt.slice(0, 10)}`,
      // Seller and its address (the dispatch warehouse, Vietnamese diacritics).
      'Seller / exporter (shipper) Hội An Atelier Hội An workshop 12 Nguyễn Thái Học 560000 Hội An Quảng Nam Vietnam (VN)',
      // Buyer (German diacritics), as consignee.
      'Buyer / consignee Jürgen Groß Straße des 17. Juni 12 Hinterhaus, 3. OG 10623 Berlin Germany (DE) Phone: +49 30 1234567',
      'Importer of record Hội An Atelier (seller) DDP: the seller clears the goods for import',
      'Incoterm DDP Berlin, DE (Incoterms 2020)',
      'Currency EUR',
      'Reason for export Sale of goods',
      'Country of origin of the goods Vietnam (VN)',
      'Country of destination Germany (DE)',
      'Total net weight 1.160 kg',
      'Total gross weight 1.160 kg',
      'IOSS number (tax collected at checkout under IOSS) IM2760000001',
      'EORI number (EU) (importer) NL123456789',
      // The line: customs description, SKU, the EU national code, origin, quantity, unit and total value, net and gross kg.
      `1 Cashew nuts, shelled, dried, not roasted or salted (whole kernels, grade W180), 400 g tin NUT-W180-400 0801320000 VN 2 ${amountText(Math.round(value / 2))} ${amountText(value)} 1.160 1.160`,
      `Goods EUR ${amountText(value)}`,
      `Freight EUR ${amountText(shipping)}`,
      'Insurance EUR 0.00',
      `Invoice total EUR ${amountText(value + shipping)}`,
      'Declaration I declare that the information on this invoice is true and correct',
      'Signature',
      `Hội An, VN, ${cashews.paidAt.slice(0, 10)}`,
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`);
    }
    assert.equal(value, 2 * 2290 - 2 * 150, 'EUR 22.90 a tin with 7% German VAT (1.50) collected under IOSS');
  });

  test('packaging weight is added to the gross weight; a pro forma says what it is', async () => {
    const text = await pdfOf(s, `/v1/orders/${cashews.number}/documents/proforma-invoice?packagingG=140`);
    for (const expected of ['PRO FORMA INVOICE', `Invoice number: PF-${cashews.number}-1`, 'Total net weight 1.160 kg', 'Total gross weight 1.300 kg', 'no payment is due on this document']) {
      assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`);
    }
  });

  test('CN 22 for the small postal parcel, with the UPU boxes; a CN 23 is refused naming the rule', async () => {
    const url = `/v1/orders/${cashews.number}/shipments/0/documents`;
    const text = await pdfOf(s, `${url}/cn22`);
    const value = ddpValue(cashews.lines[0]);
    for (const expected of [
      'CUSTOMS DECLARATION CN 22',
      'Designated operator: VNPost',
      'May be opened officially',
      'Sale of goods',
      `2 x Cashew nuts, shelled, dried, not roasted or salted (whole kernels, grade W180), 400 g tin 1.160 ${amountText(value)} 0801320000 VN`,
      `Total weight (kg) (6) 1.160 Total value (7) EUR ${amountText(value)}`,
      "Sender's customs reference: IOSS number IM2760000001; EORI number (EU) NL123456789",
      'I, the undersigned, whose name and address are given on the item, certify',
      "Date and sender's signature (8)",
      'Hội An Atelier',
      'Form chosen by rule upu.cn22-cn23/value',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`);
    }
    const problem = await refused(s, `${url}/cn23`, 422, 'CUSTOMS_FORM_NOT_APPLICABLE', 'form');
    assert.match(problem.detail, /needs a CN 22, not a CN 23: the contents are worth \d+\.\d\d SDR \(EUR \d+\.\d\d at 0\.859533 SDR per EUR \(2025-12-23\)\), up to 300 SDR.*\(rule upu\.cn22-cn23\/value\)$/);
  });

  test('CN 23 by value: three silk dresses are worth more than 300 SDR', async () => {
    const url = `/v1/orders/${dresses.number}/shipments/0/documents`;
    const value = ddpValue(dresses.lines[0]);
    assert.ok(value * 0.859533 > 30000, `EUR ${value / 100} is over 300 SDR`);
    const text = await pdfOf(s, `${url}/cn23`);
    for (const expected of [
      'CUSTOMS DECLARATION CN 23',
      'From (sender) Hội An Atelier',
      'To (addressee) Łukasz Wróblewski-Żółć Schönhauser Allee 5 10119 Berlin Germany (DE)',
      "Women's dress of silk (100% mulberry silk), woven, not knitted (DRS-SLP-S) 3 1.050",
      `${amountText(value)} 620449 Vietnam (VN)`,
      'Total gross weight (kg) (4) 1.050',
      `Total value (6) EUR ${amountText(value)}`,
      `Postal charges/Fees (9) EUR ${dresses.shipments[0].shipping.amount}`,
      `Invoice (14): no. of invoice ${dresses.number}-1`,
      'I certify that the particulars given in this customs declaration are correct',
      "Date and sender's signature (15)",
      'Form chosen by rule upu.cn22-cn23/value: the contents are worth',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`);
    }
    await refused(s, `${url}/cn22`, 422, 'CUSTOMS_FORM_NOT_APPLICABLE', 'form');
  });

  test('CN 23 by weight: two 1 kg bags of coffee weigh 2.12 kg, a postal parcel; CJK text the font lacks is replaced and said so', async () => {
    const url = `/v1/orders/${coffee.number}/shipments/0/documents`;
    const text = await pdfOf(s, `${url}/cn23`);
    for (const expected of [
      'CUSTOMS DECLARATION CN 23',
      'Roasted coffee beans, whole, not decaffeinated (Robusta), in retail bags (COF-ROB-1000) 2 2.120',
      'Country of destination Japan (JP)',
      'Form chosen by rule upu.cn22-cn23/parcel-weight: the item weighs 2.12 kg, over the 2 kg letter-post limit',
      'To (addressee) ???? ???1-1 100-0001 ??? Japan (JP)',
      'characters the embedded font (Noto Sans: Latin, Greek, Cyrillic, Vietnamese) cannot show are printed as "?" (U+5C71 U+7530 U+592A U+90CE',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`);
    }
    const problem = await refused(s, `${url}/cn22`, 422, 'CUSTOMS_FORM_NOT_APPLICABLE', 'form');
    assert.match(problem.detail, /rule upu\.cn22-cn23\/parcel-weight/);
    await refused(s, `${url}/ics2`, 422, 'CUSTOMS_FORM_NOT_APPLICABLE', 'country');
  });

  test('by channel: a courier parcel has no CN 22 or CN 23, and its ICS2 data is for express', async () => {
    const url = `/v1/orders/${express.number}/shipments/0/documents`;
    for (const form of ['cn22', 'cn23']) await refused(s, `${url}/${form}`, 422, 'CUSTOMS_FORM_NOT_APPLICABLE', 'channel');
    const r = await getDocument(s, `${url}/ics2`);
    assert.equal(r.status, 200);
    assert.deepEqual([r.json.mode, r.json.transportDocument], ['express', { type: 'house-waybill', number: null }]);
    assert.equal(r.json.consignee.name, 'Ирина Соколова');
    const invoice = await pdfOf(s, `/v1/orders/${express.number}/documents/commercial-invoice`);
    assert.ok(invoice.includes('Buyer / consignee Ирина Соколова 12 rue de la Poêlerie Bâtiment Ä, Côté cour 25000 Besançon France (FR)'), invoice);
    assert.ok(invoice.includes('Transport Express courier, vn-express (courier)'), invoice);
  });

  test('the UK VAT number on a GB low-value parcel (refused until there is one), the VOEC number on a Norwegian one', async () => {
    const gb = await paidOrderFor(s, 'uk', 'GB', { name: 'Siân Ó Briain', lines: ['1 Test Street'], city: 'London', postalCode: 'SW1A 1AA' }, [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    assert.deepEqual(gb.lines.map((l: any) => l.taxScheme), ['UK GBP 135 point-of-sale VAT']);
    const url = `/v1/orders/${gb.number}/documents/commercial-invoice`;
    const problem = await refused(s, url, 422, 'CUSTOMS_DATA_MISSING', 'registrations.UK_VAT');
    assert.match(problem.detail, /needs the seller's UK VAT number/);
    for (const body of [{ scheme: 'UK_VAT', number: 'GB123456782', validFrom: '2026-01-01' }, { scheme: 'NO_VOEC', number: 'VOEC1234567', validFrom: '2026-01-01' }]) {
      const r = await s.admin('POST', '/v1/admin/registrations', { body });
      assert.equal(r.status, 201, said(r));
    }
    const text = await pdfOf(s, url);
    assert.ok(text.includes('UK VAT number (tax collected at checkout under UK GBP 135 point-of-sale VAT) GB123456782'), text);
    assert.ok(text.includes('Buyer / consignee Siân Ó Briain'), text);
    const no = await paidOrderFor(s, 'no', 'NO', { name: 'Åse Ødegård', lines: ['Storgata 1'], city: 'Tromsø', postalCode: '9008' }, [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    assert.deepEqual(no.lines.map((l: any) => l.taxScheme), ['VOEC']);
    const noText = await pdfOf(s, `/v1/orders/${no.number}/documents/commercial-invoice`);
    for (const expected of ['VOEC number (tax collected at checkout under VOEC) VOEC1234567', 'Buyer / consignee Åse Ødegård Storgata 1 9008 Tromsø Norway (NO)', 'Currency NOK']) {
      assert.ok(noText.includes(expected), `missing "${expected}" in:\n${noText}`);
    }
    const ics2 = await getDocument(s, `/v1/orders/${no.number}/shipments/0/documents/ics2`);
    assert.deepEqual(ics2.json.additionalFiscalReferences, [{ role: 'NO_VOEC', number: 'VOEC1234567' }]);
  });

  test('ICS2: 6-digit HS code, description, seller, consignee, value and weights as JSON', async () => {
    const r = await getDocument(s, `/v1/orders/${cashews.number}/shipments/0/documents/ics2`);
    assert.equal(r.status, 200);
    assert.equal(r.type, 'application/json; charset=utf-8');
    const j = r.json;
    const value = ddpValue(cashews.lines[0]);
    assert.deepEqual(
      { format: j.format, mode: j.mode, dispatch: j.countryOfDispatch, packages: j.numberOfPackages, mass: j.totalGrossMassKg, value: j.totalValue, incoterm: j.incoterm, fiscal: j.additionalFiscalReferences },
      { format: 'landfall.ics2-house-consignment/1', mode: 'postal', dispatch: 'VN', packages: 1, mass: '1.160', value: { amount: amountText(value), currency: 'EUR' }, incoterm: 'DDP', fiscal: [{ role: 'IOSS', number: 'IM2760000001' }] },
    );
    assert.deepEqual(j.seller, { name: 'Hội An Atelier', street: 'Hội An workshop, 12 Nguyễn Thái Học', city: 'Hội An', postcode: '560000', region: 'Quảng Nam', country: 'VN', eori: 'NL123456789' });
    assert.deepEqual(j.consignee, { name: 'Jürgen Groß', street: 'Straße des 17. Juni 12, Hinterhaus, 3. OG', city: 'Berlin', postcode: '10623', region: null, country: 'DE', email: cashews.email, phone: '+49 30 1234567' });
    assert.deepEqual(j.goodsItems, [
      { itemNumber: 1, hsCode: '080132', description: 'Cashew nuts, shelled, dried, not roasted or salted (whole kernels, grade W180), 400 g tin', quantity: 2, grossMassKg: '1.160', netMassKg: '1.160', value: { amount: amountText(value), currency: 'EUR' }, countryOfOrigin: 'VN' },
    ]);
    assert.deepEqual(j.reference, { order: cashews.number, shipment: cashews.shipments[0].id, position: 0 });
  });

  test('packing slip: what is in the parcel, for the buyer, without prices', async () => {
    const text = await pdfOf(s, `/v1/orders/${dresses.number}/shipments/0/documents/packing-slip`);
    for (const expected of ['PACKING SLIP', `Order ${dresses.number} · parcel 1 of 1`, 'Ship to Łukasz Wróblewski-Żółć', `${dresses.lines[0].title} DRS-SLP-S 3 3`, 'Items in this parcel 3']) {
      assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`);
    }
    assert.doesNotMatch(text, /EUR|\d+\.\d\d\b/, 'no prices or amounts');
  });

  test('pick list of Hội An: the planned parcels of paid orders summed per SKU; an unpaid one is held', async () => {
    const unpaidCart = await cartFor(s, 'eu', 'DE', GERMAN, [{ sku: 'NUT-W180-400', quantity: 1 }]);
    const unpaid = await checkout(s, unpaidCart.id);
    assert.equal(unpaid.status, 201, said(unpaid));
    const text = await pdfOf(s, '/v1/admin/warehouses/vn-hoian/pick-list');
    for (const expected of [
      'PICK LIST',
      'Hội An workshop (vn-hoian)',
      `NUT-W180-400 King Cashews W180 Gift Tin (400 g) 3 ${cashews.number}/1 x2, ${express.number}/1 x1`,
      `DRS-SLP-S Hội An Silk Slip Dress (S) 3 ${dresses.number}/1 x3`,
      `COF-ROB-1000 Buôn Ma Thuột Robusta Whole Beans (1 kg) 2 ${coffee.number}/1 x2`,
      `Not to pick yet Parcel Why ${unpaid.body.order.number}/1 not paid yet`,
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`);
    }
    const venlo = await pdfOf(s, '/v1/admin/warehouses/nl-venlo/pick-list');
    assert.ok(venlo.includes('Nothing to pick'), venlo);
    await refused(s, '/v1/admin/warehouses/mars/pick-list', 404, 'WAREHOUSE_NOT_FOUND', 'code');
  });

  describe('bad input', () => {
    test('a line without HS code or origin cannot get customs documents: each line and field is named, and nothing changes', async () => {
      const order = await paidOrderFor(s, 'eu', 'DE', GERMAN, [{ sku: 'NUT-W180-400', quantity: 1 }, { sku: 'DRS-SLP-S', quantity: 1 }]);
      const row = (await db().orm.select({ id: orders.id }).from(orders).where(eq(orders.number, order.number)))[0]!;
      await db().orm.update(orderLines).set({ originCountry: null }).where(and(eq(orderLines.orderId, row.id), eq(orderLines.position, 0)));
      await db().orm.update(orderLines).set({ hsCode: null }).where(and(eq(orderLines.orderId, row.id), eq(orderLines.position, 1)));
      const before = (await s.admin('GET', `/v1/admin/orders/${order.number}`)).body;
      for (const url of [`/v1/orders/${order.number}/documents/commercial-invoice`, `/v1/orders/${order.number}/documents/proforma-invoice`, `/v1/orders/${order.number}/shipments/0/documents/cn23`, `/v1/orders/${order.number}/shipments/0/documents/ics2`]) {
        const problem = await refused(s, url, 422, 'CUSTOMS_DATA_MISSING', 'lines[0].originCountry');
        assert.deepEqual(problem.errors.map((e: any) => e.field), ['lines[0].originCountry', 'lines[1].hsCode'], url);
        assert.match(problem.errors[1].message, /^line 2 \(DRS-SLP-S, .*\) has no HS code: customs documents need one$/);
      }
      const packing = await getDocument(s, `/v1/orders/${order.number}/shipments/0/documents/packing-slip`);
      assert.equal(packing.status, 200, 'a packing slip needs no customs data');
      assert.deepEqual((await s.admin('GET', `/v1/admin/orders/${order.number}`)).body, before);
    });

    test('unknown order, parcel or warehouse: 404 naming the field; a bad position or option: 400', async () => {
      await refused(s, '/v1/orders/LF-999999/documents/commercial-invoice', 404, 'ORDER_NOT_FOUND', 'number');
      await refused(s, `/v1/orders/${cashews.number}/shipments/5/documents/cn22`, 404, 'SHIPMENT_NOT_FOUND', 'position');
      await refused(s, `/v1/orders/${cashews.number}/documents/commercial-invoice?shipment=4`, 404, 'SHIPMENT_NOT_FOUND', 'shipment');
      await refused(s, `/v1/orders/${cashews.number}/shipments/0/documents/cn24`, 400, 'VALIDATION_FAILED', 'kind');
      await refused(s, `/v1/orders/${cashews.number}/documents/commercial-invoice?packagingG=-1`, 400, 'VALIDATION_FAILED', 'packagingG');
    });

    test('a cancelled order is refused every document; an unpaid one gets a pro forma but no commercial invoice', async () => {
      const cart = await cartFor(s, 'eu', 'DE', POLISH, [{ sku: 'NUT-W180-400', quantity: 1 }]);
      const placed = await checkout(s, cart.id);
      assert.equal(placed.status, 201, said(placed));
      const number = placed.body.order.number;
      await refused(s, `/v1/orders/${number}/documents/commercial-invoice`, 409, 'ORDER_STATE_CONFLICT', 'status');
      assert.ok((await pdfOf(s, `/v1/orders/${number}/documents/proforma-invoice`)).includes('PRO FORMA INVOICE'));
      const cancelled = await s.admin('POST', `/v1/admin/orders/${number}/cancel`, { body: { reason: 'test' } });
      assert.equal(cancelled.status, 200, said(cancelled));
      for (const url of [`/v1/orders/${number}/documents/commercial-invoice`, `/v1/orders/${number}/documents/proforma-invoice`, ...['cn22', 'cn23', 'ics2', 'packing-slip'].map((k) => `/v1/orders/${number}/shipments/0/documents/${k}`)]) {
        const problem = await refused(s, url, 409, 'ORDER_STATE_CONFLICT', 'status');
        assert.match(problem.detail, /is cancelled/);
      }
    });

    test('admin scope: no key 401, a buyer-side key 403', async () => {
      await refused(s, `/v1/orders/${cashews.number}/documents/commercial-invoice`, 401, 'UNAUTHENTICATED', '', null);
      await refused(s, `/v1/orders/${cashews.number}/documents/commercial-invoice`, 403, 'FORBIDDEN', '', s.apiKey);
    });

    test('a parcel inside the EU customs union has no postal declaration nor ICS2 data', async () => {
      const order = await paidOrderFor(s, 'eu', 'DE', GERMAN, [{ sku: 'TEE-LAN-M', quantity: 1 }]);
      assert.equal(order.shipments[0].warehouse, 'nl-venlo');
      await refused(s, `/v1/orders/${order.number}/shipments/0/documents/cn22`, 422, 'CUSTOMS_FORM_NOT_APPLICABLE', 'shipment');
      await refused(s, `/v1/orders/${order.number}/shipments/0/documents/ics2`, 422, 'CUSTOMS_FORM_NOT_APPLICABLE', 'country');
    });
  });
});
