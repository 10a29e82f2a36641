import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INCOTERM_CODES, type IncotermRule } from '../b2b/incoterms.js';
import { documentKindFor } from './document-kinds.js';
import { checkFreightIncoterm, namedPlaceFor } from './freight-incoterm.js';
import { parseFreightShipment, type FreightTables } from './freight-input.js';
import { parseFreightPatch } from './freight-status.js';
import { checkGrossWeight } from './gross-weight.js';

const tables: FreightTables = { packageKinds: new Map([['CT', 'Carton'], ['PX', 'Pallet'], ['CN', 'Container']]) };
const consignee = { name: 'Kaffeehaus Nord GmbH', address: { lines: ['Am Sandtorkai 1'], city: 'Hamburg', postalCode: '20457', country: 'DE' }, eori: 'DE123456789012345' };
const sea = {
  mode: 'sea',
  carrier: 'Maersk',
  voyage: 'MAERSK ESSEN 245W',
  consignee,
  portOfLoading: 'VN SGN',
  portOfDischarge: 'DEHAM',
  placeOfDelivery: 'Hamburg warehouse',
  packages: [
    { count: 40, kind: 'CT', marks: 'KHN/HAM 1-40', description: 'Roasted coffee beans, 20 x 1 kg', grossWeightG: 840_000, volumeCm3: 2_400_000, hsCode: '0901.21' },
    { count: 1, kind: 'PX', marks: 'KHN/HAM P1', description: 'Cashew nuts in tins', grossWeightG: 310_400 },
  ],
};
const fields = (r: { ok: boolean; details?: readonly { field: string }[] }) => (r.ok ? [] : (r.details ?? []).map((d) => d.field));

test('a sea shipment: defaults filled (bill of lading, weight summed), codes normalized', () => {
  const r = parseFreightShipment(sea, tables);
  assert.ok(r.ok, JSON.stringify(r));
  assert.equal(r.value.documentKind, 'bill_of_lading');
  assert.equal(r.value.portOfLoading, 'VNSGN');
  assert.equal(r.value.grossWeightG, 1_150_400);
  assert.equal(r.value.packages[0]!.hsCode, '090121');
  assert.equal(r.value.consignee!.address.country, 'DE');
  assert.equal(r.value.consignee!.eori, 'DE123456789012345');
  assert.equal(r.value.shipper, undefined, 'left to the default');
  assert.equal(r.value.notifyParty, null);
});

test('every wrong field is named at once, by its path', () => {
  const r = parseFreightShipment({
    ...sea,
    documentNumber: 'B/L #1',
    consignee: { ...consignee, address: { ...consignee.address, country: 'XX' } },
    portOfDischarge: 'HAMBURG',
    packages: [sea.packages[0], { ...sea.packages[1], grossWeightG: -1, kind: 'ZZZ' }],
    extra: true,
  }, tables);
  assert.deepEqual(fields(r), ['extra', 'documentNumber', 'consignee.address.country', 'portOfDischarge', 'packages[1].kind', 'packages[1].grossWeightG']);
});

test('document kind must fit the mode; an air waybill number must pass its check digit', () => {
  assert.deepEqual(documentKindFor('road', undefined), { ok: true, value: 'cmr' });
  assert.equal(documentKindFor('rail', 'cim').ok, true);
  const wrongKind = parseFreightShipment({ ...sea, mode: 'air', documentKind: 'bill_of_lading', portOfLoading: 'SGN', portOfDischarge: 'FRA', voyage: 'VN 31' }, tables);
  assert.deepEqual(fields(wrongKind), ['documentKind']);
  assert.match(wrongKind.ok ? '' : wrongKind.message, /use air waybill \(air_waybill\)/);
  const air = { ...sea, mode: 'air', portOfLoading: 'sgn', portOfDischarge: 'FRA', voyage: 'VN 31/28NOV' };
  const good = parseFreightShipment({ ...air, documentNumber: '738 1234 5675' }, tables);
  assert.ok(good.ok, JSON.stringify(good));
  assert.equal(good.value.documentKind, 'air_waybill');
  assert.equal(good.value.documentNumber, '738-12345675');
  const bad = parseFreightShipment({ ...air, documentNumber: '738-12345670' }, tables);
  assert.deepEqual(fields(bad), ['documentNumber']);
  assert.match(bad.ok ? '' : bad.message, /check digit 0, but 1234567 mod 7 is 5/);
  assert.deepEqual(fields(parseFreightShipment({ ...air, portOfLoading: 'VNSGN' }, tables)), ['portOfLoading'], 'airports by air');
  assert.deepEqual(fields(parseFreightShipment({ ...air, voyage: 'MAERSK ESSEN' }, tables)), ['voyage']);
});

test('containers: numbers in marks must pass ISO 6346, and a container line must carry one', () => {
  const box = (marks: string) => ({ ...sea, packages: [{ count: 1, kind: 'CN', marks, description: 'Coffee', grossWeightG: 18_000_000 }] });
  assert.equal(parseFreightShipment(box('CSQU3054383 seal 889911'), tables).ok, true);
  assert.deepEqual(fields(parseFreightShipment(box('CSQU3054384'), tables)), ['packages[0].marks']);
  assert.deepEqual(fields(parseFreightShipment(box('one container'), tables)), ['packages[0].marks']);
  assert.deepEqual(fields(parseFreightShipment({ ...sea, marks: 'MSKU1234560' }, tables)), ['marks']);
});

