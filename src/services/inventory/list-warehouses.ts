import { toWarehouseView, type InventoryDeps, type WarehouseView } from './inventory-views.js';

/** Every warehouse, by position then code (a store has a handful, so there are no pages). */
export async function listWarehouses(deps: Pick<InventoryDeps, 'warehouses'>): Promise<WarehouseView[]> {
  return (await deps.warehouses.list()).map(toWarehouseView);
}
