import { DEMO_STOCK, DEMO_STOCK_REASON } from '../../data/demo/stock.js';
import type { InventoryRepository, StockKey } from '../../db/repositories/inventory-repository.js';

/**
 * The demo store's opening stock (src/data/demo/stock.ts) as `receipt` movements in the stock
 * ledger, written in one statement inside the seed step's transaction, after the demo catalog and
 * warehouses. A store that ran its first seed before this step existed gets it on its next start;
 * a demo SKU its operator has deleted since is skipped, and so is a stock level that already exists
 * (run twice, it adds nothing). Returns how many receipts were recorded.
 */
export async function seedDemoStock(inventory: InventoryRepository, at: Date): Promise<number> {
  const codes = ['vn-hoian', 'us-nj', 'nl-venlo'] as const;
  const variants = await inventory.variantsBySku(DEMO_STOCK.map((s) => s.sku));
  const warehouses = await inventory.warehousesByCode(codes);
  const lines: Array<StockKey & { quantity: number }> = [];
  for (const row of DEMO_STOCK) {
    const variant = variants.get(row.sku);
    for (const code of codes) {
      const warehouse = warehouses.get(code);
      if (variant && warehouse && row[code] > 0) lines.push({ variantId: variant.id, warehouseId: warehouse.id, quantity: row[code] });
    }
  }
  return inventory.recordOpeningStock(lines, DEMO_STOCK_REASON, at);
}
