import { checkFreightIncoterm } from '../../core/freight/freight-incoterm.js';
import { parseFreightShipment } from '../../core/freight/freight-input.js';
import { defaultConsignee, defaultShipper } from '../../core/freight/default-parties.js';
import type { FreightPartyData } from '../../core/freight/freight-party.js';
import { isIncotermCode } from '../../core/b2b/incoterms.js';
import { parseOrderNumber } from '../../core/orders/order-number.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { PACKAGE_KIND_NAMES } from '../../data/freight/package-kinds.js';
import { INCOTERMS_2020 } from '../../data/incoterms/incoterms-2020.js';
import type { Orm } from '../../db/create-db.js';
import { createFreightRepository } from '../../db/repositories/freight-repository.js';
import type { OrderRecord } from '../../db/repositories/order-repository.js';
import { freightRepository, viewOf, type FreightDeps, type FreightShipmentView } from './freight-support.js';

export type CreateFreightFailure = 'ORDER_NOT_FOUND' | 'VALIDATION_FAILED' | 'INCOTERM_NOT_APPLICABLE' | 'ORDER_STATE_CONFLICT';

/**
 * Add a freight shipment to an order (`POST /v1/admin/orders/{number}/freight-shipments`). The body
 * is checked by the core (every bad field named); the order's Incoterm must suit the mode
 * (INCOTERM_NOT_APPLICABLE naming `mode`); a cancelled order takes none (ORDER_STATE_CONFLICT).
 * Shipper and consignee default to the store at the warehouse of the order's first parcel and to
 * the order's company or buyer, as the customs documents name them. Written in one transaction
 * with the order locked; a refusal writes nothing.
 */
export async function createFreightShipment(deps: FreightDeps, numberText: string, input: unknown): Promise<Result<FreightShipmentView, CreateFreightFailure>> {
  const parsedNumber = parseOrderNumber(numberText);
  const order = parsedNumber.ok ? await deps.orders.byNumber(parsedNumber.value.number) : undefined;
  if (!order) return fail('ORDER_NOT_FOUND', parsedNumber.ok ? `no order ${parsedNumber.value.number}` : parsedNumber.message, { field: 'number' });
  const parsed = parseFreightShipment(input, { packageKinds: PACKAGE_KIND_NAMES });
  if (!parsed.ok) return parsed;
  const s = parsed.value;
  if (!isIncotermCode(order.incoterm)) return fail('VALIDATION_FAILED', `order ${order.number} has no Incoterms 2020 rule (${order.incoterm})`, { field: 'incoterm' });
  const suits = checkFreightIncoterm(INCOTERMS_2020[order.incoterm], s.mode, order.number);
  if (!suits.ok) return suits;
  if (order.cancelledAt !== null) return cancelled(order.number);

  const defaulted = s.shipper ? ok(s.shipper) : await storeShipper(deps, order);
  if (!defaulted.ok) return defaulted;
  const shipper = defaulted.value;
  const consignee = s.consignee ?? (await orderConsignee(deps, order));
  const at = deps.clock();
  const saved = await deps.database.orm.transaction(async (tx) => {
    const repo = createFreightRepository(tx as unknown as Orm);
    const locked = await repo.lockOrder(order.id);
    if (!locked || locked.cancelledAt !== null) return undefined;
    return repo.insert({
      orderId: order.id,
      mode: s.mode,
      documentKind: s.documentKind,
      documentNumber: s.documentNumber,
      carrier: s.carrier,
      voyage: s.voyage,
      shipper,
      consignee,
      notifyParty: s.notifyParty,
      placeOfReceipt: s.placeOfReceipt,
      portOfLoading: s.portOfLoading,
      portOfDischarge: s.portOfDischarge,
      placeOfDelivery: s.placeOfDelivery,
      packages: s.packages,
      grossWeightG: s.grossWeightG,
      marks: s.marks,
      status: 'booked',
    }, at);
  });
  if (!saved) return cancelled(order.number);
  return ok(await viewOf(deps, (await freightRepository(deps).byId(saved.id))!));
}

function cancelled(number: string) {
  return fail('ORDER_STATE_CONFLICT', `order ${number} is cancelled: nothing ships, so it takes no freight shipment`, { field: 'status' });
}

/** The store at the warehouse the order's first parcel leaves from, with the seller's EORI number valid today. */
async function storeShipper(deps: FreightDeps, order: OrderRecord): Promise<Result<FreightPartyData, 'VALIDATION_FAILED'>> {
  const code = order.shipments[0]?.warehouse;
  const [store, warehouse, registrations] = await Promise.all([deps.store.get(), code ? deps.warehouses.getByCode(code) : undefined, deps.registrations.validOn(deps.clock().toISOString().slice(0, 10))]);
  if (!store || !warehouse) return fail('VALIDATION_FAILED', `order ${order.number} has no warehouse to ship from on record: give the shipper`, { field: 'shipper' });
  const eori = registrations.find((r) => r.scheme === 'EORI')?.number ?? null;
  return ok(defaultShipper({ store: { name: store.name, baseCurrency: store.baseCurrency }, warehouse: { code: warehouse.code, name: warehouse.name, country: warehouse.country, address: warehouse.address } }, eori));
}

/** The distributor's company for its order, else the order's buyer at the delivery address. */
async function orderConsignee(deps: FreightDeps, order: OrderRecord): Promise<FreightPartyData> {
  const company = order.companyId ? await freightRepository(deps).company(order.companyId) : undefined;
  const address = { ...order.address, postalCode: order.address.postalCode ?? null, region: order.address.region ?? null, phone: order.address.phone ?? null };
  return defaultConsignee({ email: order.email, address }, company ? { name: company.name, address: company.address, email: company.email, taxNumber: company.taxNumber, eori: company.eori } : null);
}
