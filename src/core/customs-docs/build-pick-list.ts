/** A parcel waiting in a warehouse, with its order's state. */
export type PickCandidate = {
  orderNumber: string;
  orderStatus: string;
  paid: boolean;
  cancelled: boolean;
  /** The order's fraud-screening status (review: held until a person decides). */
  riskStatus: string | null;
  placedAt: string;
  shipmentPosition: number;
  shipmentStatus: string;
  service: string;
  lines: ReadonlyArray<{ sku: string; title: string; quantity: number }>;
};

export type PickList = {
  warehouse: { code: string; name: string };
  date: string;
  /** One row per SKU: the total to pick; SKUs with a bin first in bin order, then the others by SKU. */
  picks: Array<{ sku: string; title: string; bin: string | null; quantity: number; parcels: string[] }>;
  /** The parcels to pack, oldest order first: `LF-100420/1` is parcel 1 of that order. */
  parcels: Array<{ ref: string; orderNumber: string; position: number; service: string; units: number; lines: Array<{ sku: string; quantity: number }> }>;
  /** Planned parcels left off, and why (not paid, held for fraud review); cancelled orders are left out. */
  held: Array<{ ref: string; reason: string }>;
  units: number;
};

/**
 * The pick list of one warehouse: the lines of every parcel still in it (planned, or labelled and
 * not yet collected) that may ship (its order paid,
 * not cancelled, not held or declined in fraud review), summed per SKU, with the parcels to pack.
 * Parcels that may not ship yet are listed under `held` with the reason; a cancelled order's parcels
 * are dropped. `bins` maps a SKU to its
 * bin where the merchant records one.
 */
export function buildPickList(warehouse: { code: string; name: string }, candidates: readonly PickCandidate[], date: string, bins: ReadonlyMap<string, string> = new Map()): PickList {
  const ordered = [...candidates].sort((a, b) => (a.placedAt < b.placedAt ? -1 : a.placedAt > b.placedAt ? 1 : a.orderNumber < b.orderNumber ? -1 : a.orderNumber > b.orderNumber ? 1 : a.shipmentPosition - b.shipmentPosition));
  const picks = new Map<string, PickList['picks'][number]>();
  const parcels: PickList['parcels'] = [];
  const held: PickList['held'] = [];
  for (const c of ordered) {
    // Parcels still in the building (planned, or labelled and waiting for the carrier); a cancelled
    // order's parcel never ships: it is not worth a line on the list.
    if (!WAITING.has(c.shipmentStatus) || c.cancelled) continue;
    const ref = `${c.orderNumber}/${c.shipmentPosition + 1}`;
    const reason = !c.paid ? 'not paid yet' : c.riskStatus === 'review' ? 'held for fraud review' : c.riskStatus === 'declined' ? 'declined in fraud review' : null;
    if (reason) {
      held.push({ ref, reason });
      continue;
    }
    for (const l of c.lines) {
      const row = picks.get(l.sku) ?? { sku: l.sku, title: l.title, bin: bins.get(l.sku) ?? null, quantity: 0, parcels: [] };
      row.quantity += l.quantity;
      row.parcels.push(`${ref} x${l.quantity}`);
      picks.set(l.sku, row);
    }
    parcels.push({ ref, orderNumber: c.orderNumber, position: c.shipmentPosition, service: c.service, units: c.lines.reduce((n, l) => n + l.quantity, 0), lines: c.lines.map((l) => ({ sku: l.sku, quantity: l.quantity })) });
  }
  // Binned SKUs in bin order (the walk through the shelves), then the rest by SKU.
  const rows = [...picks.values()].sort((a, b) => (a.bin === null ? 1 : 0) - (b.bin === null ? 1 : 0) || compareText(a.bin ?? '', b.bin ?? '') || compareText(a.sku, b.sku));
  return { warehouse, date, picks: rows, parcels, held, units: rows.reduce((n, r) => n + r.quantity, 0) };
}

const WAITING = new Set(['planned', 'labelled']);

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
