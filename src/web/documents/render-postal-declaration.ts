import type { PostalDeclaration } from '../../core/customs-docs/build-postal-declaration.js';
import { amount, countryName, kg, money, partyLines } from './format.js';
import { A4, A6, DocumentWriter } from './pdf-writer.js';

const CATEGORIES = ['Gift', 'Commercial sample', 'Documents', 'Returned goods', 'Sale of goods', 'Other'] as const;

/**
 * A CN 22 or CN 23 laid out as the Universal Postal Union's forms are: the CN 22 as the small
 * label (A6) with its numbered boxes (1) to (8), the CN 23 on A4 with sender and addressee, the
 * contents table (1) to (8), totals (4), (6), (9), category (10), comments (11), licence,
 * certificate and invoice (12) to (14), and the signed declaration (15). Under the form, in small
 * print, the rule that chose it.
 */
export async function renderPostalDeclarationPdf(d: PostalDeclaration, created: Date): Promise<Uint8Array> {
  const name = d.form === 'CN22' ? 'CN 22' : 'CN 23';
  const w = await DocumentWriter.start({ title: `Customs declaration ${name} ${d.invoiceNumber}`, subject: `${name} of parcel ${d.invoiceNumber}`, author: d.sender.name, created, keywords: ['customs', d.form] }, d.form === 'CN22' ? A6 : A4, d.form === 'CN22' ? 14 : 36);
  if (d.form === 'CN22') drawCn22(w, d);
  else drawCn23(w, d);
  w.gap(6);
  w.text(`Form chosen by rule ${d.choice.rule}: ${d.choice.reason}. Source: ${d.choice.source}.`, { size: 6, grey: true });
  return w.finish(`${name} ${d.invoiceNumber}`);
}

function categories(w: DocumentWriter, top: number, x: number, width: number, perRow: number, size: number): number {
  const cell = width / perRow;
  let h = 0;
  CATEGORIES.forEach((c, i) => {
    const cx = x + (i % perRow) * cell;
    const cy = top + Math.floor(i / perRow) * (size + 5);
    w.tick(cx, cy + 1, c === 'Sale of goods', size - 1);
    w.textAt(c, cx + size + 3, cy, { size, width: cell - size - 4 });
    h = cy - top + size + 5;
  });
  return h;
}

function drawCn22(w: DocumentWriter, d: PostalDeclaration): void {
  const x = w.left;
  const width = w.contentWidth;
  const top = w.y;
  w.textAt('CUSTOMS DECLARATION', x + 4, top + 4, { size: 9, bold: true });
  w.textAt('CN 22', x, top + 2, { size: 14, bold: true, align: 'right', width: width - 4 });
  w.textAt(`Designated operator: ${d.operator}`, x + 4, top + 17, { size: 7, width: width * 0.6 });
  w.textAt('May be opened officially', x, top + 17, { size: 7, align: 'right', width: width - 4 });
  let y = top + 28;
  if (d.itemNumber) y += w.textAt(`No. of item: ${d.itemNumber}`, x + 4, y, { size: 7 });
  w.rule(y);
  y += 3;
  y += categories(w, y, x + 4, width - 8, 3, 6.5);
  w.rule(y);
  w.y = y + 2;
  const c = d.currency;
  w.table(
    [
      { title: 'Quantity and detailed description of contents (1)', width: 38 },
      { title: 'Weight (kg) (2)', width: 13, align: 'right' },
      { title: `Value (3) ${c}`, width: 14, align: 'right' },
      { title: 'HS tariff number (4)', width: 18 },
      { title: 'Country of origin (5)', width: 12 },
    ],
    d.lines.map((l) => [`${l.quantity} x ${l.description}`, kg(l.netWeightG), amount(l.valueMinor, c), l.tariffCode, l.originCountry]),
    6.5,
  );
  w.gap(2);
  const half = width / 2;
  const t = w.y;
  w.textAt('Total weight (kg) (6)', x + 2, t, { size: 6, grey: true, width: half - 4 });
  w.textAt(kg(d.totalGrossWeightG), x + 2, t + 8, { size: 8, bold: true, width: half - 4 });
  w.textAt('Total value (7)', x + half, t, { size: 6, grey: true, width: half - 4 });
  w.textAt(money(d.totalValueMinor, c), x + half, t + 8, { size: 8, bold: true, width: half - 4 });
  w.y = t + 20;
  w.rule();
  w.gap(2);
  if (d.senderReferences.length > 0) {
    w.text(`Sender's customs reference: ${d.senderReferences.map((r) => `${r.label} ${r.number}`).join('; ')}`, { size: 6.5, x: x + 3, width: width - 6 });
  }
  w.gap(2);
  w.text(d.declaration, { size: 6, x: x + 3, width: width - 6 });
  w.gap(10);
  const s = w.y;
  w.textAt(`${d.officeOfOrigin}, ${d.date}`, x + 2, s, { size: 7.5, width: half - 4 });
  w.textAt(d.signatureName, x + half, s, { size: 7.5, width: half - 4 });
  w.rule(s + 11, x, width);
  w.textAt("Date and sender's signature (8)", x + 2, s + 13, { size: 6, grey: true });
  w.y = s + 22;
  w.box(x, top, width, w.y - top);
}

