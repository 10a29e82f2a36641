import { amountOf } from '../../core/reports/amounts.js';
import { toCsv } from '../../core/reports/csv.js';
import { AGING_BUCKETS } from './receivables-aging.js';
import type { ReceivablesAnswer } from './receivables.js';

/**
 * The receivables report as CSV (RFC 4180, formula-injection safe, src/core/reports/csv.ts): one
 * `order` record per open order (its open amount in its bucket's column), one `company` record per
 * company and currency, and one `total` record per currency. Amounts are decimal strings in their
 * currency, never summed across currencies.
 */
export function receivablesCsv(r: ReceivablesAnswer): string {
  const header = ['record', 'as_of', 'company_id', 'company', 'country', 'order', 'ordered_on', 'payment_terms', 'due_on', 'days_overdue', 'currency', 'orders', 'total', 'received', 'open', ...AGING_BUCKETS.map((b) => `open_${b}`)];
  const records = r.companies.flatMap((c) => [
    ...c.orders.map((o) => ['order', r.asOf, c.companyId, c.name, c.country, o.order, o.orderedOn, o.paymentTerms, o.dueOn, o.daysOverdue, o.open.currency, 1, o.total.amount, o.received.amount, o.open.amount, ...AGING_BUCKETS.map((b) => (b === o.bucket ? o.open.amount : amountOf(0n, o.open.currency).amount))]),
    ...c.totals.map((t) => ['company', r.asOf, c.companyId, c.name, c.country, null, null, null, null, null, t.currency, t.orders, t.total.amount, t.received.amount, t.open.amount, ...AGING_BUCKETS.map((b) => t.buckets[b].amount)]),
  ]);
  const totals = r.totals.map((t) => ['total', r.asOf, null, null, null, null, null, null, null, null, t.currency, t.orders, t.total.amount, t.received.amount, t.open.amount, ...AGING_BUCKETS.map((b) => t.buckets[b].amount)]);
  return toCsv(header, [...records, ...totals]);
}
