import { listBuyerReturns, requestReturn } from '../../../services/returns/request-return.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { buyerReturnSchema, returnRequestBody } from './schemas.js';

type NumberRoute = { Params: { number: string } };
const params = { type: 'object', required: ['number'], properties: { number: { type: 'string', examples: ['LF-100420'] } } } as const;

/** The buyer's side of returns (api scope): ask for a return of shipped lines, and see one's returns. Number and email, like the order lookup. */
export const buyerReturnRoutes: RouteRegistrar = (app, deps) => {
  const api = requireScope(deps, 'api');
  const tags = ['returns'];

  app.post<NumberRoute>('/v1/orders/:number/returns', {
    onRequest: api,
    validatorCompiler: objectBodyOnly,
    schema: {
      tags,
      summary: 'Ask to return shipped lines of an order, each with a reason',
      description:
        'The email must be the order\'s (a wrong one answers 404 like an unknown order). Refused, changing nothing: an unpaid, cancelled, fully refunded or unshipped order (409 ORDER_STATE_CONFLICT, field status); a SKU not in the order (400, lines[i].sku); a line not shipped, more units than are left to return, lines from two warehouses (422 RETURN_NOT_RETURNABLE, naming the line).',
      security: bearerSecurity,
      params,
      body: returnRequestBody,
      response: { 201: buyerReturnSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
    },
  }, async (request, reply) => {
    const r = await requestReturn(deps, request.params.number, request.body);
    return r.ok ? reply.code(201).send(r.value) : sendFailure(request, reply, r);
  });

  app.get<NumberRoute & { Querystring: { email: string } }>('/v1/orders/:number/returns', {
    onRequest: api,
    schema: {
      tags,
      summary: "A buyer's returns of an order, and how many units of each line can still be returned",
      security: bearerSecurity,
      params,
      querystring: { type: 'object', required: ['email'], properties: { email: { type: 'string' } } },
      response: {
        200: { type: 'object', required: ['items', 'returnable'], properties: { items: { type: 'array', items: buyerReturnSchema }, returnable: { type: 'array', items: { type: 'object', required: ['sku', 'left'], properties: { sku: { type: 'string' }, left: { type: 'integer' } } } } } },
        ...problemResponses(400, 401, 403, 404),
      },
    },
  }, async (request, reply) => {
    const r = await listBuyerReturns(deps, request.params.number, request.query.email);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });
};
