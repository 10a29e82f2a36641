import { fail, ok, type Result } from '../../core/result/result.js';
import { parseReturnRequest } from '../../core/returns/return-input.js';
import { checkReturnLines, returnableLines } from '../../core/returns/returnable.js';
import { lookUpOrder } from '../orders/order-operations.js';
import { appendReturnEvent, inReturnTransaction, returnableOrderOf, returnRepository, type ReturnDeps } from './return-support.js';
import { toBuyerReturnView, type BuyerReturnView } from './return-view.js';

export type RequestReturnFailure = 'VALIDATION_FAILED' | 'ORDER_NOT_FOUND' | 'ORDER_STATE_CONFLICT' | 'RETURN_NOT_RETURNABLE';

/**
 * A buyer asks to return lines of their order: `{ email, lines: [{ sku, quantity, reason, note? }] }`.
 * The email must be the order's (a wrong one answers like an unknown order, as the order lookup
 * does). Refused, changing nothing: an order not paid, cancelled, fully refunded or with nothing
 * shipped (ORDER_STATE_CONFLICT, field status); a SKU not in the order (VALIDATION_FAILED); a line
 * not shipped, more units than are left to return, lines from two warehouses
 * (RETURN_NOT_RETURNABLE, naming the line). In one transaction, with the order locked so that two
 * requests cannot both take the last unit: the return and its lines are stored and
 * `return.requested` is appended.
 */
export async function requestReturn(deps: ReturnDeps, numberText: string, input: unknown): Promise<Result<BuyerReturnView, RequestReturnFailure>> {
  const parsed = parseReturnRequest(input);
  if (!parsed.ok) return parsed;
  const found = await lookUpOrder(deps, numberText, parsed.value.email);
  if (!found.ok) return found;
  const at = deps.clock();
  return inReturnTransaction(deps, async (tx): Promise<Result<BuyerReturnView, RequestReturnFailure>> => {
    const o = (await tx.orders.lock({ id: found.value.id }))!;
    const refusal = orderRefusal(o);
    if (refusal) return fail('ORDER_STATE_CONFLICT', refusal, { field: 'status' });
    const existing = await tx.returns.ofOrder(o.id, o.number);
    const order = returnableOrderOf(o, existing);
    if (returnableLines(order).every((l) => l.shipped === 0)) return fail('ORDER_STATE_CONFLICT', `nothing of order ${o.number} has shipped yet; a return can be asked for once a parcel has left`, { field: 'status' });
    const checked = checkReturnLines(order, parsed.value.lines);
    if (!checked.ok) return checked;
    const saved = await tx.returns.insert(
      { orderId: o.id, warehouse: checked.value[0]!.warehouse, createdAt: at, updatedAt: at },
      checked.value.map((l, idx) => ({ idx, orderLine: l.position, sku: l.sku, quantity: l.quantity, reason: l.reason, note: l.note })),
    );
    await appendReturnEvent(tx, o, saved, 'return.requested', { status: saved.status, warehouse: saved.warehouse, lines: checked.value.map((l) => ({ sku: l.sku, quantity: l.quantity, reason: l.reason })) }, at);
    return ok(toBuyerReturnView(saved, o.currency));
  });
}

/** Why an order takes no return at all, or undefined. */
function orderRefusal(o: { number: string; paidAt: Date | null; cancelledAt: Date | null; status: string }): string | undefined {
  if (o.cancelledAt !== null) return `order ${o.number} is cancelled; it has nothing to return`;
  if (o.paidAt === null) return `order ${o.number} is not paid; it has nothing to return`;
  if (o.status === 'refunded') return `order ${o.number} has been refunded in full; it has nothing left to return`;
  return undefined;
}

/** The buyer's returns of their order (number and email, like the order lookup), oldest first. */
export async function listBuyerReturns(deps: ReturnDeps, numberText: string, email: unknown): Promise<Result<{ items: BuyerReturnView[]; returnable: Array<{ sku: string; left: number }> }, 'ORDER_NOT_FOUND' | 'VALIDATION_FAILED'>> {
  const found = await lookUpOrder(deps, numberText, email);
  if (!found.ok) return found;
  return ok(await returnsOfOrder(deps, found.value.id));
}

/** An order's returns and what is left to return per line, for an order already looked up. */
export async function returnsOfOrder(deps: ReturnDeps, orderId: string): Promise<{ items: BuyerReturnView[]; returnable: Array<{ sku: string; left: number }> }> {
  const o = (await deps.orders.byId(orderId))!;
  const returns = await returnRepository(deps).ofOrder(o.id, o.number);
  const open = o.cancelledAt === null && o.paidAt !== null && o.status !== 'refunded';
  return {
    items: returns.map((r) => toBuyerReturnView(r, o.currency)),
    returnable: returnableLines(returnableOrderOf(o, returns)).map((l) => ({ sku: l.sku, left: open ? l.left : 0 })),
  };
}
