import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCsv } from '../read-csv.js';
import { readListCsv } from './read-list-csv.js';

// readListCsv must read every text exactly as the project's csv-parse based readCsv does; only faster.
const SAME: ReadonlyArray<readonly [string, string]> = [
  ['quoted line breaks keep the next record on its physical line', 'a,b\r\n"x\r\ny",2\r\n\r\n3,4'],
  ['doubled quotes and an empty last field', 'a,b\n"q""q",\n'],
  ['CR line ends', 'a,b\r"1\r2",3\r4,5'],
  ['mixed line ends and blank lines', 'a,b\n1,2\r\n\r\n\n3,4\r5,6'],
  ['no line break at the end', 'a,b\n1,2'],
  ['an empty quoted field and spaces kept', 'a,b,c\n"", x ,"y"\n'],
  ['wrong field counts are row errors', 'a,b\n1\n1,2,3\n1,2\n'],
  ['a header only', 'a,b\n'],
];

for (const [name, text] of SAME) {
  test(`readListCsv reads like readCsv: ${name}`, () => {
    const expected = readCsv(text, { required: ['a'], expected: 'a test CSV' });
    const actual = readListCsv(text, { required: ['a'], expected: 'a test CSV' });
    assert.ok(expected.ok && actual.ok);
    assert.deepEqual(actual.value, expected.value);
  });
}

test('broken quoting makes the file unusable, at the line where the record starts', () => {
  const cases: ReadonlyArray<readonly [string, RegExp]> = [
    ['a\n1\n"x"y\n', /^line 3: malformed CSV: "y" after the closing quote of field 1$/],
    ['a\nx"y\n', /^line 2: malformed CSV: a quote inside unquoted field 1$/],
    ['a\n1\n"open\n2\n', /^line 3: malformed CSV: a quoted field \(field 1\) is never closed$/],
  ];
  for (const [text, message] of cases) {
    const r = readListCsv(text, { required: [], expected: 'a test CSV' });
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.message, message);
    assert.equal(readCsv(text, { required: [], expected: 'a test CSV' }).ok, false);
  }
});

test('files without a header row take their column names from the caller', () => {
  const r = readListCsv('36,"AERO",-0- \r\n37,"B"\r\n', { required: ['ent_num'], expected: 'x', columns: ['ent_num', 'name', 'type'] });
  assert.ok(r.ok);
  assert.deepEqual(r.value.rows, [{ line: 1, values: { ent_num: '36', name: 'AERO', type: '-0- ' } }]);
  assert.deepEqual(r.value.errors, [{ line: 2, field: 'row', message: 'the row has 2 fields, expected 3' }]);
});

test('a missing required column names the column and what the header holds', () => {
  const r = readListCsv('x,y\n1,2\n', { required: ['_id', 'name'], expected: 'the test list' });
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.message, 'not the test list: missing required columns _id, name (the header has "x", "y")');
});
