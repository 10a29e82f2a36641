import { isIsoDate } from '../../core/calendar/iso-date.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { validateRateCard } from '../../core/shipping/validate-rate-card.js';
import { SERVICE_CODE } from '../../core/shipping/validate-shipping-service.js';
import type { Orm } from '../../db/create-db.js';
import { createShippingRepository } from '../../db/repositories/shipping-repository.js';
import { createWarehouseRepository } from '../../db/repositories/warehouse-repository.js';
import type { Deps } from '../deps.js';
import { toRateCardView, type RateCardView } from './shipping-views.js';

/**
 * Add a rate card for a service from a warehouse between two dates (`effectiveTo` exclusive, null
 * or absent for open-ended). The body is the card itself (see validateRateCard) plus `service` and
 * `warehouse` (codes), `effectiveFrom`, `effectiveTo` and `source` (where the prices come from).
 * Every bad field is named; a period that overlaps another card of the same service and warehouse
 * is a CONFLICT naming `effectiveFrom`, so the card in effect on a date is never ambiguous. One
 * transaction, holding the service row so that concurrent additions take turns.
 */
export async function addRateCard(deps: Pick<Deps, 'database'> & Partial<Pick<Deps, 'referenceCache'>>, input: unknown): Promise<Result<RateCardView, 'VALIDATION_FAILED' | 'CONFLICT'>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('VALIDATION_FAILED', 'rate card must be an object', { field: 'body', details: [{ field: 'body', message: 'must be an object' }] });
  const body = input as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  const service = typeof body.service === 'string' && SERVICE_CODE.test(body.service) ? body.service : undefined;
  if (!service) issues.push({ field: 'service', message: 'must be the code of a shipping service' });
  const warehouse = typeof body.warehouse === 'string' && SERVICE_CODE.test(body.warehouse) ? body.warehouse : undefined;
  if (!warehouse) issues.push({ field: 'warehouse', message: 'must be the code of a warehouse' });
  const from = typeof body.effectiveFrom === 'string' && isIsoDate(body.effectiveFrom) ? body.effectiveFrom : undefined;
  if (!from) issues.push({ field: 'effectiveFrom', message: 'must be a date as YYYY-MM-DD' });
  const to = body.effectiveTo === undefined || body.effectiveTo === null ? null : typeof body.effectiveTo === 'string' && isIsoDate(body.effectiveTo) ? body.effectiveTo : undefined;
  if (to === undefined) issues.push({ field: 'effectiveTo', message: 'must be a date as YYYY-MM-DD or null' });
  else if (to !== null && from && to <= from) issues.push({ field: 'effectiveTo', message: 'must be after effectiveFrom' });
  const source = typeof body.source === 'string' && body.source.trim().length > 0 && body.source.length <= 500 ? body.source.trim() : undefined;
  if (!source) issues.push({ field: 'source', message: 'must say where the prices come from (1 to 500 characters)' });
  const card = validateRateCard(body);
  if (!card.ok) issues.push(...(card.details ?? []));
  if (issues.length > 0 || !card.ok) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const until: string | null = to ?? null;

  return deps.database.orm.transaction(async (tx) => {
    const orm = tx as unknown as Orm;
    const shipping = createShippingRepository(orm);
    const serviceRow = await shipping.getServiceByCode(service!);
    const warehouseRow = await createWarehouseRepository(orm).getByCode(warehouse!);
    const missing: FieldIssue[] = [];
    if (!serviceRow) missing.push({ field: 'service', message: `no shipping service "${service}"` });
    if (!warehouseRow) missing.push({ field: 'warehouse', message: `no warehouse "${warehouse}"` });
    if (!serviceRow || !warehouseRow) return fail('VALIDATION_FAILED', missing.map((i) => i.message).join('; '), { field: missing[0]!.field, details: missing });
    await shipping.lockService(serviceRow.id);
    const existing = await shipping.listRateCards({ serviceId: serviceRow.id, warehouseId: warehouseRow.id });
    const clash = existing.find((e) => (e.effectiveTo === null || e.effectiveTo > from!) && (until === null || until > e.effectiveFrom));
    if (clash) {
      return fail('CONFLICT', `${service} from ${warehouse} already has a rate card from ${clash.effectiveFrom} to ${clash.effectiveTo ?? 'open'}, overlapping ${from} to ${until ?? 'open'}`, { field: 'effectiveFrom' });
    }
    const saved = await shipping.insertRateCard({ serviceId: serviceRow.id, warehouseId: warehouseRow.id, currency: card.value.currency, effectiveFrom: from!, effectiveTo: until, source: source!, card: card.value });
    deps.referenceCache?.clear();
    return ok(toRateCardView({ ...saved, serviceCode: serviceRow.code, warehouseCode: warehouseRow.code }));
  });
}
