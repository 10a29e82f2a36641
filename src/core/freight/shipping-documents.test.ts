import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildInvoice } from '../customs-docs/build-invoice.js';
import { berlinParcel } from '../customs-docs/customs-docs.fixture.js';
import type { DocFreight } from '../customs-docs/freight-section.js';
import { buildShippingInstructions } from './build-shipping-instructions.js';
import { defaultConsignee, defaultShipper } from './default-parties.js';
import type { FreightPartyData } from './freight-party.js';

const party = (name: string, country: string, extra: Partial<FreightPartyData> = {}): FreightPartyData => ({ name, address: { name, lines: ['1 Quay Road'], city: 'Port', postalCode: null, region: null, country, phone: null }, contact: null, taxNumber: null, eori: null, ...extra });

const freight: DocFreight = {
  id: '00000000-0000-4000-8000-000000000001',
  orderNumber: 'LF-100420',
  mode: 'sea',
  documentKind: 'bill_of_lading',
  documentNumber: 'MAEU245W001',
  carrier: 'Maersk',
  voyage: 'MAERSK ESSEN 245W',
  shipper: party('Hội An Atelier Export', 'VN'),
  consignee: party('Kaffeehaus Nord GmbH', 'DE', { contact: 'einkauf@kaffeehaus.example', eori: 'DE123456789012345' }),
  notifyParty: party('Hamburg Customs Brokers', 'DE'),
  placeOfReceipt: null,
  portOfLoading: 'VNSGN',
  portOfDischarge: 'DEHAM',
  placeOfDelivery: null,
  packages: [
    { count: 40, kind: 'CT', marks: 'KHN/HAM 1-40', description: 'Roasted coffee', grossWeightG: 840_000, volumeCm3: 2_400_000, hsCode: '090121' },
    { count: 1, kind: 'PX', marks: 'KHN/HAM P1', description: 'Cashews', grossWeightG: 310_400, volumeCm3: null, hsCode: null },
  ],
  grossWeightG: 1_150_400,
  marks: 'CSQU3054383',
  status: 'booked',
  incoterm: { code: 'FOB', name: 'Free On Board', place: 'VNSGN', text: 'FOB VNSGN (Incoterms 2020)' },
};

test('an invoice of an order going as freight: shipper and consignee as parties, its Incoterm, the transport section', () => {
  const r = buildInvoice(berlinParcel({ freight }), 'proforma');
  assert.ok(r.ok, JSON.stringify(r));
  const inv = r.value;
  assert.equal(inv.seller.name, 'Hội An Atelier Export');
  assert.deepEqual([inv.buyer.name, inv.buyer.email, inv.buyer.address.country], ['Kaffeehaus Nord GmbH', 'einkauf@kaffeehaus.example', 'DE']);
  assert.deepEqual(inv.incoterm, { code: 'FOB', place: 'VNSGN', text: 'FOB VNSGN (Incoterms 2020)' });
  assert.deepEqual(inv.importerOfRecord, { party: 'buyer', name: 'Kaffeehaus Nord GmbH', explanation: 'FOB: the buyer clears the goods for import and pays the duties and import taxes' });
  assert.equal(inv.dutiesAndTaxes.paidBy, 'buyer');
  assert.deepEqual(inv.freight && [inv.freight.documentTitle, inv.freight.documentNumber, inv.freight.packageCount, inv.freight.grossWeightG, inv.freight.marks, inv.freight.notifyParty?.name], ['Bill of lading', 'MAEU245W001', 41, 1_150_400, 'CSQU3054383', 'Hamburg Customs Brokers']);
  assert.deepEqual(inv.freight?.route, [{ label: 'Port of loading', value: 'VNSGN' }, { label: 'Port of discharge', value: 'DEHAM' }]);
  assert.ok(inv.notes.some((n) => n.includes('bill of lading MAEU245W001')));
});

test('without a freight shipment the invoice is the parcel\'s, with no transport section', () => {
  const r = buildInvoice(berlinParcel(), 'commercial');
  assert.ok(r.ok);
  assert.equal(r.value.freight, null);
  assert.equal(r.value.incoterm.text, 'DDP Berlin, DE (Incoterms 2020)');
});

test('shipping instructions: totals, labels by mode, kind names, volume only when every line has one', () => {
  const si = buildShippingInstructions(freight, freight.incoterm, new Map([['CT', 'Carton'], ['PX', 'Pallet']]), '2026-11-28');
  assert.equal(si.documentTitle, 'Bill of lading');
  assert.deepEqual(si.totals, { packages: 41, grossWeightG: 1_150_400, volumeCm3: null });
  assert.deepEqual(si.packages.map((p) => p.kindName), ['Carton', 'Pallet']);
  assert.equal(si.voyage.label, 'Vessel / voyage');
  const air = buildShippingInstructions({ ...freight, mode: 'air', documentKind: 'air_waybill', portOfLoading: 'SGN', portOfDischarge: 'FRA', packages: [freight.packages[0]!], notifyParty: null }, freight.incoterm, new Map(), '2026-11-28');
  assert.deepEqual(air.route.map((r) => r.label), ['Airport of departure', 'Airport of destination']);
  assert.equal(air.totals.volumeCm3, 2_400_000);
  assert.equal(air.packages[0]!.kindName, 'CT', 'an unknown code prints as itself');
  assert.ok(air.notes.includes('Notify party: same as consignee.'));
});

test('default parties: the store at its warehouse as shipper; the company, else the buyer, as consignee', () => {
  const input = berlinParcel();
  const shipper = defaultShipper(input, 'NL123456789');
  assert.deepEqual([shipper.name, shipper.address.country, shipper.address.lines[0], shipper.eori], ['Hội An Atelier', 'VN', 'Hội An workshop', 'NL123456789']);
  const buyer = defaultConsignee(input.order, null);
  assert.deepEqual([buyer.name, buyer.contact, buyer.address.phone], ['Jürgen Müller', 'juergen@example.de', '+49 30 1234567']);
  const company = defaultConsignee(input.order, { name: 'Kaffeehaus Nord GmbH', address: { name: 'Wareneingang', lines: ['Am Sandtorkai 1'], city: 'Hamburg', postalCode: '20457', country: 'DE' }, email: 'einkauf@kaffeehaus.example', taxNumber: 'DE123456789', eori: 'DE123456789012345' });
  assert.deepEqual([company.name, company.address.name, company.address.city, company.taxNumber, company.eori], ['Kaffeehaus Nord GmbH', 'Kaffeehaus Nord GmbH', 'Hamburg', 'DE123456789', 'DE123456789012345']);
});
