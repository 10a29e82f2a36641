import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { CarrierAddress, LabelRequest } from '../../core/carriers/carrier.js';
import { encodeCode128 } from '../../core/carriers/code128.js';
import { crossesCustomsBorder } from '../../core/carriers/test-carrier-scenarios.js';
import { formatMoney } from '../../core/money/money.js';
import { formatKg } from '../../core/shipping/chargeable-weight.js';

export type TestLabelInput = {
  trackingNumber: string;
  request: LabelRequest;
  serviceName: string;
  createdAt: Date;
  cost: { amountMinor: number; currency: string };
};

/** A 4 x 6 inch thermal label, in PDF points. */
const WIDTH = 288;
const HEIGHT = 432;
const MARGIN = 14;

/**
 * Carriers print labels in plain Latin letters (many of their systems take nothing else), and the
 * PDF standard fonts carry only WinAnsi: accents are dropped, a few letters spelled out, anything
 * else becomes "?". The buyer's address in its own script belongs on the customs documents.
 */
export function labelText(text: string): string {
  const spelled: Record<string, string> = { ß: 'ss', Æ: 'AE', æ: 'ae', Ø: 'O', ø: 'o', Đ: 'D', đ: 'd', Ł: 'L', ł: 'l', Œ: 'OE', œ: 'oe', Þ: 'Th', þ: 'th' };
  return [...text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')].map((c) => spelled[c] ?? (c >= ' ' && c <= '~' ? c : '?')).join('');
}

/**
 * The test carrier's label as a real PDF with real text: carrier and service, sender, recipient,
 * the tracking number as a Code 128 barcode and in words, weight and size, and the customs summary
 * (contents with HS code, origin and value, Incoterm, registration numbers) of a parcel crossing a
 * border. Dated `createdAt`, so the same input gives the same file.
 */
export async function renderTestLabel(input: TestLabelInput): Promise<Uint8Array> {
  const { request: r } = input;
  const doc = await PDFDocument.create();
  doc.setTitle(`Label ${input.trackingNumber}`);
  doc.setAuthor('Landfall test carrier');
  doc.setProducer('Landfall');
  doc.setCreator('Landfall test carrier');
  doc.setCreationDate(input.createdAt);
  doc.setModificationDate(input.createdAt);
  const page = doc.addPage([WIDTH, HEIGHT]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pen = writer(page, regular, bold);

  let y = HEIGHT - MARGIN - 10;
  pen.text('LANDFALL TEST CARRIER', MARGIN, y, 11, true);
  pen.text(r.service, WIDTH - MARGIN - bold.widthOfTextAtSize(labelText(r.service), 9), y, 9, true);
  y -= 12;
  pen.text(`${input.serviceName} (${r.channel}) - test label, not for carriage`, MARGIN, y, 7);
  y -= 6;
  pen.rule(y);

  y -= 10;
  pen.text('FROM', MARGIN, y, 6, true);
  y = pen.block(addressLines(r.from), MARGIN, y - 8, 7, false, 9);
  y -= 4;
  pen.text('TO', MARGIN, y, 6, true);
  y = pen.block(addressLines(r.to), MARGIN, y - 12, 11, true, 13);
  pen.rule(y + 4);

  y -= 8;
  const dims = r.parcel.dimensionsMm ? `${r.parcel.dimensionsMm.length} x ${r.parcel.dimensionsMm.width} x ${r.parcel.dimensionsMm.height} mm` : 'not given';
  pen.text(`Weight ${formatKg(r.parcel.weightG)}   Size ${dims}   Postage ${formatMoney({ amount: input.cost.amountMinor, currency: input.cost.currency })}`, MARGIN, y, 8);
  y -= 10;
  pen.text(`Ref ${r.reference.slice(0, 40)}   ${input.createdAt.toISOString().slice(0, 10)}`, MARGIN, y, 7);

  y -= 66;
  const barcode = encodeCode128(input.trackingNumber);
  if (barcode.ok) {
    const module = Math.min(1.6, (WIDTH - 2 * MARGIN) / barcode.value.modules);
    let x = (WIDTH - module * barcode.value.modules) / 2;
    barcode.value.widths.forEach((w, i) => {
      if (i % 2 === 0) page.drawRectangle({ x, y, width: w * module, height: 56, color: rgb(0, 0, 0) });
      x += w * module;
    });
  }
  y -= 16;
  pen.text(input.trackingNumber, (WIDTH - bold.widthOfTextAtSize(input.trackingNumber, 14)) / 2, y, 14, true);
  y -= 8;
  pen.rule(y);

  y -= 10;
  if (!crossesCustomsBorder(r.from.country, r.to.country)) {
    pen.text(r.from.country === r.to.country ? 'Domestic parcel: no customs declaration' : 'Within the EU customs union: no customs declaration', MARGIN, y, 7, true);
  } else {
    pen.text(`CUSTOMS SUMMARY - ${r.incoterm} (${r.incoterm === 'DDP' ? 'duties paid by the sender' : 'duties and taxes due from the receiver'})`, MARGIN, y, 7, true);
    const shown = r.parcel.contents.slice(0, 5);
    for (const c of shown) {
      y -= 9;
      pen.text(`${c.quantity} x ${c.description.slice(0, 34)}  HS ${c.hsCode}  origin ${c.originCountry}  ${formatMoney({ amount: c.valueMinor, currency: c.currency })}`, MARGIN, y, 6.5);
    }
    if (r.parcel.contents.length > shown.length) pen.text(`and ${r.parcel.contents.length - shown.length} more lines (see the customs declaration)`, MARGIN, (y -= 9), 6.5);
    const currencies = [...new Set(r.parcel.contents.map((c) => c.currency))];
    const total = currencies.map((cur) => formatMoney({ amount: r.parcel.contents.filter((c) => c.currency === cur).reduce((s, c) => s + c.valueMinor, 0), currency: cur })).join(' + ');
    y -= 10;
    pen.text(`Total value ${total || 'none declared'}   Net weight ${formatKg(r.parcel.contents.reduce((s, c) => s + c.netWeightG, 0))}`, MARGIN, y, 7, true);
    const regs = Object.entries(r.registrations ?? {});
    if (regs.length > 0) pen.text(regs.map(([k, v]) => `${k} ${v}`).join('   '), MARGIN, (y -= 9), 7);
    if (r.incoterm === 'DAP' && r.dueOnDelivery && r.dueOnDelivery.amountMinor > 0) pen.text(`Collect on delivery (duties, taxes, fees): ${formatMoney({ amount: r.dueOnDelivery.amountMinor, currency: r.dueOnDelivery.currency })}`, MARGIN, (y -= 9), 7);
  }
  return doc.save();
}

function addressLines(a: CarrierAddress): string[] {
  return [a.name, a.company ?? '', ...a.lines, [a.postalCode ?? '', a.city].filter(Boolean).join(' '), a.region ?? '', a.country, a.phone ? `Tel ${a.phone}` : ''].filter((l) => l.trim() !== '');
}

function writer(page: PDFPage, regular: PDFFont, bold: PDFFont) {
  return {
    text(text: string, x: number, y: number, size: number, isBold = false) {
      page.drawText(labelText(text), { x, y, size, font: isBold ? bold : regular });
    },
    /** Lines downwards from `y`; returns the y below the last. */
    block(lines: string[], x: number, y: number, size: number, isBold: boolean, leading: number): number {
      for (const line of lines.slice(0, 8)) {
        this.text(line.slice(0, 48), x, y, size, isBold);
        y -= leading;
      }
      return y;
    },
    rule(y: number) {
      page.drawLine({ start: { x: MARGIN, y }, end: { x: WIDTH - MARGIN, y }, thickness: 0.8 });
    },
  };
}
