import { buildIcs2 } from '../../core/customs-docs/build-ics2.js';
import { buildInvoice, type InvoiceData } from '../../core/customs-docs/build-invoice.js';
import { buildPackingSlip } from '../../core/customs-docs/build-packing-slip.js';
import { buildPickList, type PickCandidate } from '../../core/customs-docs/build-pick-list.js';
import { buildPostalDeclaration } from '../../core/customs-docs/build-postal-declaration.js';
import type { BuiltDocument, ShipmentDocumentKind } from '../../core/customs-docs/customs-document.js';
import { ruleOn } from '../../core/customs-docs/customs-rules.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { ICS2_SCOPES } from '../../data/customs/ics2-scope.js';
import { POSTAL_FORM_RULES } from '../../data/customs/postal-customs-forms.js';
import { createDocumentRepository } from '../../db/repositories/document-repository.js';
import { lineTitle } from '../checkout/line-title.js';
import { day, loadCustomsInput, loadOrder, type DocumentDeps } from './load-customs-input.js';
import { sdrRateFor } from './sdr-rate.js';

export type DocumentFailure =
  | 'ORDER_NOT_FOUND'
  | 'SHIPMENT_NOT_FOUND'
  | 'WAREHOUSE_NOT_FOUND'
  | 'ORDER_STATE_CONFLICT'
  | 'CUSTOMS_DATA_MISSING'
  | 'CUSTOMS_FORM_NOT_APPLICABLE'
  | 'VALIDATION_FAILED'
  | 'FX_RATE_MISSING'
  | 'FX_RATE_STALE';

/** Options a caller may give: the outer packaging's weight (grams, 0 to 100,000; default 0) and, for invoices, one parcel. */
export type DocumentOptions = { packagingG?: unknown; shipment?: unknown };

function readOptions(o: DocumentOptions): Result<{ packagingG: number; shipment: number | undefined }, 'VALIDATION_FAILED'> {
  const num = (v: unknown) => (typeof v === 'string' && /^\d{1,9}$/.test(v.trim()) ? Number(v) : v);
  const packagingG = o.packagingG === undefined ? 0 : num(o.packagingG);
  if (typeof packagingG !== 'number' || !Number.isInteger(packagingG) || packagingG < 0 || packagingG > 100_000) return fail('VALIDATION_FAILED', 'packagingG must be the weight of the outer packaging in whole grams, 0 to 100000', { field: 'packagingG' });
  const shipment = o.shipment === undefined ? undefined : num(o.shipment);
  if (shipment !== undefined && (typeof shipment !== 'number' || !Number.isInteger(shipment) || shipment < 0 || shipment > 99)) return fail('VALIDATION_FAILED', 'shipment must be a parcel position, 0 to 99', { field: 'shipment' });
  return ok({ packagingG, shipment });
}

/**
 * The commercial (or pro forma) invoices of an order, one per parcel (or the one parcel asked
 * for). A commercial invoice is dated the day the order was paid, a pro forma today.
 */
export async function buildOrderInvoices(deps: DocumentDeps, numberText: string, kind: 'commercial' | 'proforma', options: DocumentOptions = {}): Promise<Result<BuiltDocument, DocumentFailure>> {
  const opts = readOptions(options);
  if (!opts.ok) return opts;
  const found = await loadOrder(deps, numberText);
  if (!found.ok) return found;
  const order = found.value;
  const positions = opts.value.shipment === undefined ? order.shipments.map((s) => s.position) : [opts.value.shipment];
  if (positions.length === 0) return fail('SHIPMENT_NOT_FOUND', `order ${order.number} has no parcels`, { field: 'shipment' });
  const date = kind === 'commercial' && order.paidAt ? day(order.paidAt) : day(deps.clock());
  const invoices: InvoiceData[] = [];
  for (const position of positions) {
    const input = await loadCustomsInput(deps, order, position, { date, packagingWeightG: opts.value.packagingG });
    if (!input.ok) return input.code === 'SHIPMENT_NOT_FOUND' ? { ...input, field: 'shipment' } : input;
    const built = buildInvoice(input.value, kind);
    if (!built.ok) return built;
    invoices.push(built.value);
  }
  const name = kind === 'commercial' ? 'commercial-invoice' : 'proforma-invoice';
  const suffix = opts.value.shipment === undefined ? '' : `-${opts.value.shipment + 1}`;
  return ok({ kind: name, filename: `${name}-${order.number}${suffix}.pdf`, invoices });
}

/**
 * A parcel's CN 22, CN 23, ICS2 data or packing slip, by order number and parcel position. Postal
 * declarations are dated the day the parcel shipped (today while it is planned).
 */
