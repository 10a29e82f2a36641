import { archiveProduct } from '../../../services/catalog/archive-product.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { productIdParams, productViewSchema } from './schemas.js';

export const postProductArchive: RouteRegistrar = (app, deps) => {
  app.post<{ Params: { id: string } }>(
    '/v1/admin/products/:id/archive',
    {
      onRequest: requireScope(deps, 'admin', 'operator'),
      schema: {
        tags: ['catalog'],
        summary: 'Archive a product: it leaves the store, its variants stay (a PATCH of status brings it back)',
        security: bearerSecurity,
        params: productIdParams,
        response: { 200: productViewSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const result = await archiveProduct(deps, request.params.id);
      if (!result.ok) return sendFailure(request, reply, result);
      return result.value;
    },
  );
};
