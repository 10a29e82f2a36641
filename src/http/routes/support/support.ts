import { parseOrderNumber } from '../../../core/orders/order-number.js';
import { fail } from '../../../core/result/result.js';
import { checkBasicAuth, parsePostmarkInbound } from '../../../services/support/channels/postmark-inbound.js';
import { addNote, adminUserExists, CONVERSATION_STATUSES, getAttachment, getConversation, listConversations, replyToConversation, updateConversation } from '../../../services/support/conversations.js';
import { receiveMessage } from '../../../services/support/receive-message.js';
import { deleteSavedReply, listSavedReplies, putSavedReply } from '../../../services/support/saved-replies.js';
import { supportReport } from '../../../services/support/support-report.js';
import { createTeam, deleteTeam, listTeams, updateTeam } from '../../../services/support/support-teams.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure, sendProblem } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';

/** The largest inbound-mail webhook body: 25 MiB of attachments in base64 and the message. */
export const INBOUND_BODY_LIMIT = 36 * 1024 * 1024;

const anyObject = { type: 'object', additionalProperties: true } as const;
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } } as const;
const outcome = {
  type: 'object',
  required: ['outcome', 'conversation', 'notes'],
  properties: { outcome: { type: 'string', enum: ['new', 'appended', 'reopened', 'follow_up', 'duplicate'] }, conversation: { type: 'string', format: 'uuid' }, notes: { type: 'array', items: { type: 'string' } } },
} as const;

export type SupportRouteOptions = { inboundWebhook?: { user: string; password: string } | undefined };

/**
 * The support inbox: buyers' messages in (the inbound-mail webhook, the contact API), and the
 * team's work on them (conversations with their context, replies, notes, assignment, status),
 * support teams with their hours and SLA targets, saved replies per language, and the report of
 * response times per market. See docs/support.md.
 */
