import { getProduct } from '../../../services/catalog/get-product.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { productViewSchema } from './schemas.js';

export const getProductByIdOrHandle: RouteRegistrar = (app, deps) => {
  app.get<{ Params: { idOrHandle: string } }>(
    '/v1/admin/products/:idOrHandle',
    {
      onRequest: requireScope(deps, 'admin', 'read_only'),
      schema: {
        tags: ['catalog'],
        summary: 'One product, any status, by id or handle',
        security: bearerSecurity,
        params: { type: 'object', required: ['idOrHandle'], properties: { idOrHandle: { type: 'string', minLength: 1, maxLength: 100, description: 'A UUID, or a handle' } } },
        response: { 200: productViewSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const result = await getProduct(deps, request.params.idOrHandle);
      if (!result.ok) return sendFailure(request, reply, result);
      return result.value;
    },
  );
};
