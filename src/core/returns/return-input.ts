import { checkEmail, checkQuantity, checkSku } from '../checkout/cart-input.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import { isShippingRefundPolicy, SHIPPING_REFUND_POLICIES, type ReturnPolicy } from './return-policy.js';
import { isReturnReason, RETURN_REASONS, type ReturnReason } from './return-reasons.js';

/** One line a buyer asks to return. */
export type RequestedLine = { sku: string; quantity: number; reason: ReturnReason; note: string | null };
export type ReturnRequestInput = { email: string; lines: RequestedLine[] };
export type ReceivedLineInput = { sku: string; quantity: number; restock: boolean };

/** Most lines in one return request. */
export const MAX_RETURN_LINES = 50;
/** Longest note or reason text, in characters. */
export const MAX_RETURN_TEXT = 500;

type Add = (field: string, message: string) => void;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function objectOf(input: unknown): Record<string, unknown> | undefined {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
}

function unknownKeys(body: Record<string, unknown>, allowed: readonly string[], add: Add, prefix = ''): void {
  for (const key of Object.keys(body)) if (!allowed.includes(key)) add(`${prefix}${key}`, 'is not a field of this request');
}

/** Free text: absent or null is null; else 1 to MAX_RETURN_TEXT characters, no control characters but line breaks. */
export function checkText(value: unknown, field: string, add: Add, required = false): string | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '' && !required)) {
    if (required) add(field, `is required: 1 to ${MAX_RETURN_TEXT} characters`);
    return null;
  }
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_RETURN_TEXT || CONTROL.test(value)) {
    add(field, `must be text of 1 to ${MAX_RETURN_TEXT} characters without control characters`);
    return null;
  }
  return value.trim();
}

function failed(issues: FieldIssue[]) {
  return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
}

/**
 * A buyer's return request as it arrives: `{ email, lines: [{ sku, quantity, reason, note? }] }`.
 * Every problem names its field (`lines[1].reason`); `other` needs a note.
 * @example parseReturnRequest({ email: 'ana@example.com', lines: [{ sku: 'TEE-LAN-M', quantity: 1, reason: 'size_or_fit' }] })
 */
export function parseReturnRequest(input: unknown): Result<ReturnRequestInput, 'VALIDATION_FAILED'> {
  const body = objectOf(input);
  if (!body) return fail('VALIDATION_FAILED', 'body must be a JSON object like { "email": "...", "lines": [{ "sku": "...", "quantity": 1, "reason": "size_or_fit" }] }', { field: 'body' });
  const issues: FieldIssue[] = [];
  const add: Add = (field, message) => void issues.push({ field, message });
  unknownKeys(body, ['email', 'lines'], add);
  const email = checkEmail(body.email, 'email', add);
  const lines: RequestedLine[] = [];
  if (!Array.isArray(body.lines) || body.lines.length === 0 || body.lines.length > MAX_RETURN_LINES) add('lines', `must list 1 to ${MAX_RETURN_LINES} lines like { "sku": "...", "quantity": 1, "reason": "damaged" }`);
  else
    body.lines.forEach((raw, i) => {
      const l = objectOf(raw);
      if (!l) return add(`lines[${i}]`, 'must be an object like { "sku": "...", "quantity": 1, "reason": "damaged" }');
      unknownKeys(l, ['sku', 'quantity', 'reason', 'note'], add, `lines[${i}].`);
      const sku = checkSku(l.sku, `lines[${i}].sku`, add);
      const quantity = checkQuantity(l.quantity, `lines[${i}].quantity`, add);
      const reason = isReturnReason(l.reason) ? l.reason : undefined;
      if (!reason) add(`lines[${i}].reason`, `must be one of ${RETURN_REASONS.join(', ')}`);
      const note = checkText(l.note, `lines[${i}].note`, add, reason === 'other');
      if (sku !== undefined && quantity !== undefined && reason) lines.push({ sku, quantity, reason, note });
    });
  if (issues.length > 0) return failed(issues);
  return ok({ email: email!, lines });
}

