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
