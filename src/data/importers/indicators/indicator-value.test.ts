import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMissingValue, normalizeIndicatorValue, readIndicatorYear } from './indicator-value.js';

test('published numbers become plain decimals with the digits kept', () => {
  const cases: Array<[string, string]> = [
    ['92.4764', '92.4764'],
    ['340110988', '340110988'],
    [' 4.20 ', '4.20'],
    ['-1.5', '-1.5'],
    ['\u22122.5', '-2.5'],
    ['+3', '3'],
    ['-0', '0'],
    ['007.5', '7.5'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['1,234,567', '1234567'],
    ['1,234,567.25', '1234567.25'],
    ['1.234.567', '1234567'],
    ['1.234.567,25', '1234567.25'],
    ['1 234 567', '1234567'],
    ['1\u00a0234,5', '1234.5'],
    ['12,5', '12.5'],
    ['1234,567', '1234.567'],
    ['1.234', '1.234'],
    ['5.0682865447682197E-2', '0.050682865447682197'],
    ['1e5', '100000'],
    ['1.5E+3', '1500'],
    ['2.5e-1', '0.25'],
  ];
  for (const [text, expected] of cases) assert.deepEqual(normalizeIndicatorValue(text, 'Value'), { ok: true, value: expected }, text);
});

test('text that is not one number is refused naming the field', () => {
  for (const text of ['abc', '1,2,3', '12%', '1.2.3', '1,23,456', '12 34', '1e', '--1', '1,234.567.8', 'NaN', 'Infinity']) {
    const r = normalizeIndicatorValue(text, 'dataValue');
    assert.equal(r.ok, false, text);
    if (!r.ok) assert.equal(r.message, `dataValue is not a number: ${JSON.stringify(text)}`);
  }
  const ambiguous = normalizeIndicatorValue('1,234', 'value');
  assert.equal(ambiguous.ok, false);
  if (!ambiguous.ok) assert.match(ambiguous.message, /^value is ambiguous: "1,234"/);
  const long = normalizeIndicatorValue('1'.repeat(41), 'value');
  assert.equal(long.ok, false);
});

test('empty cells and ".." are missing values, "0" is not', () => {
  assert.equal(isMissingValue(''), true);
  assert.equal(isMissingValue('  '), true);
  assert.equal(isMissingValue('..'), true);
  assert.equal(isMissingValue('0'), false);
  assert.equal(isMissingValue('n/a'), false);
});

test('years are four digits from 1900 to 2100', () => {
  assert.deepEqual(readIndicatorYear('2024', 'Year'), { ok: true, value: 2024 });
  assert.deepEqual(readIndicatorYear(' 1900 ', 'Year'), { ok: true, value: 1900 });
  assert.deepEqual(readIndicatorYear('2100', 'Year'), { ok: true, value: 2100 });
  assert.deepEqual(readIndicatorYear('', 'Year'), { ok: false, message: 'Year is empty' });
  for (const text of ['1899', '2101', '15', '20155', '2015.0', 'FY24']) {
    assert.deepEqual(readIndicatorYear(text, 'Year'), { ok: false, message: `Year is not a year (4 digits, 1900 to 2100): ${JSON.stringify(text)}` }, text);
  }
});
