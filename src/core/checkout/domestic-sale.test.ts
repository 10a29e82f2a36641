import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileRules } from '../landed-cost/compile-rules.js';
import { TEST_RULES } from '../landed-cost/test-rules.fixture.js';
import { domesticCharges, isDomesticSale } from './domestic-sale.js';

const compiled = compileRules({ ...TEST_RULES, countries: [...TEST_RULES.countries, { id: 'c.NL', version: '1', source: 'test', effectiveFrom: '2000-01-01', country: 'NL', customsTerritory: 'EU', currency: 'EUR', dutyBasis: 'CIF' }] });
if (!compiled.ok) throw new Error(compiled.message);
const rules = compiled.value;
const eur = (amount: number) => ({ amount, currency: 'EUR' });

test('a parcel crosses no border within one country or one customs territory; a country without a profile is foreign', () => {
  assert.equal(isDomesticSale(rules, 'US', 'US', '2026-11-27'), true);
  assert.equal(isDomesticSale(rules, 'NL', 'DE', '2026-11-27'), true, 'both in the EU customs union');
  assert.equal(isDomesticSale(rules, 'DE', 'CH', '2026-11-27'), false);
  assert.equal(isDomesticSale(rules, 'VN', 'DE', '2026-11-27'), false, 'no profile for VN');
});

test("the destination's VAT on goods and delivery, the delivery shared by value, at each item's rate", () => {
  // Coffee (7%) EUR 25.98 and a scarf (19%) EUR 70.50 with EUR 12.89 delivery: 12.89 split 25.98 : 70.50
  // -> 3.47 : 9.42 (largest remainder); 7% of 29.45 = 2.0615 -> 2.06; 19% of 79.92 = 15.1848 -> 15.18.
  const { taxes, notes } = domesticCharges(rules, {
    date: '2026-11-27',
    country: 'DE',
    region: undefined,
    items: [
      { sku: 'COF', net: eur(2598), hsCode: '090121' },
      { sku: 'SCF', net: eur(7050), hsCode: '621410' },
    ],
    shipping: eur(1289),
  });
  assert.deepEqual(notes, []);
  // goods 7% of 25.98 = 1.8186 -> 1.82, delivery 7% of 3.47 = 0.2429 -> 0.24;
  // goods 19% of 70.50 = 13.395 -> 13.40 (half-up), delivery 19% of 9.42 = 1.7898 -> 1.79.
  assert.deepEqual(
    taxes.map((t) => [t.sku, t.rate, t.baseAmount.amount, t.amount, t.basis, t.program, t.due]),
    [
      ['COF', '7%', '25.98', '1.82', 'sale price', 'domestic tax', 'checkout'],
      [null, '7%', '3.47', '0.24', 'delivery', 'domestic tax', 'checkout'],
      ['SCF', '19%', '70.50', '13.40', 'sale price', 'domestic tax', 'checkout'],
      [null, '19%', '9.42', '1.79', 'delivery', 'domestic tax', 'checkout'],
    ],
  );
  assert.equal(taxes[1]!.formula, '7% of EUR 3.47 (delivery, the share of COF)');
  assert.equal(taxes[0]!.rule.id, 'x.DE.food');
});

test('a destination with no VAT or GST rule gets no line and a note that says so', () => {
  const { taxes, notes } = domesticCharges(rules, { date: '2026-11-27', country: 'US', region: 'NJ', items: [{ sku: 'TEE', net: { amount: 3000, currency: 'USD' }, hsCode: '610910' }], shipping: { amount: 500, currency: 'USD' } });
  assert.deepEqual(taxes, []);
  assert.match(notes[0]!, /no VAT or GST rule for US/);
});
