import type { CarrierAdapter } from '../../core/carriers/carrier.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { Deps } from '../deps.js';
import { createEasyPostAdapter, EASYPOST_ADAPTER_ID, isEasyPostEnabled } from './easypost.js';
import { createTestCarrier } from './test-carrier.js';

export type CarrierRegistryDeps = Pick<Deps, 'database' | 'clock' | 'shipping' | 'warehouses' | 'carriers'>;

/** The adapters Landfall knows, by id; `test` always, `easypost` once its API key is configured. */
export function availableCarriers(deps: CarrierRegistryDeps): string[] {
  return ['test', ...(isEasyPostEnabled(deps.carriers.easypost) ? [EASYPOST_ADAPTER_ID] : [])];
}

/**
 * The adapter with this id (`test`, `easypost`), or CARRIER_NOT_FOUND naming `carrier` when there
 * is none or it is not configured. Adapters are small closures over deps, made per call.
 */
export function carrierById(deps: CarrierRegistryDeps, id: string): Result<CarrierAdapter, 'CARRIER_NOT_FOUND'> {
  if (id === 'test') return ok(createTestCarrier(deps));
  if (id === EASYPOST_ADAPTER_ID && isEasyPostEnabled(deps.carriers.easypost)) return ok(createEasyPostAdapter(deps.carriers.easypost, fetch));
  return fail('CARRIER_NOT_FOUND', `no carrier adapter "${id}"${id === EASYPOST_ADAPTER_ID ? ' (set LANDFALL_EASYPOST_API_KEY to turn it on)' : ''}; known: ${availableCarriers(deps).join(', ')}`, { field: 'carrier' });
}

/**
 * The adapter that buys labels for a shipment: the one configured for its service
 * (LANDFALL_CARRIER_ADAPTERS, `service=adapter`), else the default (LANDFALL_CARRIER_ADAPTER,
 * `test` unless set).
 */
export function carrierForShipment(deps: CarrierRegistryDeps, shipment: { service: string }): Result<CarrierAdapter, 'CARRIER_NOT_FOUND'> {
  return carrierById(deps, deps.carriers.adapterByService[shipment.service] ?? deps.carriers.defaultAdapter);
}
