import { checkOptionalText, isObject } from '../catalog/field-checks.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import { CODE_PATTERN, INVENTORY_LIMITS, MANUAL_MOVEMENT_KINDS, SKU_PATTERN, type ManualMovementKind } from './limits.js';

/** A stock movement an operator records, checked: which stock, what kind, how many, and why. */
export type ValidMovement = {
  sku: string;
  /** Warehouse code. */
  warehouse: string;
  kind: ManualMovementKind;
  /** Signed change of on-hand units: positive for receipts and returns, either sign for adjustments. */
  quantity: number;
  reason: string | null;
  /** What caused it: a purchase order, a return authorization, a stock count. */
  reference: string | null;
};

/**
 * Check a movement as it arrives (`POST /v1/admin/inventory/movements`, `landfall stock receive`).
 * Receipts and returns add stock (positive quantities); adjustments correct it either way (a count
 * that found 3 fewer is -3). Sales are not recorded by hand: they come from converted reservations.
 * Every problem names its field.
 * @example validateMovementInput({ sku: 'COF-ROB-250', warehouse: 'vn-hoian', kind: 'receipt', quantity: 120, reason: 'roast of week 45' })
 */
export function validateMovementInput(input: unknown): Result<ValidMovement, 'VALIDATION_FAILED'> {
  if (!isObject(input)) return fail('VALIDATION_FAILED', 'movement must be a JSON object', { field: 'body', details: [{ field: 'body', message: 'must be a JSON object' }] });
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => void issues.push({ field, message });

  const sku = typeof input.sku === 'string' && SKU_PATTERN.test(input.sku) ? input.sku : undefined;
  if (!sku) add('sku', 'must be a SKU of 1 to 64 letters, digits, dots, dashes or underscores');
  const warehouse = typeof input.warehouse === 'string' && CODE_PATTERN.test(input.warehouse) ? input.warehouse : undefined;
  if (!warehouse) add('warehouse', 'must be a warehouse code (lowercase letters, digits, dashes)');

  const kind = (MANUAL_MOVEMENT_KINDS as readonly unknown[]).includes(input.kind) ? (input.kind as ManualMovementKind) : undefined;
  if (!kind) add('kind', input.kind === 'sale' ? 'cannot be sale: sales are recorded by converting a reservation' : `must be one of ${MANUAL_MOVEMENT_KINDS.join(', ')}`);

  const quantity = checkQuantity(input.quantity, kind, add);
  const reason = checkOptionalText(input.reason, 'reason', add, INVENTORY_LIMITS.maxReason, true);
  const reference = checkOptionalText(input.reference, 'reference', add, INVENTORY_LIMITS.maxReference);

  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ sku: sku!, warehouse: warehouse!, kind: kind!, quantity: quantity!, reason: reason ?? null, reference: reference ?? null });
}

function checkQuantity(value: unknown, kind: ManualMovementKind | undefined, add: (field: string, message: string) => void): number | undefined {
  const max = INVENTORY_LIMITS.maxQuantity;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    add('quantity', 'must be a whole number of units');
    return undefined;
  }
  if (value === 0) {
    add('quantity', 'must not be 0');
    return undefined;
  }
  if (Math.abs(value) > max) {
    add('quantity', `must be at most ${max.toLocaleString('en-US')} units either way`);
    return undefined;
  }
  if ((kind === 'receipt' || kind === 'return') && value < 0) {
    add('quantity', `must be positive for a ${kind} (record a loss as a negative adjustment)`);
    return undefined;
  }
  return value;
}
