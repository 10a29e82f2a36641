import nodemailer from 'nodemailer';

/** One message handed to the SMTP server. */
export type OutgoingMail = {
  from: { name: string | null; address: string };
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Content-Language and any other header the message should carry. */
  headers: Record<string, string>;
};

/**
 * What the SMTP server said: accepted (its answer, e.g. "250 2.0.0 Ok: queued as ..."), refused for
 * good (a 5xx answer: the address does not exist, the message was rejected) or for now (4xx, a
 * connection that failed or timed out: try again later).
 */
export type SendOutcome = { ok: true; response: string } | { ok: false; permanent: boolean; error: string };

export interface MailTransport {
  send(mail: OutgoingMail): Promise<SendOutcome>;
  close(): void;
}

/** An SMTP transport over nodemailer with a small connection pool; `url` as in LANDFALL_SMTP_URL. */
export function createSmtpTransport(url: string, options: { timeoutMs?: number } = {}): MailTransport {
  const timeout = options.timeoutMs ?? 30_000;
  const u = new URL(url);
  const secure = u.protocol === 'smtps:';
  const transporter = nodemailer.createTransport({
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
    pool: true,
    maxConnections: 2,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(mail) {
      try {
        const info = await transporter.sendMail({
          from: mail.from.name ? { name: mail.from.name, address: mail.from.address } : mail.from.address,
          to: mail.to,
          ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: mail.headers,
          disableFileAccess: true,
          disableUrlAccess: true,
        });
        if (info.rejected.length > 0) return { ok: false, permanent: true, error: `the server refused ${info.rejected.join(', ')}: ${info.response}` };
        return { ok: true, response: info.response };
      } catch (e) {
        const error = e as Error & { responseCode?: number; code?: string; response?: string };
        const permanent = typeof error.responseCode === 'number' && error.responseCode >= 500 && error.responseCode < 600;
        const detail = error.response ?? error.message;
        return { ok: false, permanent, error: `${error.code ? `${error.code}: ` : ''}${detail}`.slice(0, 500) };
      }
    },
    close: () => transporter.close(),
  };
}
