import type { PackingSlip } from '../../core/customs-docs/build-packing-slip.js';
import { partyLines } from './format.js';
import { DocumentWriter } from './pdf-writer.js';

/** The packing slip of one parcel, for the buyer: what is in it, without prices. */
export async function renderPackingSlipPdf(slip: PackingSlip, created: Date): Promise<Uint8Array> {
  const w = await DocumentWriter.start({ title: `Packing slip ${slip.orderNumber}/${slip.parcel}`, subject: `Packing slip of parcel ${slip.parcel} of order ${slip.orderNumber}`, author: slip.from.name, created, keywords: ['packing slip'] });
  const top = w.y;
  w.textAt('PACKING SLIP', w.left, top, { size: 16, bold: true });
  w.textAt(`Order ${slip.orderNumber} · parcel ${slip.parcel} of ${slip.parcels} · ${slip.date}`, w.left, top + 22, { size: 9 });
  w.y = top + 40;
  w.blocks([
    { title: 'From', lines: partyLines(slip.from) },
    { title: 'Ship to', lines: partyLines(slip.shipTo) },
  ]);
  w.facts([
    ['Delivery', slip.service],
    ['Tracking number', slip.trackingNumber ?? 'given when the parcel ships'],
    ['Items in this parcel', String(slip.units)],
  ]);
  w.gap(4);
  w.table(
    [
      { title: 'Item', width: 52 },
      { title: 'SKU', width: 20 },
      { title: 'In this parcel', width: 14, align: 'right' },
      { title: 'Ordered', width: 14, align: 'right' },
    ],
    slip.lines.map((l) => [l.title, l.sku, String(l.quantity), String(l.ordered)]),
    9,
  );
  w.gap(8);
  if (slip.note) w.text(slip.note, { size: 9 });
  w.text('Thank you for your order. Questions about it: reply to your order confirmation email with the order number.', { size: 8, grey: true });
  return w.finish(`Packing slip ${slip.orderNumber}/${slip.parcel}`);
}
