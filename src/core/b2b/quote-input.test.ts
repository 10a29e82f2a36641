import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuoteRequest } from './quote-input.js';

const GOOD = {
  companyId: '6f1c1d2e-9a4b-4c1d-8e2f-1a2b3c4d5e6f',
  incoterm: 'FCA',
  transportMode: 'air',
  namedPlace: 'Da Nang airport, VN',
  lines: [{ sku: 'COF-ROB-250', quantity: 120 }],
  costs: { loading: 0, exportClearance: 4_500, mainCarriage: 180_000 },
};

test('a good request is read with its defaults', () => {
  const r = parseQuoteRequest(GOOD);
  assert.ok(r.ok);
  assert.deepEqual(r.value, { ...GOOD, buyerId: null, warehouse: null, insuranceRatePercent: null, validDays: 30, note: null });
});

test('an unknown incoterm is refused naming it and the eleven rules', () => {
  const r = parseQuoteRequest({ ...GOOD, incoterm: 'DDU' });
  assert.equal(r.ok, false);
  assert.equal(r.ok ? '' : r.field, 'incoterm');
  assert.match(r.ok ? '' : r.message, /"DDU" is not an Incoterms 2020 rule; use one of EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP/);
});

test('every bad field is named at once', () => {
  const r = parseQuoteRequest({
    companyId: 'acme',
    incoterm: 'FOB',
    transportMode: 'teleport',
    namedPlace: '',
    lines: [{ sku: 'A', quantity: 0 }, { sku: 'A', quantity: 2 }, 'x'],
    costs: { mainCarriage: -1, duties: 100, insurance: 1.5 },
    insuranceRatePercent: '12',
    validDays: 0,
    colour: 'red',
  });
  assert.equal(r.ok, false);
  assert.deepEqual(
    (r.ok ? [] : r.details!).map((d) => d.field),
    ['colour', 'companyId', 'transportMode', 'namedPlace', 'lines[0].quantity', 'lines[1].sku', 'lines[2]', 'costs.mainCarriage', 'costs.duties', 'costs.insurance', 'insuranceRatePercent', 'validDays'],
  );
});

test('insurance is a quoted premium or a rate, not both', () => {
  const both = parseQuoteRequest({ ...GOOD, costs: { insurance: 900 }, insuranceRatePercent: '0.3' });
  assert.equal(both.ok ? '' : both.field, 'insuranceRatePercent');
  const rate = parseQuoteRequest({ ...GOOD, insuranceRatePercent: '0.35' });
  assert.deepEqual(rate.ok && rate.value.insuranceRatePercent, { coef: 35, scale: 2 });
  for (const bad of ['0', '-1', '10', 'abc', 0.3]) assert.equal(parseQuoteRequest({ ...GOOD, insuranceRatePercent: bad }).ok, false, String(bad));
});

test('the body must be an object', () => {
  for (const body of [null, [], 'quote', 3]) {
    const r = parseQuoteRequest(body);
    assert.equal(r.ok ? '' : r.field, 'body');
  }
});
