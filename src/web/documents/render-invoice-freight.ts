import type { InvoiceFreight } from '../../core/customs-docs/freight-section.js';
import { kg, partyLines } from './format.js';
import type { DocumentWriter } from './pdf-writer.js';
import { oneLine, placeText } from './render-shipping-instructions.js';

/**
 * The transport section of an invoice for goods going as freight: the transport document and its
 * number, carrier and voyage or flight, the route, the notify party, and the packages with their
 * marks, counts, kinds and gross weights.
 */
export function drawInvoiceFreight(w: DocumentWriter, f: InvoiceFreight): void {
  w.gap(2);
  w.text('Transport', { size: 9, bold: true });
  w.facts([
    ['Mode of transport', f.mode.replace('_', ' ')],
    ['Transport document', `${f.documentTitle} ${f.documentNumber ?? '(number to be issued)'}`],
    ['Carrier', f.carrier ?? 'not yet named'],
    [f.voyage.label, f.voyage.value ?? 'not yet known'],
    ...f.route.map((r): [string, string] => [r.label, placeText(r.value, f.mode)]),
    ['Notify party', f.notifyParty ? partyLines(f.notifyParty).join(', ') : 'same as consignee'],
    ['Packages (freight)', String(f.packageCount)],
    ['Gross weight (freight)', `${kg(f.grossWeightG)} kg`],
    ...(f.marks ? [['Marks', oneLine(f.marks)] as [string, string]] : []),
  ]);
  w.table(
    [
      { title: 'Marks and numbers', width: 30 },
      { title: 'Packages', width: 20 },
      { title: 'Description', width: 38 },
      { title: 'Gross kg', width: 12, align: 'right' },
    ],
    f.packages.map((p) => [oneLine(p.marks), `${p.count} x ${p.kind}`, oneLine(p.description), kg(p.grossWeightG)]),
  );
  w.gap(4);
}
