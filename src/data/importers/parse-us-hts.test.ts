import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from './read-fixture.fixture.js';
import { jsonElementLines } from './json-element-lines.js';
import { parseUsHts } from './parse-us-hts.js';
import { formatRowError } from './types.js';

const line = (o: Record<string, unknown>) => JSON.stringify({ htsno: '', indent: '0', description: '', general: '', special: '', other: '', ...o });

test('numbered lines with a general rate become rows; headers and lines without a rate are skipped', () => {
  const r = parseUsHts(fixture('us/hts_2026_revision_10_sample.json'));
  assert.ok(r.ok);
  assert.equal(r.value.read, 11);
  assert.equal(r.value.skipped, 6);
  assert.deepEqual(r.value.errors, []);
  assert.deepEqual(
    r.value.rows.map((x) => [x.line, x.code, x.rate, x.special]),
    [
      [30, '09012100', 'Free', null],
      [68, '0402999000', '46.3¢/kg + 14.9%', 'Free (A+,AU,BH,CL,CO,D,E,IL,JO,KR,MA,OM,P,PA,PE,S,SG)'],
      [84, '2904310000', '3.7%', 'Free (A+,AU,BH,CL,CO,D,E,IL,JO,K,KR,L,MA,OM,P,PA,PE,SG)'],
      [128, '61091000', '16.5%', 'Free (AU,BH,CL,CO,IL,JO,KR,MA,OM,P,PA,PE,S,SG)'],
      [159, '99030101', 'The duty provided in the applicable subheading + 25%', null],
    ],
  );
  assert.equal(r.value.rows[1]!.description, 'Other {condensed} "sweetened" [milk]');
});

test('bad lines are reported on the line where their object starts', () => {
  const text = `[\n${[
    line({ htsno: '0901.21.00', general: 'Free' }),
    line({ htsno: '0901.2100', general: '6%' }),
    line({ htsno: '0901.22.00', general: '-6%' }),
    line({ htsno: '0901.90.10', general: 'abc' }),
    line({ htsno: '0901.90.20', general: 12 }),
    '"not an object"',
    line({ htsno: '0901.21.00', general: '2%' }),
  ].join(',\n')}\n]`;
  const r = parseUsHts(text);
  assert.ok(r.ok);
  assert.deepEqual(r.value.rows.map((x) => x.code), ['09012100']);
  assert.deepEqual(r.value.errors.map(formatRowError), [
    'line 3: htsno is not an HTS number (0000.00.00.00): "0901.2100"',
    'line 4: general is negative: "-6%"',
    'line 5: general is not a duty rate: "abc"',
    'line 6: general is not a string',
    'line 7: the array element is not an object',
    'line 8: duplicate htsno 0901.21.00 (first on line 2)',
  ]);
});

test('what is not an HTS export is refused with the reason', () => {
  const cases: Array<[string, RegExp]> = [
    ['{"htsno": "0901"}', /the JSON is not an array/],
    ['[{"htsno": "0901", "general": ', /not valid JSON/],
    ['[]', /empty/],
    ['[{"code": "0901", "rate": "Free"}]', /missing fields htsno, description, general, special/],
    ['[1, 2, 3]', /missing fields htsno, description, general, special/],
  ];
  for (const [text, reason] of cases) {
    const r = parseUsHts(text);
    assert.equal(r.ok, false, text);
    if (!r.ok) assert.match(r.message, reason, text);
  }
});

test('element lines ignore brackets, braces and escaped quotes inside strings', () => {
  assert.deepEqual(jsonElementLines('[\n {"a": "x}],{["},\n\n {"a": "\\"]"}, 3,\n "s"\n]'), [2, 4, 4, 5]);
  assert.deepEqual(jsonElementLines('[]'), []);
  assert.deepEqual(jsonElementLines('[{"a":[1,{"b":2}]},{"c":3}]'), [1, 1]);
});
