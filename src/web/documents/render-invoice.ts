import type { InvoiceData } from '../../core/customs-docs/build-invoice.js';
import { amount, countryName, kg, money, partyLines } from './format.js';
import { DocumentWriter } from './pdf-writer.js';
import { drawInvoiceFreight } from './render-invoice-freight.js';

/**
 * The commercial (or pro forma) invoices of an order as one PDF, a parcel's invoice per page
 * group: header with number and date, seller, buyer and importer of record, the terms (Incoterm,
 * currency, reason for export), the registration numbers, the lines, the totals, notes, and the
 * declaration with its signature block.
 * @param created the PDF's creation date (documents are reproducible for a given date)
 */
export async function renderInvoicePdf(invoices: readonly InvoiceData[], created: Date): Promise<Uint8Array> {
  const first = invoices[0]!;
  const w = await DocumentWriter.start({ title: `${first.title} ${first.orderNumber}`, subject: `${first.title} of order ${first.orderNumber}`, author: first.seller.name, created, keywords: ['customs', first.kind] });
  invoices.forEach((inv, i) => {
    if (i > 0) w.newPage();
    drawInvoice(w, inv);
  });
  return w.finish(`${first.title} ${first.orderNumber}`);
}

function drawInvoice(w: DocumentWriter, inv: InvoiceData): void {
  const top = w.y;
  w.textAt(inv.title.toUpperCase(), w.left, top, { size: 16, bold: true });
  w.textAt(inv.kind === 'proforma' ? (inv.requestsPayment ? 'Payable before dispatch' : 'Not a demand for payment') : 'Original', w.left, top + 22, { size: 8, grey: true });
  const right = w.left + w.contentWidth * 0.55;
  const width = w.contentWidth * 0.45;
  let h = 0;
  for (const [k, v] of [
    ['Invoice number', inv.number],
    ['Invoice date', inv.date],
    ['Order', inv.orderNumber],
    ['Parcel', `${inv.shipmentPosition + 1}${inv.trackingNumber ? `, tracking ${inv.trackingNumber}` : ''}`],
  ] as const) {
    w.textAt(`${k}:`, right, top + h, { size: 8, grey: true, width: width * 0.4 });
    h += w.textAt(v, right + width * 0.4, top + h, { size: 9, bold: k === 'Invoice number', width: width * 0.6 });
  }
  w.y = top + Math.max(h, 40) + 8;

  w.blocks([
    { title: 'Seller / exporter (shipper)', lines: partyLines(inv.seller) },
    { title: 'Buyer / consignee', lines: partyLines(inv.buyer) },
    { title: 'Importer of record', lines: [inv.importerOfRecord.name, `(${inv.importerOfRecord.party})`, inv.importerOfRecord.explanation] },
  ]);

  const origins = [...new Set(inv.lines.map((l) => l.originCountry))].map(countryName).join(', ');
  w.facts([
    ['Incoterm', inv.incoterm.text],
    ['Currency', inv.currency],
    ['Reason for export', inv.reasonForExport],
    ['Country of origin of the goods', origins],
    ['Country of destination', countryName(inv.buyer.address.country)],
    ['Transport', `${inv.transport.carrier}, ${inv.transport.service} (${inv.transport.channel})`],
    ['Packages', String(inv.totals.packages)],
    ['Total net weight', `${kg(inv.totals.netWeightG)} kg`],
    ['Total gross weight', `${kg(inv.totals.grossWeightG)} kg`],
  ]);
  if (inv.registrations.length > 0) {
    w.facts(inv.registrations.map((r) => [`${r.label} (${r.reason})`, r.number]));
  }
  if (inv.freight) drawInvoiceFreight(w, inv.freight);
  w.gap(4);

  const c = inv.currency;
  w.table(
    [
      { title: '#', width: 3 },
      { title: 'Description of goods', width: 26 },
      { title: 'SKU', width: 12 },
      { title: 'HS code', width: 10 },
      { title: 'Origin', width: 6 },
      { title: 'Qty', width: 5, align: 'right' },
      { title: `Unit value (${c})`, width: 10, align: 'right' },
      { title: `Total value (${c})`, width: 10, align: 'right' },
      { title: 'Net kg', width: 8, align: 'right' },
      { title: 'Gross kg', width: 8, align: 'right' },
    ],
    inv.lines.map((l, i) => [String(i + 1), l.description, l.sku, l.tariffCode, l.originCountry, String(l.quantity), amount(l.unitValueMinor, c), amount(l.valueMinor, c), kg(l.netWeightG), kg(l.grossWeightG)]),
  );
  w.gap(6);

  const totals: Array<[string, string, boolean]> = [
    ['Goods', money(inv.totals.goodsMinor, c), false],
    ['Freight', money(inv.totals.freightMinor, c), false],
    ['Insurance', money(inv.totals.insuranceMinor, c), false],
    ['Invoice total', money(inv.totals.totalMinor, c), true],
  ];
  w.ensure(totals.length * 12 + 30);
  const labelX = w.left + w.contentWidth * 0.55;
  for (const [k, v, bold] of totals) {
    w.textAt(k, labelX, w.y, { size: 9, bold, width: w.contentWidth * 0.25 });
    w.text(v, { x: labelX + w.contentWidth * 0.25, width: w.contentWidth * 0.2, size: 9, bold, align: 'right' });
  }
  w.gap(2);
  w.text(`${inv.dutiesAndTaxes.text}: ${money(inv.dutiesAndTaxes.minor, c)}.`, { size: 8 });
  w.gap(4);
  for (const n of inv.notes) w.text(n, { size: 7, grey: true });
  w.gap(8);

  const sign = 70;
  w.ensure(w.measure(inv.declaration, w.contentWidth, 9) + sign);
  w.text('Declaration', { size: 9, bold: true });
  w.text(inv.declaration, { size: 9 });
  w.gap(18);
  const third = w.contentWidth / 3;
  const at = w.y;
  w.rule(at + 14, w.left, third - 12);
  w.textAt('Signature', w.left, at + 17, { size: 7, grey: true });
  w.textAt(inv.signature.name, w.left + third, at, { size: 9, width: third - 12 });
  w.rule(at + 14, w.left + third, third - 12);
  w.textAt('Name', w.left + third, at + 17, { size: 7, grey: true });
  w.textAt(`${inv.signature.place}, ${inv.signature.date}`, w.left + 2 * third, at, { size: 9, width: third });
  w.rule(at + 14, w.left + 2 * third, third);
  w.textAt('Place and date', w.left + 2 * third, at + 17, { size: 7, grey: true });
  w.y = at + 30;
}
