import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildIcs2 } from './build-ics2.js';
import { buildPostalDeclaration, CN22_DECLARATION } from './build-postal-declaration.js';
import { choosePostalForm, kg, type SdrRate } from './choose-postal-form.js';
import { berlinParcel, ICS2, POSTAL_RULE } from './customs-docs.fixture.js';
import { ruleOn, sdrTableOn } from './customs-rules.js';

const EUR: SdrRate = { currency: 'EUR', perUnit: '0.859533', date: '2025-12-23', source: 'IMF', via: null };
const JPY: SdrRate = { currency: 'JPY', perUnit: '0.00465252', date: '2025-12-23', source: 'IMF', via: null };

test('CN 22 up to 300 SDR, CN 23 above, compared exactly in SDR (EUR 349.02 is 299.99 SDR, EUR 349.03 is 300.0028)', () => {
  const cases: Array<[number, string, SdrRate, string, string]> = [
    [34902, 'EUR', EUR, 'CN22', '299.99'],
    [34903, 'EUR', EUR, 'CN23', '300.00'],
    [64481, 'JPY', JPY, 'CN22', '300.00'],
    [64482, 'JPY', JPY, 'CN23', '300.00'],
    [6418, 'EUR', EUR, 'CN22', '55.16'],
  ];
  for (const [valueMinor, currency, rate, form, sdr] of cases) {
    const r = choosePostalForm({ channel: 'postal', valueMinor, currency, grossWeightG: 840 }, POSTAL_RULE, rate);
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual([r.value.form, r.value.valueSdr, r.value.rule], [form, sdr, 'upu.cn22-cn23/value'], `${currency} ${valueMinor}`);
  }
  const over = choosePostalForm({ channel: 'postal', valueMinor: 34903, currency: 'EUR', grossWeightG: 840 }, POSTAL_RULE, EUR);
  assert.ok(over.ok);
  assert.equal(over.value.reason, 'the contents are worth 300.00 SDR (EUR 349.03 at 0.859533 SDR per EUR (2025-12-23)), over 300 SDR: CN 23');
});

test('by channel and weight: a courier parcel has no CN form; a postal item over 2 kg is a parcel with a CN 23 whatever its value', () => {
  const courier = choosePostalForm({ channel: 'courier', valueMinor: 1000, currency: 'EUR', grossWeightG: 500 }, POSTAL_RULE, EUR);
  assert.ok(!courier.ok);
  assert.deepEqual([courier.code, courier.field], ['CUSTOMS_FORM_NOT_APPLICABLE', 'channel']);
  const heavy = choosePostalForm({ channel: 'postal', valueMinor: 1000, currency: 'EUR', grossWeightG: 2001 }, POSTAL_RULE, EUR);
  assert.ok(heavy.ok);
  assert.deepEqual([heavy.value.form, heavy.value.rule], ['CN23', 'upu.cn22-cn23/parcel-weight']);
  assert.equal(heavy.value.reason, 'the item weighs 2.001 kg, over the 2 kg letter-post limit: it is a postal parcel, which carries a CN 23');
  const limit = choosePostalForm({ channel: 'postal', valueMinor: 1000, currency: 'EUR', grossWeightG: 2000 }, POSTAL_RULE, EUR);
  assert.ok(limit.ok);
  assert.equal(limit.value.form, 'CN22');
  const wrongRate = choosePostalForm({ channel: 'postal', valueMinor: 1000, currency: 'USD', grossWeightG: 100 }, POSTAL_RULE, EUR);
  assert.ok(!wrongRate.ok);
  assert.equal(wrongRate.field, 'currency');
  assert.deepEqual([kg(540), kg(1060), kg(2000), kg(5)], ['0.54', '1.06', '2', '0.005']);
});

test('the CN 22 of the Berlin parcel: the UPU boxes filled; asking for a CN 23 names the rule that chose the CN 22', () => {
  const r = buildPostalDeclaration(berlinParcel(), 'CN22', POSTAL_RULE, EUR);
  assert.ok(r.ok, JSON.stringify(r));
  const d = r.value;
  assert.deepEqual([d.form, d.operator, d.category, d.currency, d.totalValueMinor, d.totalGrossWeightG, d.postalChargesMinor, d.invoiceNumber, d.itemNumber], ['CN22', 'VNPost', 'Sale of goods', 'EUR', 6418, 840, 990, 'LF-100420-1', null]);
  assert.equal(d.sender.name, 'Hội An Atelier');
  assert.equal(d.addressee.name, 'Jürgen Müller');
  assert.equal(d.importerContact, '+49 30 1234567, juergen@example.de');
  assert.deepEqual(d.senderReferences.map((x) => x.number), ['IM2760000001', 'NL123456789']);
  assert.deepEqual(d.lines.map((l) => [l.description, l.quantity, l.netWeightG, l.valueMinor, l.tariffCode, l.originCountry]), [
    ["Men's T-shirt, knitted, of cotton", 2, 440, 5025, '6109100010', 'VN'],
    ['Roasted coffee beans, not decaffeinated', 1, 280, 1393, '090121', 'VN'],
  ]);
  assert.equal(d.declaration, CN22_DECLARATION);
  assert.equal(d.choice.valueSdr, '55.16');
  const cn23 = buildPostalDeclaration(berlinParcel(), 'CN23', POSTAL_RULE, EUR);
  assert.ok(!cn23.ok);
  assert.deepEqual([cn23.code, cn23.field], ['CUSTOMS_FORM_NOT_APPLICABLE', 'form']);
  assert.match(cn23.message, /needs a CN 22, not a CN 23: the contents are worth 55\.16 SDR .*\(rule upu\.cn22-cn23\/value\)$/);
});

