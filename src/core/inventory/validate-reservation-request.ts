import { isObject } from '../catalog/field-checks.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import { CODE_PATTERN, INVENTORY_LIMITS, REFERENCE_PATTERN, SKU_PATTERN, UUID_PATTERN } from './limits.js';

/** One line of a reservation: a variant (by id or SKU), the warehouse to take it from, how many. */
export type ReservationLineRequest = ({ variantId: string; sku?: undefined } | { sku: string; variantId?: undefined }) & {
  /** Warehouse code. */
  warehouse: string;
  quantity: number;
};

export type ValidReservationRequest = {
  /** The checkout holding the stock (a cart id); at most one active reservation per reference. */
  reference: string;
  lines: ReservationLineRequest[];
  /** How long to hold the stock; absent: the store's default. */
  ttlSeconds?: number;
};

/**
 * Check a reservation request: a reference, 1 to 200 lines of positive whole quantities with no
 * variant and warehouse twice, and an optional hold time of 60 s to 24 h. Every problem names its
 * field (`lines[2].quantity`). Variant ids are compared in lower case.
 * @example validateReservationRequest({ reference: 'cart-81f2', lines: [{ sku: 'COF-ROB-250', warehouse: 'vn-hoian', quantity: 2 }], ttlSeconds: 900 })
 */
export function validateReservationRequest(input: unknown): Result<ValidReservationRequest, 'VALIDATION_FAILED'> {
  if (!isObject(input)) return fail('VALIDATION_FAILED', 'reservation must be an object', { field: 'body', details: [{ field: 'body', message: 'must be an object' }] });
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => void issues.push({ field, message });
  const reference = checkReference(input.reference, 'reference', add);
  const lines = checkLines(input.lines, add);

  let ttlSeconds: number | undefined;
  if (input.ttlSeconds !== undefined) {
    const { minTtlSeconds: min, maxTtlSeconds: max } = INVENTORY_LIMITS;
    if (typeof input.ttlSeconds === 'number' && Number.isInteger(input.ttlSeconds) && input.ttlSeconds >= min && input.ttlSeconds <= max) ttlSeconds = input.ttlSeconds;
    else add('ttlSeconds', `must be a whole number of seconds from ${min} to ${max.toLocaleString('en-US')}`);
  }

  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ reference: reference!, lines: lines!, ...(ttlSeconds !== undefined ? { ttlSeconds } : {}) });
}

/**
 * A checkout or order reference: 1 to 100 characters of letters, digits and `._:#/-`, starting
 * with a letter or digit. Returns it, or undefined after reporting the problem.
 */
export function checkReference(value: unknown, field: string, add: (field: string, message: string) => void): string | undefined {
  if (typeof value === 'string' && REFERENCE_PATTERN.test(value)) return value;
  add(field, `must be 1 to ${INVENTORY_LIMITS.maxReference} letters, digits or ._:#/- starting with a letter or digit`);
  return undefined;
}

function checkLines(value: unknown, add: (field: string, message: string) => void): ReservationLineRequest[] | undefined {
  const maxLines = INVENTORY_LIMITS.maxReservationLines;
  if (!Array.isArray(value) || value.length === 0) {
    add('lines', 'must be a list of at least one line');
    return undefined;
  }
  if (value.length > maxLines) {
    add('lines', `must have at most ${maxLines} lines, got ${value.length}`);
    return undefined;
  }
  const out: ReservationLineRequest[] = [];
  const firstIndexByKey = new Map<string, number>();
  let bad = false;
  value.forEach((raw: unknown, i: number) => {
    const line = checkLine(raw, `lines[${i}]`);
    if (!line.ok) {
      bad = true;
      for (const issue of line.details ?? []) add(issue.field, issue.message);
      return;
    }
    const { value: item } = line;
    const key = `${item.variantId !== undefined ? `id:${item.variantId}` : `sku:${item.sku}`}@${item.warehouse}`;
    const first = firstIndexByKey.get(key);
    if (first !== undefined) {
      bad = true;
      add(`lines[${i}]`, `repeats lines[${first}] (the same variant from the same warehouse); add the quantities into one line`);
      return;
    }
    firstIndexByKey.set(key, i);
    out.push(item);
  });
  return bad ? undefined : out;
}

function checkLine(raw: unknown, at: string): Result<ReservationLineRequest, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  const note = (field: string, message: string) => void issues.push({ field, message });
  if (!isObject(raw)) note(at, 'must be an object with sku (or variantId), warehouse and quantity');
  const line = isObject(raw) ? raw : {};
  let item: { variantId: string } | { sku: string } | undefined;
  if (line.variantId !== undefined && line.sku !== undefined) note(at, 'must name the variant once: variantId or sku, not both');
  else if (line.variantId !== undefined) {
    if (typeof line.variantId === 'string' && UUID_PATTERN.test(line.variantId)) item = { variantId: line.variantId.toLowerCase() };
    else note(`${at}.variantId`, 'must be a variant id (a UUID)');
  } else if (typeof line.sku === 'string' && SKU_PATTERN.test(line.sku)) item = { sku: line.sku };
  else if (isObject(raw)) note(`${at}.sku`, line.sku === undefined ? 'is required (or variantId)' : 'must be a SKU of 1 to 64 letters, digits, dots, dashes or underscores');
  const warehouse = typeof line.warehouse === 'string' && CODE_PATTERN.test(line.warehouse) ? line.warehouse : undefined;
  if (!warehouse && isObject(raw)) note(`${at}.warehouse`, 'must be a warehouse code (lowercase letters, digits, dashes)');
  const q = line.quantity;
  const max = INVENTORY_LIMITS.maxQuantity;
  const quantity = typeof q === 'number' && Number.isInteger(q) && q >= 1 && q <= max ? q : undefined;
  if (quantity === undefined && isObject(raw)) note(`${at}.quantity`, `must be a whole number of units from 1 to ${max.toLocaleString('en-US')}`);
  if (issues.length > 0 || !item || !warehouse || quantity === undefined) return fail('VALIDATION_FAILED', `${at} is invalid`, { field: at, details: issues });
  return ok({ ...item, warehouse, quantity });
}
