import { deleteTemplateOverride, EMAIL_KIND_NAMES, EMAIL_STATUSES, listEmails, listTemplateOverrides, previewViewOfOrder, putTemplateOverride, resendEmail } from '../../../services/notifications/email-admin.js';
import { overridesByLocale } from '../../../services/notifications/send-emails.js';
import { createEmailRenderer } from '../../../web/email/email-renderer.js';
import { checkEmailOverride, sampleEmailView, templateMessages } from '../../../web/email/email-templates.js';
import { loadCatalogs } from '../../../web/i18n/catalogs.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure, sendProblem } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';

const email = {
  type: 'object',
  required: ['id', 'kind', 'order', 'to', 'locale', 'status', 'attempts', 'nextAttemptAt', 'lastError', 'skippedReason', 'subject', 'messageId', 'smtpResponse', 'sentAt', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    kind: { type: 'string', enum: EMAIL_KIND_NAMES },
    order: { type: ['string', 'null'] },
    to: { type: 'string' },
    locale: { type: 'string' },
    status: { type: 'string', enum: EMAIL_STATUSES },
    attempts: { type: 'integer' },
    nextAttemptAt: { type: ['string', 'null'], format: 'date-time' },
    lastError: { type: ['string', 'null'] },
    skippedReason: { type: ['string', 'null'] },
    subject: { type: ['string', 'null'], description: 'the subject line as sent' },
    messageId: { type: ['string', 'null'] },
    smtpResponse: { type: ['string', 'null'] },
    sentAt: { type: ['string', 'null'], format: 'date-time' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

const templateParams = { type: 'object', required: ['locale', 'key'], properties: { locale: { type: 'string', maxLength: 20 }, key: { type: 'string', maxLength: 100 } } } as const;
const rendered = { type: 'object', required: ['subject', 'html', 'text'], properties: { subject: { type: 'string' }, html: { type: 'string' }, text: { type: 'string' } } } as const;

/**
 * Buyers' emails (admin): what was sent, skipped or failed and why, sending one again; the
 * merchant's wording of each message per language, and a preview of any email in any language,
 * of a real order or a made-up one, with unsaved wording.
 */
export const emailRoutes =
  (publicUrlOption: string): RouteRegistrar =>
  (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const operator = requireScope(deps, 'admin', 'operator');
  const tags = ['emails'];
  const catalogs = loadCatalogs();
  const render = createEmailRenderer(catalogs);
  const publicUrl = () => publicUrlOption;

  app.get<{ Querystring: Record<string, unknown> }>(
    '/v1/admin/emails',
    {
      onRequest: readOnly,
      schema: {
        tags,
        summary: 'Buyers\' emails, newest first, by status, kind or order',
        security: bearerSecurity,
        querystring: { type: 'object', additionalProperties: false, properties: { ...PAGE_QUERY, status: { type: 'string', maxLength: 20 }, kind: { type: 'string', maxLength: 40 }, order: { type: 'string', maxLength: 40 } } },
        response: { 200: { type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: email }, nextCursor: { type: ['string', 'null'] } } }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const r = await listEmails(deps, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );

  app.post<{ Params: { id: string } }>(
    '/v1/admin/emails/:id/resend',
    { onRequest: operator, schema: { tags, summary: 'Send a failed or skipped email again (same Message-ID), at the mail worker\'s next run', security: bearerSecurity, params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } }, response: { 202: email, ...problemResponses(400, 401, 403, 404, 409) } } },
    async (request, reply) => {
      const r = await resendEmail(deps, request.params.id);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(202).send(r.value);
    },
  );

  app.get<{ Querystring: { locale?: string } }>(
    '/v1/admin/email-templates',
    {
      onRequest: readOnly,
      schema: {
        tags,
        summary: 'Each email message of a language: the shipped text, the merchant\'s wording, the arguments it may use',
        security: bearerSecurity,
        querystring: { type: 'object', additionalProperties: false, properties: { locale: { type: 'string', maxLength: 20, default: 'en' } } },
        response: {
          200: {
            type: 'object',
            required: ['locale', 'locales', 'kinds', 'messages'],
            properties: {
              locale: { type: 'string' },
              locales: { type: 'array', items: { type: 'string' } },
              kinds: { type: 'array', items: { type: 'string' } },
              messages: { type: 'array', items: { type: 'object', required: ['key', 'shipped', 'override', 'arguments'], properties: { key: { type: 'string' }, shipped: { type: 'string' }, override: { type: ['string', 'null'] }, arguments: { type: 'array', items: { type: 'string' } } } } },
            },
          },
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? 'en';
      if (!catalogs.has(locale)) return sendProblem(request, reply, 400, 'VALIDATION_FAILED', `no storefront language ${locale}; one of ${[...catalogs.keys()].join(', ')}`, [{ field: 'locale', message: 'unknown language' }]);
      const own = new Map((await listTemplateOverrides(deps, locale)).map((o) => [o.key, o.message]));
      return { locale, locales: [...catalogs.keys()], kinds: EMAIL_KIND_NAMES, messages: templateMessages(catalogs, locale, own) };
    },
  );

  app.put<{ Params: { locale: string; key: string }; Body: { message?: unknown } }>(
    '/v1/admin/email-templates/:locale/:key',
    {
      onRequest: operator,
      validatorCompiler: objectBodyOnly,
      schema: {
        tags,
        summary: 'Word one email message in one language (ICU, using only the arguments the message is given)',
        security: bearerSecurity,
        params: templateParams,
        body: { type: 'object', required: ['message'], properties: { message: { type: 'string', examples: ['Danke für Ihre Bestellung {number}!'] } } },
        response: { 200: { type: 'object', required: ['locale', 'key', 'message', 'updatedAt'], properties: { locale: { type: 'string' }, key: { type: 'string' }, message: { type: 'string' }, updatedAt: { type: 'string', format: 'date-time' } } }, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const extra = Object.keys(request.body).find((k) => k !== 'message');
      if (extra) return sendProblem(request, reply, 400, 'VALIDATION_FAILED', `${extra} is not a field of this request`, [{ field: extra, message: 'unknown field' }]);
      const r = await putTemplateOverride(deps, request.params.locale, request.params.key, request.body.message, (locale, key, message) => checkEmailOverride(catalogs, locale, key, message));
      if (!r.ok) return sendFailure(request, reply, r);
      return { locale: r.value.locale, key: r.value.key, message: r.value.message, updatedAt: r.value.updatedAt.toISOString() };
    },
  );

  app.delete<{ Params: { locale: string; key: string } }>(
    '/v1/admin/email-templates/:locale/:key',
    { onRequest: operator, schema: { tags, summary: 'Go back to the shipped wording of a message', security: bearerSecurity, params: templateParams, response: { 204: { type: 'null' }, ...problemResponses(401, 403, 404) } } },
    async (request, reply) => {
      const r = await deleteTemplateOverride(deps, request.params.locale, request.params.key);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(204).send();
    },
  );

  app.post<{ Body: { kind?: unknown; locale?: unknown; order?: unknown; messages?: unknown } }>(
    '/v1/admin/email-templates/preview',
    {
      onRequest: readOnly,
      validatorCompiler: objectBodyOnly,
      schema: {
        tags,
        summary: 'An email as it would be sent: of a real order (`order`) or a made-up one, with the saved wording and any unsaved `messages`',
        security: bearerSecurity,
        body: {
          type: 'object',
          required: ['kind', 'locale'],
          properties: { kind: { type: 'string', enum: EMAIL_KIND_NAMES }, locale: { type: 'string' }, order: { type: 'string', examples: ['LF-100420'] }, messages: { type: 'object', additionalProperties: { type: 'string' }, description: 'message key -> unsaved ICU text, checked as when saved' } },
        },
        response: { 200: rendered, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { kind, locale, order, messages } = request.body;
      const extra = Object.keys(request.body).find((k) => !['kind', 'locale', 'order', 'messages'].includes(k));
      if (extra) return sendProblem(request, reply, 400, 'VALIDATION_FAILED', `${extra} is not a field of this request`, [{ field: extra, message: 'unknown field' }]);
      if (typeof kind !== 'string' || !EMAIL_KIND_NAMES.includes(kind)) return sendProblem(request, reply, 400, 'VALIDATION_FAILED', `kind must be one of ${EMAIL_KIND_NAMES.join(', ')}`, [{ field: 'kind', message: 'unknown kind' }]);
      if (typeof locale !== 'string' || !catalogs.has(locale)) return sendProblem(request, reply, 400, 'VALIDATION_FAILED', `locale must be one of ${[...catalogs.keys()].join(', ')}`, [{ field: 'locale', message: 'unknown language' }]);
      const saved = await overridesByLocale(deps);
      const own = new Map(saved.get(locale) ?? []);
      if (messages !== undefined) {
        if (typeof messages !== 'object' || messages === null || Array.isArray(messages) || Object.keys(messages).length > 100) return sendProblem(request, reply, 400, 'VALIDATION_FAILED', 'messages must be an object of at most 100 message key: ICU text', [{ field: 'messages', message: 'must be an object' }]);
        for (const [key, text] of Object.entries(messages)) {
          const checked = checkEmailOverride(catalogs, locale, key, text);
          if (!checked.ok) return sendProblem(request, reply, 400, 'VALIDATION_FAILED', `messages.${key}: ${checked.message}`, [{ field: `messages.${key}`, message: checked.message }]);
          own.set(key, checked.value);
        }
      }
      saved.set(locale, own);
      let view;
      if (order === undefined) {
        const store = await deps.store.get();
        view = sampleEmailView(kind, locale, 'DE', store?.name ?? 'Landfall', publicUrl());
      } else {
        const r = await previewViewOfOrder(deps, kind, order, locale, publicUrl());
        if (!r.ok) return sendFailure(request, reply, r);
        view = r.value;
      }
      return render(view, saved);
    },
  );
};
