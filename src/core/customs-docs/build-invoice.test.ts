import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildInvoice } from './build-invoice.js';
import { customsLines, customsValueOf } from './customs-lines.js';
import { berlinParcel } from './customs-docs.fixture.js';
import { eoriTerritory } from './required-registrations.js';

test('a DDP parcel under IOSS: every line with its description, national code, origin, values and weights; the seller is importer of record', () => {
  const r = buildInvoice(berlinParcel(), 'commercial');
  assert.ok(r.ok, JSON.stringify(r));
  const inv = r.value;
  assert.equal(inv.title, 'Commercial invoice');
  assert.equal(inv.number, 'LF-100420-1');
  assert.equal(inv.date, '2026-11-28');
  assert.deepEqual(inv.seller, { name: 'Hội An Atelier', address: { lines: ['Hội An workshop', '12 Nguyễn Thái Học'], city: 'Hội An', postalCode: '560000', region: 'Quảng Nam', country: 'VN' }, email: null, phone: null });
  assert.deepEqual(inv.buyer, { name: 'Jürgen Müller', address: { lines: ['Straße des 17. Juni 1'], city: 'Berlin', postalCode: '10115', region: null, country: 'DE' }, email: 'juergen@example.de', phone: '+49 30 1234567' });
  assert.deepEqual(inv.importerOfRecord, { party: 'seller', name: 'Hội An Atelier', explanation: 'DDP: the seller clears the goods for import and pays the duties and import taxes' });
  assert.deepEqual(inv.incoterm, { code: 'DDP', place: 'Berlin, DE', text: 'DDP Berlin, DE (Incoterms 2020)' });
  assert.equal(inv.currency, 'EUR');
  assert.equal(inv.reasonForExport, 'Sale of goods');
  // 59.80 with 9.55 VAT collected under IOSS -> 50.25 for two (25.125 -> 25.13 a unit, half up); 14.90 - 0.97 -> 13.93.
  // Packaging of 120 g split by net weight 440:280 -> 73 and 47 (largest remainder).
  assert.deepEqual(
    inv.lines.map((l) => [l.orderLine, l.sku, l.description, l.quantity, l.hs6, l.tariffCode, l.tariffTerritory, l.originCountry, l.unitValueMinor, l.valueMinor, l.netWeightG, l.grossWeightG]),
    [
      [0, 'TEE-LAN-M', "Men's T-shirt, knitted, of cotton", 2, '610910', '6109100010', 'EU', 'VN', 2513, 5025, 440, 513],
      [1, 'COF-ROB-250', 'Roasted coffee beans, not decaffeinated', 1, '090121', '090121', null, 'VN', 1393, 1393, 280, 327],
    ],
  );
  assert.deepEqual(inv.totals, { goodsMinor: 6418, freightMinor: 990, insuranceMinor: 0, totalMinor: 7408, netWeightG: 720, grossWeightG: 840, packages: 1, units: 3 });
  assert.deepEqual(inv.dutiesAndTaxes, { minor: 1652, paidBy: 'seller', text: 'Duties, import taxes and fees: paid by the seller (DDP), collected from the buyer at checkout' });
  assert.deepEqual(inv.registrations, [
    { scheme: 'IOSS', label: 'IOSS number', number: 'IM2760000001', reason: 'tax collected at checkout under IOSS' },
    { scheme: 'EORI', label: 'EORI number (EU)', number: 'NL123456789', reason: 'importer' },
  ]);
  assert.match(inv.declaration, /^I declare that the information on this invoice is true and correct/);
  assert.deepEqual(inv.signature, { name: 'Hội An Atelier', place: 'Hội An, VN', date: '2026-11-28' });
});

test('DAP: the buyer is importer of record and a tax-inclusive price whose tax is paid at the border stays whole', () => {
  const base = berlinParcel();
  const lines = base.order.lines.map((l) => ({ ...l, taxScheme: null }));
  const r = buildInvoice(berlinParcel({ order: { ...base.order, incoterm: 'DAP', lines } }), 'commercial');
  assert.ok(r.ok);
  assert.deepEqual(r.value.importerOfRecord, { party: 'buyer', name: 'Jürgen Müller', explanation: 'DAP: the buyer clears the goods for import and pays the duties and import taxes on delivery' });
  assert.equal(r.value.incoterm.text, 'DAP Berlin, DE (Incoterms 2020)');
  assert.deepEqual(r.value.lines.map((l) => l.valueMinor), [5980, 1490]);
  assert.equal(r.value.dutiesAndTaxes.paidBy, 'buyer');
  assert.deepEqual(r.value.registrations.map((x) => x.scheme), ['EORI'], 'no IOSS number without an IOSS line');
});

test('customsValueOf: the included tax comes off only as far as it was collected at checkout', () => {
  const line = { goodsMinor: 2990, taxIncludedMinor: 477, taxesMinor: 477, taxScheme: null };
  assert.equal(customsValueOf(line, 'DDP'), 2513);
  assert.equal(customsValueOf(line, 'DAP'), 2990);
  assert.equal(customsValueOf({ ...line, taxScheme: 'IOSS' }, 'DAP'), 2513);
  assert.equal(customsValueOf({ ...line, taxesMinor: 0 }, 'DDP'), 2990, 'tax in the price but not due: the buyer paid the price for the goods');
});

