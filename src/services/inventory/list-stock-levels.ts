import { decodeLevelCursor, encodeLevelCursor, type LevelCursor } from '../../core/inventory/level-cursor.js';
import type { Page } from '../../core/pagination/cursor.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { parseInventoryFilter, type InventoryListInput } from './inventory-filter.js';
import { toStockLevelView, type InventoryDeps, type StockLevelView } from './inventory-views.js';

/**
 * Stock levels (on hand, reserved by checkouts, available = on hand - reserved) by SKU then
 * warehouse code, optionally of one SKU and/or one warehouse, a page at a time. Only levels that
 * ever received stock exist. An unknown SKU or warehouse is NOT_FOUND naming the filter.
 * @example await listStockLevels(deps, { sku: 'COF-ROB-250' }) // one row per warehouse holding it
 */
export async function listStockLevels(deps: Pick<InventoryDeps, 'inventory'>, input: InventoryListInput): Promise<Result<Page<StockLevelView>, 'VALIDATION_FAILED' | 'NOT_FOUND'>> {
  const issues: FieldIssue[] = [];
  let after: LevelCursor | undefined;
  if (input.cursor !== undefined) {
    after = typeof input.cursor === 'string' ? decodeLevelCursor(input.cursor) : undefined;
    if (!after) issues.push({ field: 'cursor', message: 'is not one this API returned' });
  }
  const filter = await parseInventoryFilter(deps, input, issues);
  if (!filter.ok) return filter;
  const { limit, sku, variantId, warehouseId } = filter.value;
  if (sku !== undefined && !variantId) return fail('NOT_FOUND', `no variant has the SKU ${sku}`, { field: 'sku' });
  const rows = await deps.inventory.listLevels(
    { ...(variantId ? { variantId } : {}), ...(warehouseId ? { warehouseId } : {}) },
    { limit: limit + 1, ...(after ? { after: { sku: after.sku, warehouseCode: after.warehouse } } : {}) },
  );
  const items = rows.slice(0, limit).map(toStockLevelView);
  const last = items.at(-1);
  return ok({ items, nextCursor: rows.length > limit && last ? encodeLevelCursor({ sku: last.sku, warehouse: last.warehouse }) : null });
}
