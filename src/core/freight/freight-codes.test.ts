import assert from 'node:assert/strict';
import { test } from 'node:test';
import { awbCheckDigit, containerCheckDigit, containerNumbersIn, parseAwbNumber, parseContainerNumber, parseIataAirport, parseLocode } from './freight-codes.js';

// Worked by hand: 1234567 = 176366 x 7 + 5; 7654321 = 1093474 x 7 + 3; 0000006 mod 7 = 6; 0000007 mod 7 = 0.
test('air waybill check digit: the first seven digits of the serial mod 7', () => {
  assert.deepEqual(['1234567', '7654321', '0000006', '0000007'].map(awbCheckDigit), [5, 3, 6, 0]);
  assert.deepEqual(parseAwbNumber('176-12345675'), { ok: true, value: { number: '176-12345675', prefix: '176', serial: '12345675' } });
  for (const printed of ['17612345675', '176 1234 5675', ' 176-1234 5675 ']) assert.equal(parseAwbNumber(printed).ok, true, printed);
  assert.equal(parseAwbNumber('020-76543213').ok, true);
});

test('an air waybill number with a wrong check digit is refused, naming the digit expected', () => {
  const r = parseAwbNumber('176-12345674');
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.message, /check digit 4, but 1234567 mod 7 is 5/);
  for (const bad of ['176-1234567', '17-123456755', 'ABC-12345675', '']) assert.equal(parseAwbNumber(bad).ok, false, bad);
});

// ISO 6346 worked example: C=13 S=30 Q=28 U=32 then 3 0 5 4 3 8, weights 1 2 4 ... 512:
// 13 + 60 + 112 + 256 + 48 + 0 + 320 + 512 + 768 + 4096 = 6185 = 562 x 11 + 3 -> 3.
// MSKU 123456: M=24 S=30 K=21 U=32 -> 24 + 60 + 84 + 256 + 16 + 64 + 192 + 512 + 1280 + 3072 = 5560 = 505 x 11 + 5 -> 5.
test('ISO 6346 container check digit, worked by hand, and 10 read as 0', () => {
  assert.equal(containerCheckDigit('CSQU305438'), 3);
  assert.equal(containerCheckDigit('MSKU123456'), 5);
  assert.deepEqual(parseContainerNumber('csqu 305438 3'), { ok: true, value: 'CSQU3054383' });
  assert.equal(parseContainerNumber('MSKU1234565').ok, true);
  // CSQU 000007: 441 for the letters + 7 x 512 = 4025 = 365 x 11 + 10 -> 10, printed as 0.
  assert.equal(containerCheckDigit('CSQU000007'), 0);
  assert.equal(parseContainerNumber('CSQU0000070').ok, true);
});

test('a container number with a wrong check digit or shape is refused', () => {
  const r = parseContainerNumber('CSQU3054384');
  assert.match(r.ok ? '' : r.message, /check digit 4, but ISO 6346 gives 3/);
  assert.equal(parseContainerNumber('CSQX3054383').ok, false, 'category must be U, J or Z');
  assert.deepEqual(containerNumbersIn('LF-100420\nCSQU 305438 3 / MSKU1234565 seal 12345'), ['CSQU 305438 3', 'MSKU1234565']);
});

test('UN/LOCODE: shape and country only; IATA airport codes: three letters', () => {
  assert.deepEqual(parseLocode('de ham'), { ok: true, value: 'DEHAM' });
  assert.deepEqual(parseLocode('VNSGN'), { ok: true, value: 'VNSGN' });
  assert.equal(parseLocode('NLRTM').ok, true);
  assert.equal(parseLocode('GB2LO').ok, true, 'digits 2-9 occur in locations');
  assert.equal(parseLocode('DEHA1').ok, false, '1 is not used');
  assert.match((parseLocode('QQHAM') as { message: string }).message, /QQ is not one/);
  assert.equal(parseLocode('HAMBURG').ok, false);
  assert.deepEqual(parseIataAirport(' sgn '), { ok: true, value: 'SGN' });
  for (const bad of ['SG', 'SGNX', 'S1N', 'VNSGN']) assert.equal(parseIataAirport(bad).ok, false, bad);
});
