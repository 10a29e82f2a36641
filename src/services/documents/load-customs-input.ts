import type { CustomsDocumentInput } from '../../core/customs-docs/document-input.js';
import { inEffect } from '../../core/landed-cost/compile-rules.js';
import { parseOrderNumber } from '../../core/orders/order-number.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { createDocumentRepository } from '../../db/repositories/document-repository.js';
import type { OrderRecord } from '../../db/repositories/order-repository.js';
import type { Deps } from '../deps.js';
import { freightForDocuments } from '../freight/freight-for-documents.js';
import { freightRepository } from '../freight/freight-support.js';
import { isIncotermCode } from '../../core/b2b/incoterms.js';

/** What the document services read. */
export type DocumentDeps = Pick<Deps, 'database' | 'clock' | 'orders' | 'store' | 'warehouses' | 'registrations' | 'quotes'>;

export type LoadFailure = 'ORDER_NOT_FOUND' | 'SHIPMENT_NOT_FOUND' | 'VALIDATION_FAILED';

/** The order by its number (a mistyped number says why). */
export async function loadOrder(deps: DocumentDeps, numberText: string): Promise<Result<OrderRecord, 'ORDER_NOT_FOUND'>> {
  const parsed = parseOrderNumber(numberText);
  const order = parsed.ok ? await deps.orders.byNumber(parsed.value.number) : undefined;
  if (!order) return fail('ORDER_NOT_FOUND', parsed.ok ? `no order ${parsed.value.number}` : parsed.message, { field: 'number' });
  return ok(order);
}

export const day = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * Everything a parcel's customs documents are built from: the order with the parcel at
 * `position`, the store, the warehouse it leaves from, the seller's registrations valid on the day
 * of the sale (then those valid on the document's date), the catalog's customs descriptions and national codes, the customs territories of
 * both ends (from the landed-cost country profiles) and the low-value schemes with the
 * registration each needs.
 */
export async function loadCustomsInput(deps: DocumentDeps, order: OrderRecord, position: number, options: { date: string; packagingWeightG?: number }): Promise<Result<CustomsDocumentInput, LoadFailure>> {
  const shipment = order.shipments.find((s) => s.position === position);
  if (!shipment) return fail('SHIPMENT_NOT_FOUND', `order ${order.number} has no parcel ${position} (it has ${order.shipments.length}: positions 0 to ${order.shipments.length - 1})`, { field: 'position' });
  const placedOn = day(order.createdAt);
  const [store, warehouse, atSale, atDocument, rules, facts, freight] = await Promise.all([
    deps.store.get(),
    deps.warehouses.getByCode(shipment.warehouse),
    deps.registrations.validOn(placedOn),
    deps.registrations.validOn(options.date),
    deps.quotes.rules.get(),
    createDocumentRepository(deps.database.orm).customsFacts(
      order.lines.map((l) => l.sku),
      'en',
    ),
    freightForDocuments(deps, order),
  ]);
  // A quote's named place: the freight shipment has read it already when there is one.
  const namedPlace = freight ? freight.incoterm.place : order.quoteId ? ((await freightRepository(deps).quoteNamedPlace(order.quoteId)) ?? null) : null;
  if (!store) return fail('VALIDATION_FAILED', 'the store is not set up (no store settings)', { field: 'store' });
  if (!warehouse) return fail('VALIDATION_FAILED', `warehouse ${shipment.warehouse} of parcel ${position} no longer exists`, { field: 'warehouse' });
  // The numbers valid on the day of the sale, then any registered since that are valid on the document's date.
  const registrations = [...atSale, ...atDocument.filter((r) => !atSale.some((s) => s.id === r.id))];
  const territory = (country: string) => inEffect(rules.profiles.get(country), options.date)[0]?.territory ?? country;
  const schemes = [...rules.schemes.values()].flat().map((s) => ({ scheme: s.scheme, registration: s.registration }));
  return ok({
    order: {
      number: order.number,
      status: order.status,
      currency: order.currency,
      country: order.country,
      incoterm: isIncotermCode(order.incoterm) ? order.incoterm : 'DAP',
      namedPlace,
      email: order.email,
      address: { ...order.address, postalCode: order.address.postalCode ?? null, region: order.address.region ?? null, phone: order.address.phone ?? null },
      placedOn,
      paidOn: order.paidAt ? day(order.paidAt) : null,
      cancelled: order.cancelledAt !== null,
      lines: order.lines.map((l) => ({ position: l.position, sku: l.sku, title: l.title, quantity: l.quantity, goodsMinor: l.goodsMinor, taxIncludedMinor: l.taxIncludedMinor, taxesMinor: l.taxesMinor, taxScheme: l.taxScheme, hsCode: l.hsCode, originCountry: l.originCountry, weightG: l.weightG })),
    },
    shipment: {
      id: shipment.id,
      position: shipment.position,
      warehouse: shipment.warehouse,
      service: shipment.service,
      carrier: shipment.carrier,
      channel: shipment.channel,
      status: shipment.status,
      trackingNumber: shipment.trackingNumber,
      lines: shipment.lines,
      shippingMinor: shipment.shippingMinor,
      dutiesMinor: shipment.dutiesMinor,
      taxesMinor: shipment.taxesMinor,
      feesMinor: shipment.feesMinor,
    },
    store: { name: store.name, baseCurrency: store.baseCurrency },
    warehouse: { code: warehouse.code, name: warehouse.name, country: warehouse.country, address: warehouse.address },
    registrations: registrations.map((r) => ({ scheme: r.scheme, number: r.number })),
    products: facts,
    territories: { origin: territory(warehouse.country), destination: territory(order.country) },
    lowValueSchemes: schemes,
    date: options.date,
    packagingWeightG: options.packagingWeightG ?? 0,
    freight,
  });
}
