import { nextPageCursor, readCursor, type Page } from '../../core/pagination/cursor.js';
import { ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { parseInventoryFilter, type InventoryListInput } from './inventory-filter.js';
import { toMovementView, type InventoryDeps, type MovementView } from './inventory-views.js';

/**
 * The stock ledger, newest first, a page at a time by keyset cursor (created_at, id): following
 * `nextCursor` visits every movement once even while new ones are recorded. Filter by SKU (also a
 * deleted variant's) and warehouse; an unknown warehouse is NOT_FOUND.
 * @example await listMovements(deps, { sku: 'COF-ROB-250', warehouse: 'vn-hoian', limit: 20 })
 */
export async function listMovements(deps: Pick<InventoryDeps, 'inventory'>, input: InventoryListInput): Promise<Result<Page<MovementView>, 'VALIDATION_FAILED' | 'NOT_FOUND'>> {
  const issues: FieldIssue[] = [];
  const after = readCursor(input.cursor, issues);
  const filter = await parseInventoryFilter(deps, input, issues);
  if (!filter.ok) return filter;
  const { limit, sku, variantId, warehouseId } = filter.value;
  const rows = await deps.inventory.listMovements(
    { ...(variantId ? { variantId } : sku ? { sku } : {}), ...(warehouseId ? { warehouseId } : {}) },
    { limit: limit + 1, ...(after ? { after } : {}) },
  );
  return ok({ items: rows.slice(0, limit).map(toMovementView), nextCursor: nextPageCursor(rows, limit) });
}
