import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFxTable, calculateLandedCost, compileRules, parseDecimal, parseLandedCostRequest, STARTER_RULES } from '../../src/index.js';

test('the library entry quotes a landed cost with the starter rules, no database needed', () => {
  const rules = compileRules(STARTER_RULES);
  assert.ok(rules.ok, rules.ok ? '' : rules.message);
  const fx = buildFxTable('EUR', 'ECB', [{ base: 'EUR', quote: 'USD', date: '2025-05-09', rate: parseDecimal('1.1252')!, source: 'ECB' }]);
  const request = parseLandedCostRequest({
    date: '2025-05-09',
    currency: 'USD',
    shipFrom: { country: 'VN' },
    shipTo: { country: 'DE' },
    items: [{ sku: 'tee', hsCode: '610910', originCountry: 'VN', unitPrice: { amount: '25.00', currency: 'USD' }, quantity: 2 }],
  });
  assert.ok(request.ok);
  const answer = calculateLandedCost(request.value, rules.value, fx);
  assert.ok(answer.ok, answer.ok ? '' : answer.message);
  assert.equal(answer.value.currency, 'USD');
  assert.equal(answer.value.totals.items, '50.00');
  assert.equal(answer.value.totals.duties, '0.00', 'EUR 44.44 is under the EUR 150 duty relief of 2025');
  assert.equal(answer.value.taxes[0]!.rate, '19%');
  assert.equal(answer.value.fx[0]!.rate.startsWith('0.888'), true);
});

test('the library entry checks distributor terms: Incoterms by transport mode, IBANs, tiers and air waybill numbers', async () => {
  const lib = await import('../../src/index.js');
  const fob = lib.checkIncotermForMode(lib.INCOTERMS_2020.FOB, 'air');
  assert.equal(fob.ok, false);
  assert.match(!fob.ok ? fob.message : '', /use FCA instead/);
  assert.equal(!fob.ok && fob.field, 'incoterm');
  const split = lib.splitCosts(lib.INCOTERMS_2020.CIF, 100_000, { exportClearance: 5_000, mainCarriage: 20_000, insurance: 1_000, importClearance: 3_000, duties: 12_000 });
  assert.deepEqual([split.sellerMinor, split.buyerMinor, split.priceMinor, split.landedMinor], [26_000, 15_000, 126_000, 141_000]);
  assert.ok(lib.parseIban('DE89 3704 0044 0532 0130 00', lib.IBAN_LENGTHS).ok);
  const badIban = lib.parseIban('DE89370400440532013001', lib.IBAN_LENGTHS);
  assert.equal(badIban.ok, false);
  const item = lib.checkWholesaleItem({ minOrderQuantity: 12, orderMultiple: 6, tiers: [{ minQuantity: 12, unitPriceMinor: 900 }, { minQuantity: 60, unitPriceMinor: 800 }] }, 'item');
  assert.ok(item.ok);
  const price = lib.priceForQuantity(item.value, 60, 'quantity');
  assert.ok(price.ok);
  assert.equal(price.value.lineMinor, 48_000);
  assert.equal(lib.priceForQuantity(item.value, 6, 'quantity').ok, false);
  assert.ok(lib.parseAwbNumber('176-12345675').ok);
  assert.equal(lib.parseAwbNumber('176-12345670').ok, false);
});
