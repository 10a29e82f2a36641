import type { Deps } from '../deps.js';
import { validateWarehouseInput } from '../../core/inventory/validate-warehouse-input.js';
import { isObject } from '../../core/catalog/field-checks.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { toWarehouseView, type InventoryDeps, type WarehouseView } from './inventory-views.js';

/**
 * Create or replace the warehouse `code` (the code in the path wins over one in the body). The
 * markets it serves must be markets of this store: an unknown one is named (`markets[1]`).
 * @example await putWarehouse(deps, 'nl-venlo', { name: 'Venlo fulfilment', country: 'NL', address: { lines: ['Celsiusweg 20'], city: 'Venlo', postalCode: '5928 PR' }, markets: ['eu', 'uk'] })
 */
export async function putWarehouse(deps: Pick<InventoryDeps, 'warehouses' | 'markets' | 'clock'> & Partial<Pick<Deps, 'referenceCache'>>, code: string, input: unknown): Promise<Result<WarehouseView, 'VALIDATION_FAILED'>> {
  const valid = validateWarehouseInput(isObject(input) ? { ...input, code } : input);
  if (!valid.ok) return valid;
  const w = valid.value;
  if (w.markets.length > 0) {
    const known = new Set((await deps.markets.list()).map((m) => m.id));
    const issues: FieldIssue[] = w.markets.flatMap((m, i) => (known.has(m) ? [] : [{ field: `markets[${i}]`, message: `is not a market of this store: ${m}` }]));
    if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  }
  const saved = await deps.warehouses.upsert({ code: w.code, name: w.name, country: w.country, address: w.address, markets: w.markets, active: w.active, position: w.position }, deps.clock());
  deps.referenceCache?.clear();
  return ok(toWarehouseView(saved));
}
