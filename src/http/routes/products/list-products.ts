import { listProducts, type ListProductsInput } from '../../../services/catalog/list-products.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';
import { productPageSchema } from './schemas.js';

export const getProducts: RouteRegistrar = (app, deps) => {
  app.get<{ Querystring: ListProductsInput }>(
    '/v1/admin/products',
    {
      onRequest: requireScope(deps, 'admin', 'read_only'),
      schema: {
        tags: ['catalog'],
        summary: 'List products, newest first, with cursor pagination, filters and full-text search',
        security: bearerSecurity,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...PAGE_QUERY,
            status: { type: 'string', enum: ['draft', 'active', 'archived'] },
            category: { type: 'string', maxLength: 50 },
            tag: { type: 'string', maxLength: 50 },
            q: { type: 'string', minLength: 1, maxLength: 200, description: 'Search text (words, "phrases", -excluded, or); words match as prefixes' },
            locale: { type: 'string', maxLength: 35, description: 'Search the text of this locale (with its stemming); default: every locale' },
          },
        },
        response: { 200: productPageSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const result = await listProducts(deps, request.query);
      if (!result.ok) return sendFailure(request, reply, result);
      return result.value;
    },
  );
};
