import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from './read-fixture.fixture.js';
import { parseUkGlobalTariff } from './parse-uk-global-tariff.js';
import { formatRowError } from './types.js';

test('the UKGT rate of each commodity code is kept exactly as written', () => {
  const r = parseUkGlobalTariff(fixture('uk/global-uk-tariff-sample.csv'));
  assert.ok(r.ok);
  assert.deepEqual(r.value.errors, []);
  assert.deepEqual(
    r.value.rows.map((x) => [x.line, x.code, x.rate]),
    [
      [2, '09012100', '6.0%'],
      [3, '61091000', '12.0%'],
      [4, '01022910', '10.00% + 77.00 GBP/100kg'],
      [5, '2204211110', '10.00 GBP / hl'],
      [6, '08081080', '4.00% (01 JAN - 31 MAR), 0.00% (01 APR - 31 JUL), 8.00% (01 AUG - 31 DEC)'],
    ],
  );
  assert.equal(r.value.rows[3]!.description, 'Champagne "grand cru", in containers <= 2 l');
});

test('bad rows are reported as "line N: <field> ..." and the good ones kept', () => {
  const r = parseUkGlobalTariff(fixture('uk/global-uk-tariff-with-errors.csv'));
  assert.ok(r.ok);
  assert.deepEqual(r.value.rows.map((x) => x.code), ['09012100', '64041100']);
  assert.deepEqual(r.value.errors.map(formatRowError), [
    'line 3: ukgt_duty_rate is empty',
    'line 4: commodity "9011100" has 7 digits: a leading zero was probably lost (read the column as text)',
    'line 5: ukgt_duty_rate is negative: "-12.0%"',
    'line 6: ukgt_duty_rate is not a duty rate: "twelve percent"',
    'line 7: duplicate commodity 09012100 (first on line 2)',
  ]);
});

test('a byte-order mark and CRLF line ends change nothing', () => {
  const text = '\uFEFFcommodity,description,ukgt_duty_rate\r\n09012100,Roasted coffee,6.0%\r\n\r\n61091000,T-shirts,12.0%\r\n';
  const r = parseUkGlobalTariff(text);
  assert.ok(r.ok);
  assert.deepEqual(r.value.rows.map((x) => [x.line, x.code, x.rate]), [[2, '09012100', '6.0%'], [4, '61091000', '12.0%']]);
});

test('a file without the UKGT column is refused naming it', () => {
  const r = parseUkGlobalTariff('commodity,description,cet_duty_rate\n09012100,Roasted coffee,7.5%\n');
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.field, 'ukgt_duty_rate');
    assert.match(r.message, /missing required column ukgt_duty_rate/);
  }
});
