import type { ShippingInstructions } from '../../core/freight/build-shipping-instructions.js';
import type { FreightPartyData } from '../../core/freight/freight-party.js';
import { addressLines, countryName, kg } from './format.js';
import { DocumentWriter } from './pdf-writer.js';

/** Marks and descriptions keep their line breaks as " / " (a PDF line holds no newline). */
export const oneLine = (text: string): string => text.split('\n').map((l) => l.trim()).filter(Boolean).join(' / ');

/** A transport document party as printed lines: name, address, phone, contact, tax and EORI numbers. */
export function freightPartyLines(p: FreightPartyData): string[] {
  const a = p.address;
  return [
    p.name,
    ...addressLines({ lines: a.lines, city: a.city, postalCode: a.postalCode, region: a.region, country: a.country }),
    ...(a.phone ? [`Phone: ${a.phone}`] : []),
    ...(p.contact ? [`Contact: ${p.contact}`] : []),
    ...(p.taxNumber ? [`Tax number: ${p.taxNumber}`] : []),
    ...(p.eori ? [`EORI: ${p.eori}`] : []),
  ];
}

/** A port or place code with its country's name when it is a UN/LOCODE ("DEHAM, Germany (DE)"). */
export function placeText(value: string, mode: string): string {
  return mode !== 'air' && /^[A-Z]{2}[A-Z2-9]{3}$/.test(value) ? `${value}, ${countryName(value.slice(0, 2))}` : value;
}

const m3 = (cm3: number) => (cm3 / 1_000_000).toFixed(3);

/**
 * The shipping instructions for a bill of lading, air waybill or consignment note as a PDF: the
 * document asked for and its number, shipper, consignee and notify party, the route, carrier and
 * vessel/voyage or flight, the Incoterm with its named place, the packages (marks, count and kind,
 * description, gross weight, volume) with totals, and notes.
 * @param created the PDF's creation date (documents are reproducible for a given date)
 */
export async function renderShippingInstructionsPdf(si: ShippingInstructions, created: Date): Promise<Uint8Array> {
  const name = `Shipping instructions ${si.orderNumber}`;
  const w = await DocumentWriter.start({ title: name, subject: `${si.title} for order ${si.orderNumber}`, author: si.shipper.name, created, keywords: ['freight', si.documentKind] });
  const top = w.y;
  w.textAt('SHIPPING INSTRUCTIONS', w.left, top, { size: 16, bold: true });
  w.textAt(`for a ${si.documentTitle.toLowerCase()}`, w.left, top + 22, { size: 9 });
  const right = w.left + w.contentWidth * 0.55;
  const width = w.contentWidth * 0.45;
  let h = 0;
  for (const [k, v] of [
    ['Document', si.documentTitle],
    ['Document number', si.documentNumber ?? 'to be issued by the carrier'],
    ['Order', si.orderNumber],
    ['Date', si.date],
    ['Status', si.status],
  ] as const) {
    w.textAt(`${k}:`, right, top + h, { size: 8, grey: true, width: width * 0.4 });
    h += w.textAt(v, right + width * 0.4, top + h, { size: 9, bold: k === 'Document number', width: width * 0.6 });
  }
  w.y = top + Math.max(h, 40) + 8;

  w.blocks([
    { title: 'Shipper', lines: freightPartyLines(si.shipper) },
    { title: 'Consignee', lines: freightPartyLines(si.consignee) },
    { title: 'Notify party', lines: si.notifyParty ? freightPartyLines(si.notifyParty) : ['Same as consignee'] },
  ]);
  w.facts([
    ['Mode of transport', si.mode.replace('_', ' ')],
    ['Carrier', si.carrier ?? 'not yet named'],
    [si.voyage.label, si.voyage.value ?? 'not yet known'],
    ...si.route.map((r): [string, string] => [r.label, placeText(r.value, si.mode)]),
    ['Incoterm', si.incoterm.text],
    ['Packages', String(si.totals.packages)],
    ['Total gross weight', `${kg(si.totals.grossWeightG)} kg`],
    ['Total volume', si.totals.volumeCm3 === null ? 'not given for every line' : `${m3(si.totals.volumeCm3)} m³`],
  ]);
  if (si.marks) w.facts([['Marks and numbers (shipment)', oneLine(si.marks)]], 1);
  w.gap(4);
  w.table(
    [
      { title: 'Marks and numbers', width: 20 },
      { title: 'Number and kind of packages', width: 18 },
      { title: 'Description of goods', width: 30 },
      { title: 'HS code', width: 9 },
      { title: 'Gross kg', width: 11, align: 'right' },
      { title: 'Volume m³', width: 10, align: 'right' },
    ],
    si.packages.map((p) => [oneLine(p.marks), `${p.count} x ${p.kindName} (${p.kind})`, oneLine(p.description), p.hsCode ?? '', kg(p.grossWeightG), p.volumeCm3 === null ? '' : m3(p.volumeCm3)]),
  );
  w.gap(4);
  w.text(`Total: ${si.totals.packages} packages, gross weight ${kg(si.totals.grossWeightG)} kg${si.totals.volumeCm3 === null ? '' : `, volume ${m3(si.totals.volumeCm3)} m³`}.`, { size: 9, bold: true });
  w.gap(6);
  for (const n of si.notes) w.text(n, { size: 7, grey: true });
  return w.finish(name);
}
