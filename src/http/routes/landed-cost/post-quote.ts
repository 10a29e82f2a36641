import { quoteLandedCost } from '../../../services/landed-cost/quote-landed-cost.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';

export const postQuote: RouteRegistrar = (app, deps) => {
  app.post(
    '/v1/landed-cost/quotes',
    {
      onRequest: requireScope(deps, 'api'),
      validatorCompiler: objectBodyOnly,
      schema: {
        tags: ['landed cost'],
        summary: 'Quote the landed cost of a consignment: duties, import taxes and fees, each explained',
        security: bearerSecurity,
        body: { $ref: 'LandedCostRequest#' },
        response: { 200: { $ref: 'LandedCostAnswer#' }, ...problemResponses(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const result = await quoteLandedCost(deps.quotes, request.body);
      if (!result.ok) return sendFailure(request, reply, result);
      return result.value;
    },
  );
};
