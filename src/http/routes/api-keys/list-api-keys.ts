import { listApiKeys } from '../../../services/api-keys/list-api-keys.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';

export const getApiKeys: RouteRegistrar = (app, deps) => {
  app.get<{ Querystring: { limit?: number; cursor?: string } }>(
    '/v1/admin/api-keys',
    {
      onRequest: requireScope(deps, 'admin', 'owner'),
      schema: {
        tags: ['api keys'],
        summary: 'List API keys, oldest first, with cursor pagination',
        security: bearerSecurity,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...PAGE_QUERY,
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['items', 'nextCursor'],
            properties: { items: { type: 'array', items: { $ref: 'ApiKey#' } }, nextCursor: { type: ['string', 'null'] } },
          },
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const result = await listApiKeys(deps, request.query);
      if (!result.ok) return sendFailure(request, reply, result);
      return result.value;
    },
  );
};
