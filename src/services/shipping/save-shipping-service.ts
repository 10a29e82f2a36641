import { ok, type Result } from '../../core/result/result.js';
import { validateShippingService } from '../../core/shipping/validate-shipping-service.js';
import type { Deps } from '../deps.js';
import { toServiceView, type ShippingServiceView } from './shipping-views.js';

/**
 * Create or replace a carrier service by its code (`PUT /v1/admin/shipping/services/{code}`). Its
 * rate cards stay attached: they belong to the service's id, which does not change.
 */
export async function saveShippingService(deps: Pick<Deps, 'shipping' | 'clock'> & Partial<Pick<Deps, 'referenceCache'>>, code: string, input: unknown): Promise<Result<ShippingServiceView, 'VALIDATION_FAILED'>> {
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...(input as Record<string, unknown>), code } : input;
  const service = validateShippingService(body);
  if (!service.ok) return service;
  const saved = await deps.shipping.upsertService(service.value, deps.clock());
  deps.referenceCache?.clear();
  return ok(toServiceView(saved));
}
