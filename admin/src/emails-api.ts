/**
 * The admin's calls to the buyers' email API (/v1/admin/emails, /v1/admin/email-templates), with
 * the tab's key and the same problem+json handling as api.ts.
 */
import { createCaller } from './api.js';

const TAB_KEY = 'landfall.admin.key';

export const EMAIL_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;

export type Email = {
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
export type TemplateMessage = { key: string; shipped: string; override: string | null; arguments: string[] };
export type Templates = { locale: string; locales: string[]; kinds: string[]; messages: TemplateMessage[] };
export type RenderedEmail = { subject: string; html: string; text: string };

export type EmailsApi = ReturnType<typeof createEmailsApi>;

export function createEmailsApi(key: string, fetcher: typeof fetch = fetch.bind(globalThis)) {
  const call = createCaller(key, fetcher);
  const seg = encodeURIComponent;
  return {
    list: (params: { status?: string; order?: string; cursor?: string | null }) => {
      const q = new URLSearchParams({ limit: '25' });
      if (params.status) q.set('status', params.status);
      if (params.order) q.set('order', params.order);
      if (params.cursor) q.set('cursor', params.cursor);
      return call<{ items: Email[]; nextCursor: string | null }>('GET', `/v1/admin/emails?${q}`);
    },
    resend: (id: string) => call<Email>('POST', `/v1/admin/emails/${seg(id)}/resend`, {}),
    templates: (locale: string) => call<Templates>('GET', `/v1/admin/email-templates?locale=${seg(locale)}`),
    save: (locale: string, key: string, message: string) => call<{ updatedAt: string }>('PUT', `/v1/admin/email-templates/${seg(locale)}/${seg(key)}`, { message }),
    reset: (locale: string, key: string) => call<void>('DELETE', `/v1/admin/email-templates/${seg(locale)}/${seg(key)}`),
    preview: (body: { kind: string; locale: string; order?: string; messages?: Record<string, string> }) => call<RenderedEmail>('POST', '/v1/admin/email-templates/preview', body),
  };
}

/** The emails client of the signed-in tab. */
export function emailsApiOfTab(): EmailsApi {
  return createEmailsApi(sessionStorage.getItem(TAB_KEY) ?? '');
}
