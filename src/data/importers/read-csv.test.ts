import assert from 'node:assert/strict';
import { test } from 'node:test';
import { field, readCsv } from './read-csv.js';

const options = { required: ['code', 'rate'], expected: 'a test CSV' };

test('each record carries the physical line where it starts, even after quoted line breaks', () => {
  const text = 'code,rate,note\r\n1,"2%","two\r\nlines"\r\n\r\n3,"4%",x\r\n5,6%,"three\n\nlines"\n7,8%,end';
  const r = readCsv(text, options);
  assert.ok(r.ok);
  assert.deepEqual(r.value.rows.map((row) => [row.line, field(row, 'code')]), [[2, '1'], [5, '3'], [6, '5'], [9, '7']]);
  assert.equal(field(r.value.rows[0]!, 'note'), 'two\r\nlines');
});

test('a byte-order mark, CRLF, upper-case and padded column names are accepted', () => {
  const r = readCsv('\uFEFF CODE ,Rate\r\n09012100,6.0%\r\n', options);
  assert.ok(r.ok);
  assert.deepEqual(r.value.header, ['CODE', 'Rate']);
  assert.deepEqual(r.value.rows, [{ line: 2, values: { code: '09012100', rate: '6.0%' } }]);
});

test('a missing required column is named, with what the header has instead', () => {
  const r = readCsv('code,duty\n1,2\n', options);
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.field, 'rate');
    assert.match(r.message, /^not a test CSV: missing required column rate \(the header has "code", "duty"\)/);
  }
});

test('a row with the wrong number of fields is reported on its line and left out', () => {
  const r = readCsv('code,rate\n1,2%\n3\n4,5%,extra\n6,7%\n', options);
  assert.ok(r.ok);
  assert.deepEqual(r.value.rows.map((x) => x.line), [2, 5]);
  assert.deepEqual(r.value.errors, [
    { line: 3, field: 'row', message: 'the row has 1 fields, the header has 2' },
    { line: 4, field: 'row', message: 'the row has 3 fields, the header has 2' },
  ]);
});

test('broken quoting makes the file unusable, naming the line of the broken record', () => {
  const bad = readCsv('code,rate\n1,"x\ny"\n3,"4%"q\n5,6%\n', options);
  assert.equal(bad.ok, false);
  if (!bad.ok) assert.match(bad.message, /^line 4: malformed CSV: Invalid Closing Quote/);
  const open = readCsv('code,rate\n1,2%\n3,"unterminated\n', options);
  assert.equal(open.ok, false);
  if (!open.ok) assert.match(open.message, /^line 3: malformed CSV: Quote Not Closed/);
});

test('a trailing empty column (the ECB files end each line with a comma) can be allowed', () => {
  const r = readCsv('Date,USD,\n2025-05-09,1.1252,\n', { required: ['Date'], expected: 'x', allowTrailingEmptyColumn: true });
  assert.ok(r.ok);
  assert.deepEqual(r.value.header, ['Date', 'USD']);
  assert.deepEqual(r.value.rows[0]!.values, { date: '2025-05-09', usd: '1.1252' });
});
