import { createProduct } from '../../../services/catalog/create-product.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { productInputSchema, productViewSchema } from './schemas.js';

export const postProduct: RouteRegistrar = (app, deps) => {
  app.post(
    '/v1/admin/products',
    {
      onRequest: requireScope(deps, 'admin', 'operator'),
      validatorCompiler: objectBodyOnly,
      schema: {
        tags: ['catalog'],
        summary: 'Create a product with its texts and variants (409 when the handle or a SKU is taken)',
        security: bearerSecurity,
        body: productInputSchema,
        response: { 201: productViewSchema, ...problemResponses(400, 401, 403, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const result = await createProduct(deps, request.body);
      if (!result.ok) return sendFailure(request, reply, result);
      return reply.code(201).header('location', `/v1/admin/products/${result.value.id}`).send(result.value);
    },
  );
};
