import { deflateSync } from 'node:zlib';

/** The 8 bytes every PNG starts with (PNG spec, 5.2). */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** CRC-32 (ISO 3309, polynomial 0xEDB88320 reflected) as PNG chunks use it (PNG spec, 5.5). */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * CRC-32 of `bytes`, continuing from `crc` (0 to start).
 * @example crc32(Buffer.from('IEND')) // 0xae426082
 */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** One chunk: length (4 bytes, big-endian), type, data, CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Encode 8-bit RGB pixels (row by row, 3 bytes a pixel, no padding) as a PNG: IHDR (colour type 2,
 * no interlace), one IDAT of every scanline with filter byte 0 deflated at level 9, IEND. The same
 * pixels always give the same bytes.
 * @example encodeRgbPng(1, 1, Uint8Array.of(255, 0, 0)) // a 1x1 red PNG of 69 bytes
 */
export function encodeRgbPng(width: number, height: number, rgb: Uint8Array): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new Error(`bad PNG size ${width}x${height}`);
  const stride = width * 3;
  if (rgb.length !== stride * height) throw new Error(`expected ${stride * height} bytes of RGB for ${width}x${height}, got ${rgb.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour
  // compression 0 (deflate), filter method 0, interlace 0: already zero.
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
