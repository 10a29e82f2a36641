import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDecimal } from '../../src/core/decimal/decimal.js';
import { buildFxTable } from '../../src/core/fx/fx-table.js';
import { compileRules } from '../../src/core/landed-cost/compile-rules.js';
import { DEMO_ECB_RATES } from '../../src/data/demo/fx-rates.js';
import { STARTER_RULES } from '../../src/data/rules/index.js';
import { importFacts } from '../../src/services/help/import-facts.js';
import { returnFacts } from '../../src/services/help/return-facts.js';
import { lastDay, linkedSource } from '../../src/web/storefront/help-parts.js';

const compiled = compileRules(STARTER_RULES);
if (!compiled.ok) throw new Error(compiled.message);
const rules = compiled.value;
const fx = buildFxTable(
  'EUR',
  'ECB',
  Object.entries(DEMO_ECB_RATES.rates).map(([quote, rate]) => ({ base: 'EUR', quote, date: DEMO_ECB_RATES.date, rate: parseDecimal(rate)!, source: 'ECB' })),
);
const NO_RATES = buildFxTable('EUR', 'ECB', []);

describe('help page facts from the rules', () => {
  test('Germany on 2025-05-12: the rates, the thresholds and IOSS as the rules state them, nothing converted', () => {
    const f = importFacts(rules, { country: 'DE', date: '2025-05-12', marketCurrency: 'EUR', registrations: [] }, fx)!;
    assert.equal(f.territory, 'EU');
    assert.deepEqual(f.current.taxes.map((x) => [x.kind, x.percent, x.hsPrefixes.join(',')]), [['standard', '19', ''], ['reduced', '7', '0901,0801']]);
    assert.deepEqual(f.current.deMinimis.map((d) => [d.rule.id, d.threshold?.amount ?? null, d.threshold?.inMarketCurrency ?? null]), [
      ['deminimis.EU.duty.until-2026-07-01', { amount: '150.00', currency: 'EUR' }, null],
      ['deminimis.EU.tax', null, null],
    ]);
    assert.deepEqual(f.current.schemes.map((s) => [s.name, s.mode, s.registered, s.ceiling.amount.amount]), [['IOSS', 'border', false, '150.00']]);
    assert.deepEqual(f.upcoming.flatDuties.map((x) => [x.rule.effectiveFrom, x.rule.effectiveTo, x.amount.amount.amount, x.per]), [['2026-07-01', '2028-07-01', '3.00', 'distinct-classification']]);
    assert.equal(f.fx, null);
    const registered = importFacts(rules, { country: 'DE', date: '2025-05-12', marketCurrency: 'EUR', registrations: ['IOSS'] }, fx)!;
    assert.deepEqual(registered.current.schemes.map((s) => [s.mode, s.registered]), [['point-of-sale', true]]);
  });

  test('amounts in another currency are converted exactly at the latest rate, and said to be when a rate is missing', () => {
    const kr = importFacts(rules, { country: 'KR', date: '2025-05-12', marketCurrency: 'KRW', registrations: [] }, fx)!;
    // 150 x 1575.72 / 1.1252 = 210,058.66 -> 210,059 (half-up to the won).
    assert.deepEqual(kr.current.deMinimis[0]!.threshold, { amount: { amount: '150.00', currency: 'USD' }, inMarketCurrency: { amount: '210059', currency: 'KRW' } });
    assert.deepEqual(kr.fx, { from: ['USD'], rateDate: '2025-05-09', source: 'ECB' });
    const none = importFacts(rules, { country: 'KR', date: '2025-05-12', marketCurrency: 'KRW', registrations: [] }, NO_RATES)!;
    assert.equal(none.current.deMinimis[0]!.threshold!.inMarketCurrency, null);
    assert.equal(none.fx, null);
  });

  test('a country the rules do not know has no facts', () => {
    assert.equal(importFacts(rules, { country: 'AQ', date: '2025-05-12', marketCurrency: 'EUR', registrations: [] }, fx), null);
  });

  test('refund cases: the rule splitRefund would pick for each kind of parcel', () => {
    const de = importFacts(rules, { country: 'DE', date: '2025-05-12', marketCurrency: 'EUR', registrations: ['IOSS'] }, fx)!;
    const base = { country: 'DE', territory: 'EU', date: '2025-05-12', refundShipping: 'shop_at_fault' as const, schemes: de.current.schemes };
    const ddp = returnFacts(rules, { ...base, incoterm: 'DDP', warehouseCountries: ['VN', 'NL'] });
    assert.deepEqual(ddp.cases.map((c) => [c.kind, c.rule.id, c.taxRefundable, c.dutyRefundable, c.from]), [
      ['domestic', 'refund.domestic-sale', true, true, ['NL']],
      ['scheme', 'refund.EU.IOSS', true, false, []],
      ['border', 'refund.EU.DDP-border', false, false, []],
    ]);
    const dap = returnFacts(rules, { ...base, incoterm: 'DAP', warehouseCountries: ['VN'] });
    assert.deepEqual(dap.cases.map((c) => c.rule.id), ['refund.EU.IOSS', 'refund.DAP-buyer-paid']);
    assert.deepEqual(ddp.shopAtFaultReasons, ['damaged', 'wrong_item', 'not_as_described', 'arrived_late']);
  });

  test('sources become links without the punctuation around them; an exclusive end date gives the day before', () => {
    assert.equal(
      linkedSource('Reg. 2026/382 (see https://eur-lex.europa.eu/eli/reg/2026/382/oj); <b>x</b>').value,
      'Reg. 2026/382 (see <a href="https://eur-lex.europa.eu/eli/reg/2026/382/oj" rel="external noopener">https://eur-lex.europa.eu/eli/reg/2026/382/oj</a>); &lt;b&gt;x&lt;/b&gt;',
    );
    assert.equal(lastDay('2026-07-01'), '2026-06-30');
    assert.equal(lastDay('2024-03-01'), '2024-02-29');
  });
});
