import { API_SCOPES } from '../../../core/auth/api-key-format.js';
import { createApiKey } from '../../../services/api-keys/create-api-key.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

export const postApiKey: RouteRegistrar = (app, deps) => {
  app.post<{ Body: { name: string; scopes: string[] } }>(
    '/v1/admin/api-keys',
    {
      onRequest: requireScope(deps, 'admin', 'owner'),
      schema: {
        tags: ['api keys'],
        summary: 'Create an API key; the key is in the answer this once and never again',
        security: bearerSecurity,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'scopes'],
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 100 },
            scopes: { type: 'array', minItems: 1, maxItems: API_SCOPES.length, uniqueItems: true, items: { type: 'string', enum: [...API_SCOPES] } },
          },
        },
        response: {
          201: {
            type: 'object',
            required: ['key', 'apiKey'],
            properties: { key: { type: 'string', description: 'The API key in clear. Store it now.' }, apiKey: { $ref: 'ApiKey#' } },
          },
          ...problemResponses(400, 401, 403, 415),
        },
      },
    },
    async (request, reply) => {
      const result = await createApiKey(deps, request.body);
      if (!result.ok) return sendFailure(request, reply, result);
      return reply.code(201).header('cache-control', 'no-store').send(result.value);
    },
  );
};
