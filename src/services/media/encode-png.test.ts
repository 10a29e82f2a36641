import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { crc32, encodeRgbPng, PNG_SIGNATURE } from './encode-png.js';

test('CRC-32: the check value and PNG\'s own IEND chunk', () => {
  assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
  assert.equal(crc32(Buffer.from('IEND')), 0xae426082);
  assert.equal(crc32(Buffer.alloc(0)), 0);
  assert.equal(crc32(Buffer.from('6789'), crc32(Buffer.from('12345'))), 0xcbf43926, 'continues from a previous value');
});

test('a 2x2 image: signature, IHDR, one IDAT of filtered scanlines, IEND, every CRC right', () => {
  const pixels = Uint8Array.of(255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 8, 7);
  const png = encodeRgbPng(2, 2, pixels);
  assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE);
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    assert.equal(png.readUInt32BE(at + 8 + length), crc32(png.subarray(at + 4, at + 8 + length)), `${type} CRC`);
    chunks.push({ type, data });
    at += 12 + length;
  }
  assert.deepEqual(chunks.map((c) => c.type), ['IHDR', 'IDAT', 'IEND']);
  assert.deepEqual([...chunks[0]!.data], [0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  assert.deepEqual([...inflateSync(chunks[1]!.data)], [0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 9, 8, 7]);
  assert.equal(chunks[2]!.data.length, 0);
  assert.deepEqual(encodeRgbPng(2, 2, pixels), png, 'the same pixels give the same bytes');
});

test('a size that is not a positive integer, or pixels that do not fill it, are bugs that throw', () => {
  assert.throws(() => encodeRgbPng(0, 1, new Uint8Array(0)), /bad PNG size/);
  assert.throws(() => encodeRgbPng(1.5, 1, new Uint8Array(3)), /bad PNG size/);
  assert.throws(() => encodeRgbPng(2, 2, new Uint8Array(11)), /expected 12 bytes/);
});
