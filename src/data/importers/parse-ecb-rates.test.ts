import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from './read-fixture.fixture.js';
import { parseEcbRates } from './parse-ecb-rates.js';
import { formatRowError } from './types.js';

test('the history CSV: one rate per cell, N/A skipped, trailing commas accepted, rates kept as published', () => {
  const r = parseEcbRates(fixture('ecb/eurofxref-hist-sample.csv'));
  assert.ok(r.ok);
  assert.equal(r.value.format, 'csv');
  assert.equal(r.value.read, 3);
  assert.deepEqual(r.value.errors, []);
  assert.equal(r.value.rows.length, 10);
  assert.deepEqual(r.value.rows.slice(0, 3), [
    { line: 2, quote: 'USD', date: '2025-05-09', rate: '1.1252' },
    { line: 2, quote: 'JPY', date: '2025-05-09', rate: '163.36' },
    { line: 2, quote: 'GBP', date: '2025-05-09', rate: '0.8477' },
  ]);
  assert.deepEqual(r.value.rows.find((x) => x.quote === 'CYP'), { line: 4, quote: 'CYP', date: '2007-12-31', rate: '0.585274' });
});

test('the daily and 90-day XML files, told apart from the CSV by content', () => {
  const daily = parseEcbRates(fixture('ecb/eurofxref-daily.xml'));
  assert.ok(daily.ok);
  assert.equal(daily.value.format, 'xml');
  assert.equal(daily.value.read, 1);
  assert.deepEqual(daily.value.rows.map((x) => [x.line, x.quote, x.date, x.rate]), [
    [9, 'USD', '2025-05-09', '1.1252'],
    [10, 'JPY', '2025-05-09', '163.36'],
    [11, 'GBP', '2025-05-09', '0.8477'],
    [12, 'IDR', '2025-05-09', '18606.59'],
  ]);
  const ninety = parseEcbRates(fixture('ecb/eurofxref-hist-90d-sample.xml'));
  assert.ok(ninety.ok);
  assert.equal(ninety.value.read, 3);
  assert.deepEqual(ninety.value.rows.map((x) => `${x.date} ${x.quote} ${x.rate}`).slice(0, 3), ['2025-05-09 USD 1.1252', '2025-05-09 CHF 0.9353', '2025-05-08 USD 1.1297']);
});

test('bad CSV cells are reported on their line with the currency; the line keeps its good rates', () => {
  const text = 'Date,USD,JPY,\r\n2025-05-09,1.1252,163.36,\r\n2025-05-32,1.1,160,\r\n2025-05-07,-1.13,abc,\r\n2025-05-06,0,,\r\n2025-05-09,1.2,150,\r\n';
  const r = parseEcbRates(text);
  assert.ok(r.ok);
  assert.deepEqual(r.value.rows.map((x) => `${x.line} ${x.quote}`), ['2 USD', '2 JPY']);
  assert.deepEqual(r.value.errors.map(formatRowError), [
    'line 3: Date is not a valid date (YYYY-MM-DD): "2025-05-32"',
    'line 4: USD rate is negative: "-1.13"',
    'line 4: JPY rate is not a decimal number: "abc"',
    'line 5: USD rate must be greater than zero: "0"',
    'line 6: duplicate Date 2025-05-09 (first on line 2)',
  ]);
});

test('bad XML elements are reported on their line; malformed XML is unusable', () => {
  const xml = (cubes: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01">\n<Cube>\n${cubes}\n</Cube>\n</gesmes:Envelope>\n`;
  const r = parseEcbRates(
    xml(
      [
        `<Cube time="2025-05-09">`, // 4
        `  <Cube currency="USD" rate="1.1252"/>`, // 5
        `  <Cube currency="usd" rate="1.1"/>`, // 6
        `  <Cube currency="JPY" rate="-3"/>`, // 7
        `  <Cube currency="GBP"/>`, // 8
        `  <Cube currency="USD" rate="1.2"/>`, // 9
        `  <!-- <Cube currency="CHF" rate="0.9"/> -->`, // 10
        `</Cube>`,
        `<Cube time="2025-02-30"><Cube currency="USD" rate="1.1"/></Cube>`, // 12
        `<Cube currency="SEK" rate="10.9"/>`, // 13
        `<Cube time='2025-05-08'><Cube currency='CHF' rate='0.9325'/></Cube>`, // 14
      ].join('\n'),
    ),
  );
  assert.ok(r.ok);
  assert.deepEqual(r.value.rows.map((x) => `${x.line} ${x.quote} ${x.date}`), ['5 USD 2025-05-09', '14 CHF 2025-05-08']);
  assert.deepEqual(r.value.errors.map(formatRowError), [
    'line 6: currency is not a currency code (three capital letters): "usd"',
    'line 7: JPY rate is negative: "-3"',
    'line 8: rate is missing for GBP',
    'line 9: duplicate rate for USD on 2025-05-09 (first on line 5)',
    'line 12: time is not a valid date (YYYY-MM-DD): "2025-02-30"',
    'line 13: the Cube with currency "SEK" is not inside a Cube with a time',
  ]);
  const cases: Array<[string, RegExp]> = [
    [xml('<Cube time="2025-05-09"><Cube currency="USD" rate="1.1"/>'), /^line 6: malformed XML: <\/gesmes:Envelope> closes <Cube>/],
    [xml('<Cube time="2025-05-09"><Cube currency="USD" rate="1.1"/></Cube> a < b'), /^line 4: malformed XML: a "<" that starts no valid tag/],
    ['<html><body>Not found</body></html>', /root element is <html>/],
    [xml(''), /no <Cube time="..."> elements/],
  ];
  for (const [text, reason] of cases) {
    const bad = parseEcbRates(text);
    assert.equal(bad.ok, false, text);
    if (!bad.ok) assert.match(bad.message, reason, text);
  }
});

test('a CSV without the currency columns of the ECB format is refused', () => {
  const cases: Array<[string, RegExp]> = [
    ['Date,usd,\n2025-05-09,1.1,\n', /column "usd" is not a currency code/],
    ['Date,\n2025-05-09,\n', /no currency columns/],
    ['Date,USD,USD,\n2025-05-09,1.1,1.2,\n', /USD appears twice/],
    ['section,hscode,description,parent,level\n', /missing required column Date/],
  ];
  for (const [text, reason] of cases) {
    const r = parseEcbRates(text);
    assert.equal(r.ok, false, text);
    if (!r.ok) assert.match(r.message, reason, text);
  }
});
