import type { EmailOverrides, EmailRenderer, RenderedEmail, SupportReplyRenderer } from '../../core/notifications/email-view.js';
import { conversationReplyTo } from '../../core/support/mail-threading.js';
import { createSupportRepository } from '../../db/repositories/support-repository.js';
import { retryDelayMs } from '../../core/webhooks/retry-schedule.js';
import { EMAIL_STALE_AFTER_MS } from '../../data/notifications/email-kinds.js';
import { createEmailRepository, type EmailRow } from '../../db/repositories/email-repository.js';
import type { OrderView } from '../orders/order-view.js';
import type { EmailDataDeps } from './email-view-data.js';
import { emailViewOf } from './email-view-data.js';
import { quoteEmailView } from '../b2b/quotes/buyer-quote-email.js';
import type { MailTransport } from './mail-transport.js';

export type MailerOptions = {
  transport: MailTransport;
  from: { name: string | null; address: string };
  replyTo?: string;
  publicUrl: () => string;
  render: EmailRenderer;
  renderReply: SupportReplyRenderer;
  /** Emails taken per run (default 20). */
  limit?: number;
  /** How long a claimed email is held before another worker may take it (default 120 s). */
  leaseMs?: number;
};

export type SendOutcome = { attempted: number; sent: number; retrying: number; failed: number; skipped: number };

/**
 * Send the buyers' emails that are due. Each is worded when it is sent, from the order as it is
 * then, in the buyer's language with the merchant's wording; the SMTP server's answer decides:
 * accepted is sent; a 5xx refusal fails it for good; anything else (4xx, no connection) tries again
 * on the retry schedule, then fails. Some emails are skipped with the reason instead: too late to
 * be useful, the order cancelled before its confirmation went, a payment the confirmation already
 * reported. A retry after a send that was not recorded (the process died) carries the same
 * Message-ID, by which receiving systems drop the copy.
 */
export async function sendDueEmails(deps: EmailDataDeps, options: MailerOptions): Promise<SendOutcome> {
  const emails = createEmailRepository(deps.database.orm);
  const now = deps.clock();
  const claimed = await emails.claimDue(now, options.limit ?? 20, options.leaseMs ?? 120_000, options.from.address.split('@')[1]!);
  const outcome: SendOutcome = { attempted: claimed.length, sent: 0, retrying: 0, failed: 0, skipped: 0 };
  if (claimed.length === 0) return outcome;
  const overrides = await overridesByLocale(deps);
  for (const row of claimed) {
    const prepared = row.kind === 'support_reply' ? await supportReplyMail(deps, row, options) : row.kind === 'quote_sent' ? await quoteMail(deps, row, options, now, overrides) : await orderMail(deps, row, options, now, overrides, emails);
    if ('skip' in prepared) {
      await emails.skip(row.id, prepared.skip);
      outcome.skipped++;
      continue;
    }
    const { rendered, headers, replyTo } = prepared;
    const sent = await options.transport.send({
      from: options.from,
      to: row.toAddress,
      ...(replyTo ? { replyTo } : {}),
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      messageId: row.messageId!,
      // A person's answer is not marked automatic (mail programs would hide or not answer it).
      headers: { 'Content-Language': row.locale, ...(row.kind === 'support_reply' ? {} : { 'Auto-Submitted': 'auto-generated' }), 'X-Landfall-Email': row.kind, ...headers },
    });
    const at = deps.clock();
    if (sent.ok) {
      await emails.recordAttempt(row.id, { at, sent: true, subjectLine: rendered.subject, response: sent.response });
      outcome.sent++;
      continue;
    }
    const delay = sent.permanent ? undefined : retryDelayMs(row.attempts + 1);
    await emails.recordAttempt(row.id, { at, sent: false, error: sent.error, retryAt: delay === undefined ? undefined : new Date(at.getTime() + delay) });
    if (delay === undefined) outcome.failed++;
    else outcome.retrying++;
  }
  return outcome;
}

type PreparedMail = { rendered: RenderedEmail; headers: Record<string, string>; replyTo: string | undefined } | { skip: string };

/** An order email worded from the order as it is now, or why it should not go. */
async function orderMail(deps: EmailDataDeps, row: EmailRow, options: MailerOptions, now: Date, overrides: EmailOverrides, emails: ReturnType<typeof createEmailRepository>): Promise<PreparedMail> {
  const skip = await reasonToSkip(deps, row, now);
  if (skip !== undefined) return { skip };
  const built = await emailViewOf(deps, row, options.publicUrl());
  if (!built.ok) return { skip: built.message };
  const reported = paymentAlreadyReported(row, built.value.order, await emails.ofKind(row.orderId!, 'order_confirmation'));
  if (reported) return { skip: reported };
  return { rendered: options.render(built.value.view, overrides), headers: {}, replyTo: options.replyTo };
}

