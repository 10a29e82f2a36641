import { updateProduct } from '../../../services/catalog/update-product.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { productIdParams, productPatchSchema, productViewSchema } from './schemas.js';

/**
 * PATCH takes a JSON Merge Patch (RFC 7396) as `application/merge-patch+json` or `application/json`.
 * The merge-patch parser is registered in this route's own scope, so no other route accepts it.
 */
export const patchProduct: RouteRegistrar = (app, deps) => {
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, scope.getDefaultJsonParser('error', 'error'));
    scope.patch<{ Params: { id: string } }>(
      '/v1/admin/products/:id',
      {
        onRequest: requireScope(deps, 'admin', 'operator'),
        validatorCompiler: objectBodyOnly,
        schema: {
          tags: ['catalog'],
          summary: 'Change a product with a JSON Merge Patch; the merged product is validated whole',
          security: bearerSecurity,
          params: productIdParams,
          body: productPatchSchema,
          response: { 200: productViewSchema, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const result = await updateProduct(deps, request.params.id, request.body);
        if (!result.ok) return sendFailure(request, reply, result);
        return result.value;
      },
    );
  });
};
