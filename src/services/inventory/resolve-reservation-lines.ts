import type { ReservationLineRequest } from '../../core/inventory/validate-reservation-request.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import type { ReserveLine } from '../../db/repositories/inventory-repository.js';
import type { InventoryDeps } from './inventory-views.js';

/**
 * Turn checked reservation lines (SKU or variant id, warehouse code) into stock keys. Unknown SKUs,
 * variant ids and warehouse codes are NOT_FOUND, an inactive warehouse is a CONFLICT, and the same
 * variant named twice (once by id, once by SKU) from one warehouse is VALIDATION_FAILED; each names
 * its line (`lines[3].sku`). One query whatever the number of lines.
 */
export async function resolveReservationLines(
  deps: Pick<InventoryDeps, 'inventory'>,
  lines: readonly ReservationLineRequest[],
): Promise<Result<ReserveLine[], 'NOT_FOUND' | 'CONFLICT' | 'VALIDATION_FAILED'>> {
  const skus = [...new Set(lines.flatMap((l) => (l.sku !== undefined ? [l.sku] : [])))];
  const ids = [...new Set(lines.flatMap((l) => (l.variantId !== undefined ? [l.variantId] : [])))];
  const { bySku, byId, warehouses } = await deps.inventory.lookupStockKeys({ skus, variantIds: ids, warehouseCodes: [...new Set(lines.map((l) => l.warehouse))] });
  const notFound: FieldIssue[] = [];
  const inactive: FieldIssue[] = [];
  const repeated: FieldIssue[] = [];
  const seen = new Map<string, number>();
  const out: ReserveLine[] = [];
  lines.forEach((line, index) => {
    const variant = line.sku !== undefined ? bySku.get(line.sku) : byId.get(line.variantId);
    if (!variant) notFound.push(line.sku !== undefined ? { field: `lines[${index}].sku`, message: `no variant has the SKU ${line.sku}` } : { field: `lines[${index}].variantId`, message: `no variant has the id ${line.variantId}` });
    const warehouse = warehouses.get(line.warehouse);
    if (!warehouse) notFound.push({ field: `lines[${index}].warehouse`, message: `no warehouse has the code ${line.warehouse}` });
    else if (!warehouse.active) inactive.push({ field: `lines[${index}].warehouse`, message: `warehouse ${line.warehouse} is not active` });
    if (!variant || !warehouse) return;
    const key = `${variant.id}/${warehouse.id}`;
    const first = seen.get(key);
    if (first !== undefined) repeated.push({ field: `lines[${index}]`, message: `names the same variant (${variant.sku}) from the same warehouse as lines[${first}]` });
    seen.set(key, first ?? index);
    out.push({ variantId: variant.id, sku: variant.sku, warehouseId: warehouse.id, warehouseCode: warehouse.code, quantity: line.quantity, index });
  });
  const summary = (issues: FieldIssue[]) => issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  if (notFound.length > 0) return fail('NOT_FOUND', summary(notFound), { field: notFound[0]!.field, details: notFound });
  if (repeated.length > 0) return fail('VALIDATION_FAILED', summary(repeated), { field: repeated[0]!.field, details: repeated });
  if (inactive.length > 0) return fail('CONFLICT', summary(inactive), { field: inactive[0]!.field, details: inactive });
  return ok(out);
}