/** `{ label?: boolean, testScenario?: string }`: approve with a return label (the default) or without one. */
export function parseApproveInput(input: unknown): Result<{ label: boolean; testScenario?: string }, 'VALIDATION_FAILED'> {
  if (input === undefined || input === null) return ok({ label: true });
  const body = objectOf(input);
  if (!body) return fail('VALIDATION_FAILED', 'the body, when sent, must be a JSON object like { "label": false }', { field: 'body' });
  const issues: FieldIssue[] = [];
  const add: Add = (field, message) => void issues.push({ field, message });
  unknownKeys(body, ['label', 'testScenario'], add);
  if (body.label !== undefined && typeof body.label !== 'boolean') add('label', 'must be true (buy a return label) or false (the buyer sends the parcel)');
  if (body.testScenario !== undefined && (typeof body.testScenario !== 'string' || !/^[a-z_]{1,40}$/.test(body.testScenario))) add('testScenario', 'must be a test carrier scenario name like delivered');
  if (body.label === false && body.testScenario !== undefined) add('testScenario', 'is for a return label; none is bought with label false');
  if (issues.length > 0) return failed(issues);
  return ok({ label: body.label !== false, ...(typeof body.testScenario === 'string' ? { testScenario: body.testScenario } : {}) });
}

/** `{ reason }` (required) for a rejection, `{ reason? }` for a cancellation. */
export function parseReasonInput(input: unknown, required: boolean): Result<{ reason: string | null }, 'VALIDATION_FAILED'> {
  const body = input === undefined || input === null ? {} : objectOf(input);
  if (!body) return fail('VALIDATION_FAILED', 'body must be a JSON object like { "reason": "..." }', { field: 'body' });
  const issues: FieldIssue[] = [];
  const add: Add = (field, message) => void issues.push({ field, message });
  unknownKeys(body, ['reason'], add);
  const reason = checkText(body.reason, 'reason', add, required);
  if (issues.length > 0) return failed(issues);
  return ok({ reason });
}

/**
 * What came back: `{ lines: [{ sku, quantity, restock }] }` (a SKU may be listed twice, some units
 * restocked and the damaged ones not). Without a body, every requested unit, restocked unless its
 * reason is `damaged`. The quantities are checked against the return by checkReceivedLines.
 */
export function parseReceiveInput(input: unknown): Result<ReceivedLineInput[] | 'everything', 'VALIDATION_FAILED'> {
  if (input === undefined || input === null) return ok('everything');
  const body = objectOf(input);
  if (!body) return fail('VALIDATION_FAILED', 'the body, when sent, must be a JSON object like { "lines": [{ "sku": "...", "quantity": 1, "restock": true }] }', { field: 'body' });
  const issues: FieldIssue[] = [];
  const add: Add = (field, message) => void issues.push({ field, message });
  unknownKeys(body, ['lines'], add);
  if (body.lines === undefined && issues.length === 0) return ok('everything');
  const lines: ReceivedLineInput[] = [];
  if (!Array.isArray(body.lines) || body.lines.length === 0 || body.lines.length > MAX_RETURN_LINES) add('lines', `must list 1 to ${MAX_RETURN_LINES} lines like { "sku": "...", "quantity": 1, "restock": true }`);
  else
    body.lines.forEach((raw, i) => {
      const l = objectOf(raw);
      if (!l) return add(`lines[${i}]`, 'must be an object like { "sku": "...", "quantity": 1, "restock": true }');
      unknownKeys(l, ['sku', 'quantity', 'restock'], add, `lines[${i}].`);
      const sku = checkSku(l.sku, `lines[${i}].sku`, add);
      const quantity = checkQuantity(l.quantity, `lines[${i}].quantity`, add);
      if (typeof l.restock !== 'boolean') add(`lines[${i}].restock`, 'must be true (back on the shelf) or false (damaged: not restocked)');
      if (sku !== undefined && quantity !== undefined && typeof l.restock === 'boolean') lines.push({ sku, quantity, restock: l.restock });
    });
  if (issues.length > 0) return failed(issues);
  return ok(lines);
}

/** `{ refundShipping: "never" | "shop_at_fault" | "always" }`. */
export function parseReturnPolicyInput(input: unknown): Result<ReturnPolicy, 'VALIDATION_FAILED'> {
  const body = objectOf(input);
  if (!body) return fail('VALIDATION_FAILED', 'body must be a JSON object like { "refundShipping": "shop_at_fault" }', { field: 'body' });
  const issues: FieldIssue[] = [];
  const add: Add = (field, message) => void issues.push({ field, message });
  unknownKeys(body, ['refundShipping'], add);
  if (!isShippingRefundPolicy(body.refundShipping)) add('refundShipping', `must be one of ${SHIPPING_REFUND_POLICIES.join(', ')}`);
  if (issues.length > 0) return failed(issues);
  return ok({ refundShipping: body.refundShipping as ReturnPolicy['refundShipping'] });
}
