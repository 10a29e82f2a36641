import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { DEMO_CATALOG } from '../../data/demo/catalog.js';
import { createDemoImages, DEMO_IMAGE_SIZE, renderDemoImage } from './demo-images.js';
import { crc32, PNG_SIGNATURE } from './encode-png.js';

type Chunk = { type: string; data: Buffer };

/** The chunks of a PNG, checking the signature and every chunk's CRC on the way. */
function readPng(png: Buffer): Chunk[] {
  assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE, 'signature');
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < png.length) {
    assert.ok(at + 12 <= png.length, 'a whole chunk');
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    assert.equal(png.readUInt32BE(at + 8 + length), crc32(png.subarray(at + 4, at + 8 + length)), `CRC of ${type}`);
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  assert.equal(at, png.length, 'nothing after the last chunk');
  return chunks;
}

/** The RGB of pixel (x, y) from the inflated scanlines (filter 0 throughout). */
const pixel = (raw: Buffer, x: number, y: number) => [...raw.subarray(y * (DEMO_IMAGE_SIZE * 3 + 1) + 1 + x * 3, y * (DEMO_IMAGE_SIZE * 3 + 1) + 4 + x * 3)];

test('every demo product\'s image is a valid 640x640 RGB PNG with correct CRCs and full scanlines', () => {
  const images = createDemoImages();
  for (const p of DEMO_CATALOG) {
    const r = images.get(p.handle);
    assert.ok(r.ok, p.handle);
    assert.equal(r.value.contentType, 'image/png');
    const chunks = readPng(r.value.body);
    assert.deepEqual(chunks.map((c) => c.type), ['IHDR', 'IDAT', 'IEND'], p.handle);
    const ihdr = chunks[0]!.data;
    assert.deepEqual([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]], [640, 640, 8, 2, 0, 0, 0], p.handle);
    const raw = inflateSync(chunks[1]!.data);
    assert.equal(raw.length, 640 * (1 + 640 * 3), p.handle);
    for (let y = 0; y < 640; y++) assert.equal(raw[y * (640 * 3 + 1)], 0, `${p.handle}: filter byte of row ${y}`);
    assert.ok(r.value.body.length < 20_000, `${p.handle}: flat colours compress (${r.value.body.length} bytes)`);
  }
});

test('the picture: category background in the corners, a lighter shape in the centre, a contrasting band', () => {
  const raw = (handle: string) => inflateSync(readPng(renderDemoImage(DEMO_CATALOG.find((p) => p.handle === handle)!))[1]!.data);
  const coffee = raw('buon-ma-thuot-robusta-whole-beans');
  assert.deepEqual(pixel(coffee, 0, 0), [111, 78, 55], 'pantry brown');
  assert.deepEqual(pixel(coffee, 639, 639), [111, 78, 55]);
  assert.deepEqual(pixel(coffee, 320, 320), [168, 148, 135], 'two fifths of the way to white');
  assert.deepEqual(pixel(coffee, 5, 470), [245, 238, 225], 'a light band on a dark background');
  const cream = raw('turmeric-honey-face-cream');
  assert.deepEqual(pixel(cream, 0, 0), [224, 165, 38], 'beauty turmeric');
  assert.deepEqual(pixel(cream, 5, 470), [38, 34, 30], 'a dark band on a light background');
  const scarf = raw('hoi-an-silk-square-scarf');
  assert.notDeepEqual(pixel(scarf, 0, 0), pixel(coffee, 0, 0), 'another category, another colour');
  // Points inside only the square (180,180), only the diamond (320,130), the circle and square (200,200).
  const shapeOf = (handle: string) => {
    const r = raw(handle);
    const bg = pixel(r, 0, 0).join();
    const [square, diamond, round] = [pixel(r, 180, 180), pixel(r, 320, 130), pixel(r, 200, 200)].map((c) => c.join() !== bg);
    return square && round && !diamond ? 'square' : diamond && !square && !round ? 'diamond' : round && !square && !diamond ? 'circle' : 'unclear';
  };
  const shapes = DEMO_CATALOG.map((p) => shapeOf(p.handle));
  assert.deepEqual([...new Set(shapes)].sort(), ['circle', 'diamond', 'square'], 'one clear shape each, and all three in use');
});

test('deterministic bytes and ETag; made once and kept; an unknown handle is NOT_FOUND naming handle', () => {
  const a = createDemoImages();
  const b = createDemoImages();
  const first = a.get('bamboo-chopsticks');
  const again = a.get('bamboo-chopsticks');
  const other = b.get('bamboo-chopsticks');
  assert.ok(first.ok && again.ok && other.ok);
  assert.equal(again.value, first.value, 'the same object: bytes kept in memory');
  assert.deepEqual(other.value.body, first.value.body);
  assert.equal(other.value.etag, first.value.etag);
  assert.match(first.value.etag, /^"[A-Za-z0-9_-]{27}"$/);
  const board = a.get('bamboo-cutting-board');
  assert.ok(board.ok);
  assert.notEqual(board.value.etag, first.value.etag, 'another product, another image');
  for (const handle of ['no-such-product', '', '../catalog', 'Bamboo-Chopsticks', '__proto__', 'constructor']) {
    const r = a.get(handle);
    assert.ok(!r.ok, handle);
    assert.equal(r.code, 'NOT_FOUND');
    assert.equal(r.field, 'handle');
  }
});
