import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INCOTERMS_2020 } from './incoterms-2020.js';
import { checkIncotermForMode, COST_ITEMS, INCOTERM_CODES, splitCosts } from '../../core/b2b/incoterms.js';

test('the eleven rules: who bears each cost, hand-checked against Incoterms 2020', () => {
  const table = Object.fromEntries(INCOTERM_CODES.map((c) => [c, COST_ITEMS.map((item) => (INCOTERMS_2020[c].costs[item] === 'seller' ? 'S' : 'B')).join('')]));
  // loading, export clearance, main carriage, insurance, unloading, import clearance, duties, import taxes
  assert.deepEqual(table, {
    EXW: 'BBBBBBBB',
    FCA: 'SSBBBBBB',
    FAS: 'SSBBBBBB',
    FOB: 'SSBBBBBB',
    CFR: 'SSSBBBBB',
    CIF: 'SSSSBBBB',
    CPT: 'SSSBBBBB',
    CIP: 'SSSSBBBB',
    DAP: 'SSSSBBBB',
    DPU: 'SSSSSBBB',
    DDP: 'SSSSBSSS',
  });
  assert.deepEqual(INCOTERM_CODES.filter((c) => INCOTERMS_2020[c].riskPasses === 'destination'), ['DAP', 'DPU', 'DDP']);
  assert.equal(INCOTERMS_2020.CIF.insuranceCover, 'Institute Cargo Clauses (C), 110 % of the contract value');
  assert.equal(INCOTERMS_2020.CIP.insuranceCover, 'Institute Cargo Clauses (A), 110 % of the contract value');
});

test('FOB, FAS, CFR and CIF are refused for air, road and rail with the rule to use instead', () => {
  const fob = checkIncotermForMode(INCOTERMS_2020.FOB, 'air');
  assert.equal(fob.ok, false);
  assert.match(fob.ok ? '' : fob.message, /^FOB is for sea and inland waterway transport only.*; use FCA instead$/);
  assert.equal(fob.ok ? '' : fob.field, 'incoterm');
  assert.match((checkIncotermForMode(INCOTERMS_2020.CIF, 'road') as any).message, /use CIP instead$/);
  assert.match((checkIncotermForMode(INCOTERMS_2020.CFR, 'rail') as any).message, /use CPT instead$/);
  for (const mode of ['sea', 'inland_waterway'] as const) assert.equal(checkIncotermForMode(INCOTERMS_2020.FOB, mode).ok, true);
  for (const code of ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'] as const) assert.equal(checkIncotermForMode(INCOTERMS_2020[code], 'air').ok, true, code);
});

test('the landed cost at the door is the same under every rule; the price and what the buyer adds move', () => {
  const costs = { loading: 2_000, exportClearance: 5_000, mainCarriage: 120_000, insurance: 3_300, unloading: 4_000, importClearance: 7_500, duties: 36_000, importTaxes: 70_000 };
  const goods = 1_000_000;
  const total = goods + Object.values(costs).reduce((a, b) => a + b, 0);
  const of = (code: keyof typeof INCOTERMS_2020) => splitCosts(INCOTERMS_2020[code], goods, costs);
  for (const code of INCOTERM_CODES) assert.equal(of(code).landedMinor, total, code);
  assert.deepEqual([of('EXW').priceMinor, of('EXW').buyerMinor], [1_000_000, 247_800]);
  assert.deepEqual([of('FOB').priceMinor, of('FOB').buyerMinor], [1_007_000, 240_800]);
  assert.deepEqual([of('CIF').priceMinor, of('CIF').buyerMinor], [1_130_300, 117_500]);
  assert.deepEqual([of('DDP').priceMinor, of('DDP').buyerMinor], [1_243_800, 4_000]);
  assert.deepEqual(of('DPU').lines.find((l) => l.item === 'unloading'), { item: 'unloading', amountMinor: 4_000, party: 'seller' });
});
