import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from './read-fixture.fixture.js';
import { parseHsNomenclature } from './parse-hs-nomenclature.js';

const HEADER = 'section,hscode,description,parent,level\n';

test('chapters, headings and subheadings are read; the TOTAL summary row is skipped', () => {
  const r = parseHsNomenclature(fixture('hs/harmonized-system-sample.csv'));
  assert.ok(r.ok);
  assert.equal(r.value.read, 10);
  assert.equal(r.value.skipped, 1);
  assert.deepEqual(r.value.errors, []);
  assert.deepEqual(r.value.rows.find((x) => x.code === '090121'), {
    line: 5,
    code: '090121',
    level: 6,
    parent: '0901',
    section: 'II',
    description: 'Coffee; roasted, not decaffeinated',
  });
  assert.deepEqual(r.value.rows.find((x) => x.code === '09'), { line: 2, code: '09', level: 2, parent: null, section: 'II', description: 'Coffee, tea, mate and spices' });
  assert.equal(r.value.rows.find((x) => x.code === '99')?.section, null, 'chapter 99 has no HS section');
});

test('bad rows are reported with their line and the field at fault; good rows are kept', () => {
  const text =
    HEADER +
    'II,09,Coffee,TOTAL,2\n' + // 2 ok
    'II,0901,Coffee,09,6\n' + // 3 level does not match digits
    'II,090121,Coffee roasted,0902,6\n' + // 4 parent is not the prefix
    'XXV,090122,Coffee decaf,0901,6\n' + // 5 section
    'II,0901x1,Coffee,0901,6\n' + // 6 not digits
    'II,090111,,0901,6\n' + // 7 description empty
    'II,09,Coffee again,TOTAL,2\n' + // 8 duplicate
    'II,0902,Tea,09,3\n' + // 9 level
    'II,090210,Green tea,0902,6\n'; // 10 ok
  const r = parseHsNomenclature(text);
  assert.ok(r.ok);
  assert.deepEqual(r.value.rows.map((x) => x.line), [2, 10]);
  assert.deepEqual(
    r.value.errors.map((e) => [e.line, e.field]),
    [[3, 'hscode'], [4, 'parent'], [5, 'section'], [6, 'hscode'], [7, 'description'], [8, 'hscode'], [9, 'level']],
  );
  assert.equal(r.value.errors[0]!.message, 'hscode 0901 does not have 6 digits as its level says');
  assert.equal(r.value.errors[5]!.message, 'duplicate hscode 09 (first on line 2)');
});

test('a file of another kind is refused naming the missing columns', () => {
  const r = parseHsNomenclature('Date,USD,JPY,\n2025-05-09,1.1252,163.36,\n');
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.field, 'section');
    assert.match(r.message, /missing required columns section, hscode, description, parent, level/);
  }
});
