import { sql } from 'drizzle-orm';
import { isIsoDate } from '../../core/calendar/iso-date.js';
import { addDays } from '../../core/b2b/payment-terms.js';
import { amountOf, type Amount } from '../../core/reports/amounts.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { rows } from '../../db/repositories/inventory-records.js';
import type { Deps } from '../deps.js';
import { agingBucket, AGING_BUCKETS, daysOverdue, sumByCurrency, type AgingBucket, type BucketSums } from './receivables-aging.js';

export type ReceivableOrder = {
  order: string;
  orderedOn: string;
  status: string;
  paymentTerms: string;
  /** null for prepayment: payable before the goods leave, so never overdue (bucket `current`). */
  dueOn: string | null;
  daysOverdue: number;
  bucket: AgingBucket;
  total: Amount;
  received: Amount;
  open: Amount;
};

export type CurrencyTotals = { currency: string; orders: number; total: Amount; received: Amount; open: Amount; buckets: Record<AgingBucket, Amount> };

export type ReceivablesAnswer = {
  asOf: string;
  timeZone: 'UTC';
  buckets: readonly AgingBucket[];
  companies: Array<{ companyId: string | null; name: string; country: string | null; orders: ReceivableOrder[]; totals: CurrencyTotals[] }>;
  totals: CurrencyTotals[];
};

type Row = { number: string; companyId: string | null; companyName: string | null; companyCountry: string | null; currency: string; total: string; received: string; terms: string; dueOn: string | null; createdAt: string; status: string };

const totalsOf = (sums: BucketSums[]): CurrencyTotals[] =>
  sums.map((s) => ({ currency: s.currency, orders: s.orders, total: amountOf(s.total, s.currency), received: amountOf(s.received, s.currency), open: amountOf(s.open, s.currency), buckets: Object.fromEntries(AGING_BUCKETS.map((b) => [b, amountOf(s.buckets[b], s.currency)])) as Record<AgingBucket, Amount> }));

/**
 * What distributors owe at the end of `asOf` (a UTC day, default today): every distributor order on
 * net terms or prepayment placed by then, neither cancelled nor paid by then, with what its bank
 * transfers received by that day (a transfer counts from the day the bank received it), aged by
 * its due date into current, 1-30, 31-60, 61-90 and over 90 days overdue. Per company, then per
 * currency (amounts are never summed across currencies). A bad `asOf` is 400 naming it.
 * @example getReceivables(deps, { asOf: '2027-01-31' })
 */
export async function getReceivables(deps: Pick<Deps, 'database' | 'clock'>, query: { asOf?: unknown }): Promise<Result<ReceivablesAnswer, 'VALIDATION_FAILED'>> {
  const asOf = query.asOf === undefined || query.asOf === '' ? deps.clock().toISOString().slice(0, 10) : query.asOf;
  if (typeof asOf !== 'string' || !isIsoDate(asOf) || asOf < '2000-01-01') return fail('VALIDATION_FAILED', 'asOf must be a day, YYYY-MM-DD (from 2000-01-01)', { field: 'asOf' });
  const end = `${addDays(asOf, 1)}T00:00:00.000Z`;
  const found = await rows<Row>(
    deps.database.orm,
    sql`select o.number, o.company_id as "companyId", c.name as "companyName", c.country as "companyCountry", o.currency, o.total_minor::text as total,
               coalesce((select sum(p.captured_minor) from payments p
                         where p.reference = o.number and p.provider = 'bank_transfer' and p.status = 'succeeded' and p.created_at < ${end}::timestamptz), 0)::text as received,
               o.payment_terms as terms, o.payment_due_on::text as "dueOn", to_char(o.created_at at time zone 'UTC', 'YYYY-MM-DD') as "createdAt", o.status
          from orders o left join companies c on c.id = o.company_id
         where o.sales_channel = 'b2b' and o.payment_terms is not null and o.created_at < ${end}::timestamptz
           and (o.cancelled_at is null or o.cancelled_at >= ${end}::timestamptz)
           and (o.paid_at is null or o.paid_at >= ${end}::timestamptz)
         order by c.name nulls last, o.company_id, o.payment_due_on nulls last, o.created_at, o.number`,
  );
  const open = found.map((r) => ({ r, total: BigInt(r.total), received: BigInt(r.received) })).filter((x) => x.received < x.total);
  const byCompany = new Map<string, typeof open>();
  for (const x of open) {
    const key = x.r.companyId ?? '';
    byCompany.set(key, [...(byCompany.get(key) ?? []), x]);
  }
  const aged = (x: (typeof open)[number]) => {
    const days = daysOverdue(x.r.dueOn, asOf);
    return { ...x, days, bucket: agingBucket(days), open: x.total - x.received };
  };
  const companies = [...byCompany.values()].map((items) => {
    const first = items[0]!.r;
    const orders = items.map(aged);
    return {
      companyId: first.companyId,
      name: first.companyName ?? '(company removed)',
      country: first.companyCountry,
      orders: orders.map((o) => ({ order: o.r.number, orderedOn: o.r.createdAt, status: o.r.status, paymentTerms: o.r.terms, dueOn: o.r.dueOn, daysOverdue: o.days, bucket: o.bucket, total: amountOf(o.total, o.r.currency), received: amountOf(o.received, o.r.currency), open: amountOf(o.open, o.r.currency) })),
      totals: totalsOf(sumByCurrency(orders.map((o) => ({ currency: o.r.currency, total: o.total, received: o.received, open: o.open, bucket: o.bucket })))),
    };
  });
  const all = open.map(aged);
  return ok({ asOf, timeZone: 'UTC', buckets: AGING_BUCKETS, companies, totals: totalsOf(sumByCurrency(all.map((o) => ({ currency: o.r.currency, total: o.total, received: o.received, open: o.open, bucket: o.bucket })))) });
}
