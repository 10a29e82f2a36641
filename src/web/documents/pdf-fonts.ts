/**
 * The Unicode font every document is set in: Noto Sans (regular and bold), from the npm package
 * @expo-google-fonts/noto-sans (the font is SIL Open Font License 1.1, the package MIT; see its
 * LICENSE_FONT). It covers Latin with every diacritic Vietnamese, Polish, German and French use,
 * Greek and Cyrillic, so names and addresses print as written.
 *
 * Two choices keep rendering fast and predictable:
 * - Text is drawn glyph by glyph from the font's character map (no OpenType shaping: fontkit's
 *   layout engine costs about 2 ms per line on this font). Text is NFC-normalized first, so
 *   Vietnamese and the other Latin scripts use the font's precomposed letters; kerning is not applied.
 * - Characters the font lacks (CJK, Thai, Arabic, emoji, ...) never crash a document: a character
 *   whose compatibility decomposition the font has is printed that way (ﬁ -> fi, full-width
 *   letters -> ASCII); anything else becomes "?" and the document says so in a note. No CJK font
 *   is bundled (Noto Sans CJK is 16 MB a weight); the order keeps the original text.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';

type FontkitFont = ReturnType<typeof fontkit.create>;
type Glyph = ReturnType<FontkitFont['glyphForCodePoint']>;

const require = createRequire(import.meta.url);
const FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;

export type FontWeight = keyof typeof FILES;

/** One face: its bytes (what pdf-lib embeds), the parsed font, and per-character glyphs and widths. */
export type Face = {
  bytes: Uint8Array;
  font: FontkitFont;
  /** Advance width of a code point in 1/1000 em, or undefined when the font has no glyph for it. */
  width(codePoint: number): number | undefined;
};

const faces = new Map<FontWeight, Face>();

/** A face, read and parsed once per process. */
export function face(weight: FontWeight): Face {
  const known = faces.get(weight);
  if (known) return known;
  const bytes = new Uint8Array(fs.readFileSync(require.resolve(FILES[weight])));
  const font = fontkit.create(bytes);
  const covered = new Set(font.characterSet);
  const glyphs = new Map<number, Glyph>();
  const scale = 1000 / font.unitsPerEm;
  const glyphOf = (cp: number): Glyph | undefined => {
    let g = glyphs.get(cp);
    if (g === undefined && covered.has(cp)) {
      g = font.glyphForCodePoint(cp);
      glyphs.set(cp, g);
    }
    return g;
  };
  // pdf-lib asks the font for `layout(text).glyphs` to encode and measure text: answer from the
  // character map (see above). Unknown characters were replaced before they get here; .notdef is
  // the safety net.
  const notdef = font.getGlyph(0);
  (font as unknown as { layout: (text: string) => { glyphs: Glyph[]; positions: [] } }).layout = (text: string) => {
    const out: Glyph[] = [];
    for (const ch of text) out.push(glyphOf(ch.codePointAt(0)!) ?? notdef);
    return { glyphs: out, positions: [] };
  };
  padSubsetGlyphs(font);
  const made: Face = {
    bytes,
    font,
    width(cp) {
      const g = glyphOf(cp);
      return g === undefined ? undefined : g.advanceWidth * scale;
    },
  };
  faces.set(weight, made);
  return made;
}

type SubsetInternals = { glyf: Uint8Array[]; offset: number; _addGlyph(gid: number): number };

/**
 * @pdf-lib/fontkit's TrueType subsetter writes the short `loca` format (offsets / 2) whenever the
 * subset is under 128 KiB but copies glyph records of odd length as they are, so every glyph after
 * one of odd length points half a byte off and renders blank (Noto Sans has many such records).
 * Upstream fontkit pads each record to an even length; so does this patch, on our faces only.
 */
function padSubsetGlyphs(font: FontkitFont): void {
  const create = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = create() as unknown as SubsetInternals;
    const add = subset._addGlyph.bind(subset);
    subset._addGlyph = (gid: number) => {
      const index = add(gid);
      const record = subset.glyf[index]!;
      if (record.length % 2 === 1) {
        // The bundle's own Buffer class (a browser polyfill): its streams accept nothing else.
        const BufferClass = record.constructor as unknown as { concat(list: Uint8Array[]): Uint8Array; alloc(size: number): Uint8Array };
        subset.glyf[index] = BufferClass.concat([record, BufferClass.alloc(1)]);
        subset.offset += 1;
      }
      return index;
    };
    return subset as unknown as ReturnType<FontkitFont['createSubset']>;
  };
}

/**
 * What pdf-lib calls "fontkit": it asks `create(bytes)` for a parsed font at every embedFont. The
 * faces above are parsed once; each document still gets its own subset of them.
 */
export const cachedFontkit = {
  create(bytes: Uint8Array): FontkitFont {
    for (const weight of Object.keys(FILES) as FontWeight[]) {
      const f = face(weight);
      if (f.bytes === bytes) return f.font;
    }
    return fontkit.create(bytes);
  },
};

/**
 * Text the face can print: NFC-normalized, line breaks and tabs made spaces, each character the
 * font lacks replaced by its compatibility decomposition when the font has that, else by "?".
 * `missing` lists the characters replaced by question marks.
 */
export function printable(text: string, f: Face): { text: string; missing: string[] } {
  let out = '';
  const missing: string[] = [];
  for (const ch of text.normalize('NFC').replace(/[\t\r\n]+/g, ' ')) {
    const cp = ch.codePointAt(0)!;
    if (f.width(cp) !== undefined) {
      out += ch;
      continue;
    }
    const decomposed = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    if (decomposed !== ch && decomposed.length > 0 && [...decomposed].every((c) => f.width(c.codePointAt(0)!) !== undefined)) {
      out += decomposed;
      continue;
    }
    out += '?';
    missing.push(ch);
  }
  return { text: out, missing };
}

/** Width of printable text in points at `size`. */
export function textWidth(text: string, f: Face, size: number): number {
  let w = 0;
  for (const ch of text) w += f.width(ch.codePointAt(0)!) ?? 0;
  return (w * size) / 1000;
}