export const supportRoutes =
  (options: SupportRouteOptions): RouteRegistrar =>
  (app, deps) => {
    const readOnly = requireScope(deps, 'admin', 'read_only');
    const operator = requireScope(deps, 'admin', 'operator');
    const owner = requireScope(deps, 'admin', 'owner');
    const api = requireScope(deps, 'api');
    const tags = ['support'];
    const users = { exists: (id: string) => adminUserExists(deps, id) };
    const actor = (p: { name: string; userId?: string; email?: string } | undefined) => ({ name: p?.email ?? p?.name ?? 'Support', ...(p?.userId ? { userId: p.userId } : {}) });

    app.post(
      '/v1/support/inbound/postmark',
      {
        bodyLimit: INBOUND_BODY_LIMIT,
        validatorCompiler: objectBodyOnly,
        schema: {
          tags,
          summary: 'Inbound email in Postmark\'s webhook format (HTTP Basic credentials in the webhook URL)',
          body: anyObject,
          response: { 200: outcome, ...problemResponses(400, 401, 404, 413) },
        },
      },
      async (request, reply) => {
        if (!options.inboundWebhook) return sendProblem(request, reply, 404, 'ROUTE_NOT_FOUND', 'the inbound-mail webhook is off: set LANDFALL_SUPPORT_INBOUND_PASSWORD');
        if (!checkBasicAuth(request.headers.authorization, options.inboundWebhook)) {
          reply.header('www-authenticate', 'Basic realm="landfall-inbound"');
          return sendProblem(request, reply, 401, 'UNAUTHENTICATED', 'the inbound-mail webhook needs the HTTP Basic credentials set in LANDFALL_SUPPORT_INBOUND_USER and _PASSWORD');
        }
        const parsed = parsePostmarkInbound(request.body, Number(request.headers['content-length'] ?? 0));
        if (!parsed.ok) return sendFailure(request, reply, parsed);
        const r = await receiveMessage(deps, parsed.value);
        if (!r.ok) return sendFailure(request, reply, r);
        return { outcome: r.value.outcome, conversation: r.value.conversationId, notes: r.value.notes };
      },
    );

    app.post<{ Body: Record<string, unknown> }>(
      '/v1/support/messages',
      {
        onRequest: api,
        validatorCompiler: objectBodyOnly,
        schema: {
          tags,
          summary: 'A buyer\'s message from a contact form (a headless storefront\'s)',
          security: bearerSecurity,
          body: { type: 'object', required: ['email', 'message'], properties: { email: { type: 'string' }, name: { type: 'string' }, subject: { type: 'string' }, message: { type: 'string' }, order: { type: 'string' }, locale: { type: 'string' }, market: { type: 'string' } } },
          response: { 201: outcome, 200: outcome, ...problemResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const b = request.body;
        const extra = Object.keys(b).find((k) => !['email', 'name', 'subject', 'message', 'order', 'locale', 'market'].includes(k));
        if (extra) return sendProblem(request, reply, 400, 'VALIDATION_FAILED', `${extra} is not a field of a message`, [{ field: extra, message: 'unknown field' }]);
        const r = await receiveContactMessage(deps, b);
        if (!r.ok) return sendFailure(request, reply, r);
        return reply.code(r.value.outcome === 'new' || r.value.outcome === 'follow_up' ? 201 : 200).send({ outcome: r.value.outcome, conversation: r.value.conversationId, notes: r.value.notes });
      },
    );

    app.get<{ Querystring: Record<string, unknown> }>(
      '/v1/admin/support/conversations',
      {
        onRequest: readOnly,
        schema: {
          tags,
          summary: 'The inbox: conversations with the latest message first (status active = open or pending)',
          security: bearerSecurity,
          querystring: { type: 'object', additionalProperties: false, properties: { ...PAGE_QUERY, status: { type: 'string', enum: ['active', ...CONVERSATION_STATUSES] }, team: { type: 'string' }, assignee: { type: 'string' }, market: { type: 'string' }, email: { type: 'string' }, order: { type: 'string' } } },
          response: { 200: { type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: anyObject }, nextCursor: { type: ['string', 'null'] } } }, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const r = await listConversations(deps, request.query);
        if (!r.ok) return sendFailure(request, reply, r);
        return r.value;
      },
    );

    app.get<{ Params: { id: string } }>(
      '/v1/admin/support/conversations/:id',
      { onRequest: readOnly, schema: { tags, summary: 'A conversation with its messages, the buyer\'s language and local time, the order with its landed cost, shipments and tracking', security: bearerSecurity, params: idParams, response: { 200: anyObject, ...problemResponses(400, 401, 403, 404) } } },
      async (request, reply) => {
        const r = await getConversation(deps, request.params.id);
        if (!r.ok) return sendFailure(request, reply, r);
        return r.value;
      },
    );

    app.post<{ Params: { id: string }; Body: unknown }>(
      '/v1/admin/support/conversations/:id/replies',
      { onRequest: operator, validatorCompiler: objectBodyOnly, schema: { tags, summary: 'Answer the buyer (sent as an email in the thread); `close: true` closes the conversation', security: bearerSecurity, params: idParams, body: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, close: { type: 'boolean' } } }, response: { 201: anyObject, ...problemResponses(400, 401, 403, 404, 409) } } },
      async (request, reply) => {
        const r = await replyToConversation(deps, request.params.id, request.body, actor(request.principal));
        if (!r.ok) return sendFailure(request, reply, r);
        return reply.code(201).send(r.value);
      },
    );

    app.post<{ Params: { id: string }; Body: unknown }>(
      '/v1/admin/support/conversations/:id/notes',
      { onRequest: operator, validatorCompiler: objectBodyOnly, schema: { tags, summary: 'An internal note (never sent to the buyer)', security: bearerSecurity, params: idParams, body: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } }, response: { 201: anyObject, ...problemResponses(400, 401, 403, 404) } } },
      async (request, reply) => {
        const r = await addNote(deps, request.params.id, request.body, actor(request.principal));
        if (!r.ok) return sendFailure(request, reply, r);
        return reply.code(201).send(r.value);
      },
    );

    app.patch<{ Params: { id: string }; Body: unknown }>(
      '/v1/admin/support/conversations/:id',
      { onRequest: operator, validatorCompiler: objectBodyOnly, schema: { tags, summary: 'Assign (an admin user id or null), change the status (open, pending, closed) or the team', security: bearerSecurity, params: idParams, body: { type: 'object', properties: { assignee: { type: ['string', 'null'] }, status: { type: 'string', enum: CONVERSATION_STATUSES }, team: { type: ['string', 'null'] } } }, response: { 200: anyObject, ...problemResponses(400, 401, 403, 404) } } },
      async (request, reply) => {
        const r = await updateConversation(deps, request.params.id, request.body, users);
        if (!r.ok) return sendFailure(request, reply, r);
        return r.value;
      },
    );

    app.get<{ Params: { id: string } }>(
      '/v1/admin/support/attachments/:id',
      { onRequest: readOnly, schema: { tags, summary: 'Download a file a buyer sent (always as a download; a file whose type lies, or a program, as application/octet-stream)', security: bearerSecurity, params: idParams, response: { ...problemResponses(400, 401, 403, 404) } } },
      async (request, reply) => {
        const found = await getAttachment(deps, request.params.id);
        if (!found.ok) return sendFailure(request, reply, found);
        const a = found.value;
        const type = a.verdict === 'ok' && a.detectedType ? a.detectedType : a.verdict === 'ok' && /^(text\/plain|image\/(png|jpeg|gif|webp)|application\/pdf)$/.test(a.declaredType) ? a.declaredType : 'application/octet-stream';
        const ascii = a.filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
        return reply
          .header('content-type', type)
          .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(a.filename)}`)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(a.content));
      },
    );

    const teamBody = { type: 'object', properties: { name: { type: 'string' }, schedule: anyObject, markets: { type: 'array', items: { type: 'string' } }, firstResponseMinutes: { type: 'integer' }, resolutionMinutes: { type: 'integer' } } } as const;
    app.get('/v1/admin/support/teams', { onRequest: readOnly, schema: { tags, summary: 'Support teams with their hours, holidays, markets and SLA targets', security: bearerSecurity, response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: anyObject } } }, ...problemResponses(401, 403) } } }, async () => ({ items: await listTeams(deps) }));
    app.post<{ Body: unknown }>('/v1/admin/support/teams', { onRequest: owner, validatorCompiler: objectBodyOnly, schema: { tags, summary: 'Add a support team', security: bearerSecurity, body: teamBody, response: { 201: anyObject, ...problemResponses(400, 401, 403, 409) } } }, async (request, reply) => {
      const r = await createTeam(deps, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(201).send(r.value);
    });
    app.patch<{ Params: { id: string }; Body: unknown }>('/v1/admin/support/teams/:id', { onRequest: owner, validatorCompiler: objectBodyOnly, schema: { tags, summary: 'Change a support team (open conversations keep their due times)', security: bearerSecurity, params: idParams, body: teamBody, response: { 200: anyObject, ...problemResponses(400, 401, 403, 404, 409) } } }, async (request, reply) => {
      const r = await updateTeam(deps, request.params.id, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    });
    app.delete<{ Params: { id: string } }>('/v1/admin/support/teams/:id', { onRequest: owner, schema: { tags, summary: 'Remove a support team (its conversations keep their messages)', security: bearerSecurity, params: idParams, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404) } } }, async (request, reply) => {
      const r = await deleteTeam(deps, request.params.id);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(204).send();
    });

    const replyParams = { type: 'object', required: ['name', 'locale'], properties: { name: { type: 'string', maxLength: 60 }, locale: { type: 'string', maxLength: 20 } } } as const;
    app.get<{ Querystring: { locale?: string; name?: string } }>('/v1/admin/support/saved-replies', { onRequest: readOnly, schema: { tags, summary: 'Saved replies, by name and language', security: bearerSecurity, querystring: { type: 'object', additionalProperties: false, properties: { locale: { type: 'string' }, name: { type: 'string' } } }, response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: anyObject } } }, ...problemResponses(400, 401, 403) } } }, async (request, reply) => {
      const r = await listSavedReplies(deps, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      return { items: r.value };
    });
    app.put<{ Params: { name: string; locale: string }; Body: unknown }>('/v1/admin/support/saved-replies/:name/:locale', { onRequest: operator, validatorCompiler: objectBodyOnly, schema: { tags, summary: 'Write a saved reply in one language', security: bearerSecurity, params: replyParams, body: { type: 'object', required: ['body'], properties: { body: { type: 'string' } } }, response: { 200: anyObject, ...problemResponses(400, 401, 403) } } }, async (request, reply) => {
      const r = await putSavedReply(deps, request.params.name, request.params.locale, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    });
    app.delete<{ Params: { name: string; locale: string } }>('/v1/admin/support/saved-replies/:name/:locale', { onRequest: operator, schema: { tags, summary: 'Remove a saved reply in one language', security: bearerSecurity, params: replyParams, response: { 204: { type: 'null' }, ...problemResponses(401, 403, 404) } } }, async (request, reply) => {
      const r = await deleteSavedReply(deps, request.params.name, request.params.locale);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(204).send();
    });

    app.get<{ Querystring: { from?: string; to?: string } }>(
      '/v1/admin/support/report',
      { onRequest: readOnly, schema: { tags, summary: 'First-response and resolution times per market, in business minutes, for conversations started in a range of UTC days', security: bearerSecurity, querystring: { type: 'object', additionalProperties: false, properties: { from: { type: 'string' }, to: { type: 'string' } } }, response: { 200: anyObject, ...problemResponses(400, 401, 403) } } },
      async (request, reply) => {
        const r = await supportReport(deps, request.query);
        if (!r.ok) return sendFailure(request, reply, r);
        return r.value;
      },
    );
  };

/** A contact form's fields as one inbound message (the storefront's form and the contact API share it). */
export async function receiveContactMessage(deps: Parameters<typeof receiveMessage>[0], b: Record<string, unknown>): ReturnType<typeof receiveMessage> {
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  let order: string | undefined;
  if (b.order !== undefined && b.order !== '') {
    const parsed = parseOrderNumber(b.order);
    if (!parsed.ok) return parsed;
    order = parsed.value.number;
  }
  // The form's fields are named email and message; the common checks name them from and text.
  const r = await receiveMessage(deps, {
    channel: 'form',
    from: b.email,
    fromName: b.name,
    subject: text(b.subject) ?? '',
    text: b.message,
    rawSize: JSON.stringify(b).length,
    locale: typeof b.locale === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(b.locale) ? b.locale : null,
    orderNumber: order ?? null,
    market: typeof b.market === 'string' && /^[a-z0-9-]{1,40}$/.test(b.market) ? b.market : null,
  });
  if (r.ok) return r;
  const rename = (field: string | undefined) => (field === 'from' ? 'email' : field === 'text' ? 'message' : field);
  return fail(r.code, r.message.replace(/^from:/, 'email:').replace(/; text:|^text:/, (x) => x.replace('text', 'message')), { ...(r.field ? { field: rename(r.field)! } : {}), ...(r.details ? { details: r.details.map((d) => ({ field: rename(d.field)!, message: d.message })) } : {}) });
}
