import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatOrderNumber, parseOrderNumber } from './order-number.js';

test('order numbers end in the Luhn digit of the sequence', () => {
  // 10042: from the right 2x2=4, 4, 0x2=0, 0, 1x2=2; sum 10; check digit 0.
  assert.equal(formatOrderNumber(10042), 'LF-100420');
  // 1: 1x2=2; check digit 8.
  assert.equal(formatOrderNumber(1), 'LF-18');
  // The textbook Luhn example: 7992739871 -> 3.
  assert.equal(formatOrderNumber(7992739871), 'LF-79927398713');
  assert.match(formatOrderNumber(Number.MAX_SAFE_INTEGER), /^LF-9007199254740991\d$/);
});

test('a sequence must be a positive safe integer', () => {
  for (const bad of [0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) assert.throws(() => formatOrderNumber(bad), RangeError, String(bad));
});

test('parsing accepts any case, spaces around and a missing dash', () => {
  for (const text of ['LF-100420', ' lf-100420 ', 'Lf100420', '\tLF-100420\n']) {
    assert.deepEqual(parseOrderNumber(text), { ok: true, value: { number: 'LF-100420', sequence: 10042 } }, JSON.stringify(text));
  }
  assert.deepEqual(parseOrderNumber('LF-18'), { ok: true, value: { number: 'LF-18', sequence: 1 } });
});

test('a wrong digit or two swapped digits are reported as a typo', () => {
  for (const text of ['LF-100421', 'LF-100240', 'LF-010420']) {
    const r = parseOrderNumber(text);
    assert.equal(r.ok, false, text);
    if (!r.ok) {
      assert.equal(r.field, 'number');
      assert.equal(r.code, 'VALIDATION_FAILED');
    }
  }
  const r = parseOrderNumber('lf-100421');
  assert.deepEqual(r, { ok: false, code: 'VALIDATION_FAILED', message: 'LF-100421 has a typo: please check the order number in your confirmation email', field: 'number' });
});

test('text that is not shaped like an order number is refused', () => {
  for (const text of ['', 'LF-', 'LF-8', 'LF-0', 'LF-08', 'XX-100420', 'LF 100420', 'LF-10042O', '100420', 'LF-1004 20', `LF-${'1'.repeat(40)}`, 100420, null, undefined]) {
    const r = parseOrderNumber(text);
    assert.deepEqual(r, { ok: false, code: 'VALIDATION_FAILED', message: 'an order number looks like LF-100420', field: 'number' }, JSON.stringify(text));
  }
});

test('every number formatted parses back to its sequence', () => {
  for (let sequence = 1; sequence < 5000; sequence += 13) {
    const number = formatOrderNumber(sequence);
    assert.deepEqual(parseOrderNumber(number), { ok: true, value: { number, sequence } });
  }
});
