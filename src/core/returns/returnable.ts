import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import type { RequestedLine, ReceivedLineInput } from './return-input.js';
import type { ReturnReason } from './return-reasons.js';
import { OPEN_RETURN_STATUSES, type ReturnStatus } from './return-status.js';

/** An order as returns see it: its lines, its parcels and the lines of its earlier returns. */
export type ReturnableOrder = {
  number: string;
  lines: ReadonlyArray<{ position: number; sku: string; quantity: number; refundedQuantity: number; warehouse: string }>;
  shipments: ReadonlyArray<{ status: string; warehouse: string; lines: ReadonlyArray<{ sku: string; quantity: number }> }>;
  /** Lines of the order's returns so far: requested units, and received ones once received. */
  returns: ReadonlyArray<{ status: ReturnStatus; lines: ReadonlyArray<{ sku: string; quantity: number; receivedQuantity: number }> }>;
};

export type ReturnableLine = {
  position: number;
  sku: string;
  warehouse: string;
  /** Units in parcels that left and were not brought back by the carrier (shipped or delivered). */
  shipped: number;
  /** Units held by open returns (requested units; received units once received). */
  inReturns: number;
  /** Units refunded (by returns or by hand). */
  refunded: number;
  /** What a new return may take. */
  left: number;
};

/** Parcel statuses whose units are with the buyer (a `returned` parcel came back with the carrier). */
const WITH_BUYER = ['shipped', 'delivered'];

/**
 * Per order line, how many units a new return may take: units shipped to the buyer, less units in
 * open returns, and never more than the units not yet refunded or claimed by an open return
 * waiting for its refund.
 * @example 3 shipped, 1 in a requested return: left 2
 */
export function returnableLines(order: ReturnableOrder): ReturnableLine[] {
  return order.lines.map((l) => {
    const shipped = order.shipments.filter((s) => WITH_BUYER.includes(s.status)).reduce((n, s) => n + s.lines.filter((x) => x.sku === l.sku).reduce((m, x) => m + x.quantity, 0), 0);
    let inReturns = 0;
    let awaitingRefund = 0;
    for (const r of order.returns) {
      if (!OPEN_RETURN_STATUSES.includes(r.status)) continue;
      const counted = r.status === 'received' || r.status === 'refunded';
      for (const x of r.lines) {
        if (x.sku !== l.sku) continue;
        const units = counted ? x.receivedQuantity : x.quantity;
        inReturns += units;
        if (r.status !== 'refunded') awaitingRefund += units;
      }
    }
    const left = Math.max(0, Math.min(Math.min(shipped, l.quantity) - inReturns, l.quantity - l.refundedQuantity - awaitingRefund));
    return { position: l.position, sku: l.sku, warehouse: l.warehouse, shipped, inReturns, refunded: l.refundedQuantity, left };
  });
}

export type CheckedReturnLine = RequestedLine & { position: number; warehouse: string };

/**
 * A new return's lines against the order: each SKU one of the order's (VALIDATION_FAILED naming
 * `lines[i].sku`), shipped (RETURN_NOT_RETURNABLE naming `lines[i].sku`), no more units than are
 * left to return, counting a SKU listed twice (with two reasons) together (`lines[i].quantity`),
 * and all from one warehouse: a return is one parcel to one place (`lines[i].sku`).
 */
