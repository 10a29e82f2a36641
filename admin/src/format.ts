/** How the admin writes amounts, dates and statuses. Amounts stay the API's exact decimal strings. */
import type { Money } from './api-types.js';

/** "EUR 1,234.50": the currency code (unambiguous across markets) and the API's amount with thousands separators. */
export function formatMoney(m: Money | null | undefined): string {
  if (!m) return '—';
  return `${m.currency} ${groupDigits(m.amount)}`;
}

/** "1234567.89" -> "1,234,567.89", exactly (no float in between). */
export function groupDigits(amount: string): string {
  const negative = amount.startsWith('-');
  const [whole = '', fraction] = (negative ? amount.slice(1) : amount).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** An amount string as integer minor units: "147.49" -> 14749, "58239" -> 58239 (no float rounding). */
export function toMinor(amount: string): number {
  const negative = amount.startsWith('-');
  const digits = (negative ? amount.slice(1) : amount).replace('.', '');
  const value = Number(digits);
  return negative ? -value : value;
}

/** "2026-11-27 09:00 UTC": operators in several time zones read the same time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const STATUS_WORDS: Record<string, string> = {
  pending_payment: 'Awaiting payment',
  paid: 'Paid',
  partially_fulfilled: 'Partly shipped',
  fulfilled: 'Shipped',
  delivered: 'Delivered',
  partially_refunded: 'Partly refunded',
  refunded: 'Refunded',
  cancelled: 'Cancelled',
  planned: 'Planned',
  labelled: 'Label bought',
  shipped: 'Shipped',
  returned: 'Returned',
};

/** An order or shipment status in words ("partially_refunded" -> "Partly refunded"). */
export function statusWords(status: string): string {
  return STATUS_WORDS[status] ?? status.replace(/_/g, ' ');
}

/** A random key for one intended operation (Idempotency-Key); works outside secure contexts too. */
export function newIdempotencyKey(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Today as YYYY-MM-DD in UTC. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
