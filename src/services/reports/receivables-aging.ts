import { daysBetween } from '../../core/calendar/iso-date.js';

/**
 * The aging buckets of a receivables report, by days past the due date on the report's day:
 * `current` (not due yet, due that day, or a prepayment order, which has no due date: its goods
 * wait for the money), then 1-30, 31-60, 61-90 and over 90 days overdue, the usual accounts
 * receivable aging bands.
 */
export const AGING_BUCKETS = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/**
 * Whole days `asOf` is past `dueOn` (0 when not yet due or when there is no due date), both YYYY-MM-DD.
 * @example daysOverdue('2026-12-27', '2027-01-10') // 14
 */
export function daysOverdue(dueOn: string | null, asOf: string): number {
  return dueOn === null ? 0 : Math.max(0, daysBetween(dueOn, asOf));
}

/** @example agingBucket(0) // 'current'; agingBucket(30) // 'days1to30'; agingBucket(91) // 'over90' */
export function agingBucket(days: number): AgingBucket {
  if (days <= 0) return 'current';
  if (days <= 30) return 'days1to30';
  if (days <= 60) return 'days31to60';
  if (days <= 90) return 'days61to90';
  return 'over90';
}

/** Open amounts (minor units) per bucket of one currency, and their sum. */
export type BucketSums = { currency: string; orders: number; total: bigint; received: bigint; open: bigint; buckets: Record<AgingBucket, bigint> };

/**
 * Add open invoices into per-currency sums, never across currencies: each currency's buckets sum
 * to its `open`. Currencies in code order.
 * @example sumByCurrency([{ currency: 'EUR', total: 100n, received: 40n, open: 60n, bucket: 'current' }])
 */
export function sumByCurrency(items: ReadonlyArray<{ currency: string; total: bigint; received: bigint; open: bigint; bucket: AgingBucket }>): BucketSums[] {
  const by = new Map<string, BucketSums>();
  for (const i of items) {
    let s = by.get(i.currency);
    if (!s) {
      s = { currency: i.currency, orders: 0, total: 0n, received: 0n, open: 0n, buckets: { current: 0n, days1to30: 0n, days31to60: 0n, days61to90: 0n, over90: 0n } };
      by.set(i.currency, s);
    }
    s.orders += 1;
    s.total += i.total;
    s.received += i.received;
    s.open += i.open;
    s.buckets[i.bucket] += i.open;
  }
  return [...by.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}
