import { fail, ok, type Result } from '../result/result.js';
import type { CustomsDocumentInput, Party } from './document-input.js';
import { buyerParty, checkOrderForDocument, sellerParty } from './parties.js';

/** What is in one parcel, for the buyer: no prices, no customs values. */
export type PackingSlip = {
  orderNumber: string;
  /** 1-based: "parcel 1 of 2". */
  parcel: number;
  parcels: number;
  date: string;
  from: Party;
  shipTo: Party;
  service: string;
  trackingNumber: string | null;
  lines: Array<{ sku: string; title: string; quantity: number; ordered: number }>;
  units: number;
  /** Said when the order comes in several parcels. */
  note: string | null;
};

/**
 * The packing slip of one parcel: the lines it holds with their titles as the buyer bought them
 * (in the buyer's language) and how many of each were ordered, without prices. A cancelled order
 * has none (ORDER_STATE_CONFLICT).
 */
export function buildPackingSlip(input: Pick<CustomsDocumentInput, 'order' | 'shipment' | 'store' | 'warehouse' | 'date'> & { parcels: number }): Result<PackingSlip, 'ORDER_STATE_CONFLICT' | 'CUSTOMS_DATA_MISSING'> {
  const allowed = checkOrderForDocument(input.order, 'packing-slip');
  if (!allowed.ok) return allowed;
  const lines: PackingSlip['lines'] = [];
  for (const [i, s] of input.shipment.lines.entries()) {
    const line = input.order.lines.find((l) => l.sku === s.sku);
    if (!line) return fail('CUSTOMS_DATA_MISSING', `shipment ${input.shipment.position} carries ${s.sku}, which is not a line of order ${input.order.number}`, { field: `shipment.lines[${i}].sku` });
    lines.push({ sku: s.sku, title: line.title, quantity: s.quantity, ordered: line.quantity });
  }
  const parcel = input.shipment.position + 1;
  return ok({
    orderNumber: input.order.number,
    parcel,
    parcels: input.parcels,
    date: input.date,
    from: sellerParty(input),
    shipTo: buyerParty(input),
    service: `${input.shipment.carrier}, ${input.shipment.service}`,
    trackingNumber: input.shipment.trackingNumber,
    lines,
    units: lines.reduce((n, l) => n + l.quantity, 0),
    note: input.parcels > 1 ? `Parcel ${parcel} of ${input.parcels}: the rest of the order comes in its own parcel${input.parcels > 2 ? 's' : ''}.` : null,
  });
}
