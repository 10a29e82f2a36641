import assert from 'node:assert/strict';
import { test } from 'node:test';
import fontkit from '@pdf-lib/fontkit';
import { face, printable, textWidth } from './pdf-fonts.js';

test('printable keeps Latin diacritics, Vietnamese, Polish, German, French and Cyrillic as written', () => {
  const f = face('regular');
  for (const text of ['Hội An, Nguyễn Thái Học, Quảng Nam', 'Łódź, Zażółć gęślą jaźń', 'Jürgen Groß, Straße', 'Besançon, Françoise Lefèvre', 'Ирина Соколова, Москва', 'Ελλάδα']) {
    assert.deepEqual(printable(text, f), { text, missing: [] });
  }
  // Decomposed input (as some keyboards and imports send it) is composed first.
  assert.deepEqual(printable('Ho\u0302\u0323i An', f), { text: 'Hội An', missing: [] });
  assert.deepEqual(printable('line\nbreak\ttab', f), { text: 'line break tab', missing: [] });
});

test('characters the font lacks: compatibility forms are decomposed, the rest become "?" and are listed', () => {
  const f = face('regular');
  assert.deepEqual(printable('ＡＢＣ １２３', f), { text: 'ABC 123', missing: [] });
  assert.deepEqual(printable('東京都 Chiyoda', f), { text: '??? Chiyoda', missing: ['東', '京', '都'] });
  assert.deepEqual(printable('สวัสดี', f).missing.length, 6);
  assert.ok(textWidth('Hội An', f, 10) > textWidth('Hoi', f, 10));
});

test('the subset the PDF embeds draws every glyph (odd-length glyph records are padded)', async () => {
  const f = face('regular');
  const subset = f.font.createSubset();
  const text = 'COMMERCIAL INVOICE Hội An Łódź Жуков 0123456789';
  const ids = [...text].map((ch) => subset.includeGlyph(f.font.glyphForCodePoint(ch.codePointAt(0)!)));
  const bytes = await new Promise<Uint8Array>((resolve, reject) => {
    const parts: Uint8Array[] = [];
    const stream = subset.encodeStream() as unknown as { on(event: string, listener: (arg: Uint8Array) => void): typeof stream };
    stream.on('data', (b) => parts.push(b)).on('end', () => resolve(Buffer.concat(parts))).on('error', reject);
  });
  const parsed = fontkit.create(bytes);
  [...text].forEach((ch, i) => {
    if (ch === ' ') return;
    const glyph = parsed.getGlyph(ids[i]!);
    assert.ok((glyph.path as unknown as { commands: unknown[] }).commands.length > 0, `glyph of ${JSON.stringify(ch)} (subset id ${ids[i]}) has an outline`);
  });
});
