import { COMPANY_STATUSES } from '../../../core/b2b/company-input.js';
import { isCountry } from '../../../core/geo/countries.js';
import { nextPageCursor, readPageInput, type Page } from '../../../core/pagination/cursor.js';
import { fail, ok, type FieldIssue, type Result } from '../../../core/result/result.js';
import type { Deps } from '../../deps.js';
import { toCompanySummary, type CompanySummaryView } from './company-view.js';

export type CompanyListQuery = { q?: unknown; country?: unknown; status?: unknown; priceList?: unknown; limit?: unknown; cursor?: unknown };

/**
 * Companies, newest first, a page at a time (keyset over createdAt, id). `q` finds a name, email,
 * tax number or EORI containing it; `country`, `status` and `priceList` filter.
 */
export async function listCompanies(deps: Pick<Deps, 'companies'>, query: CompanyListQuery): Promise<Result<Page<CompanySummaryView>, 'VALIDATION_FAILED'>> {
  const issues: FieldIssue[] = [];
  const page = readPageInput(query, issues);
  const { q, country, status, priceList } = query;
  if (q !== undefined && (typeof q !== 'string' || q.trim().length < 1 || q.length > 100)) issues.push({ field: 'q', message: 'must be 1 to 100 characters' });
  if (country !== undefined && !(typeof country === 'string' && isCountry(country.toUpperCase()))) issues.push({ field: 'country', message: 'must be an ISO 3166-1 alpha-2 country code' });
  if (status !== undefined && !(COMPANY_STATUSES as readonly unknown[]).includes(status)) issues.push({ field: 'status', message: `must be one of ${COMPANY_STATUSES.join(', ')}` });
  if (priceList !== undefined && !(typeof priceList === 'string' && /^[a-z0-9][a-z0-9_-]{0,39}$/.test(priceList))) issues.push({ field: 'priceList', message: 'must be a price list code' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const rows = await deps.companies.list(
    {
      ...(typeof q === 'string' ? { q: q.trim() } : {}),
      ...(typeof country === 'string' ? { country: country.toUpperCase() } : {}),
      ...(typeof status === 'string' ? { status } : {}),
      ...(typeof priceList === 'string' ? { priceList } : {}),
    },
    { limit: page.limit + 1, ...(page.after ? { after: page.after } : {}) },
  );
  return ok({ items: rows.slice(0, page.limit).map(toCompanySummary), nextCursor: nextPageCursor(rows, page.limit) });
}
