import { CODE_PATTERN, SKU_PATTERN } from '../../core/inventory/limits.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import type { InventoryDeps } from './inventory-views.js';

export type InventoryListInput = { sku?: string; warehouse?: string; limit?: number; cursor?: string };

/** The checked filter of an inventory list: the variant (when the SKU exists) and the warehouse. */
export type InventoryFilter = { limit: number; sku?: string; variantId?: string; warehouseId?: string };

/**
 * Check `limit` (1 to 100, default 50), `sku` and `warehouse` of a list, and look the warehouse up
 * (an unknown code is NOT_FOUND naming `warehouse`). An unknown SKU is left to the caller: the
 * ledger of a deleted variant is still readable by its SKU, a stock level is not.
 */
export async function parseInventoryFilter(
  deps: Pick<InventoryDeps, 'inventory'>,
  input: InventoryListInput,
  extraIssues: FieldIssue[] = [],
): Promise<Result<InventoryFilter, 'VALIDATION_FAILED' | 'NOT_FOUND'>> {
  const issues = [...extraIssues];
  const limit = input.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) issues.push({ field: 'limit', message: 'must be a whole number from 1 to 100' });
  if (input.sku !== undefined && (typeof input.sku !== 'string' || !SKU_PATTERN.test(input.sku))) issues.push({ field: 'sku', message: 'must be a SKU of 1 to 64 letters, digits, dots, dashes or underscores' });
  if (input.warehouse !== undefined && (typeof input.warehouse !== 'string' || !CODE_PATTERN.test(input.warehouse))) issues.push({ field: 'warehouse', message: 'must be a warehouse code (lowercase letters, digits, dashes)' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });

  const filter: InventoryFilter = { limit };
  if (input.warehouse !== undefined) {
    const warehouse = (await deps.inventory.warehousesByCode([input.warehouse])).get(input.warehouse);
    if (!warehouse) return fail('NOT_FOUND', `no warehouse has the code ${input.warehouse}`, { field: 'warehouse' });
    filter.warehouseId = warehouse.id;
  }
  if (input.sku !== undefined) {
    filter.sku = input.sku;
    const variant = (await deps.inventory.variantsBySku([input.sku])).get(input.sku);
    if (variant) filter.variantId = variant.id;
  }
  return ok(filter);
}
