import { createHash, timingSafeEqual } from 'node:crypto';
import { fail, ok, type Result } from '../../../core/result/result.js';
import { MESSAGE_LIMITS, type RawInbound } from '../../../core/support/inbound-message.js';

/**
 * Postmark's inbound webhook (https://postmarkapp.com/developer/webhooks/inbound-webhook): a POST
 * of JSON with `FromFull { Email, Name }`, `ToFull [{ Email }]`, `Subject`, `TextBody`,
 * `HtmlBody`, `Headers [{ Name, Value }]` (Message-ID, In-Reply-To, References among them),
 * `MessageID` (Postmark's own id) and `Attachments [{ Name, Content (base64), ContentType,
 * ContentLength }]`. Postmark authenticates with HTTP Basic credentials in the webhook URL
 * (`https://user:password@shop.example/v1/support/inbound/postmark`), checked here in constant time.
 */
export function checkBasicAuth(header: string | undefined, expected: { user: string; password: string }): boolean {
  const m = /^Basic\s+([A-Za-z0-9+/=]{1,1000})$/i.exec(header ?? '');
  const given = Buffer.from(m ? Buffer.from(m[1]!, 'base64').toString('utf8') : '', 'utf8');
  const want = Buffer.from(`${expected.user}:${expected.password}`, 'utf8');
  // Compare digests, so neither the length nor the content leaks through timing.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(want).digest();
  return timingSafeEqual(a, b) && m !== null;
}

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The message in a Postmark inbound payload, or why it is not one (naming the field). */
export function parsePostmarkInbound(body: unknown, rawSize: number): Result<RawInbound, 'VALIDATION_FAILED'> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return fail('VALIDATION_FAILED', 'the body must be a Postmark inbound message (a JSON object)', { field: '' });
  const b = body as Record<string, unknown>;
  const fromFull = (typeof b.FromFull === 'object' && b.FromFull !== null ? b.FromFull : {}) as Record<string, unknown>;
  const headers = Array.isArray(b.Headers) ? b.Headers.slice(0, 500) : [];
  const header = (name: string) => {
    const h = headers.find((x) => typeof x === 'object' && x !== null && typeof (x as Record<string, unknown>).Name === 'string' && ((x as Record<string, unknown>).Name as string).toLowerCase() === name);
    return h ? str((h as Record<string, unknown>).Value) : undefined;
  };
  const to = Array.isArray(b.ToFull) ? b.ToFull.flatMap((x) => (typeof x === 'object' && x !== null && typeof (x as Record<string, unknown>).Email === 'string' ? [(x as Record<string, unknown>).Email as string] : [])) : str(b.To);
  const attachmentsRaw = b.Attachments === undefined ? [] : b.Attachments;
  if (!Array.isArray(attachmentsRaw)) return fail('VALIDATION_FAILED', 'Attachments must be a list', { field: 'Attachments' });
  const attachments: NonNullable<RawInbound['attachments']> = [];
  let total = 0;
  for (const [i, a] of attachmentsRaw.slice(0, MESSAGE_LIMITS.attachments).entries()) {
    const x = (typeof a === 'object' && a !== null ? a : {}) as Record<string, unknown>;
    const content = str(x.Content);
    if (content === undefined || !BASE64.test(content)) return fail('VALIDATION_FAILED', `Attachments[${i}].Content must be base64`, { field: `Attachments[${i}].Content` });
    const bytes = Buffer.from(content, 'base64');
    total += bytes.byteLength;
    if (total > MESSAGE_LIMITS.attachmentBytes) return fail('VALIDATION_FAILED', `attachments may hold at most ${MESSAGE_LIMITS.attachmentBytes / 1024 / 1024} MiB`, { field: `Attachments[${i}]` });
    attachments.push({ filename: x.Name, contentType: x.ContentType, content: new Uint8Array(bytes), sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  const postmarkId = str(b.MessageID);
  return ok({
    channel: 'email_webhook',
    from: fromFull.Email ?? b.From,
    fromName: fromFull.Name ?? b.FromName,
    to,
    subject: b.Subject,
    // The sender's Message-ID when Postmark passed it on, else Postmark's own id: either way a retried delivery is recognised.
    messageId: header('message-id') ?? (postmarkId && /^[A-Za-z0-9-]{1,100}$/.test(postmarkId) ? `<${postmarkId}@inbound.postmarkapp.com>` : undefined),
    inReplyTo: header('in-reply-to'),
    references: header('references'),
    text: b.TextBody,
    html: b.HtmlBody,
    attachments,
    rawSize,
  });
}
