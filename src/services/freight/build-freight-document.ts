import { buildShippingInstructions, type ShippingInstructions } from '../../core/freight/build-shipping-instructions.js';
import { ok, type Result } from '../../core/result/result.js';
import { PACKAGE_KIND_NAMES } from '../../data/freight/package-kinds.js';
import { findFreightShipment, freightIncoterm, toFreightData, type FreightDeps } from './freight-support.js';

/**
 * The shipping instructions of a freight shipment, dated today, with the file name to offer
 * (`GET /v1/admin/freight-shipments/{id}/document`; the web layer renders the PDF).
 */
export async function buildFreightDocument(deps: FreightDeps, id: string): Promise<Result<{ filename: string; instructions: ShippingInstructions }, 'FREIGHT_SHIPMENT_NOT_FOUND'>> {
  const found = await findFreightShipment(deps, id);
  if (!found.ok) return found;
  const order = (await deps.orders.byId(found.value.orderId))!;
  const data = toFreightData(found.value);
  const incoterm = await freightIncoterm(deps, order, data);
  const instructions = buildShippingInstructions(data, incoterm, PACKAGE_KIND_NAMES, deps.clock().toISOString().slice(0, 10));
  return ok({ filename: `shipping-instructions-${order.number}-${data.documentKind.replace(/_/g, '-')}-${data.id.slice(0, 8)}.pdf`, instructions });
}
