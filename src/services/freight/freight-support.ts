import { isIncotermCode, type IncotermCode, type TransportMode } from '../../core/b2b/incoterms.js';
import type { FreightDocumentKind } from '../../core/freight/document-kinds.js';
import { namedPlaceFor } from '../../core/freight/freight-incoterm.js';
import { incotermText, packageCount, type FreightIncoterm, type FreightShipmentData } from '../../core/freight/freight-shipment.js';
import type { FreightStatus } from '../../core/freight/freight-status.js';
import { isUuid } from '../../core/ids/uuid.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { INCOTERMS_2020 } from '../../data/incoterms/incoterms-2020.js';
import type { Orm } from '../../db/create-db.js';
import { createFreightRepository, type FreightRepository, type FreightShipmentRecord } from '../../db/repositories/freight-repository.js';
import type { Deps } from '../deps.js';

/** What the freight services read and write. */
export type FreightDeps = Pick<Deps, 'database' | 'clock' | 'orders' | 'store' | 'warehouses' | 'registrations'>;

export function freightRepository(deps: Pick<FreightDeps, 'database'>): FreightRepository {
  return createFreightRepository(deps.database.orm as Orm);
}

/** A freight shipment by id: FREIGHT_SHIPMENT_NOT_FOUND naming `id` for a malformed or unknown id. */
export async function findFreightShipment(deps: Pick<FreightDeps, 'database'>, id: string): Promise<Result<FreightShipmentRecord, 'FREIGHT_SHIPMENT_NOT_FOUND'>> {
  const found = isUuid(id) ? await freightRepository(deps).byId(id.toLowerCase()) : undefined;
  return found ? ok(found) : fail('FREIGHT_SHIPMENT_NOT_FOUND', `no freight shipment ${id}`, { field: 'id' });
}

/** The stored row as the core reads it. */
export function toFreightData(r: FreightShipmentRecord): FreightShipmentData {
  return {
    id: r.id,
    orderNumber: r.orderNumber,
    mode: r.mode as TransportMode,
    documentKind: r.documentKind as FreightDocumentKind,
    documentNumber: r.documentNumber,
    carrier: r.carrier,
    voyage: r.voyage,
    shipper: r.shipper,
    consignee: r.consignee,
    notifyParty: r.notifyParty,
    placeOfReceipt: r.placeOfReceipt,
    portOfLoading: r.portOfLoading,
    portOfDischarge: r.portOfDischarge,
    placeOfDelivery: r.placeOfDelivery,
    packages: r.packages,
    grossWeightG: r.grossWeightG,
    marks: r.marks,
    status: r.status as FreightStatus,
  };
}

/**
 * The order's Incoterm with its named place: the place its quote named, when it came from one,
 * else the place the shipment shows for the rule (freight-incoterm.ts).
 */
export async function freightIncoterm(deps: Pick<FreightDeps, 'database'>, order: { incoterm: string; quoteId: string | null }, s: FreightShipmentData): Promise<FreightIncoterm> {
  const code: IncotermCode = isIncotermCode(order.incoterm) ? order.incoterm : 'DAP';
  const quoted = order.quoteId ? await freightRepository(deps).quoteNamedPlace(order.quoteId) : undefined;
  const place = quoted ?? namedPlaceFor(code, s);
  return { code, name: INCOTERMS_2020[code].name, place, text: incotermText(code, place) };
}

export type FreightShipmentView = FreightShipmentData & { packageCount: number; incoterm: FreightIncoterm; createdAt: string; updatedAt: string };

export function toFreightView(r: FreightShipmentRecord, incoterm: FreightIncoterm): FreightShipmentView {
  const data = toFreightData(r);
  return { ...data, packageCount: packageCount(data.packages), incoterm, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() };
}

/** A shipment as the API shows it, its order read for the Incoterm. */
export async function viewOf(deps: Pick<FreightDeps, 'database' | 'orders'>, r: FreightShipmentRecord): Promise<FreightShipmentView> {
  const order = (await deps.orders.byId(r.orderId))!;
  return toFreightView(r, await freightIncoterm(deps, order, toFreightData(r)));
}
