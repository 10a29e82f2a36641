import { parseOrderNumber } from '../../core/orders/order-number.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { findFreightShipment, freightIncoterm, freightRepository, toFreightData, toFreightView, type FreightDeps, type FreightShipmentView } from './freight-support.js';

/** An order's freight shipments, oldest first (`GET /v1/admin/orders/{number}/freight-shipments`). */
export async function listOrderFreightShipments(deps: FreightDeps, numberText: string): Promise<Result<{ items: FreightShipmentView[] }, 'ORDER_NOT_FOUND'>> {
  const parsed = parseOrderNumber(numberText);
  const order = parsed.ok ? await deps.orders.byNumber(parsed.value.number) : undefined;
  if (!order) return fail('ORDER_NOT_FOUND', parsed.ok ? `no order ${parsed.value.number}` : parsed.message, { field: 'number' });
  const rows = await freightRepository(deps).ofOrder(order.id);
  const items: FreightShipmentView[] = [];
  for (const r of rows) items.push(toFreightView(r, await freightIncoterm(deps, order, toFreightData(r))));
  return ok({ items });
}

/** One freight shipment (`GET /v1/admin/freight-shipments/{id}`). */
export async function getFreightShipment(deps: FreightDeps, id: string): Promise<Result<FreightShipmentView, 'FREIGHT_SHIPMENT_NOT_FOUND'>> {
  const found = await findFreightShipment(deps, id);
  if (!found.ok) return found;
  const order = (await deps.orders.byId(found.value.orderId))!;
  return ok(toFreightView(found.value, await freightIncoterm(deps, order, toFreightData(found.value))));
}
