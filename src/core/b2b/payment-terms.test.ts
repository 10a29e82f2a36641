import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, isPaymentTerms, parsePaymentTerms, paymentDueOn, PAYMENT_TERMS } from './payment-terms.js';

test('prepayment has no due date; net terms fall due that many days after the invoice', () => {
  assert.deepEqual([...PAYMENT_TERMS], ['prepayment', 'net_30', 'net_60']);
  assert.equal(paymentDueOn('prepayment', '2026-11-28'), null);
  assert.equal(paymentDueOn('net_30', '2026-11-28'), '2026-12-28');
  assert.equal(paymentDueOn('net_60', '2026-11-28'), '2027-01-27');
});

test('due dates across month ends, year ends and leap years', () => {
  const cases: Array<[string, string, string]> = [
    ['net_30', '2028-01-31', '2028-03-01'], // 2028 is a leap year: Feb has 29 days
    ['net_30', '2027-01-31', '2027-03-02'],
    ['net_30', '2024-02-01', '2024-03-02'],
    ['net_30', '2023-02-01', '2023-03-03'],
    ['net_60', '2024-01-01', '2024-03-01'],
    ['net_60', '2023-01-01', '2023-03-02'],
    ['net_30', '2026-12-15', '2027-01-14'],
    ['net_60', '2026-12-31', '2027-03-01'],
    ['net_30', '2100-02-01', '2100-03-03'], // 2100 is not a leap year
    ['net_30', '2000-02-01', '2000-03-02'], // 2000 is
    ['net_30', '2024-02-29', '2024-03-30'],
  ];
  for (const [terms, invoice, due] of cases) assert.equal(paymentDueOn(terms as 'net_30', invoice), due, `${terms} ${invoice}`);
});

test('addDays agrees with the calendar of Date for every day of four years', () => {
  let date = '2023-01-01';
  for (let i = 0; i < 4 * 366; i++) {
    const expected = new Date(Date.parse(`${date}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    assert.equal(addDays(date, 30), expected, date);
    assert.equal(addDays(addDays(date, 30), -30), date);
    date = addDays(date, 1);
  }
  assert.equal(date, '2027-01-04'); // 1,464 days: 1,461 in 2023-2026 and 3 more
});

test('bad dates throw; bad terms are refused naming the field', () => {
  assert.throws(() => paymentDueOn('net_30', '2026-02-30'), /not a YYYY-MM-DD date/);
  assert.throws(() => paymentDueOn('net_30', '28/11/2026'), /not a YYYY-MM-DD date/);
  assert.throws(() => paymentDueOn('net_90' as 'net_30', '2026-11-28'), /unknown payment terms/);
  assert.equal(isPaymentTerms('net_30'), true);
  assert.equal(isPaymentTerms('NET_30'), false);
  assert.deepEqual(parsePaymentTerms('net_45'), { ok: false, code: 'VALIDATION_FAILED', message: 'payment terms are one of prepayment, net_30, net_60', field: 'paymentTerms' });
  assert.deepEqual(parsePaymentTerms('net_60'), { ok: true, value: 'net_60' });
});
