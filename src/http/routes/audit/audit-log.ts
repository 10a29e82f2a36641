import { listAuditLog, type AuditLogQuery } from '../../../services/audit/list-audit-log.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';

/** Any JSON: the entity as the admin API showed it (secrets redacted), or null. */
const snapshot = { description: 'the entity as the admin API showed it (secrets redacted), or null' } as const;

const entrySchema = {
  type: 'object',
  required: ['id', 'at', 'actor', 'action', 'entity', 'method', 'path', 'status', 'outcome', 'before', 'after', 'requestId', 'ip'],
  properties: {
    id: { type: 'string' },
    at: { type: 'string', format: 'date-time' },
    actor: {
      type: 'object',
      required: ['kind', 'name', 'keyId', 'userId', 'role'],
      properties: {
        kind: { type: 'string', enum: ['user', 'api_key'] },
        name: { type: 'string', description: "the user's email, or the API key's name, when the change was made" },
        keyId: { type: ['string', 'null'] },
        userId: { type: ['string', 'null'] },
        role: { type: ['string', 'null'], enum: ['owner', 'operator', 'read_only', null] },
      },
    },
    action: { type: 'string', examples: ['product.update'] },
    entity: { type: 'object', required: ['type', 'id'], properties: { type: { type: 'string', examples: ['product'] }, id: { type: ['string', 'null'] } } },
    method: { type: 'string' },
    path: { type: 'string' },
    status: { type: 'integer' },
    outcome: { type: 'string', enum: ['succeeded', 'refused'] },
    before: snapshot,
    after: snapshot,
    requestId: { type: ['string', 'null'] },
    ip: { type: ['string', 'null'] },
  },
} as const;

/** GET /v1/admin/audit-log: the admin changes, newest first (owner only: it shows every admin's actions, on owner-only settings too). */
export const auditLogRoutes: RouteRegistrar = (app, deps) => {
  app.get<{ Querystring: AuditLogQuery }>(
    '/v1/admin/audit-log',
    {
      onRequest: requireScope(deps, 'admin', 'owner'),
      schema: {
        tags: ['audit'],
        summary: 'The audit log of admin changes, newest first: who, what, the entity before and after',
        description:
          'One entry per admin change that succeeded (2xx) and per attempt refused by the caller\'s role (403). `actor` is a key id or user id, or the email or key name recorded; `from` is inclusive and `to` exclusive (a date alone is midnight UTC).',
        security: bearerSecurity,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...PAGE_QUERY,
            entityType: { type: 'string', minLength: 1, maxLength: 64 },
            entityId: { type: 'string', minLength: 1, maxLength: 200 },
            actor: { type: 'string', minLength: 1, maxLength: 254 },
            from: { type: 'string', maxLength: 40 },
            to: { type: 'string', maxLength: 40 },
          },
        },
        response: { 200: { type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: entrySchema }, nextCursor: { type: ['string', 'null'] } } }, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await listAuditLog(deps, request.query);
      return r.ok ? reply.header('cache-control', 'no-store').send(r.value) : sendFailure(request, reply, r);
    },
  );
};
