import { customsValueOf } from '../customs-docs/customs-lines.js';
import { prorate } from '../orders/refund-split.js';

/**
 * What duty drawback and returned-goods relief claims ask for, kept when a return is received:
 * the original order and its export (the parcel's tracking number, when it left and arrived, from
 * the carrier's events where there are some), when the goods came back, and per line the HS code,
 * origin, units, customs value and the duties and taxes paid on them. One record per original
 * parcel the returned units travelled in. Money in minor units of the order's currency.
 */
export type ReliefRecord = {
  shipmentId: string;
  orderNumber: string;
  exportTrackingNumber: string | null;
  carrier: string;
  /** Where the parcel left from (the warehouse's country) and where it was imported. */
  exportCountry: string;
  importCountry: string;
  incoterm: 'DDP' | 'DAP';
  /** Who paid the import duties and taxes: the seller as importer (DDP), or the buyer on delivery (DAP). */
  paidBy: 'seller' | 'buyer';
  currency: string;
  shippedAt: string | null;
  shippedSource: 'carrier' | 'operator' | null;
  deliveredAt: string | null;
  deliveredSource: 'carrier' | 'operator' | null;
  receivedAt: string;
  lines: ReliefLine[];
};

export type ReliefLine = { sku: string; title: string; hsCode: string | null; originCountry: string | null; quantity: number; valueMinor: number; dutiesMinor: number; taxesMinor: number; taxScheme: string | null };

export type ReliefOrderLine = { sku: string; title: string; quantity: number; goodsMinor: number; taxIncludedMinor: number; taxesMinor: number; dutiesMinor: number; taxScheme: string | null; hsCode: string | null; originCountry: string | null };
export type ReliefShipment = { id: string; warehouseCountry: string; carrier: string; trackingNumber: string | null; shippedAt: string | null; deliveredAt: string | null; lines: ReadonlyArray<{ sku: string; quantity: number }> };
export type CarrierEventFact = { shipmentId: string; trackingNumber: string; status: string; at: string };

/** Tracking statuses that show the parcel had left the sender: the first one is the export date. */
const LEFT = new Set(['picked_up', 'in_transit', 'customs_hold', 'customs_released', 'out_for_delivery', 'delivery_failed', 'delivered']);

/**
 * The relief records of the units received back. Units of a SKU are taken from its parcels in
 * order; each line's value, duties and taxes are its share by unit, after the units of the same
 * line received by earlier returns (`earlier`), so that the records of all returns of a line add
 * up to the line exactly (prorate: floor(total x (r + k) / q) - floor(total x r / q)).
 * @example one of three tees worth EUR 87.98 net, duty EUR 9.00: value 2932, duty 300
 */
export function buildReliefRecords(input: {
  order: { number: string; country: string; incoterm: 'DDP' | 'DAP'; currency: string; lines: readonly ReliefOrderLine[] };
  shipments: readonly ReliefShipment[];
  events: readonly CarrierEventFact[];
  received: ReadonlyArray<{ sku: string; quantity: number }>;
  earlier: ReadonlyMap<string, number>;
  receivedAt: string;
}): ReliefRecord[] {
  const { order } = input;
  const bySku = new Map(order.lines.map((l) => [l.sku, l]));
  const done = new Map(input.earlier);
  const records = new Map<string, ReliefRecord>();
  const shippedUnits = new Map<string, number>();
  for (const r of input.received) {
    const line = bySku.get(r.sku);
    if (!line || r.quantity <= 0) continue;
    let units = r.quantity;
    for (const s of input.shipments) {
      const inParcel = s.lines.filter((x) => x.sku === r.sku).reduce((n, x) => n + x.quantity, 0);
      const key = `${s.id}\u0000${r.sku}`;
      const already = shippedUnits.get(key) ?? 0;
      const take = Math.min(units, inParcel - already);
      if (take <= 0) continue;
      shippedUnits.set(key, already + take);
      units -= take;
      const before = done.get(r.sku) ?? 0;
      done.set(r.sku, before + take);
      const share = (total: number) => prorate(total, line.quantity, Math.min(before, line.quantity - take), take);
      const record = records.get(s.id) ?? recordOf(input, s);
      records.set(s.id, record);
      record.lines.push({
        sku: r.sku,
        title: line.title,
        hsCode: line.hsCode,
        originCountry: line.originCountry,
        quantity: take,
        valueMinor: share(customsValueOf(line, order.incoterm)),
        dutiesMinor: share(line.dutiesMinor),
        taxesMinor: share(line.taxesMinor),
        taxScheme: line.taxScheme,
      });
      if (units === 0) break;
    }
  }
  return [...records.values()];
}

function recordOf(input: Parameters<typeof buildReliefRecords>[0], s: ReliefShipment): ReliefRecord {
  const mine = input.events.filter((e) => e.shipmentId === s.id && s.trackingNumber !== null && e.trackingNumber === s.trackingNumber).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const left = mine.find((e) => LEFT.has(e.status));
  const arrived = mine.find((e) => e.status === 'delivered');
  return {
    shipmentId: s.id,
    orderNumber: input.order.number,
    exportTrackingNumber: s.trackingNumber,
    carrier: s.carrier,
    exportCountry: s.warehouseCountry,
    importCountry: input.order.country,
    incoterm: input.order.incoterm,
    paidBy: input.order.incoterm === 'DDP' ? 'seller' : 'buyer',
    currency: input.order.currency,
    shippedAt: left?.at ?? s.shippedAt,
    shippedSource: left ? 'carrier' : s.shippedAt ? 'operator' : null,
    deliveredAt: arrived?.at ?? s.deliveredAt,
    deliveredSource: arrived ? 'carrier' : s.deliveredAt ? 'operator' : null,
    receivedAt: input.receivedAt,
    lines: [],
  };
}