export function checkReturnLines(order: ReturnableOrder, requested: readonly RequestedLine[]): Result<CheckedReturnLine[], 'VALIDATION_FAILED' | 'RETURN_NOT_RETURNABLE'> {
  const lines = new Map(returnableLines(order).map((l) => [l.sku, l]));
  const unknown: FieldIssue[] = [];
  requested.forEach((r, i) => {
    if (!lines.has(r.sku)) unknown.push({ field: `lines[${i}].sku`, message: `no line of order ${order.number} has the SKU ${r.sku}` });
  });
  if (unknown.length > 0) return fail('VALIDATION_FAILED', unknown.map((u) => `${u.field}: ${u.message}`).join('; '), { field: unknown[0]!.field, details: unknown });

  const issues: FieldIssue[] = [];
  const asked = new Map<string, number>();
  const warehouse = lines.get(requested[0]!.sku)!.warehouse;
  const checked: CheckedReturnLine[] = [];
  requested.forEach((r, i) => {
    const l = lines.get(r.sku)!;
    if (l.shipped === 0) return void issues.push({ field: `lines[${i}].sku`, message: `${r.sku} has not shipped yet; it can be returned once it has been delivered` });
    if (l.warehouse !== warehouse) return void issues.push({ field: `lines[${i}].sku`, message: `${r.sku} shipped from ${l.warehouse}, the other lines from ${warehouse}: a return goes back to one warehouse, so ask for it in a separate return` });
    const total = (asked.get(r.sku) ?? 0) + r.quantity;
    asked.set(r.sku, total);
    if (total > l.left) {
      const detail = `${l.shipped} shipped${l.inReturns > 0 ? `, ${l.inReturns} in returns already` : ''}${l.refunded > 0 ? `, ${l.refunded} refunded` : ''}`;
      return void issues.push({ field: `lines[${i}].quantity`, message: `only ${l.left} ${l.left === 1 ? 'unit' : 'units'} of ${r.sku} can be returned (${detail})${total > r.quantity ? `; this request asks for ${total} in all` : ''}` });
    }
    checked.push({ ...r, position: l.position, warehouse: l.warehouse });
  });
  if (issues.length > 0) return fail('RETURN_NOT_RETURNABLE', issues.map((u) => `${u.field}: ${u.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok(checked);
}

/** A return's line as receiving sees it: the units asked for, with their reason. */
export type ReturnLineForReceipt = { index: number; sku: string; quantity: number; reason: ReturnReason };
export type ReceivedLine = { index: number; sku: string; received: number; restocked: number };

/**
 * What came back, spread over the return's lines: each SKU one of the return's
 * (`lines[i].sku`), no more units of a SKU than the return asked for (`lines[i].quantity`).
 * `everything` receives every unit, restocked unless its reason is `damaged`.
 */
export function checkReceivedLines(returnLines: readonly ReturnLineForReceipt[], input: readonly ReceivedLineInput[] | 'everything'): Result<ReceivedLine[], 'VALIDATION_FAILED' | 'RETURN_NOT_RETURNABLE'> {
  if (input === 'everything') return ok(returnLines.map((l) => ({ index: l.index, sku: l.sku, received: l.quantity, restocked: l.reason === 'damaged' ? 0 : l.quantity })));
  const issues: FieldIssue[] = [];
  const out = new Map(returnLines.map((l) => [l.index, { index: l.index, sku: l.sku, received: 0, restocked: 0 }]));
  input.forEach((x, i) => {
    const of = returnLines.filter((l) => l.sku === x.sku);
    if (of.length === 0) return void issues.push({ field: `lines[${i}].sku`, message: `${x.sku} is not in this return` });
    let units = x.quantity;
    // Units of a SKU fill its return lines in order (a SKU asked for twice, with two reasons).
    for (const l of of) {
      const row = out.get(l.index)!;
      const take = Math.min(units, l.quantity - row.received);
      row.received += take;
      if (x.restock) row.restocked += take;
      units -= take;
    }
    if (units > 0) {
      const asked = of.reduce((n, l) => n + l.quantity, 0);
      issues.push({ field: `lines[${i}].quantity`, message: `the return asked for ${asked} ${asked === 1 ? 'unit' : 'units'} of ${x.sku}; more cannot be received on it` });
    }
  });
  if (issues.length > 0) return fail(issues.some((i) => i.field.endsWith('.sku')) ? 'VALIDATION_FAILED' : 'RETURN_NOT_RETURNABLE', issues.map((u) => `${u.field}: ${u.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok([...out.values()]);
}
