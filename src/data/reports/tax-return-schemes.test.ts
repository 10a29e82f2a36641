import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dueDate, parsePeriod } from '../../core/reports/period.js';
import { TAX_RETURN_SCHEMES } from '../../core/reports/tax-return-scheme.js';
import { LOW_VALUE_SCHEMES } from '../rules/low-value-schemes.js';
import { REFUND_POLICY, lineSchemeOf } from '../rules/refund-policy.js';
import { TAX_RETURN_SCHEME_RULES } from './tax-return-schemes.js';

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

test('due dates follow each scheme\'s rule, with their exceptions', () => {
  const r = TAX_RETURN_SCHEME_RULES;
  const due = (code: keyof typeof r, period: string) => dueDate(unwrap(parsePeriod(period, r[code].period.granularity)), r[code].due);
  // IOSS: the end of the following month (art. 369s).
  assert.equal(due('IOSS', '2026-11'), '2026-12-31');
  assert.equal(due('IOSS', '2026-12'), '2027-01-31');
  assert.equal(due('IOSS', '2027-01'), '2027-02-28');
  // UK: one month and seven days after the quarter.
  assert.equal(due('UK_VAT', '2026-Q4'), '2027-02-07');
  assert.equal(due('UK_VAT', '2026-Q3'), '2026-11-07');
  // AU: 28 October, 28 February, 28 April, 28 July (GST Act s. 31-8).
  assert.equal(due('AU_GST', '2026-Q3'), '2026-10-28');
  assert.equal(due('AU_GST', '2026-Q4'), '2027-02-28');
  assert.equal(due('AU_GST', '2027-Q1'), '2027-04-28');
  assert.equal(due('AU_GST', '2027-Q2'), '2027-07-28');
  // NZ: 28th of the next month, 7 May for the quarter ending in March.
  assert.equal(due('NZ_GST', '2026-Q4'), '2027-01-28');
  assert.equal(due('NZ_GST', '2027-Q1'), '2027-05-07');
  // NO VOEC: the 20th of the month after the quarter.
  assert.equal(due('NO_VOEC', '2026-Q4'), '2027-01-20');
  assert.equal(due('NO_VOEC', '2026-Q2'), '2026-07-20');
});

test('every scheme has its rules with sources, and order lines of it carry a landed-cost scheme whose tax is refunded with the goods', () => {
  for (const code of TAX_RETURN_SCHEMES) {
    const s = TAX_RETURN_SCHEME_RULES[code];
    assert.equal(s.code, code);
    for (const part of [s.period, s.due, s.chargeableEvent, s.corrections, s.conversion]) assert.ok(part.source.length > 20, `${code}: ${JSON.stringify(part)}`);
    assert.match(s.returnCurrency, /^[A-Z]{3}$/);
    // The landed-cost scheme that charges this tax at checkout, and the refund rule for its lines.
    const lowValue = LOW_VALUE_SCHEMES.find((x) => x.registration === s.registration);
    assert.ok(lowValue, `${code} has a landed-cost scheme`);
    assert.equal(lineSchemeOf(s.registration), lowValue.scheme);
    const refund = REFUND_POLICY.find((r) => r.appliesTo.scheme === lowValue.scheme);
    assert.equal(refund?.taxRefundable, true, `${code}: the tax goes back with a refund, so the return is corrected`);
  }
  assert.equal(TAX_RETURN_SCHEME_RULES.IOSS.period.granularity, 'month');
  assert.equal(TAX_RETURN_SCHEME_RULES.IOSS.corrections.treatment, 'separate');
  assert.equal(TAX_RETURN_SCHEME_RULES.IOSS.conversion.prescribed, true);
  for (const code of ['UK_VAT', 'AU_GST', 'NZ_GST', 'NO_VOEC'] as const) assert.equal(TAX_RETURN_SCHEME_RULES[code].period.granularity, 'quarter', code);
});
