import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from './read-fixture.fixture.js';
import { parseUkCommodities } from './parse-uk-commodities.js';
import { formatRowError } from './types.js';

const HEADER =
  '"id","commodity__sid","commodity__code","commodity__suffix","commodity__description","commodity__validity_start","commodity__validity_end","parent__sid","parent__code","parent__suffix"\r\n';

test('descriptions with line breaks inside quotes are read whole and later lines keep their numbers', () => {
  const r = parseUkCommodities(fixture('uk/commodities-report-sample.csv'));
  assert.ok(r.ok);
  assert.deepEqual(r.value.errors, []);
  assert.deepEqual(r.value.rows.map((x) => x.line), [2, 3, 5, 6, 7, 8, 9, 12]);
  const heading = r.value.rows[1]!;
  assert.equal(heading.description, 'Coffee, whether or not roasted or decaffeinated; coffee husks and skins;\r\ncoffee substitutes containing coffee in any proportion');
  assert.deepEqual(r.value.rows[0], {
    line: 2,
    code: '0900000000',
    suffix: '80',
    sid: 27623,
    description: 'COFFEE, TEA, MATÉ AND SPICES',
    validFrom: '1971-12-31',
    validTo: null,
    parentCode: null,
    parentSuffix: null,
  });
  const tshirts = r.value.rows.find((x) => x.code === '6109100010')!;
  assert.equal(tshirts.validTo, '2026-01-01');
  assert.deepEqual([tshirts.parentCode, tshirts.parentSuffix], ['6109100000', '80']);
});

test('the same code and suffix with another start date is a separate line, not a duplicate', () => {
  const r = parseUkCommodities(fixture('uk/commodities-report-sample.csv'));
  assert.ok(r.ok);
  assert.deepEqual(r.value.rows.filter((x) => x.code === '2207100011').map((x) => x.validFrom), ['2019-07-01', '2023-09-16']);
});

test('bad codes, suffixes, dates and parents are reported on the line where the record starts', () => {
  const text =
    HEADER +
    '1,1,"0901210000","80","Multi\r\nline","1972-01-01","#NA",2,"0901000000","10"\r\n' + // 2-3 ok
    '2,3,"090121000","80","Short code","1972-01-01","#NA",2,"0901000000","10"\r\n' + // 4
    '3,4,"0901220000","8","Bad suffix","1972-01-01","#NA",2,"0901000000","10"\r\n' + // 5
    '4,5,"0901220000","80","Bad date","1972-02-30","#NA",2,"0901000000","10"\r\n' + // 6
    '5,6,"0901220000","80","Ends early","2020-01-01","2019-12-31",2,"0901000000","10"\r\n' + // 7
    '6,7,"0901220000","80","Half a parent","2020-01-01","#NA",2,"0901000000","#NA"\r\n' + // 8
    '7,8,"0901210000","80","Again","1972-01-01","#NA",2,"0901000000","10"\r\n' + // 9
    '8,9,"0901220000","80","   ","1972-01-01","#NA",2,"0901000000","10"\r\n'; // 10
  const r = parseUkCommodities(text);
  assert.ok(r.ok);
  assert.deepEqual(r.value.rows.map((x) => x.line), [2]);
  assert.deepEqual(r.value.errors.map(formatRowError), [
    'line 4: commodity__code must be 10 digits: "090121000"',
    'line 5: commodity__suffix must be 2 digits: "8"',
    'line 6: commodity__validity_start is not a valid date (YYYY-MM-DD): "1972-02-30"',
    'line 7: commodity__validity_end 2019-12-31 is before commodity__validity_start 2020-01-01',
    'line 8: parent__code and parent__suffix must both be given or both be #NA',
    'line 9: duplicate commodity 0901210000 / 80 / 1972-01-01 (first on line 2)',
    'line 10: commodity__description is empty',
  ]);
});