test('a heavier Berlin parcel needs the CN 23; a parcel inside one customs territory needs neither', () => {
  const cn23 = buildPostalDeclaration(berlinParcel({ packagingWeightG: 1500 }), 'CN23', POSTAL_RULE, EUR);
  assert.ok(cn23.ok);
  assert.deepEqual([cn23.value.form, cn23.value.choice.rule, cn23.value.totalGrossWeightG], ['CN23', 'upu.cn22-cn23/parcel-weight', 2220]);
  assert.match(cn23.value.declaration, /I have met all applicable export filing requirements/);
  const inside = buildPostalDeclaration(berlinParcel({ territories: { origin: 'EU', destination: 'EU' } }), 'CN22', POSTAL_RULE, EUR);
  assert.ok(!inside.ok);
  assert.deepEqual([inside.code, inside.field], ['CUSTOMS_FORM_NOT_APPLICABLE', 'shipment']);
});

test('ICS2: house-level data with 6-digit HS codes, seller and consignee, value and weights, the IOSS number as fiscal reference', () => {
  const r = buildIcs2(berlinParcel(), ICS2);
  assert.ok(r.ok, JSON.stringify(r));
  const j = r.value;
  assert.deepEqual([j.mode, j.transportDocument, j.countryOfDispatch, j.numberOfPackages, j.totalGrossMassKg, j.totalValue], ['postal', { type: 'postal-item', number: null }, 'VN', 1, '0.840', { amount: '64.18', currency: 'EUR' }]);
  assert.deepEqual(j.seller, { name: 'Hội An Atelier', street: 'Hội An workshop, 12 Nguyễn Thái Học', city: 'Hội An', postcode: '560000', region: 'Quảng Nam', country: 'VN', eori: 'NL123456789' });
  assert.deepEqual(j.consignee, { name: 'Jürgen Müller', street: 'Straße des 17. Juni 1', city: 'Berlin', postcode: '10115', region: null, country: 'DE', email: 'juergen@example.de', phone: '+49 30 1234567' });
  assert.deepEqual(j.goodsItems, [
    { itemNumber: 1, hsCode: '610910', description: "Men's T-shirt, knitted, of cotton", quantity: 2, grossMassKg: '0.513', netMassKg: '0.440', value: { amount: '50.25', currency: 'EUR' }, countryOfOrigin: 'VN' },
    { itemNumber: 2, hsCode: '090121', description: 'Roasted coffee beans, not decaffeinated', quantity: 1, grossMassKg: '0.327', netMassKg: '0.280', value: { amount: '13.93', currency: 'EUR' }, countryOfOrigin: 'VN' },
  ]);
  assert.deepEqual(j.additionalFiscalReferences, [{ role: 'IOSS', number: 'IM2760000001' }]);
  const base = berlinParcel();
  const express = buildIcs2(berlinParcel({ shipment: { ...base.shipment, channel: 'courier', trackingNumber: '1Z999' } }), ICS2);
  assert.ok(express.ok);
  assert.deepEqual([express.value.mode, express.value.transportDocument], ['express', { type: 'house-waybill', number: '1Z999' }]);
});

test('ICS2 is refused outside its area and from inside it, and for lines without HS code', () => {
  const base = berlinParcel();
  const us = buildIcs2(berlinParcel({ order: { ...base.order, country: 'US' } }), ICS2);
  assert.ok(!us.ok);
  assert.deepEqual([us.code, us.field], ['CUSTOMS_FORM_NOT_APPLICABLE', 'country']);
  const fromNl = buildIcs2(berlinParcel({ warehouse: { ...base.warehouse, country: 'NL' } }), ICS2);
  assert.ok(!fromNl.ok);
  assert.equal(fromNl.code, 'CUSTOMS_FORM_NOT_APPLICABLE');
  const noHs = buildIcs2(berlinParcel({ order: { ...base.order, lines: [base.order.lines[0]!, { ...base.order.lines[1]!, hsCode: null }] } }), ICS2);
  assert.ok(!noHs.ok);
  assert.deepEqual([noHs.code, noHs.field], ['CUSTOMS_DATA_MISSING', 'lines[1].hsCode']);
});

test('dated rules: the one in effect on the date; the SDR table published on or before it', () => {
  const rules = [
    { id: 'a', effectiveFrom: '2018-01-01', effectiveTo: '2027-01-01' },
    { id: 'b', effectiveFrom: '2027-01-01' },
  ];
  assert.deepEqual([ruleOn(rules, '2026-12-31')?.id, ruleOn(rules, '2027-01-01')?.id, ruleOn(rules, '2017-12-31')?.id], ['a', 'b', undefined]);
  const tables = [
    { date: '2025-12-23', perUnit: {}, crossVia: 'USD', source: 'x' },
    { date: '2026-06-30', perUnit: {}, crossVia: 'USD', source: 'y' },
  ];
  assert.deepEqual([sdrTableOn(tables, '2026-01-01')?.date, sdrTableOn(tables, '2026-07-01')?.date, sdrTableOn(tables, '2020-01-01')?.date], ['2025-12-23', '2026-06-30', '2025-12-23']);
});
