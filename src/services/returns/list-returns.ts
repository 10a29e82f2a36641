import { nextPageCursor, readPageInput } from '../../core/pagination/cursor.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { isReturnStatus, RETURN_STATUSES } from '../../core/returns/return-status.js';
import { getOrder } from '../orders/order-operations.js';
import { findReturn, returnRepository, type ReturnDeps } from './return-support.js';
import { syncReturnTracking } from './return-tracking.js';
import { toReturnView, type ReturnView } from './return-view.js';

/** Returns, newest first, a page at a time, optionally in one status (`?status=received`). */
export async function listReturns(deps: ReturnDeps, query: { limit?: unknown; cursor?: unknown; status?: unknown; order?: unknown }): Promise<Result<{ items: ReturnView[]; nextCursor: string | null }, 'VALIDATION_FAILED' | 'ORDER_NOT_FOUND'>> {
  const issues: FieldIssue[] = [];
  const page = readPageInput(query, issues);
  if (query.status !== undefined && !isReturnStatus(query.status)) issues.push({ field: 'status', message: `must be one of ${RETURN_STATUSES.join(', ')}` });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  if (typeof query.order === 'string') {
    // The returns of one order (the order page links them), oldest first, in one page.
    const o = await getOrder(deps, query.order);
    if (!o.ok) return o;
    const all = await returnRepository(deps).ofOrder(o.value.id, o.value.number);
    return ok({ items: all.filter((r) => query.status === undefined || r.status === query.status).map((r) => toReturnView(r, o.value.currency)), nextCursor: null });
  }
  const rows = await returnRepository(deps).list(typeof query.status === 'string' ? { status: query.status } : {}, { limit: page.limit + 1, ...(page.after ? { after: page.after } : {}) });
  const currencies = new Map<string, string>();
  const items: ReturnView[] = [];
  for (const r of rows.slice(0, page.limit)) {
    if (!currencies.has(r.orderId)) currencies.set(r.orderId, (await deps.orders.byId(r.orderId))!.currency);
    items.push(toReturnView(r, currencies.get(r.orderId)!));
  }
  return ok({ items, nextCursor: nextPageCursor(rows, page.limit) });
}

/** One return for the operator; with a return label, its tracking is read from the carrier first (which may move it to in_transit). */
export async function getReturn(deps: ReturnDeps, id: string): Promise<Result<ReturnView, 'RETURN_NOT_FOUND'>> {
  const found = await findReturn(deps, id);
  if (!found.ok) return found;
  const tracking = await syncReturnTracking(deps, found.value);
  const fresh = tracking.moved ? (await findReturn(deps, id)) : found;
  if (!fresh.ok) return fresh;
  const o = (await deps.orders.byId(fresh.value.orderId))!;
  return ok({ ...toReturnView(fresh.value, o.currency), ...(tracking.events ? { tracking: tracking.events } : {}) });
}