test('gross weight: the packages\' sum, a declared total within 500 g a line, else refused with both figures', () => {
  assert.deepEqual(checkGrossWeight([{ grossWeightG: 120_000 }, { grossWeightG: 80_400 }], undefined), { ok: true, value: 200_400 });
  assert.deepEqual(checkGrossWeight([{ grossWeightG: 120_000 }, { grossWeightG: 80_400 }], 201_000), { ok: true, value: 201_000 });
  assert.deepEqual(checkGrossWeight([{ grossWeightG: 120_000 }, { grossWeightG: 80_400 }], 199_400), { ok: true, value: 199_400 });
  const off = checkGrossWeight([{ grossWeightG: 120_000 }, { grossWeightG: 80_400 }], 201_401);
  assert.equal(off.ok ? '' : off.field, 'grossWeightG');
  assert.match(off.ok ? '' : off.message, /is 201401 g but the packages weigh 200400 g together; .* at most 1000 g/);
  assert.deepEqual(fields(parseFreightShipment({ ...sea, grossWeightG: 1_000_000 }, tables)), ['grossWeightG']);
  assert.deepEqual(fields(parseFreightShipment({ ...sea, packages: [{ ...sea.packages[0], grossWeightG: 2_000_000_000 }, sea.packages[1]] }, tables)), ['packages']);
});

const rule = (code: string, modes: 'any' | 'sea', anyModeAlternative: string | null) => ({ code, name: code, modes, delivery: 'on board the ship at the named port of shipment', anyModeAlternative }) as unknown as IncotermRule;

test('Incoterm vs mode: FOB by air is refused naming mode, with the reason and FCA; FCA by air and FOB by sea pass', () => {
  const r = checkFreightIncoterm(rule('FOB', 'sea', 'FCA'), 'air', 'LF-100420');
  assert.equal(r.ok ? '' : r.code, 'INCOTERM_NOT_APPLICABLE');
  assert.equal(r.ok ? '' : r.field, 'mode');
  assert.match(r.ok ? '' : r.message, /^order LF-100420 is sold FOB .*sea and inland waterway transport only.*use FCA instead/);
  assert.equal(checkFreightIncoterm(rule('FCA', 'any', null), 'air', 'LF-100420').ok, true);
  assert.equal(checkFreightIncoterm(rule('FOB', 'sea', 'FCA'), 'sea', 'LF-100420').ok, true);
  assert.equal(checkFreightIncoterm(rule('CIF', 'sea', 'CIP'), 'inland_waterway', 'LF-100420').ok, true);
  for (const mode of ['road', 'rail', 'multimodal'] as const) assert.equal(checkFreightIncoterm(rule('CIF', 'sea', 'CIP'), mode, 'LF-1').ok, false, mode);
});

test('the named place follows the rule: shipment side for E/F, port of destination for CFR/CIF, destination for the rest', () => {
  const places = { placeOfReceipt: 'Hội An', portOfLoading: 'VNSGN', portOfDischarge: 'DEHAM', placeOfDelivery: 'Berlin' };
  const named = Object.fromEntries(INCOTERM_CODES.map((c) => [c, namedPlaceFor(c, places)]));
  assert.deepEqual(named, { EXW: 'Hội An', FCA: 'Hội An', FAS: 'VNSGN', FOB: 'VNSGN', CFR: 'DEHAM', CIF: 'DEHAM', CPT: 'Berlin', CIP: 'Berlin', DAP: 'Berlin', DPU: 'Berlin', DDP: 'Berlin' });
});

test('status: booked -> shipped (with its document number) -> arrived; cancelled only while booked', () => {
  const at = (status: string, documentNumber: string | null = null) => ({ status, mode: 'sea' as const, documentKind: 'bill_of_lading' as const, documentNumber });
  assert.deepEqual(parseFreightPatch({ status: 'shipped', documentNumber: 'maeu245w001' }, at('booked')), { ok: true, value: { status: 'shipped', documentNumber: 'MAEU245W001' } });
  const noNumber = parseFreightPatch({ status: 'shipped' }, at('booked'));
  assert.equal(noNumber.ok ? '' : noNumber.field, 'documentNumber');
  assert.equal(parseFreightPatch({ status: 'arrived' }, at('shipped', 'X1')).ok, true);
  const back = parseFreightPatch({ status: 'booked' }, at('shipped', 'X1'));
  assert.deepEqual(back.ok ? [] : [back.code, back.field], ['FREIGHT_STATE_CONFLICT', 'status']);
  const late = parseFreightPatch({ status: 'cancelled' }, at('shipped', 'X1'));
  assert.equal(late.ok ? '' : late.code, 'FREIGHT_STATE_CONFLICT');
  const done = parseFreightPatch({ carrier: 'CMA CGM' }, at('arrived', 'X1'));
  assert.equal(done.ok ? '' : done.code, 'FREIGHT_STATE_CONFLICT');
  const awb = parseFreightPatch({ documentNumber: '738-12345670' }, { ...at('booked'), mode: 'air', documentKind: 'air_waybill' });
  assert.equal(awb.ok ? '' : awb.field, 'documentNumber');
  assert.equal(parseFreightPatch({ status: 'lost' }, at('booked')).ok, false);
  assert.equal(parseFreightPatch({}, at('booked')).ok, false);
});