function drawCn23(w: DocumentWriter, d: PostalDeclaration): void {
  const x = w.left;
  const width = w.contentWidth;
  const left = width * 0.58;
  const top = w.y;
  const senderLines = [...partyLines(d.sender), ...(d.senderReferences.length > 0 ? [`Sender's customs reference: ${d.senderReferences.map((r) => `${r.label} ${r.number}`).join('; ')}`] : [])];
  const addresseeLines = [...partyLines({ ...d.addressee, email: null, phone: null }), `Importer's reference (if any): ${d.importerReference ?? '—'}`, `Importer's telephone/fax/email: ${d.importerContact ?? '—'}`];
  const fromH = w.block('From (sender)', senderLines, x, left - 4, top);
  const head = top;
  w.textAt('CUSTOMS DECLARATION', x + left + 4, head + 4, { size: 10, bold: true, width: width - left - 8 });
  w.textAt('CN 23', x + left + 4, head + 2, { size: 18, bold: true, align: 'right', width: width - left - 8 });
  w.textAt(`Designated operator: ${d.operator}`, x + left + 4, head + 26, { size: 8, width: width - left - 8 });
  w.textAt(`No. of item (barcode, if any): ${d.itemNumber ?? '—'}`, x + left + 4, head + 40, { size: 8, width: width - left - 8 });
  w.textAt('May be opened officially', x + left + 4, head + 54, { size: 8, bold: true, width: width - left - 8 });
  w.box(x + left, top, width - left, fromH);
  w.y = top + fromH + 4;
  const toH = w.block('To (addressee)', addresseeLines, x, left - 4);
  const dest = w.y;
  w.textAt('Country of destination', x + left + 4, dest + 4, { size: 7, grey: true, width: width - left - 8 });
  w.textAt(countryName(d.addressee.address.country), x + left + 4, dest + 14, { size: 10, bold: true, width: width - left - 8 });
  w.box(x + left, dest, width - left, toH);
  w.y = dest + toH + 6;

  const c = d.currency;
  w.table(
    [
      { title: 'Detailed description of contents (1)', width: 34 },
      { title: 'Quantity (2)', width: 9, align: 'right' },
      { title: 'Net weight (kg) (3)', width: 11, align: 'right' },
      { title: `Value (5) ${c}`, width: 11, align: 'right' },
      { title: 'HS tariff number (7)', width: 14 },
      { title: 'Country of origin of goods (8)', width: 14 },
    ],
    d.lines.map((l) => [`${l.description} (${l.sku})`, String(l.quantity), kg(l.netWeightG), amount(l.valueMinor, c), l.tariffCode, countryName(l.originCountry)]),
  );
  w.gap(2);
  const third = width / 3;
  const t = w.y;
  for (const [i, [k, v]] of ([
    ['Total gross weight (kg) (4)', kg(d.totalGrossWeightG)],
    ['Total value (6)', money(d.totalValueMinor, c)],
    ['Postal charges/Fees (9)', money(d.postalChargesMinor, c)],
  ] as const).entries()) {
    w.textAt(k, x + i * third + 4, t + 3, { size: 7, grey: true, width: third - 8 });
    w.textAt(v, x + i * third + 4, t + 13, { size: 10, bold: true, width: third - 8 });
    w.box(x + i * third, t, third, 28);
  }
  w.y = t + 34;
  const cat = w.y;
  w.textAt('Category of item (10)', x + 4, cat + 3, { size: 7, grey: true });
  const ch = categories(w, cat + 14, x + 4, width - 8, 3, 8);
  w.textAt(`Explanation: ${d.category}`, x + 4, cat + 16 + ch, { size: 8 });
  w.box(x, cat, width, ch + 30);
  w.y = cat + ch + 34;
  w.facts([
    ['Comments (11): e.g. goods subject to quarantine, sanitary/phytosanitary inspection or other restrictions', d.comments ?? 'None'],
    ['Licence (12): no(s). of licence(s)', d.licences.join(', ') || 'None'],
    ['Certificate (13): no(s). of certificate(s)', d.certificates.join(', ') || 'None'],
    ['Invoice (14): no. of invoice', d.invoiceNumber],
    ['Office of origin / date of posting', `${d.officeOfOrigin}, ${d.date}`],
    ['Net weight of all contents (kg)', kg(d.totalNetWeightG)],
  ]);
  w.gap(4);
  w.ensure(80);
  w.text(d.declaration, { size: 8 });
  w.gap(22);
  const s = w.y;
  w.textAt(d.date, x, s, { size: 9, width: third });
  w.textAt(d.signatureName, x + third, s, { size: 9, width: 2 * third });
  w.rule(s + 14);
  w.textAt("Date and sender's signature (15)", x, s + 17, { size: 7, grey: true });
  w.y = s + 28;
}
