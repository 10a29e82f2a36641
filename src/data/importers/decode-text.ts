import { fail, ok, type Result } from '../../core/result/result.js';

/**
 * Decode a file as UTF-8 text, refusing what is not: binary data (a NUL byte), UTF-16 (its
 * byte-order mark), invalid UTF-8 sequences, and files with nothing but whitespace. A UTF-8
 * byte-order mark is dropped, so it never sticks to the first column name.
 * @example decodeUtf8Text(new TextEncoder().encode('\uFEFFa,b\n')) // ok('a,b\n')
 */
export function decodeUtf8Text(bytes: Uint8Array): Result<string, 'VALIDATION_FAILED'> {
  if (bytes.length === 0) return fail('VALIDATION_FAILED', 'the file is empty', { field: 'file' });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('VALIDATION_FAILED', 'the file is UTF-16 text; save it as UTF-8', { field: 'file' });
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return fail('VALIDATION_FAILED', 'the file is a ZIP archive (as eurofxref-hist.zip is): unzip it and import the file inside', { field: 'file' });
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return fail('VALIDATION_FAILED', 'the file is gzip-compressed: decompress it first', { field: 'file' });
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return fail('VALIDATION_FAILED', `the file is binary, not text (a NUL byte at offset ${nul})`, { field: 'file' });
  }
  let text: string;
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD, so a Latin-1 or Windows-1252
    // export is caught here rather than imported with mangled descriptions.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('VALIDATION_FAILED', `the file is not UTF-8 text (invalid byte sequence near offset ${firstInvalidUtf8(bytes)})`, { field: 'file' });
  }
  if (text.trim() === '') return fail('VALIDATION_FAILED', 'the file is empty (only whitespace)', { field: 'file' });
  return ok(text);
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += size;
  }
  return i;
}
