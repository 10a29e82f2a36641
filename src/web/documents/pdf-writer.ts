/**
 * A small page-layout helper over pdf-lib for the documents: real text in an embedded Unicode font
 * (pdf-fonts.ts), wrapped to a width, in two weights; rules, boxes, key/value blocks and tables
 * whose header repeats on every page they run onto; page numbers and the note about characters the
 * font lacks added at the end. Coordinates are PDF points from the top of the page (the helper
 * turns them into pdf-lib's bottom-up coordinates).
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { cachedFontkit, face, printable, textWidth, type Face } from './pdf-fonts.js';

export const A4: [number, number] = [595.28, 841.89];
export const A6: [number, number] = [297.64, 419.53];

const GREY = rgb(0.45, 0.45, 0.45);
const LINE = rgb(0.6, 0.6, 0.6);
const BLACK = rgb(0, 0, 0);

export type TextOptions = { x?: number; width?: number; size?: number; bold?: boolean; grey?: boolean; align?: 'left' | 'right' | 'center'; lineGap?: number };
export type Column = { title: string; width: number; align?: 'left' | 'right' };

export type DocumentMeta = { title: string; subject: string; author: string; created: Date; keywords?: string[] };

export class DocumentWriter {
  /** Distance from the top of the current page to where the next thing goes. */
  y: number;
  /** Characters printed as "?" because the font has no glyph for them. */
  readonly missing = new Set<string>();
  private page: PDFPage;
  private readonly pages: PDFPage[] = [];

  private constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
    readonly size: [number, number],
    readonly margin: number,
  ) {
    this.page = this.addPage();
    this.y = margin;
  }

  static async start(meta: DocumentMeta, size: [number, number] = A4, margin = 36): Promise<DocumentWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(cachedFontkit as never);
    const [regular, bold] = await Promise.all([doc.embedFont(face('regular').bytes, { subset: true }), doc.embedFont(face('bold').bytes, { subset: true })]);
    doc.setTitle(meta.title);
    doc.setSubject(meta.subject);
    doc.setAuthor(meta.author);
    doc.setCreator('Landfall');
    doc.setProducer('Landfall (pdf-lib)');
    doc.setCreationDate(meta.created);
    doc.setModificationDate(meta.created);
    if (meta.keywords) doc.setKeywords(meta.keywords);
    return new DocumentWriter(doc, { regular, bold }, size, margin);
  }

  get left(): number {
    return this.margin;
  }

  get contentWidth(): number {
    return this.size[0] - 2 * this.margin;
  }

  get bottom(): number {
    return this.size[1] - this.margin - 14; // room for the page number
  }

  newPage(): void {
    this.page = this.addPage();
    this.y = this.margin;
  }

  /** Start a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  gap(points: number): void {
    this.y += points;
  }

  /** Printable text of the face (replacements counted for the closing note). */
  clean(text: string, bold = false): string {
    const p = printable(text, face(bold ? 'bold' : 'regular'));
    for (const ch of p.missing) this.missing.add(ch);
    return p.text;
  }

  /** Break text into lines no wider than `width` (words longer than a line are cut). */
  wrap(text: string, width: number, size: number, bold = false): string[] {
    const f = face(bold ? 'bold' : 'regular');
    const clean = this.clean(text, bold);
    const lines: string[] = [];
    let line = '';
    for (const word of clean.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, f, size) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      while (textWidth(line, f, size) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && textWidth(line.slice(0, cut), f, size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    if (line !== '' || lines.length === 0) lines.push(line);
    return lines;
  }

  /** Draw one already-printable line with its top at `top`. */
  drawLine(text: string, x: number, top: number, size: number, bold = false, grey = false): void {
    if (text === '') return;
    this.page.drawText(text, { x, y: this.size[1] - top - size * 0.93, size, font: bold ? this.fonts.bold : this.fonts.regular, color: grey ? GREY : BLACK });
  }

  /** Wrapped text at the cursor; returns its height and moves the cursor below it. */
  text(text: string, o: TextOptions = {}): number {
    const height = this.textAt(text, o.x ?? this.left, this.y, o);
    this.y += height;
    return height;
  }

  /** Wrapped text with its top at `top`, the cursor left alone; returns its height. */
  textAt(text: string, x: number, top: number, o: TextOptions = {}): number {
    const size = o.size ?? 9;
    const width = o.width ?? this.contentWidth - (x - this.left);
    const leading = size * 1.25 + (o.lineGap ?? 0);
    const lines = this.wrap(text, width, size, o.bold);
    const f = face(o.bold ? 'bold' : 'regular');
    lines.forEach((line, i) => {
      const w = textWidth(line, f, size);
      const dx = o.align === 'right' ? width - w : o.align === 'center' ? (width - w) / 2 : 0;
      this.drawLine(line, x + dx, top + i * leading, size, o.bold, o.grey);
    });
    return lines.length * leading;
  }

  /** Height wrapped text would take, without drawing it. */
  measure(text: string, width: number, size = 9, bold = false): number {
    return this.wrap(text, width, size, bold).length * size * 1.25;
  }

  rule(top = this.y, x = this.left, width = this.contentWidth): void {
    this.page.drawLine({ start: { x, y: this.size[1] - top }, end: { x: x + width, y: this.size[1] - top }, thickness: 0.5, color: LINE });
  }

  box(x: number, top: number, width: number, height: number, thickness = 0.6): void {
    this.page.drawRectangle({ x, y: this.size[1] - top - height, width, height, borderColor: BLACK, borderWidth: thickness });
  }

  /** A small box, ticked or not (checkbox of a customs form). */
  tick(x: number, top: number, ticked: boolean, size = 7): void {
    this.box(x, top, size, size, 0.6);
    if (ticked) this.drawLine('X', x + 1.2, top - 0.2, size, true);
  }

  /** A titled block of lines in a box (a party on a document); returns its height (at least `minHeight`). */
  block(title: string, lines: readonly string[], x: number, width: number, top = this.y, minHeight = 0): number {
    let h = 4;
    h += this.textAt(title, x + 4, top + h, { width: width - 8, size: 7, grey: true });
    lines.forEach((l, i) => {
      h += this.textAt(l, x + 4, top + h, { width: width - 8, size: 9, bold: i === 0 });
    });
    h = Math.max(h + 4, minHeight);
    this.box(x, top, width, h);
    return h;
  }

  /** Side-by-side blocks of the same height; moves the cursor below them. */
  blocks(items: ReadonlyArray<{ title: string; lines: readonly string[] }>, gap = 8): void {
    const width = (this.contentWidth - gap * (items.length - 1)) / items.length;
    const heights = items.map((b) => 8 + this.measure(b.title, width - 8, 7) + b.lines.reduce((s, l, i) => s + this.measure(l, width - 8, 9, i === 0), 0));
    const h = Math.max(...heights);
    this.ensure(h);
    items.forEach((b, i) => this.block(b.title, b.lines, this.left + i * (width + gap), width, this.y, h));
    this.y += h + gap;
  }

  /** Label: value pairs in rows of `perRow`, labels grey above values. */
  facts(pairs: ReadonlyArray<[string, string]>, perRow = 3): void {
    const width = this.contentWidth / perRow;
    for (let i = 0; i < pairs.length; i += perRow) {
      const row = pairs.slice(i, i + perRow);
      const h = Math.max(...row.map(([k, v]) => this.measure(k, width - 6, 7) + this.measure(v, width - 6, 9)));
      this.ensure(h + 4);
      row.forEach(([k, v], j) => {
        const x = this.left + j * width;
        const kh = this.textAt(k, x, this.y, { width: width - 6, size: 7, grey: true });
        this.textAt(v, x, this.y + kh, { width: width - 6, size: 9 });
      });
      this.y += h + 4;
    }
  }

  /** A table: header row (repeated on each new page) and wrapped cells; widths are fractions of the content width. */
  table(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, size = 8): void {
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.contentWidth);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const pad = 3;
    const header = () => {
      const h = Math.max(...columns.map((c, i) => this.measure(c.title, widths[i]! - 2 * pad, size - 1, true))) + 2 * pad;
      this.ensure(h + size * 2);
      columns.forEach((c, i) => this.textAt(c.title, xs[i]! + pad, this.y + pad, { width: widths[i]! - 2 * pad, size: size - 1, bold: true, align: c.align ?? 'left' }));
      this.y += h;
      this.rule();
    };
    header();
    for (const row of rows) {
      const h = Math.max(...row.map((cell, i) => this.measure(cell, widths[i]! - 2 * pad, size))) + 2 * pad;
      if (this.y + h > this.bottom) {
        this.newPage();
        header();
      }
      row.forEach((cell, i) => this.textAt(cell, xs[i]! + pad, this.y + pad, { width: widths[i]! - 2 * pad, size, align: columns[i]!.align ?? 'left' }));
      this.y += h;
      this.rule();
    }
  }

  /** Number the pages, add the note about replaced characters, and serialize. */
  async finish(footer: string): Promise<Uint8Array> {
    if (this.missing.size > 0) {
      const codes = [...this.missing].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
      const note = `Note: characters the embedded font (Noto Sans: Latin, Greek, Cyrillic, Vietnamese) cannot show are printed as "?" (${codes}); the order keeps the original text.`;
      this.ensure(this.measure(note, this.contentWidth, 7) + 4);
      this.gap(4);
      this.text(note, { size: 7, grey: true });
    }
    const count = this.pages.length;
    const cleanFooter = printable(footer, face('regular')).text;
    this.pages.forEach((page, i) => {
      this.page = page;
      const label = `${cleanFooter} · page ${i + 1} of ${count}`;
      const size = 7;
      const w = textWidth(label, face('regular'), size);
      this.drawLine(label, this.size[0] - this.margin - w, this.size[1] - this.margin + 2, size, false, true);
    });
    return this.doc.save({ useObjectStreams: true });
  }

  private addPage(): PDFPage {
    const page = this.doc.addPage(this.size);
    this.pages.push(page);
    return page;
  }
}

export type { Face };
