import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHsExamples } from './parse-hs-examples.js';

test('reads JSON lines, skipping blanks, rejecting bad lines by number and field', () => {
  const r = parseHsExamples('\uFEFF{"text": "cotton t-shirt", "hs6": "610910"}\n\n{"text": "", "hs6": "610910"}\nnot json\n{"text": "tea", "hs6": "0902.30"}\n{"text": "x", "hs6": "12"}\n[1]\n');
  assert.ok(r.ok);
  assert.deepEqual(r.value.rows, [{ line: 1, text: 'cotton t-shirt', hs6: '610910' }, { line: 5, text: 'tea', hs6: '090230' }]);
  assert.deepEqual(r.value.errors.map((e) => [e.line, e.field ?? '']), [[3, 'text'], [4, ''], [6, 'hs6'], [7, '']]);
  assert.equal(r.value.read, 6);
});

test('a file with nothing usable is refused', () => {
  assert.equal(parseHsExamples('').ok, false);
  assert.equal(parseHsExamples('garbage\nmore garbage').ok, false);
});
