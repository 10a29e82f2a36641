import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeUtf8Text } from './decode-text.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

test('UTF-8 text is decoded and a UTF-8 byte-order mark is dropped', () => {
  assert.deepEqual(decodeUtf8Text(utf8('a,b\n1,2\n')), { ok: true, value: 'a,b\n1,2\n' });
  assert.deepEqual(decodeUtf8Text(utf8('\uFEFFcommodity,ukgt_duty_rate\r\n')), { ok: true, value: 'commodity,ukgt_duty_rate\r\n' });
  assert.deepEqual(decodeUtf8Text(utf8('1.5¢/kg, £20.00/100kg, MATÉ')), { ok: true, value: '1.5¢/kg, £20.00/100kg, MATÉ' });
});

test('unusable bytes are refused with a reason', () => {
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['empty', bytes(), /empty/],
    ['only whitespace', utf8(' \r\n\n\t'), /empty/],
    ['UTF-16 LE', bytes(0xff, 0xfe, 0x61, 0x00), /UTF-16/],
    ['UTF-16 BE', bytes(0xfe, 0xff, 0x00, 0x61), /UTF-16/],
    ['binary garbage with NUL', bytes(0x42, 0x4d, 0x36, 0x04, 0x14, 0x00, 0x06, 0x00), /binary.*offset 5/],
    ['a ZIP archive', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00), /ZIP archive.*unzip it/],
    ['gzip', bytes(0x1f, 0x8b, 0x08, 0x00), /gzip-compressed/],
    ['Latin-1 é', bytes(0x63, 0x61, 0x66, 0xe9, 0x0a), /not UTF-8.*offset 3/],
    ['truncated sequence', bytes(0x61, 0xe2, 0x82), /not UTF-8/],
  ];
  for (const [name, input, reason] of cases) {
    const r = decodeUtf8Text(input);
    assert.equal(r.ok, false, name);
    if (!r.ok) {
      assert.equal(r.code, 'VALIDATION_FAILED', name);
      assert.match(r.message, reason, name);
    }
  }
});
