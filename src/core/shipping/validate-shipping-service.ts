import { fail, ok, type FieldIssue, type Result } from '../result/result.js';

/**
 * A carrier's service. `channel` says how its parcels clear customs, which the landed-cost engine
 * needs: `postal` (a postal operator under the UPU, CN22/CN23, postal de minimis and fees) or
 * `courier` (an express carrier that clears as a broker).
 */
export type ShippingService = { code: string; carrier: string; name: string; channel: ShippingChannel };
export type ShippingChannel = 'postal' | 'courier';

export const SERVICE_CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** Check a service as it arrives; every problem named by its field. Text is trimmed. */
export function validateShippingService(input: unknown): Result<ShippingService, 'VALIDATION_FAILED'> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('VALIDATION_FAILED', 'service must be an object', { field: 'body', details: [{ field: 'body', message: 'must be an object' }] });
  const s = input as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  const code = typeof s.code === 'string' && SERVICE_CODE.test(s.code) ? s.code : undefined;
  if (!code) issues.push({ field: 'code', message: 'must be 1 to 40 lowercase letters, digits or dashes' });
  const text = (v: unknown) => (typeof v === 'string' && v.trim().length > 0 && v.length <= 100 ? v.trim() : undefined);
  const carrier = text(s.carrier);
  if (!carrier) issues.push({ field: 'carrier', message: 'must be 1 to 100 characters' });
  const name = text(s.name);
  if (!name) issues.push({ field: 'name', message: 'must be 1 to 100 characters' });
  const channel = s.channel === 'postal' || s.channel === 'courier' ? s.channel : undefined;
  if (!channel) issues.push({ field: 'channel', message: 'must be postal or courier' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ code: code!, carrier: carrier!, name: name!, channel: channel! });
}
