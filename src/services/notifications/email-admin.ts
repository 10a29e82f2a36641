import type { EmailView } from '../../core/notifications/email-view.js';
import { parseOrderNumber } from '../../core/orders/order-number.js';
import { nextPageCursor, readPageInput } from '../../core/pagination/cursor.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { EMAIL_KIND_NAMES } from '../../data/notifications/email-kinds.js';

export { EMAIL_KIND_NAMES };
import { createEmailRepository, type EmailRow, type TemplateOverrideRow } from '../../db/repositories/email-repository.js';
import { returnsOfOrder } from '../returns/request-return.js';
import type { EmailDataDeps } from './email-view-data.js';
import { emailViewOf } from './email-view-data.js';

export const EMAIL_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;

export type EmailListView = {
  id: string;
  kind: string;
  order: string | null;
  to: string;
  locale: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  skippedReason: string | null;
  subject: string | null;
  messageId: string | null;
  smtpResponse: string | null;
  sentAt: string | null;
  createdAt: string;
};

function toView(row: EmailRow, numbers: ReadonlyMap<string, string>): EmailListView {
  return {
    id: row.id,
    kind: row.kind,
    order: row.orderId ? (numbers.get(row.orderId) ?? null) : null,
    to: row.toAddress,
    locale: row.locale,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    lastError: row.lastError,
    skippedReason: row.skippedReason,
    subject: row.subjectLine,
    messageId: row.messageId,
    smtpResponse: row.smtpResponse,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function orderNumbers(deps: EmailDataDeps, rows: EmailRow[]): Promise<Map<string, string>> {
  return deps.orders.numbersOf([...new Set(rows.flatMap((r) => (r.orderId ? [r.orderId] : [])))]);
}

/** Buyers' emails newest first, filtered by status, kind or order number, a page at a time. */
export async function listEmails(deps: EmailDataDeps, query: { status?: unknown; kind?: unknown; order?: unknown; limit?: unknown; cursor?: unknown }): Promise<Result<{ items: EmailListView[]; nextCursor: string | null }, 'VALIDATION_FAILED' | 'ORDER_NOT_FOUND'>> {
  const issues: FieldIssue[] = [];
  const page = readPageInput(query, issues);
  const { status, kind, order } = query;
  if (status !== undefined && !(EMAIL_STATUSES as readonly unknown[]).includes(status)) issues.push({ field: 'status', message: `must be one of ${EMAIL_STATUSES.join(', ')}` });
  if (kind !== undefined && !(EMAIL_KIND_NAMES as readonly unknown[]).includes(kind)) issues.push({ field: 'kind', message: `must be one of ${EMAIL_KIND_NAMES.join(', ')}` });
  const number = order === undefined ? undefined : parseOrderNumber(order);
  if (number && !number.ok) issues.push({ field: 'order', message: number.message });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  let orderId: string | undefined;
  if (number?.ok) {
    const o = await deps.orders.byNumber(number.value.number);
    if (!o) return fail('ORDER_NOT_FOUND', `no order ${number.value.number}`, { field: 'order' });
    orderId = o.id;
  }
  const rows = await createEmailRepository(deps.database.orm).list({ ...(typeof status === 'string' ? { status } : {}), ...(typeof kind === 'string' ? { kind } : {}), ...(orderId ? { orderId } : {}) }, { limit: page.limit + 1, ...(page.after ? { after: page.after } : {}) });
  const shown = rows.slice(0, page.limit);
  const numbers = await orderNumbers(deps, shown);
  return ok({ items: shown.map((r) => toView(r, numbers)), nextCursor: nextPageCursor(rows, page.limit) });
}

/** Send a failed or skipped email again now, with the same Message-ID. */
export async function resendEmail(deps: EmailDataDeps, id: string): Promise<Result<EmailListView, 'EMAIL_NOT_FOUND' | 'CONFLICT'>> {
  const emails = createEmailRepository(deps.database.orm);
  const row = await emails.byId(id);
  if (!row) return fail('EMAIL_NOT_FOUND', `no email ${id}`, { field: 'id' });
  const again = await emails.resend(id, deps.clock());
  if (!again) return fail('CONFLICT', `the email is ${row.status}: only a failed or skipped email is sent again`, { field: 'id' });
  return ok(toView(again, await orderNumbers(deps, [again])));
}

/** The merchant's wording, per locale. */
export async function listTemplateOverrides(deps: Pick<EmailDataDeps, 'database'>, locale?: string): Promise<TemplateOverrideRow[]> {
  return createEmailRepository(deps.database.orm).overrides(locale);
}

/** Save the merchant's wording of one message; `check` (the web layer's ICU check) refuses what cannot be shown. */
export async function putTemplateOverride(deps: Pick<EmailDataDeps, 'database' | 'clock'>, locale: string, key: string, message: unknown, check: (locale: string, key: string, message: unknown) => Result<string, 'VALIDATION_FAILED'>): Promise<Result<TemplateOverrideRow, 'VALIDATION_FAILED'>> {
  const checked = check(locale, key, message);
  if (!checked.ok) return checked;
  return ok(await createEmailRepository(deps.database.orm).putOverride(locale, key, checked.value, deps.clock()));
}

export async function deleteTemplateOverride(deps: Pick<EmailDataDeps, 'database'>, locale: string, key: string): Promise<Result<true, 'TEMPLATE_NOT_FOUND'>> {
  const gone = await createEmailRepository(deps.database.orm).deleteOverride(locale, key);
  return gone ? ok(true) : fail('TEMPLATE_NOT_FOUND', `no wording of ${key} in ${locale} to remove: the shipped text is in use`, { field: 'key' });
}

/**
 * The view of an email of `kind` about a real order, as it would be sent now: for a parcel's
 * email its first parcel, for a return's its latest return, for a refund its latest refund.
 */
export async function previewViewOfOrder(deps: EmailDataDeps, kind: string, numberText: unknown, locale: string | undefined, publicUrl: string): Promise<Result<EmailView, 'VALIDATION_FAILED' | 'ORDER_NOT_FOUND'>> {
  if (kind === 'quote_sent') return fail('VALIDATION_FAILED', "a quote's email is about no order: preview it without `order` (a made-up quote)", { field: 'order' });
  const parsed = parseOrderNumber(numberText);
  if (!parsed.ok) return fail('VALIDATION_FAILED', parsed.message, { field: 'order' });
  const o = await deps.orders.byNumber(parsed.value.number);
  if (!o) return fail('ORDER_NOT_FOUND', `no order ${parsed.value.number}`, { field: 'order' });
  const about: Record<string, string> = {};
  if (['shipped', 'customs_hold', 'delivered'].includes(kind)) {
    const s = o.shipments[0];
    if (!s) return fail('VALIDATION_FAILED', `order ${o.number} has no parcel for a ${kind} email`, { field: 'order' });
    about.shipment = s.id;
  }
  if (kind === 'return_approved' || kind === 'return_rejected') {
    const r = (await returnsOfOrder(deps, o.id)).items.at(-1);
    if (!r) return fail('VALIDATION_FAILED', `order ${o.number} has no return for a ${kind} email`, { field: 'order' });
    about.return = r.id;
  }
  const built = await emailViewOf(deps, { kind, orderId: o.id, about, eventId: null, locale: locale ?? o.locale ?? 'en', toAddress: o.email }, publicUrl);
  if (!built.ok) return fail('VALIDATION_FAILED', `order ${o.number} cannot show a ${kind} email: ${built.message}`, { field: 'order' });
  return ok(built.value.view);
}
