import { revokeApiKey } from '../../../services/api-keys/revoke-api-key.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

export const deleteApiKey: RouteRegistrar = (app, deps) => {
  app.delete<{ Params: { id: string } }>(
    '/v1/admin/api-keys/:id',
    {
      onRequest: requireScope(deps, 'admin', 'owner'),
      schema: {
        tags: ['api keys'],
        summary: 'Revoke an API key',
        security: bearerSecurity,
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
        response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const result = await revokeApiKey(deps, request.params.id);
      if (!result.ok) return sendFailure(request, reply, result);
      return reply.code(204).send();
    },
  );
};