/** A distributor's quote with its link, worded from the quote as it is now, or why it should not go. */
async function quoteMail(deps: EmailDataDeps, row: EmailRow, options: MailerOptions, now: Date, overrides: EmailOverrides): Promise<PreparedMail> {
  const skip = await reasonToSkip(deps, row, now);
  if (skip !== undefined) return { skip };
  const built = await quoteEmailView(deps, row, options.publicUrl());
  if (!built.ok) return { skip: built.message };
  return { rendered: options.render(built.value, overrides), headers: {}, replyTo: options.replyTo };
}

/**
 * A support team's answer: threaded under the buyer's last message (In-Reply-To, References), with
 * a reply-to address that carries the conversation's token so that the buyer's answer comes back
 * to the same conversation.
 */
async function supportReplyMail(deps: EmailDataDeps, row: EmailRow, options: MailerOptions): Promise<PreparedMail> {
  const repo = createSupportRepository(deps.database.orm);
  const conversation = row.about.conversation ? await repo.conversation(row.about.conversation) : undefined;
  const message = row.about.message ? await repo.message(row.about.message) : undefined;
  if (!conversation || !message) return { skip: 'the conversation or its message no longer exists' };
  const earlier = (await repo.messages(conversation.id)).filter((m) => m.createdAt.getTime() <= message.createdAt.getTime() && m.id !== message.id && m.direction !== 'note');
  const sentIds = new Map<string, string>();
  for (const m of earlier) {
    const e = m.emailId ? await createEmailRepository(deps.database.orm).byId(m.emailId) : undefined;
    if (e?.messageId) sentIds.set(m.id, e.messageId);
  }
  const ids = earlier.flatMap((m) => (m.direction === 'inbound' ? (m.messageId ? [m.messageId] : []) : sentIds.has(m.id) ? [sentIds.get(m.id)!] : []));
  const lastInbound = earlier.filter((m) => m.direction === 'inbound').at(-1);
  const store = await deps.store.get();
  const rendered = options.renderReply({
    locale: row.locale,
    country: conversation.country,
    store: { name: store?.name ?? 'Landfall' },
    subject: conversation.subject,
    text: message.body,
    author: message.author,
    quoted: lastInbound ? { at: lastInbound.createdAt.toISOString(), text: lastInbound.body.slice(0, 5000) } : null,
  });
  const references = ids.slice(-20);
  const headers: Record<string, string> = references.length > 0 ? { 'In-Reply-To': lastInbound?.messageId ?? references.at(-1)!, References: references.join(' ') } : {};
  return { rendered, headers, replyTo: conversationReplyTo(options.replyTo ?? options.from.address, conversation.token) };
}

/** Why an email should not go, judged before it is worded; undefined when it should. */
async function reasonToSkip(deps: EmailDataDeps, row: EmailRow, now: Date): Promise<string | undefined> {
  if (now.getTime() - row.createdAt.getTime() > EMAIL_STALE_AFTER_MS) return `not sent within ${EMAIL_STALE_AFTER_MS / 86_400_000} days of its event: too late to be useful`;
  if (row.kind === 'order_confirmation' && row.orderId) {
    const o = await deps.orders.byId(row.orderId);
    if (o && o.cancelledAt !== null && o.paidAt === null) return 'the order was cancelled unpaid before its confirmation was sent';
  }
  return undefined;
}

/**
 * A payment email is not needed when the confirmation says the order is paid: it was sent after
 * the payment, or it has not gone yet (it is worded when sent, so it will). A card payment at
 * checkout therefore makes one email, a bank transfer paid days later two.
 */
function paymentAlreadyReported(row: EmailRow, order: OrderView, confirmations: EmailRow[]): string | undefined {
  if (row.kind !== 'payment_received' || order.paidAt === null) return undefined;
  const paidAt = Date.parse(order.paidAt);
  if (confirmations.some((c) => c.status === 'pending')) return 'the order confirmation, not sent yet, will say the order is paid';
  return confirmations.some((c) => c.status === 'sent' && c.sentAt !== null && c.sentAt.getTime() >= paidAt) ? 'the order confirmation already said the order was paid' : undefined;
}

/** The merchant's wording, per locale: message key -> ICU text. */
export async function overridesByLocale(deps: Pick<EmailDataDeps, 'database'>): Promise<Map<string, Map<string, string>>> {
  const byLocale = new Map<string, Map<string, string>>();
  for (const o of await createEmailRepository(deps.database.orm).overrides()) {
    if (!byLocale.has(o.locale)) byLocale.set(o.locale, new Map());
    byLocale.get(o.locale)!.set(o.key, o.message);
  }
  return byLocale;
}
