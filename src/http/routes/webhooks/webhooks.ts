import { createWebhookEndpoint } from '../../../services/webhooks/create-webhook-endpoint.js';
import { deleteWebhookEndpoint, listEvents, listWebhookDeliveries, listWebhookEndpoints, type DeliveryListInput, type EventListInput } from '../../../services/webhooks/list-webhooks.js';
import { replayWebhookDelivery } from '../../../services/webhooks/replay-webhook-delivery.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';

const endpoint = {
  type: 'object',
  required: ['id', 'url', 'description', 'eventTypes', 'active', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    url: { type: 'string' },
    description: { type: ['string', 'null'] },
    eventTypes: { type: 'array', items: { type: 'string' } },
    active: { type: 'boolean' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

const delivery = {
  type: 'object',
  required: ['id', 'endpointId', 'eventId', 'eventType', 'status', 'attempts', 'nextAttemptAt', 'lastAttemptAt', 'lastStatusCode', 'lastError', 'deliveredAt', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    endpointId: { type: 'string', format: 'uuid' },
    eventId: { type: 'string', format: 'uuid' },
    eventType: { type: 'string' },
    status: { type: 'string', enum: ['pending', 'delivered', 'failed'] },
    attempts: { type: 'integer' },
    nextAttemptAt: { type: ['string', 'null'], format: 'date-time' },
    lastAttemptAt: { type: ['string', 'null'], format: 'date-time' },
    lastStatusCode: { type: ['integer', 'null'] },
    lastError: { type: ['string', 'null'] },
    deliveredAt: { type: ['string', 'null'], format: 'date-time' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

const event = {
  type: 'object',
  required: ['id', 'type', 'subject', 'data', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    type: { type: 'string', examples: ['product.updated'] },
    subject: { type: 'object', required: ['kind', 'id'], properties: { kind: { type: 'string' }, id: { type: 'string' } } },
    data: { type: 'object', additionalProperties: true },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } } as const;
const page = (items: object) => ({ type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items }, nextCursor: { type: ['string', 'null'] } } }) as const;

/**
 * Webhooks (admin): endpoints, their deliveries (listed, replayed) and the event outbox behind them.
 * Deliveries are POSTs of the event JSON signed in `landfall-signature: t=<seconds>,v1=<hex>`,
 * HMAC-SHA256 of "<t>.<raw body>" with the endpoint's secret.
 */
export const webhookRoutes: RouteRegistrar = (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const operator = requireScope(deps, 'admin', 'operator');
  const owner = requireScope(deps, 'admin', 'owner');
  const tags = ['webhooks'];

  app.post(
    '/v1/admin/webhooks',
    {
      onRequest: owner,
      validatorCompiler: objectBodyOnly,
      schema: {
        tags,
        summary: 'Register a webhook endpoint; the signing secret is in this answer only',
        security: bearerSecurity,
        body: { type: 'object', required: ['url', 'eventTypes'], properties: { url: { type: 'string', examples: ['https://erp.example.com/landfall'] }, description: { type: 'string' }, eventTypes: { type: 'array', items: { type: 'string' }, examples: [['order.*', 'product.updated']] } } },
        response: { 201: { ...endpoint, required: [...endpoint.required, 'secret'], properties: { ...endpoint.properties, secret: { type: 'string' } } }, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await createWebhookEndpoint(deps, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(201).send(r.value);
    },
  );

  app.get('/v1/admin/webhooks', { onRequest: readOnly, schema: { tags, summary: 'Webhook endpoints (without secrets)', security: bearerSecurity, response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: endpoint } } }, ...problemResponses(401, 403) } } }, async () => ({
    items: await listWebhookEndpoints(deps),
  }));

  app.delete<{ Params: { id: string } }>(
    '/v1/admin/webhooks/:id',
    { onRequest: owner, schema: { tags, summary: 'Remove a webhook endpoint and its pending deliveries', security: bearerSecurity, params: idParams, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      const r = await deleteWebhookEndpoint(deps, request.params.id);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(204).send();
    },
  );

  app.get<{ Querystring: DeliveryListInput }>(
    '/v1/admin/webhooks/deliveries',
    {
      onRequest: readOnly,
      schema: {
        tags,
        summary: 'Deliveries, newest first: what was sent where, the attempts and the last answer',
        security: bearerSecurity,
        querystring: { type: 'object', additionalProperties: false, properties: { ...PAGE_QUERY, endpoint: { type: 'string', maxLength: 64 }, event: { type: 'string', maxLength: 64 }, status: { type: 'string', enum: ['pending', 'delivered', 'failed'] } } },
        response: { 200: page(delivery), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await listWebhookDeliveries(deps, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );

  app.post<{ Params: { id: string } }>(
    '/v1/admin/webhooks/deliveries/:id/replay',
    { onRequest: operator, schema: { tags, summary: 'Send a delivery again (at the next worker tick, within seconds)', security: bearerSecurity, params: idParams, response: { 202: delivery, ...problemResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      const r = await replayWebhookDelivery(deps, request.params.id);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(202).send(r.value);
    },
  );

  app.get<{ Querystring: EventListInput }>(
    '/v1/admin/events',
    {
      onRequest: readOnly,
      schema: {
        tags,
        summary: 'The event outbox, newest first',
        security: bearerSecurity,
        querystring: { type: 'object', additionalProperties: false, properties: { ...PAGE_QUERY, type: { type: 'string', maxLength: 100 }, subjectKind: { type: 'string', maxLength: 100 }, subjectId: { type: 'string', maxLength: 100 } } },
        response: { 200: page(event), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await listEvents(deps, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );
};
