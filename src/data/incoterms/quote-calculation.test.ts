import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INCOTERMS_2020 } from './incoterms-2020.js';
import { INCOTERM_CODES, type IncotermCode } from '../../core/b2b/incoterms.js';
import { calculateQuote, ruleForQuote, shipmentCosts } from '../../core/b2b/quote-calculation.js';
import { parseDecimal } from '../../core/decimal/decimal.js';

/**
 * Who bears each cost under Incoterms 2020 (ICC publication 723E), read from the articles, S seller,
 * B buyer, in the order loading, export clearance, main carriage, insurance, unloading, import
 * clearance, duties, import taxes:
 * - loading at origin: A2/A9 — EXW leaves the goods unloaded at the seller's premises (B9 buyer);
 *   FCA at the seller's premises, FAS, FOB and every C and D rule have the seller deliver them loaded
 *   or alongside.
 * - export clearance: A7(a) seller under every rule but EXW (B7(a) buyer).
 * - main carriage: A4 — seller contracts it under C and D rules; buyer (B4) under E and F rules.
 * - insurance: A5 — CIF (clauses C) and CIP (clauses A) oblige the seller; otherwise the party at
 *   risk during carriage (buyer under E, F, C rules; seller under D rules, risk passing at destination).
 * - unloading at destination: B9 buyer, except DPU where the seller delivers unloaded (A2/A9).
 * - import clearance, duties and import taxes: B7(b)/B9 buyer, except DDP (A7(b)/A9 seller).
 */
const ICC: Record<IncotermCode, string> = {
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
};

const lines = [
  { sku: 'COF-ROB-250', quantity: 240, unitPriceMinor: 450, lineMinor: 108_000, tierMinQuantity: 240 },
  { sku: 'NUT-W320-500', quantity: 100, unitPriceMinor: 892, lineMinor: 89_200, tierMinQuantity: 48 },
];
const goods = 197_200;
const forwarder = { loading: 1_500, exportClearance: 4_500, mainCarriage: 95_000, insurance: 900, unloading: 2_000, importClearance: 6_000 };
const engine = { dutiesMinor: 14_805, importTaxesMinor: 39_900 };

function quote(code: IncotermCode, mode: 'sea' | 'air' = 'sea') {
  const rule = INCOTERMS_2020[code];
  const shipment = shipmentCosts(rule, goods, forwarder, null);
  assert.ok(shipment.ok);
  return calculateQuote({ rules: INCOTERMS_2020, rule, transportMode: mode, namedPlace: 'Hamburg, DE', currency: 'EUR', lines, shipment: shipment.value, engine });
}

test('the cost split of all eleven rules follows ICC 723E', () => {
  for (const code of INCOTERM_CODES) {
    const q = quote(code);
    assert.equal(q.costs.map((c) => (c.party === 'seller' ? 'S' : 'B')).join(''), ICC[code], code);
    // the seller's price and the buyer's extra are exactly the S and B columns
    const seller = q.costs.filter((c) => c.party === 'seller').reduce((s, c) => s + c.amountMinor, 0);
    assert.equal(q.sellerPriceMinor, goods + seller, code);
    assert.equal(q.sellerPriceMinor + q.buyerExtraMinor, q.landedMinor, code);
  }
});

test('the landed cost at the door is the same under every rule; the comparison has every rule the mode allows', () => {
  const q = quote('CIF');
  const landed = goods + Object.values(forwarder).reduce((a, b) => a + b, 0) + engine.dutiesMinor + engine.importTaxesMinor;
  assert.equal(q.landedMinor, landed);
  assert.deepEqual(q.comparison.map((r) => r.incoterm), [...INCOTERM_CODES]);
  assert.ok(q.comparison.every((r) => r.landedMinor === landed));
  assert.deepEqual(q.comparison.filter((r) => r.chosen).map((r) => r.incoterm), ['CIF']);
  const exw = q.comparison.find((r) => r.incoterm === 'EXW')!;
  const ddp = q.comparison.find((r) => r.incoterm === 'DDP')!;
  assert.deepEqual([exw.priceMinor, exw.buyerExtraMinor], [goods, landed - goods]);
  assert.deepEqual([ddp.priceMinor, ddp.buyerExtraMinor], [landed - forwarder.unloading, forwarder.unloading]);
  // by air only the seven any-mode rules are compared
  assert.deepEqual(quote('CPT', 'air').comparison.map((r) => r.incoterm), ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP']);
});

test('FOB, FAS, CFR and CIF are refused for air, road and rail, naming incoterm and the rule to use', () => {
  const instead: Record<string, string> = { FOB: 'FCA', FAS: 'FCA', CFR: 'CPT', CIF: 'CIP' };
  for (const code of ['FOB', 'FAS', 'CFR', 'CIF'] as const) {
    for (const mode of ['air', 'road', 'rail', 'multimodal'] as const) {
      const r = ruleForQuote(INCOTERMS_2020, code, mode);
      assert.equal(r.ok ? '' : r.code, 'INCOTERM_NOT_APPLICABLE', `${code} by ${mode}`);
      assert.equal(r.ok ? '' : r.field, 'incoterm');
      assert.match(r.ok ? '' : r.message, new RegExp(`^${code} is for sea and inland waterway transport only.*use ${instead[code]} instead$`));
    }
    assert.equal(ruleForQuote(INCOTERMS_2020, code, 'inland_waterway').ok, true);
  }
});

test('CIF and CIP need insurance: a premium, or a rate that gives the minimum cover', () => {
  for (const code of ['CIF', 'CIP'] as const) {
    const none = shipmentCosts(INCOTERMS_2020[code], goods, { mainCarriage: 95_000 }, null);
    assert.deepEqual(none.ok ? null : [none.code, none.field], ['VALIDATION_FAILED', 'costs.insurance']);
  }
  assert.equal(shipmentCosts(INCOTERMS_2020.CFR, goods, { mainCarriage: 95_000 }, null).ok, true);
  // CF = 197,200 + 1,500 + 4,500 + 95,000 = 298,200; at 0.3 %: P = 1.1 x 0.003 x 2,982.00 / (1 - 0.0033) = 9.8734... -> 9.88
  const rated = shipmentCosts(INCOTERMS_2020.CIP, goods, { loading: 1_500, exportClearance: 4_500, mainCarriage: 95_000 }, parseDecimal('0.3')!);
  assert.ok(rated.ok);
  assert.deepEqual(rated.value.insurance, { costAndFreightMinor: 298_200, premiumMinor: 988, cifValueMinor: 299_188, minimumCoverMinor: 329_107, premiumBasis: '0.3 % of the insured value (110 % of the CIF value)' });
  assert.equal(rated.value.costs.insurance, 988);
  const q = calculateQuote({ rules: INCOTERMS_2020, rule: INCOTERMS_2020.CIP, transportMode: 'air', namedPlace: 'Frankfurt airport, DE', currency: 'EUR', lines, shipment: rated.value, engine });
  assert.deepEqual(q.costs.find((c) => c.item === 'insurance'), { item: 'insurance', label: 'Cargo insurance', amountMinor: 988, party: 'seller', source: 'computed' });
  assert.equal(q.incoterm.text, 'CIP Frankfurt airport, DE (Incoterms® 2020)');
  assert.equal(q.incoterm.insuranceCover, 'Institute Cargo Clauses (A), 110 % of the contract value');
});
