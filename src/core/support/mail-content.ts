/**
 * Incoming mail content made safe to keep and show. HTML is never kept to be rendered: it is turned
 * into plain text (scripts, styles and comments dropped, entities decoded, block elements as line
 * breaks), and every page escapes that text when it shows it. Bodies are cut at a bound and say so.
 * Attachments are identified by their first bytes; a declared type the bytes contradict is flagged.
 */

/** The longest body kept, in characters; the rest is cut and the message marked truncated. */
export const MAX_BODY_CHARS = 100_000;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ndash: '–', mdash: '—', hellip: '…', euro: '€', copy: '©', reg: '®', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·', times: '×' };

const MARKS: Record<string, string> = { uml: '\u0308', acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', cedil: '\u0327', ring: '\u030a' };
const LETTERS: Record<string, string> = { szlig: 'ß', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', eth: 'ð', ETH: 'Ð', thorn: 'þ', THORN: 'Þ' };

/** Latin letters with a diacritic (`&Uuml;` = Ü, `&ccedil;` = ç) and the few letters of their own (`&szlig;`). */
function accented(name: string): string | undefined {
  const m = /^([A-Za-z])(uml|acute|grave|circ|tilde|cedil|ring)$/.exec(name);
  return m ? (m[1]! + MARKS[m[2]!]!).normalize('NFC') : LETTERS[name];
}

function codePointText(code: number): string {
  const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : '\uFFFD';
}

/** Decode HTML character references (named ones in common use, decimal and hexadecimal). */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return codePointText(Number(dec));
    if (hex !== undefined) return codePointText(parseInt(hex, 16));
    return NAMED[name!] ?? NAMED[name!.toLowerCase()] ?? accented(name!) ?? whole;
  });
}

const BLOCK = /<\s*\/?\s*(?:p|div|br|tr|h[1-6]|blockquote|table|ul|ol|section|article|header|footer|hr|pre)\b[^>]*>/gi;

/** Plain text of an HTML body: what a reader would see, without anything that could run. */
export function htmlToText(html: string): string {
  const bounded = html.length > MAX_BODY_CHARS * 4 ? html.slice(0, MAX_BODY_CHARS * 4) : html;
  const text = bounded
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<\s*(script|style|head|title|template|noscript|iframe|object|svg|math)\b[\s\S]*?(?:<\s*\/\s*\1\s*>|$)/gi, '')
    .replace(/<\s*li\b[^>]*>/gi, '\n• ')
    .replace(BLOCK, '\n')
    .replace(/<[^>]*>?/g, '')
    .replace(/\n[ \t]+/g, '\n');
  return tidyText(decodeEntities(text));
}

/** Line breaks made plain, control characters dropped, runs of blank lines and trailing spaces collapsed. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u2028\u2029\ufeff]/g, '')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/[ \t\u00a0]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A body cut to MAX_BODY_CHARS (never inside a surrogate pair), and whether it was cut. */
export function boundBody(text: string, max = MAX_BODY_CHARS): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: text.slice(0, end), truncated: true };
}

/** File types told apart by their first bytes. */
const SIGNATURES: Array<{ type: string; bytes: number[]; offset?: number }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: 'image/webp', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'application/x-msdownload', bytes: [0x4d, 0x5a] },
  { type: 'application/x-executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { type: 'application/x-ole-storage', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { type: 'application/gzip', bytes: [0x1f, 0x8b] },
  { type: 'application/x-rar', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { type: 'application/x-7z-compressed', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
];

/** Types whose declared name is satisfied by a more general detected type (an .xlsx is a zip). */
const CONTAINED_IN: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'application/zip',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'application/zip',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'application/zip',
  'application/msword': 'application/x-ole-storage',
  'application/vnd.ms-excel': 'application/x-ole-storage',
  'image/jpg': 'image/jpeg',
  'application/x-zip-compressed': 'application/zip',
};

/** Types an attachment may never be kept as, whatever it claims. */
const DANGEROUS = new Set(['application/x-msdownload', 'application/x-executable']);

/** The type the bytes show, or undefined when they match no known signature (text, for one). */
export function sniffContentType(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((s) => {
    const start = s.offset ?? 0;
    if (s.type === 'image/webp' && !(bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x46)) return false;
    return s.bytes.every((b, i) => bytes[start + i] === b);
  })?.type;
}

export type AttachmentCheck = { declaredType: string; detectedType: string | null; verdict: 'ok' | 'mismatch' | 'dangerous' };

/**
 * Compare an attachment's declared type with its bytes: `dangerous` for programs whatever they
 * claim; `mismatch` when the bytes are a known type other than the declared one (a "PDF" that is a
 * zip), or the declared type has a signature the bytes lack (an "image/png" that is text); else
 * `ok` (unknown bytes under a text or generic type are not a lie).
 */
export function checkAttachment(declared: string, bytes: Uint8Array): AttachmentCheck {
  const declaredType = declared.split(';')[0]!.trim().toLowerCase() || 'application/octet-stream';
  const detected = sniffContentType(bytes);
  const expected = CONTAINED_IN[declaredType] ?? (SIGNATURES.some((s) => s.type === declaredType) ? declaredType : undefined);
  let verdict: AttachmentCheck['verdict'];
  if (detected !== undefined && DANGEROUS.has(detected)) verdict = 'dangerous';
  else if (declaredType === 'application/octet-stream') verdict = 'ok';
  else if (expected !== undefined) verdict = detected === expected ? 'ok' : 'mismatch';
  else verdict = detected === undefined ? 'ok' : 'mismatch';
  return { declaredType, detectedType: detected ?? null, verdict };
}
