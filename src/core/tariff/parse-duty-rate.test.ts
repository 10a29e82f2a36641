import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDecimal } from '../decimal/decimal.js';
import type { DutyTerm } from './duty-rate.js';
import { parseDutyRate } from './parse-duty-rate.js';

function show(terms: readonly DutyTerm[] | undefined): string {
  return (terms ?? [])
    .map((t) => (t.type === 'ad-valorem' ? `${formatDecimal(t.percent)}%` : `${formatDecimal(t.amount)} ${t.currency}/${t.perQuantity === 1 ? '' : t.perQuantity}${t.per}${t.weight ? ` ${t.weight}` : ''}`))
    .join(' + ');
}

const cases: Array<[string, string, string?, string?]> = [
  ['Free', ''],
  ['0%', ''],
  ['12%', '12%'],
  ['6.0%', '6%'],
  ['3.50 EUR/kg', '3.5 EUR/kg'],
  ['EUR 3.50/kg', '3.5 EUR/kg'],
  ['€3.50 per kg', '3.5 EUR/kg'],
  ['£20.00/100kg', '20 GBP/100kg'],
  ['8.3% + 24.2 EUR / 100 kg', '8.3% + 24.2 EUR/100kg'],
  ['1.5¢/kg', '0.015 USD/kg'],
  ['37.5¢/kg + 14.9%', '0.375 USD/kg + 14.9%'],
  ['$1.12/kg', '1.12 USD/kg'],
  ['4.4¢/doz.', '0.044 USD/12unit'],
  ['2.5¢/pr.', '0.025 USD/pair'],
  ['$0.46/liter', '0.46 USD/litre'],
  ['6% MIN 2.50 EUR/pair', '6%', '2.5 EUR/pair'],
  ['12% MAX 5 EUR/100 kg', '12%', undefined, '5 EUR/100kg'],
  ['CHF 120.00/100kg gross', '120 CHF/100kg gross'],
  ['  12 %  ', '12%'],
];
for (const [text, terms, min, max] of cases) {
  test(`parses "${text}"`, () => {
    const r = parseDutyRate(text);
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.equal(show(r.value.terms), terms);
    assert.equal(r.value.minimum ? show(r.value.minimum) : undefined, min);
    assert.equal(r.value.maximum ? show(r.value.maximum) : undefined, max);
  });
}

for (const bad of ['', 'twelve percent', '12', '12%%', '3.50 XYZ/kg', '3.50 EUR/furlong', 'EUR/kg', '5 EUR/0kg', 'MIN 3 EUR/kg', '-5%', '$1.00/pf.liter']) {
  test(`rejects "${bad}" with a reason`, () => {
    const r = parseDutyRate(bad);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.code, 'UNSUPPORTED_DUTY_RATE');
  });
}
