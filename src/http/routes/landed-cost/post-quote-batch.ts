import { quoteLandedCost } from '../../../services/landed-cost/quote-landed-cost.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendProblem, statusForCode } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';

export const MAX_BATCH = 100;

/** Many quotes in one call; each result stands alone (one bad request does not fail the others). */
export const postQuoteBatch: RouteRegistrar = (app, deps) => {
  app.post<{ Body: { requests?: unknown } }>(
    '/v1/landed-cost/quotes/batch',
    {
      onRequest: requireScope(deps, 'api'),
      validatorCompiler: objectBodyOnly,
      schema: {
        tags: ['landed cost'],
        summary: `Quote up to ${MAX_BATCH} consignments; results in the same order, each a quote or a problem`,
        security: bearerSecurity,
        body: { type: 'object', required: ['requests'], properties: { requests: { type: 'array', maxItems: MAX_BATCH, items: { $ref: 'LandedCostRequest#' } } } },
        response: {
          200: {
            type: 'object',
            required: ['results'],
            properties: {
              results: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['index', 'ok'],
                  properties: { index: { type: 'integer' }, ok: { type: 'boolean' }, quote: { $ref: 'LandedCostAnswer#' }, problem: { $ref: 'Problem#' } },
                },
              },
            },
          },
          ...problemResponses(400, 401, 403, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const requests = request.body.requests;
      if (!Array.isArray(requests) || requests.length === 0 || requests.length > MAX_BATCH) {
        return sendProblem(request, reply, 400, 'VALIDATION_FAILED', `requests must be an array of 1 to ${MAX_BATCH} quote requests`, [{ field: 'requests', message: `must have 1 to ${MAX_BATCH} items` }]);
      }
      const results = [];
      for (const [index, input] of requests.entries()) {
        const r = await quoteLandedCost(deps.quotes, input);
        if (r.ok) results.push({ index, ok: true, quote: r.value });
        else {
          const status = statusForCode(r.code);
          const errors = (r.details ?? (r.field ? [{ field: r.field, message: r.message }] : [])).map((e) => ({ field: `requests[${index}].${e.field}`, message: e.message }));
          results.push({ index, ok: false, problem: { type: `urn:landfall:problem:${r.code.toLowerCase().replace(/_/g, '-')}`, title: 'Quote failed', status, code: r.code, detail: r.message, instance: request.url, requestId: request.id, errors } });
        }
      }
      return { results };
    },
  );
};
