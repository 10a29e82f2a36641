import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CODE128_PATTERNS, encodeCode128 } from './code128.js';

test('Code 128 B: start, characters, check symbol, stop; 11 modules a symbol, 13 for the stop', () => {
  const ab = encodeCode128('AB');
  assert.ok(ab.ok);
  // (104 + 1 x 33 + 2 x 34) mod 103 = 205 mod 103 = 102
  assert.deepEqual(ab.value.values, [104, 33, 34, 102, 106]);
  assert.equal(ab.value.modules, 11 * 4 + 13);
  assert.equal(ab.value.widths.length, 6 * 4 + 7, 'bars and spaces alternate, ending with a bar');
  const s10 = encodeCode128('RR123456785GB');
  assert.ok(s10.ok);
  assert.equal(s10.value.modules, 11 * (13 + 2) + 13);
  // R=50: 104 + 50 + 2 x 50 + digits ... checked against the formula rather than a table:
  const expected = [...'RR123456785GB'].reduce((sum, c, i) => sum + (c.charCodeAt(0) - 32) * (i + 1), 104) % 103;
  assert.equal(s10.value.values.at(-2), expected);
  assert.equal(encodeCode128('').ok, false);
  assert.equal(encodeCode128('é').ok, false);
});

test('the symbol table: 107 distinct patterns, 11 modules each (stop 13), bars even and spaces odd (the Code 128 parity rule)', () => {
  assert.equal(CODE128_PATTERNS.length, 107);
  assert.equal(new Set(CODE128_PATTERNS).size, 107);
  CODE128_PATTERNS.forEach((p, value) => {
    const w = [...p].map(Number);
    assert.equal(w.reduce((a, b) => a + b, 0), value === 106 ? 13 : 11, `value ${value}`);
    if (value < 106) {
      assert.equal((w[0]! + w[2]! + w[4]!) % 2, 0, `bars of value ${value}`);
      assert.equal((w[1]! + w[3]! + w[5]!) % 2, 1, `spaces of value ${value}`);
    }
  });
});
