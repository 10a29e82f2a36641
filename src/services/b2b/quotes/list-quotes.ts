import { isQuoteStatus, QUOTE_STATUSES } from '../../../core/b2b/quote-status.js';
import { isUuid } from '../../../core/ids/uuid.js';
import { nextPageCursor, readPageInput } from '../../../core/pagination/cursor.js';
import { fail, ok, type FieldIssue, type Result } from '../../../core/result/result.js';
import { today, type QuoteServiceDeps } from './quote-deps.js';
import { toQuoteView, type QuoteView } from './quote-view.js';

/**
 * Quotes, newest first, a page at a time; `?companyId=` for one company's, `?status=` for those
 * stored in one status (`expired` lists the draft and sent quotes past their validity).
 */
export async function listQuotes(deps: QuoteServiceDeps, query: { limit?: unknown; cursor?: unknown; companyId?: unknown; status?: unknown }): Promise<Result<{ items: QuoteView[]; nextCursor: string | null }, 'VALIDATION_FAILED'>> {
  const issues: FieldIssue[] = [];
  const page = readPageInput(query, issues);
  if (query.companyId !== undefined && !isUuid(query.companyId)) issues.push({ field: 'companyId', message: 'must be a company id (UUID)' });
  if (query.status !== undefined && !isQuoteStatus(query.status)) issues.push({ field: 'status', message: `must be one of ${QUOTE_STATUSES.join(', ')}` });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const day = today(deps);
  const wanted = query.status as string | undefined;
  const items: QuoteView[] = [];
  const names = new Map<string, { name: string; country: string } | undefined>();
  let after = page.after;
  let nextCursor: string | null = null;
  // `expired` is read, not stored: scan draft and sent quotes and keep those past their day.
  for (let scanned = 0; scanned < 20; scanned++) {
    const rows = await deps.distributorQuotes.list({ ...(typeof query.companyId === 'string' ? { companyId: query.companyId } : {}), ...(wanted && wanted !== 'expired' ? { status: wanted } : {}) }, { limit: page.limit + 1, ...(after ? { after } : {}) });
    for (const row of rows.slice(0, page.limit)) {
      if (!names.has(row.companyId)) names.set(row.companyId, await deps.companies.get(row.companyId));
      const view = toQuoteView(row, day, { company: names.get(row.companyId) });
      if (wanted === undefined || view.status === wanted) items.push(view);
    }
    nextCursor = nextPageCursor(rows, page.limit);
    const last = rows[Math.min(rows.length, page.limit) - 1];
    if (items.length > 0 || nextCursor === null || !last) break;
    after = { createdAt: last.createdAt, id: last.id };
  }
  return ok({ items, nextCursor });
}
