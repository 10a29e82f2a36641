import { INVENTORY_LIMITS } from '../../core/inventory/limits.js';
import { validateMovementInput } from '../../core/inventory/validate-movement-input.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { toMovementView, type InventoryDeps, type MovementView } from './inventory-views.js';

export type RecordedMovement = { movement: MovementView; level: { sku: string; warehouse: string; onHand: number; reserved: number; available: number } };

/**
 * Record a receipt, adjustment or return of a SKU in a warehouse and apply it to on-hand stock, in
 * one transaction. Refused, with nothing written: an unknown SKU or warehouse (NOT_FOUND naming it),
 * a decrease below what checkouts hold or below zero (INSUFFICIENT_STOCK naming `quantity`), a
 * level beyond 1,000,000,000 units (CONFLICT).
 * @example await recordMovement(deps, { sku: 'COF-ROB-250', warehouse: 'vn-hoian', kind: 'adjustment', quantity: -2, reason: 'bags torn in the stock count' })
 */
export async function recordMovement(
  deps: Pick<InventoryDeps, 'inventory' | 'clock'>,
  input: unknown,
): Promise<Result<RecordedMovement, 'VALIDATION_FAILED' | 'NOT_FOUND' | 'INSUFFICIENT_STOCK' | 'CONFLICT'>> {
  const valid = validateMovementInput(input);
  if (!valid.ok) return valid;
  const m = valid.value;
  const variant = (await deps.inventory.variantsBySku([m.sku])).get(m.sku);
  if (!variant) return fail('NOT_FOUND', `no variant has the SKU ${m.sku}`, { field: 'sku' });
  const warehouse = (await deps.inventory.warehousesByCode([m.warehouse])).get(m.warehouse);
  if (!warehouse) return fail('NOT_FOUND', `no warehouse has the code ${m.warehouse}`, { field: 'warehouse' });

  const outcome = await deps.inventory.recordMovement(
    { variantId: variant.id, warehouseId: warehouse.id, kind: m.kind, quantity: m.quantity, reason: m.reason, reference: m.reference, at: deps.clock() },
    { maxOnHand: INVENTORY_LIMITS.maxOnHand },
  );
  if (!outcome.ok) {
    const where = `${m.sku} in ${m.warehouse}`;
    if (outcome.reason === 'above-maximum') {
      return fail('CONFLICT', `${where} would exceed ${INVENTORY_LIMITS.maxOnHand.toLocaleString('en-US')} units on hand (it has ${outcome.onHand})`, { field: 'quantity' });
    }
    const after = outcome.onHand + m.quantity;
    const message =
      outcome.reserved > 0
        ? `${where} has ${outcome.onHand} on hand and ${outcome.reserved} reserved by checkouts; ${m.quantity} would leave ${after}, below what is reserved (${outcome.onHand > outcome.reserved ? `at most -${outcome.onHand - outcome.reserved} is possible now` : 'nothing can be taken away now'})`
        : `${where} has ${outcome.onHand} on hand; ${m.quantity} would take it below zero`;
    return fail('INSUFFICIENT_STOCK', message, { field: 'quantity' });
  }
  const { level } = outcome;
  return ok({
    movement: toMovementView(outcome.movement),
    level: { sku: m.sku, warehouse: m.warehouse, onHand: level.onHand, reserved: level.reserved, available: level.onHand - level.reserved },
  });
}
