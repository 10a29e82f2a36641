import { checkEmail } from '../checkout/cart-input.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import { boundBody, checkAttachment, htmlToText, tidyText, type AttachmentCheck } from './mail-content.js';
import { parseMessageIds } from './mail-threading.js';

/**
 * A buyer's message as every channel delivers it (the storefront's contact form, the inbound-mail
 * webhook, the SMTP receiver), before it is threaded. Limits keep a hostile sender from filling
 * the database: the body is cut at MAX_BODY_CHARS, at most MESSAGE_LIMITS.attachments attachments
 * are described (never kept: only their name, types, size and digest), and headers are bounded.
 */
export type InboundMessage = {
  channel: 'form' | 'email_webhook' | 'smtp';
  from: { address: string; name: string | null };
  to: string[];
  subject: string;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  text: string;
  truncated: boolean;
  attachments: Array<AttachmentCheck & { filename: string; size: number; sha256: string; content: Uint8Array }>;
  rawSize: number;
  /** A language the channel knows (the storefront's page language); else it is detected. */
  locale: string | null;
  /** An order number the channel was given (the contact form's field). */
  orderNumber: string | null;
  /** The market the message came through (the storefront's), when known. */
  market: string | null;
};

export const MESSAGE_LIMITS = { subjectChars: 250, nameChars: 100, recipients: 50, attachments: 20, attachmentBytes: 25 * 1024 * 1024 } as const;

/**
 * An email address as the inbox keeps it, or undefined when it is not one: the checkout's rule
 * (checkEmail), lower-cased whole so that one buyer writing as Anna@ and anna@ is one buyer.
 */
export function mailAddress(text: unknown): string | undefined {
  return checkEmail(text, 'email', () => undefined)?.toLowerCase();
}

/** A display name or subject made one plain line: control characters and line breaks out, bounded. */
export function oneLine(text: unknown, max: number): string {
  return typeof text === 'string' ? tidyText(text.replace(/[\r\n\t]+/g, ' ')).slice(0, max) : '';
}

/** What a channel read from a message, before the common checks. */
export type RawInbound = {
  channel: InboundMessage['channel'];
  from: unknown;
  fromName?: unknown;
  to?: unknown;
  subject?: unknown;
  messageId?: unknown;
  inReplyTo?: unknown;
  references?: unknown;
  text?: unknown;
  html?: unknown;
  attachments?: Array<{ filename?: unknown; contentType?: unknown; content: Uint8Array; sha256: string }>;
  rawSize: number;
  locale?: string | null;
  orderNumber?: string | null;
  market?: string | null;
};

/**
 * The common checks of every channel: a sender address, a body (the text part, else the HTML
 * part's text; never the HTML itself), bounded subject, ids and attachments. A message without a
 * sender or without any text is refused naming the field; everything else is cut to size.
 */
export function checkInbound(raw: RawInbound): Result<InboundMessage, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  const from = mailAddress(raw.from);
  if (!from) issues.push({ field: 'from', message: 'must be the sender\'s email address' });
  const toList = Array.isArray(raw.to) ? raw.to : typeof raw.to === 'string' ? raw.to.split(',') : [];
  const to = toList.slice(0, MESSAGE_LIMITS.recipients).flatMap((x) => {
    const a = mailAddress(typeof x === 'string' ? (/<([^<>]+)>/.exec(x)?.[1] ?? x) : x);
    return a ? [a] : [];
  });
  const plain = typeof raw.text === 'string' && raw.text.trim() !== '' ? tidyText(raw.text) : typeof raw.html === 'string' ? htmlToText(raw.html) : '';
  if (plain === '') issues.push({ field: 'text', message: 'the message has no text' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const body = boundBody(plain);
  const id = (v: unknown) => (typeof v === 'string' ? (parseMessageIds(v, 1)[0] ?? null) : null);
  const references = typeof raw.references === 'string' ? parseMessageIds(raw.references) : [];
  const attachments = (raw.attachments ?? []).slice(0, MESSAGE_LIMITS.attachments).map((a) => ({
    ...checkAttachment(typeof a.contentType === 'string' ? a.contentType : '', a.content.subarray(0, 64)),
    filename: oneLine(a.filename, 200) || 'attachment',
    size: a.content.byteLength,
    sha256: a.sha256,
    content: a.content,
  }));
  return ok({
    channel: raw.channel,
    from: { address: from!, name: oneLine(raw.fromName, MESSAGE_LIMITS.nameChars) || null },
    to,
    subject: oneLine(raw.subject, MESSAGE_LIMITS.subjectChars),
    messageId: id(raw.messageId),
    inReplyTo: id(raw.inReplyTo),
    references,
    text: body.text,
    truncated: body.truncated,
    attachments,
    rawSize: raw.rawSize,
    locale: raw.locale ?? null,
    orderNumber: raw.orderNumber ?? null,
    market: raw.market ?? null,
  });
}
