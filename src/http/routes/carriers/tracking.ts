import { trackOrderForAdmin, trackOrderForBuyer } from '../../../services/carriers/shipment-tracking.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { trackingSchema } from './schemas.js';

type NumberRoute = { Params: { number: string } };
const params = { type: 'object', required: ['number'], properties: { number: { type: 'string', examples: ['LF-100420'] } } } as const;

/** Tracking per shipment: the buyer's (number and email, api scope) and the operator's (admin scope). */
export const trackingRoutes: RouteRegistrar = (app, deps) => {
  const tags = ['fulfillment'];
  app.get<NumberRoute & { Querystring: { email: string } }>('/v1/orders/:number/tracking', {
    onRequest: requireScope(deps, 'api'),
    schema: {
      tags,
      summary: "A buyer's parcels and their tracking events (order number and email, like the order lookup)",
      security: bearerSecurity,
      params,
      querystring: { type: 'object', required: ['email'], properties: { email: { type: 'string' } } },
      response: { 200: trackingSchema, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const r = await trackOrderForBuyer(deps, request.params.number, request.query.email);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.get<NumberRoute>('/v1/admin/orders/:number/tracking', {
    onRequest: requireScope(deps, 'admin', 'read_only'),
    schema: { tags, summary: "An order's parcels and their tracking events, with the carrier's words", security: bearerSecurity, params, response: { 200: trackingSchema, ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    const r = await trackOrderForAdmin(deps, request.params.number);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });
};
