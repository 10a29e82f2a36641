import type { LabelRequest, ParcelContent } from '../../core/carriers/carrier.js';
import { parseMoney } from '../../core/money/money.js';
import type { OrderRecord, ShipmentRow } from '../../db/repositories/order-repository.js';
import type { CarrierDeps } from './carrier-deps.js';

const EU = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];

/** The registration a destination's customs asks for on a parcel (besides the EORI of the exporter). */
function schemeFor(country: string): string | undefined {
  if (EU.includes(country)) return 'IOSS';
  return ({ GB: 'UK_VAT', NO: 'NO_VOEC', AU: 'AU_GST', NZ: 'NZ_GST', SG: 'SG_OVR', CH: 'CH_VAT' } as Record<string, string>)[country];
}

/**
 * What a carrier is asked for one shipment of an order: from the warehouse's address (in the
 * store's name) to the buyer's, the parcel's weight and contents per line (value the share of what
 * the buyer paid for the line's goods, rounded down; weight the line's), the Incoterm, the
 * registration numbers the destination wants, and under DAP what the buyer pays on delivery as the
 * order's quote said. The reference is the shipment id, so a retried purchase buys one label.
 */
export async function labelRequestFor(deps: CarrierDeps, o: OrderRecord, s: ShipmentRow, testScenario: string | undefined): Promise<LabelRequest> {
  const date = deps.clock().toISOString().slice(0, 10);
  const [warehouses, store, registrations] = await Promise.all([deps.warehouses.list(), deps.store.get(), deps.registrations.validOn(date)]);
  const w = warehouses.find((x) => x.code === s.warehouse);
  if (!w) throw new Error(`shipment ${s.id} leaves from warehouse ${s.warehouse}, which no longer exists`);
  const contents: ParcelContent[] = s.lines.map((sl) => {
    const line = o.lines.find((l) => l.sku === sl.sku)!;
    return {
      sku: sl.sku,
      description: line.title,
      hsCode: line.hsCode ?? '',
      originCountry: line.originCountry ?? '',
      quantity: sl.quantity,
      valueMinor: Math.floor((line.goodsMinor * sl.quantity) / line.quantity),
      currency: o.currency,
      netWeightG: Math.floor((line.weightG * sl.quantity) / line.quantity),
    };
  });
  const wanted = ['EORI', schemeFor(o.country)];
  const numbers = Object.fromEntries(registrations.filter((r) => wanted.includes(r.scheme)).map((r) => [r.scheme, r.number]));
  const quoted = ((o.quote.shipments as Array<{ payableOnDelivery?: { amount: string } }> | undefined) ?? [])[s.position]?.payableOnDelivery?.amount;
  const due = quoted === undefined ? undefined : parseMoney(quoted, o.currency);
  return {
    reference: s.id,
    service: s.service,
    channel: s.channel === 'postal' ? 'postal' : 'courier',
    incoterm: o.incoterm === 'DDP' ? 'DDP' : 'DAP',
    from: { name: store?.name ?? w.name, company: w.name, lines: w.address.lines, city: w.address.city, postalCode: w.address.postalCode, region: w.address.region ?? null, country: w.country },
    to: { name: o.address.name, lines: o.address.lines, city: o.address.city, postalCode: o.address.postalCode, region: o.address.region, country: o.country, phone: o.address.phone, email: o.email },
    parcel: { weightG: Math.max(1, contents.reduce((sum, c) => sum + c.netWeightG, 0)), dimensionsMm: null, contents },
    registrations: numbers,
    dueOnDelivery: o.incoterm === 'DAP' && due?.ok && due.value.amount > 0 ? { amountMinor: due.value.amount, currency: o.currency } : null,
    ...(testScenario !== undefined ? { testScenario } : {}),
  };
}
