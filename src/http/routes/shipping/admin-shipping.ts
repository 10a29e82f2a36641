import { addRateCard } from '../../../services/shipping/add-rate-card.js';
import { listRateCards, listShippingServices } from '../../../services/shipping/list-shipping.js';
import { saveShippingService } from '../../../services/shipping/save-shipping-service.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { rateCardBody, rateCardViewSchema, shippingServiceBody, shippingServiceSchema } from './schemas.js';

const CODE = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,39}$' } as const;

/** Admin: shipping services (list, create or replace) and their rate cards (list, add). */
export const adminShippingRoutes: RouteRegistrar = (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const owner = requireScope(deps, 'admin', 'owner');

  app.get(
    '/v1/admin/shipping/services',
    { onRequest: readOnly, schema: { tags: ['shipping'], security: bearerSecurity, summary: 'List shipping services', response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: shippingServiceSchema } } }, ...problemResponses(401, 403) } } },
    async () => ({ items: await listShippingServices(deps) }),
  );

  app.put<{ Params: { code: string } }>(
    '/v1/admin/shipping/services/:code',
    {
      onRequest: owner,
      validatorCompiler: objectBodyOnly,
      schema: {
        tags: ['shipping'],
        security: bearerSecurity,
        summary: 'Create or replace a shipping service (its rate cards stay)',
        params: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
        body: shippingServiceBody,
        response: { 200: shippingServiceSchema, ...problemResponses(400, 401, 403, 415) },
      },
    },
    async (request, reply) => {
      const r = await saveShippingService(deps, request.params.code, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );

  app.get<{ Querystring: { service?: string; warehouse?: string } }>(
    '/v1/admin/shipping/rate-cards',
    {
      onRequest: readOnly,
      schema: {
        tags: ['shipping'],
        security: bearerSecurity,
        summary: 'List rate cards, by service, warehouse and start date',
        querystring: { type: 'object', additionalProperties: false, properties: { service: CODE, warehouse: CODE } },
        response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: rateCardViewSchema } } }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const r = await listRateCards(deps, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      return { items: r.value };
    },
  );

  app.post(
    '/v1/admin/shipping/rate-cards',
    {
      onRequest: owner,
      validatorCompiler: objectBodyOnly,
      schema: {
        tags: ['shipping'],
        security: bearerSecurity,
        summary: 'Add a rate card for a service from a warehouse (periods of one service and warehouse may not overlap)',
        body: rateCardBody,
        response: { 201: rateCardViewSchema, ...problemResponses(400, 401, 403, 409, 415) },
      },
    },
    async (request, reply) => {
      const r = await addRateCard(deps, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(201).send(r.value);
    },
  );
};
