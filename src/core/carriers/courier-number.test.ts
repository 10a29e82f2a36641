import assert from 'node:assert/strict';
import { test } from 'node:test';
import { courierCheckDigit, makeCourierNumber, parseCourierNumber } from './courier-number.js';

test('courier numbers: TC, 9 digits and the serial mod 7', () => {
  // 123456789 = 7 x 17636684 + 1; 000000007 = 7 x 1 + 0; 999999999 = 7 x 142857142 + 5
  assert.deepEqual(['123456789', '000000007', '999999999'].map(courierCheckDigit), [1, 0, 5]);
  assert.deepEqual(makeCourierNumber(123_456_789), { ok: true, value: 'TC1234567891' });
  assert.deepEqual(makeCourierNumber(7), { ok: true, value: 'TC0000000070' });
  assert.deepEqual(parseCourierNumber('tc 123456789 1'), { ok: true, value: { serial: '123456789', checkDigit: 1 } });
  const wrong = parseCourierNumber('TC1234567892');
  assert.equal(wrong.ok ? '' : wrong.message, 'check digit 2 should be 1');
  assert.equal(parseCourierNumber('TC123456789').ok, false);
  assert.equal(makeCourierNumber(1_000_000_000).ok, false);
});