export async function buildShipmentDocument(deps: DocumentDeps, numberText: string, position: unknown, kind: ShipmentDocumentKind, options: DocumentOptions = {}): Promise<Result<BuiltDocument, DocumentFailure>> {
  const opts = readOptions(options);
  if (!opts.ok) return opts;
  const pos = typeof position === 'string' && /^\d{1,2}$/.test(position) ? Number(position) : position;
  if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 0) return fail('VALIDATION_FAILED', 'position must be a parcel position (0 for the first parcel)', { field: 'position' });
  const found = await loadOrder(deps, numberText);
  if (!found.ok) return found;
  const order = found.value;
  const shipment = order.shipments.find((s) => s.position === pos);
  const date = day(shipment?.shippedAt ?? deps.clock());
  const input = await loadCustomsInput(deps, order, pos, { date, packagingWeightG: opts.value.packagingG });
  if (!input.ok) return input;
  const base = `${order.number}-${pos + 1}`;
  switch (kind) {
    case 'packing-slip': {
      const slip = buildPackingSlip({ ...input.value, date: day(deps.clock()), parcels: order.shipments.length });
      return slip.ok ? ok({ kind, filename: `packing-slip-${base}.pdf`, slip: slip.value }) : slip;
    }
    case 'ics2': {
      const scope = ruleOn(ICS2_SCOPES, date);
      if (!scope) return fail('CUSTOMS_FORM_NOT_APPLICABLE', `no ICS2 scope is in effect on ${date}`, { field: 'date' });
      const data = buildIcs2(input.value, scope);
      return data.ok ? ok({ kind, filename: `ics2-${base}.json`, data: data.value }) : data;
    }
    case 'cn22':
    case 'cn23': {
      const rule = ruleOn(POSTAL_FORM_RULES, date);
      if (!rule) return fail('CUSTOMS_FORM_NOT_APPLICABLE', `no CN 22 / CN 23 rule is in effect on ${date}`, { field: 'date' });
      const rate = await sdrRateFor(deps, order.currency, date);
      if (!rate.ok) return rate;
      const declaration = buildPostalDeclaration(input.value, kind === 'cn22' ? 'CN22' : 'CN23', rule, rate.value);
      return declaration.ok ? ok({ kind, filename: `${kind}-${base}.pdf`, declaration: declaration.value }) : declaration;
    }
  }
}

/**
 * A shipment's order and position from what a person types: the shipment's id (a UUID, as the
 * order shows it) or ORDER_NUMBER/POSITION with the 1-based parcel number (LF-100420/1).
 */
export async function resolveShipment(deps: DocumentDeps, ref: string): Promise<Result<{ number: string; position: number }, 'SHIPMENT_NOT_FOUND'>> {
  const text = ref.trim();
  const slash = /^(.+)\/(\d{1,2})$/.exec(text);
  if (slash && Number(slash[2]) >= 1) return ok({ number: slash[1]!, position: Number(slash[2]) - 1 });
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text)) return fail('SHIPMENT_NOT_FOUND', `"${ref}" is neither a shipment id (a UUID) nor ORDER_NUMBER/PARCEL like LF-100420/1`, { field: 'shipment' });
  const found = await createDocumentRepository(deps.database.orm).shipmentRef(text.toLowerCase());
  if (!found) return fail('SHIPMENT_NOT_FOUND', `no shipment ${text}`, { field: 'shipment' });
  return ok({ number: found.orderNumber, position: found.position });
}

/** The pick list of a warehouse today: its parcels not yet collected (planned or labelled) that may ship, summed per SKU, and those held. */
export async function buildWarehousePickList(deps: DocumentDeps, code: string): Promise<Result<BuiltDocument, 'WAREHOUSE_NOT_FOUND'>> {
  const warehouse = /^[a-z0-9][a-z0-9-]{0,39}$/.test(code) ? await deps.warehouses.getByCode(code) : undefined;
  if (!warehouse) return fail('WAREHOUSE_NOT_FOUND', `no warehouse ${JSON.stringify(code)}`, { field: 'code' });
  const repo = createDocumentRepository(deps.database.orm);
  const planned = await repo.plannedShipments(warehouse.code);
  // Titles in the store's own language for the people at the shelves (the order keeps the buyer's).
  const skus = [...new Set(planned.flatMap((p) => p.lines.map((l) => l.sku)))];
  const [titles, catalog, store] = await Promise.all([repo.lineTitles([...new Set(planned.map((p) => p.orderId))]), repo.catalogTitles(skus), deps.store.get()]);
  const locale = store?.defaultLocale ?? 'en';
  const titleOf = (orderId: string, sku: string) => {
    const v = catalog.get(sku);
    return v ? lineTitle(v, locale, 'en') : (titles.get(`${orderId} ${sku}`) ?? sku);
  };
  const candidates: PickCandidate[] = planned.map((p) => ({
    orderNumber: p.orderNumber,
    orderStatus: p.orderStatus,
    paid: p.paidAt !== null,
    cancelled: p.cancelledAt !== null,
    riskStatus: p.riskStatus,
    placedAt: p.createdAt.toISOString(),
    shipmentPosition: p.position,
    shipmentStatus: p.status,
    service: p.service,
    lines: p.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, title: titleOf(p.orderId, l.sku) })),
  }));
  const date = day(deps.clock());
  const list = buildPickList({ code: warehouse.code, name: warehouse.name }, candidates, date);
  return ok({ kind: 'pick-list', filename: `pick-list-${warehouse.code}-${date}.pdf`, list });
}
