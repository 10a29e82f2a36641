import type { FieldIssue } from '../core/result/result.js';
import { mailAddress } from '../core/support/inbound-message.js';

/**
 * Outgoing mail to buyers (docs/notifications.md). Off unless LANDFALL_SMTP_URL names an SMTP
 * server: `smtp://user:password@mail.example.com:587` (STARTTLS when the server offers it) or
 * `smtps://...:465` (TLS from the start). LANDFALL_MAIL_FROM is the sender (`Shop <shop@example.com>`
 * or an address), required with the URL; LANDFALL_MAIL_REPLY_TO is where buyers' replies go (the
 * support inbox), default the sender. The password is left out when the config is printed.
 *
 * The support inbox takes buyers' mail through an inbound-mail webhook in Postmark's format,
 * enabled by LANDFALL_SUPPORT_INBOUND_PASSWORD (16 to 200 characters; the user is
 * LANDFALL_SUPPORT_INBOUND_USER, default `landfall`), and through a plain SMTP receiver started on
 * LANDFALL_SUPPORT_SMTP_PORT (host LANDFALL_SUPPORT_SMTP_HOST, default 0.0.0.0), which accepts mail
 * for the reply-to address only and so needs LANDFALL_MAIL_REPLY_TO.
 */
export type MailConfig = Readonly<{
  smtpUrl: string | undefined;
  from: { name: string | null; address: string } | undefined;
  replyTo: string | undefined;
  /** The support inbox's inbound channels (docs/support.md). */
  inbound: Readonly<{
    /** HTTP Basic credentials of the inbound-mail webhook (Postmark's format); unset: the webhook answers 404. */
    webhook: { user: string; password: string } | undefined;
    /** The plain SMTP receiver's port and host; unset: not started. */
    smtp: { port: number; host: string } | undefined;
  }>;
}>;

type Env = Readonly<Record<string, string | undefined>>;

/** `Name <address>` or `address`; undefined when it is neither. Names with quotes or line breaks are refused. */
export function parseMailbox(text: string): { name: string | null; address: string } | undefined {
  const named = /^\s*([^<>"\r\n]{1,100}?)\s*<([^<>\s]+)>\s*$/.exec(text);
  const address = mailAddress(named ? named[2]! : text);
  return address ? { name: named ? named[1]!.trim() : null, address } : undefined;
}

export function parseMailVars(env: Env, issues: FieldIssue[]): MailConfig {
  const read = (name: string) => {
    const t = env[name]?.trim();
    return t === undefined || t === '' ? undefined : t;
  };
  const urlRaw = read('LANDFALL_SMTP_URL');
  let smtpUrl: string | undefined;
  if (urlRaw !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(urlRaw);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || url.hostname === '') issues.push({ field: 'LANDFALL_SMTP_URL', message: 'must be smtp://[user:password@]host[:port] or smtps://...' });
    else smtpUrl = urlRaw;
  }
  const fromRaw = read('LANDFALL_MAIL_FROM');
  const from = fromRaw === undefined ? undefined : parseMailbox(fromRaw);
  if (fromRaw !== undefined && !from) issues.push({ field: 'LANDFALL_MAIL_FROM', message: 'must be an address or "Name <address>"' });
  if (urlRaw !== undefined && fromRaw === undefined) issues.push({ field: 'LANDFALL_MAIL_FROM', message: 'is required with LANDFALL_SMTP_URL: the sender of buyers\' emails' });
  const replyRaw = read('LANDFALL_MAIL_REPLY_TO');
  const reply = replyRaw === undefined ? undefined : parseMailbox(replyRaw);
  if (replyRaw !== undefined && !reply) issues.push({ field: 'LANDFALL_MAIL_REPLY_TO', message: 'must be an address or "Name <address>"' });

  const password = read('LANDFALL_SUPPORT_INBOUND_PASSWORD');
  const user = read('LANDFALL_SUPPORT_INBOUND_USER') ?? 'landfall';
  if (password !== undefined && (password.length < 16 || password.length > 200 || !/^[\x21-\x7e]+$/.test(password))) issues.push({ field: 'LANDFALL_SUPPORT_INBOUND_PASSWORD', message: 'must be 16 to 200 printable characters without spaces' });
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(user)) issues.push({ field: 'LANDFALL_SUPPORT_INBOUND_USER', message: 'must be 1 to 64 letters, digits, dots, dashes or underscores' });
  const portRaw = read('LANDFALL_SUPPORT_SMTP_PORT');
  const port = portRaw === undefined ? undefined : Number(portRaw);
  if (portRaw !== undefined && !(Number.isInteger(port) && port! >= 0 && port! <= 65535 && /^\d+$/.test(portRaw))) issues.push({ field: 'LANDFALL_SUPPORT_SMTP_PORT', message: 'must be a port number from 0 to 65535' });
  if (portRaw !== undefined && !reply) issues.push({ field: 'LANDFALL_MAIL_REPLY_TO', message: 'is required with LANDFALL_SUPPORT_SMTP_PORT: the address the receiver accepts mail for' });
  const inbound = {
    webhook: password !== undefined && !issues.some((i) => i.field.startsWith('LANDFALL_SUPPORT_INBOUND')) ? { user, password } : undefined,
    smtp: port !== undefined && Number.isInteger(port) ? { port, host: read('LANDFALL_SUPPORT_SMTP_HOST') ?? '0.0.0.0' } : undefined,
  };
  const config = { smtpUrl, from, replyTo: reply?.address, inbound };
  const redacted = () => ({
    ...config,
    smtpUrl: config.smtpUrl?.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:[redacted]@'),
    inbound: { ...inbound, webhook: inbound.webhook ? { user: inbound.webhook.user, password: '[redacted]' } : undefined },
  });
  Object.defineProperty(config, 'toJSON', { value: redacted, enumerable: false });
  Object.defineProperty(config, Symbol.for('nodejs.util.inspect.custom'), { value: redacted, enumerable: false });
  return Object.freeze(config);
}
