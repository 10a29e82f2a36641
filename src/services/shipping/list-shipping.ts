import { fail, ok, type Result } from '../../core/result/result.js';
import type { Deps } from '../deps.js';
import { toRateCardView, toServiceView, type RateCardView, type ShippingServiceView } from './shipping-views.js';

/** Every shipping service, by code. */
export async function listShippingServices(deps: Pick<Deps, 'shipping'>): Promise<ShippingServiceView[]> {
  return (await deps.shipping.listServices()).map(toServiceView);
}

/** Rate cards, for one service and/or one warehouse when their codes are given (an unknown code is NOT_FOUND). */
export async function listRateCards(deps: Pick<Deps, 'shipping' | 'warehouses'>, filter: { service?: string; warehouse?: string }): Promise<Result<RateCardView[], 'NOT_FOUND'>> {
  let serviceId: string | undefined;
  let warehouseId: string | undefined;
  if (filter.service !== undefined) {
    serviceId = (await deps.shipping.getServiceByCode(filter.service))?.id;
    if (!serviceId) return fail('NOT_FOUND', `no shipping service "${filter.service}"`, { field: 'service' });
  }
  if (filter.warehouse !== undefined) {
    warehouseId = (await deps.warehouses.getByCode(filter.warehouse))?.id;
    if (!warehouseId) return fail('NOT_FOUND', `no warehouse "${filter.warehouse}"`, { field: 'warehouse' });
  }
  const rows = await deps.shipping.listRateCards({ ...(serviceId ? { serviceId } : {}), ...(warehouseId ? { warehouseId } : {}) });
  return ok(rows.map(toRateCardView));
}