test('the pro forma invoice: same data, PF- number, and it is the only invoice of an unpaid order', () => {
  const base = berlinParcel();
  const unpaid = berlinParcel({ order: { ...base.order, status: 'pending_payment', paidOn: null } });
  const commercial = buildInvoice(unpaid, 'commercial');
  assert.ok(!commercial.ok);
  assert.deepEqual([commercial.code, commercial.field], ['ORDER_STATE_CONFLICT', 'status']);
  assert.match(commercial.message, /not paid yet.*pro forma/);
  const proforma = buildInvoice(unpaid, 'proforma');
  assert.ok(proforma.ok);
  assert.deepEqual([proforma.value.title, proforma.value.number, proforma.value.totals.totalMinor], ['Pro forma invoice', 'PF-LF-100420-1', 7408]);
  assert.match(proforma.value.notes[0]!, /^Pro forma invoice: .*no payment is due/);
});

test('a cancelled order gets no invoice', () => {
  const base = berlinParcel();
  for (const kind of ['commercial', 'proforma'] as const) {
    const r = buildInvoice(berlinParcel({ order: { ...base.order, status: 'cancelled', cancelled: true } }), kind);
    assert.ok(!r.ok);
    assert.deepEqual([r.code, r.field], ['ORDER_STATE_CONFLICT', 'status']);
  }
});

test('lines without HS code or origin: every one is named by line and field, nothing is built', () => {
  const base = berlinParcel();
  const lines = [{ ...base.order.lines[0]!, originCountry: null }, { ...base.order.lines[1]!, hsCode: null }];
  const r = buildInvoice(berlinParcel({ order: { ...base.order, lines } }), 'commercial');
  assert.ok(!r.ok);
  assert.equal(r.code, 'CUSTOMS_DATA_MISSING');
  assert.equal(r.field, 'lines[0].originCountry');
  assert.deepEqual(r.details?.map((d) => d.field), ['lines[0].originCountry', 'lines[1].hsCode']);
  assert.match(r.details![1]!.message, /^line 2 \(COF-ROB-250, Buôn Ma Thuột Robusta Whole Beans, 250 g\) has no HS code/);
  const badCode = buildInvoice(berlinParcel({ order: { ...base.order, lines: [base.order.lines[0]!, { ...base.order.lines[1]!, hsCode: '0901' }] } }), 'commercial');
  assert.ok(!badCode.ok);
  assert.equal(badCode.field, 'lines[1].hsCode');
  assert.match(badCode.message, /"0901" is not 6 to 10 digits/);
});

test('an IOSS line without an IOSS registration valid on the day of the sale is named', () => {
  const r = buildInvoice(berlinParcel({ registrations: [{ scheme: 'EORI', number: 'NL123456789' }] }), 'commercial');
  assert.ok(!r.ok);
  assert.deepEqual([r.code, r.field], ['CUSTOMS_DATA_MISSING', 'registrations.IOSS']);
});

test('the UK VAT number on a GB low-value parcel, the VOEC number on a Norwegian one, with the GB EORI for a GB import', () => {
  const base = berlinParcel();
  const uk = (scheme: string) => berlinParcel({ order: { ...base.order, country: 'GB', lines: base.order.lines.map((l) => ({ ...l, taxScheme: scheme })) }, territories: { origin: 'VN', destination: 'GB' }, registrations: [...base.registrations, { scheme: 'NO_VOEC', number: 'VOEC1234567' }] });
  const gb = buildInvoice(uk('UK GBP 135 point-of-sale VAT'), 'commercial');
  assert.ok(gb.ok);
  assert.deepEqual(gb.value.registrations.map((r) => [r.label, r.number]), [['UK VAT number', 'GB123456782'], ['EORI number (GB)', 'GB123456789000']]);
  assert.deepEqual(gb.value.lines.map((l) => l.tariffCode), ['610910', '0901210000'], 'the GB national code where the catalog has one');
  const no = buildInvoice({ ...uk('VOEC'), territories: { origin: 'VN', destination: 'NO' } }, 'commercial');
  assert.ok(no.ok);
  assert.deepEqual(no.value.registrations.map((r) => [r.label, r.number]), [['VOEC number', 'VOEC1234567']]);
});

test('a shipment line for part of an order line gets its share by quantity; packaging 0 keeps gross = net', () => {
  const base = berlinParcel();
  const r = customsLines(berlinParcel({ packagingWeightG: 0, shipment: { ...base.shipment, lines: [{ sku: 'TEE-LAN-M', quantity: 1 }] } }));
  assert.ok(r.ok);
  assert.deepEqual(r.value, { lines: [{ ...r.value.lines[0]!, valueMinor: 2513, unitValueMinor: 2513, netWeightG: 220, grossWeightG: 220 }], valueMinor: 2513, netWeightG: 220, grossWeightG: 220, units: 1 });
  const stray = customsLines(berlinParcel({ shipment: { ...base.shipment, lines: [{ sku: 'NOPE', quantity: 1 }] } }));
  assert.ok(!stray.ok);
  assert.equal(stray.field, 'shipment.lines[0].sku');
});

test('eoriTerritory reads the issuing territory from the prefix', () => {
  assert.deepEqual(['NL123456789', 'GB123456789000', 'XI123456789000', 'US12345', 'de999'].map(eoriTerritory), ['EU', 'GB', 'GB', null, 'EU']);
});
