import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isS10, makeS10, parseS10, s10CheckDigit } from './s10.js';

// Worked by hand with the weights 8 6 4 2 3 5 9 7:
//   12345678: 8+12+12+8+15+30+63+56 = 204 = 18 x 11 + 6 -> 11 - 6 = 5   (RR123456785GB)
//   87654321: 64+42+24+10+12+15+18+7 = 192 = 17 x 11 + 5 -> 11 - 5 = 6  (EE876543216CA)
//   00000104: 5 x 1 + 7 x 4 = 33 = 3 x 11 + 0 -> 11, which becomes 5    (CP000001045NL)
//   00000008: 7 x 8 = 56 = 5 x 11 + 1 -> 10, which becomes 0            (CP000000080NL)
//   00000001: 7 = 0 x 11 + 7 -> 4                                        (CP000000014VN)
test('S10 check digits, worked by hand, including both exceptions (10 -> 0, 11 -> 5)', () => {
  assert.deepEqual(
    ['12345678', '87654321', '00000104', '00000008', '00000001'].map(s10CheckDigit),
    [5, 6, 5, 0, 4],
  );
  for (const n of ['RR123456785GB', 'EE876543216CA', 'CP000001045NL', 'CP000000080NL', 'CP000000014VN', 'rr 123 456 785 gb']) assert.equal(isS10(n), true, n);
});

test('makeS10 pads the serial and appends the check digit and country', () => {
  assert.deepEqual(makeS10('CP', 1, 'VN'), { ok: true, value: 'CP000000014VN' });
  assert.deepEqual(makeS10('RR', 12_345_678, 'GB'), { ok: true, value: 'RR123456785GB' });
  const service = makeS10('C1', 1, 'NL');
  assert.equal(service.ok ? '' : service.field, 'service');
  const big = makeS10('CP', 100_000_000, 'NL');
  assert.equal(big.ok ? '' : big.field, 'serial');
  const country = makeS10('CP', 1, 'nl');
  assert.equal(country.ok ? '' : country.field, 'country');
});

test('parseS10 names what is wrong: the shape, or the check digit with the one expected', () => {
  assert.deepEqual(parseS10('RR123456785GB'), { ok: true, value: { service: 'RR', serial: '12345678', checkDigit: 5, country: 'GB' } });
  const wrong = parseS10('RR123456784GB');
  assert.equal(wrong.ok, false);
  if (!wrong.ok) assert.deepEqual([wrong.field, wrong.message], ['trackingNumber', 'check digit 4 should be 5']);
  for (const bad of ['RR12345678GB', 'R1123456785GB', 'RR123456785G', 'RR1234567850GB', '']) assert.equal(parseS10(bad).ok, false, bad);
});

test('every number makeS10 gives validates, and any other check digit does not', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.stringMatching(/^[A-Z]{2}$/), fc.stringMatching(/^[A-Z]{2}$/), fc.integer({ min: 1, max: 9 }), (serial, service, country, shift) => {
      const made = makeS10(service, serial, country);
      assert.ok(made.ok);
      assert.equal(isS10(made.value), true);
      const d = Number(made.value[10]);
      const other = `${made.value.slice(0, 10)}${(d + shift) % 10}${made.value.slice(11)}`;
      assert.equal(isS10(other), false, other);
    }),
  );
});
