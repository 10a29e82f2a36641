import { nextPageCursor, readCursor } from '../../core/pagination/cursor.js';
import { amountOf, type Amount } from '../../core/reports/amounts.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { createSalesReportRepository } from '../../db/repositories/sales-report-repository.js';
import type { Deps } from '../deps.js';
import { addDays, readDashboardRange } from './dashboard-range.js';

export type SalesOrder = {
  number: string;
  market: string;
  country: string;
  currency: string;
  incoterm: string;
  status: string;
  paidAt: string;
  goods: Amount;
  discount: Amount;
  shipping: Amount;
  duties: Amount;
  taxes: Amount;
  fees: Amount;
  total: Amount;
  refunded: Amount;
  net: Amount;
  /** Where it was sold: storefront, a marketplace id (amazon, ebay) or b2b; and the marketplace's own order id. */
  salesChannel: string;
  channelOrderId: string | null;
};

export type SalesOrdersPage = { from: string; to: string; timeZone: 'UTC'; filter: { market: string | null; currency: string | null; country: string | null; channel: string | null }; items: SalesOrder[]; nextCursor: string | null };

export type SalesOrdersQuery = { from?: unknown; to?: unknown; market?: unknown; currency?: unknown; country?: unknown; channel?: unknown; limit?: unknown; cursor?: unknown };

/**
 * The orders behind a figure of the sales dashboard: the orders paid from `from` to `to` (UTC days,
 * both included; default the last 30 days), of one market, currency or destination country when
 * named (or of one sales channel: storefront, a marketplace, b2b), oldest payment first, with what each charged, refunded and keeps (net). A page at a time
 * (`limit` 1 to 500, default 100; `cursor` from the previous page), or all of them for CSV (`all`).
 *
 * @example listSalesOrders(deps, { market: 'eu', currency: 'EUR', from: '2026-11-01', to: '2026-11-30' })
 */
export async function listSalesOrders(deps: Pick<Deps, 'database' | 'clock'>, query: SalesOrdersQuery, options: { all?: boolean } = {}): Promise<Result<SalesOrdersPage, 'VALIDATION_FAILED'>> {
  const issues: FieldIssue[] = [];
  const range = readDashboardRange(query, deps.clock().toISOString().slice(0, 10));
  if (!range.ok) issues.push(...(range.details ?? [{ field: range.field ?? 'from', message: range.message }]));
  const text = (field: 'market' | 'currency' | 'country' | 'channel', pattern: RegExp, message: string): string | undefined => {
    const v = query[field];
    if (v === undefined || v === '') return undefined;
    if (typeof v === 'string' && pattern.test(v)) return v;
    issues.push({ field, message });
    return undefined;
  };
  const market = text('market', /^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a market id such as eu');
  const currency = text('currency', /^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as EUR');
  const country = text('country', /^[A-Z]{2}$/, 'must be a country code of two capital letters, such as DE');
  const channel = text('channel', /^[a-z][a-z0-9_-]{1,31}$/, 'must be a sales channel such as storefront, amazon, ebay or b2b');
  let limit = 100;
  if (query.limit !== undefined && query.limit !== '') {
    const n = typeof query.limit === 'number' ? query.limit : typeof query.limit === 'string' && /^\d{1,3}$/.test(query.limit) ? Number(query.limit) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 500) issues.push({ field: 'limit', message: 'must be a whole number from 1 to 500' });
    else limit = n;
  }
  const after = readCursor(query.cursor === '' ? undefined : query.cursor, issues);
  if (issues.length > 0 || !range.ok) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });

  const all = options.all === true;
  const found = await createSalesReportRepository(deps.database.orm).paidOrders(
    { start: new Date(`${range.value.from}T00:00:00.000Z`), end: new Date(`${addDays(range.value.to, 1)}T00:00:00.000Z`), ...(market ? { market } : {}), ...(currency ? { currency } : {}), ...(country ? { country } : {}), ...(channel ? { channel } : {}) },
    { limit: all ? null : limit, ...(after && !all ? { after } : {}) },
  );
  const page = all ? found : found.slice(0, limit);
  return ok({
    from: range.value.from,
    to: range.value.to,
    timeZone: 'UTC',
    filter: { market: market ?? null, currency: currency ?? null, country: country ?? null, channel: channel ?? null },
    items: page.map((o) => {
      const m = (v: string) => amountOf(BigInt(v), o.currency);
      return {
        number: o.number,
        market: o.market,
        country: o.country,
        currency: o.currency,
        incoterm: o.incoterm,
        status: o.status,
        paidAt: o.paidAt.toISOString(),
        goods: m(o.goods),
        discount: m(o.discount),
        shipping: m(o.shipping),
        duties: m(o.duties),
        taxes: m(o.taxes),
        fees: m(o.fees),
        total: m(o.total),
        refunded: m(o.refunded),
        net: amountOf(BigInt(o.total) - BigInt(o.refunded), o.currency),
        salesChannel: o.salesChannel,
        channelOrderId: o.channelOrderId,
      };
    }),
    nextCursor: all ? null : nextPageCursor(found.map((o) => ({ createdAt: o.paidAt, id: o.id })), limit),
  });
}
