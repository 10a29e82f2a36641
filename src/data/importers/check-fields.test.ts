import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkIsoDate, checkPositiveDecimal, createDuplicateCheck } from './check-fields.js';

test('dates must be real days written YYYY-MM-DD between 1900 and 2199', () => {
  for (const ok of ['2025-05-09', '1999-01-04', '2024-02-29', '1971-12-31']) assert.equal(checkIsoDate(ok, 'Date'), undefined, ok);
  const cases: Array<[string, RegExp]> = [
    ['', /^Date is empty$/],
    ['2025-02-29', /not a valid date/],
    ['2025-13-01', /not a valid date/],
    ['09/05/2025', /not a valid date/],
    ['2025-5-9', /not a valid date/],
    ['0202-01-01', /out of range/],
  ];
  for (const [text, reason] of cases) assert.match(checkIsoDate(text, 'Date') ?? '', reason, text);
});

test('published rates must be plain positive decimals that the core can read exactly', () => {
  for (const ok of ['1.1252', '163.36', '18606.59', '0.58231', '13168', '372816']) assert.equal(checkPositiveDecimal(ok, 'USD rate'), undefined, ok);
  const cases: Array<[string, RegExp]> = [
    ['', /is empty/],
    ['-1.1252', /is negative/],
    ['0', /greater than zero/],
    ['0.0000', /greater than zero/],
    ['1,1252', /not a decimal number/],
    ['1e3', /not a decimal number/],
    ['.5', /not a decimal number/],
    ['01.5', /not a decimal number/],
    ['abc', /not a decimal number/],
    ['1.1234567890123', /too many digits/],
  ];
  for (const [text, reason] of cases) assert.match(checkPositiveDecimal(text, 'USD rate') ?? '', reason, text);
});

test('a repeated key is reported with the line where it first appeared', () => {
  const seen = createDuplicateCheck((k) => `commodity ${k}`);
  assert.equal(seen('09012100', 2), undefined);
  assert.equal(seen('61091000', 3), undefined);
  assert.equal(seen('09012100', 9), 'duplicate commodity 09012100 (first on line 2)');
});
