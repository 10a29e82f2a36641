import type { PickList } from '../../core/customs-docs/build-pick-list.js';
import { DocumentWriter } from './pdf-writer.js';

/** A warehouse's pick list: what to take from the shelves (bin, SKU, quantity), then which parcels to pack. */
export async function renderPickListPdf(list: PickList, created: Date): Promise<Uint8Array> {
  const w = await DocumentWriter.start({ title: `Pick list ${list.warehouse.code} ${list.date}`, subject: `Pick list of ${list.warehouse.name}`, author: 'Landfall', created, keywords: ['pick list'] });
  const top = w.y;
  w.textAt('PICK LIST', w.left, top, { size: 16, bold: true });
  w.textAt(`${list.warehouse.name} (${list.warehouse.code}) · ${list.date} · ${list.parcels.length} parcel${list.parcels.length === 1 ? '' : 's'}, ${list.units} unit${list.units === 1 ? '' : 's'}`, w.left, top + 22, { size: 9 });
  w.y = top + 40;
  if (list.picks.length === 0) w.text('Nothing to pick: no parcel of a paid order waits in this warehouse.', { size: 10 });
  else {
    w.table(
      [
        { title: 'Picked', width: 6 },
        { title: 'Bin', width: 9 },
        { title: 'SKU', width: 16 },
        { title: 'Item', width: 37 },
        { title: 'Qty', width: 6, align: 'right' },
        { title: 'For parcels', width: 26 },
      ],
      list.picks.map((p) => ['[  ]', p.bin ?? '—', p.sku, p.title, String(p.quantity), p.parcels.join(', ')]),
      8.5,
    );
    w.gap(12);
    w.text('Parcels to pack', { size: 11, bold: true });
    w.gap(2);
    w.table(
      [
        { title: 'Packed', width: 7 },
        { title: 'Parcel', width: 16 },
        { title: 'Service', width: 18 },
        { title: 'Units', width: 7, align: 'right' },
        { title: 'Contents', width: 52 },
      ],
      list.parcels.map((p) => ['[  ]', p.ref, p.service, String(p.units), p.lines.map((l) => `${l.quantity} x ${l.sku}`).join(', ')]),
      8.5,
    );
  }
  if (list.held.length > 0) {
    w.gap(12);
    w.text('Not to pick yet', { size: 11, bold: true });
    w.table([{ title: 'Parcel', width: 30 }, { title: 'Why', width: 70 }], list.held.map((h) => [h.ref, h.reason]), 8.5);
  }
  if (list.picks.length > 0 && list.picks.every((p) => p.bin === null)) {
    w.gap(8);
    w.text('Bins: none are recorded for these SKUs, so items are listed by SKU.', { size: 7, grey: true });
  }
  return w.finish(`Pick list ${list.warehouse.code} ${list.date}`);
}
