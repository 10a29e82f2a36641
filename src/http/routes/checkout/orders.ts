import { putDiscountCode, listDiscountCodes } from '../../../services/checkout/discount-codes.js';
import { cancelOrder, deliverShipment, getOrder, listOrders, lookUpOrder, payOrder, refundOrder, shipOrder } from '../../../services/orders/order-operations.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { idempotencyHeaderSchema, replyIdempotently } from '../payments/idempotent-reply.js';
import { optionalObjectBody, paymentSchema } from '../payments/schemas.js';
import { discountCodeBody, discountCodeSchema, orderSchema, refundBody } from './schemas.js';

type NumberRoute = { Params: { number: string } };
type ShipmentRoute = { Params: { number: string; position: number } };
const numberParams = { type: 'object', required: ['number'], properties: { number: { type: 'string', examples: ['LF-100420'] } } } as const;
const shipmentParams = { type: 'object', required: ['number', 'position'], properties: { number: { type: 'string' }, position: { type: 'integer', minimum: 0, maximum: 99 } } } as const;
const orderResponses = (ok: number) => ({ [ok]: orderSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 502, 503) });

/**
 * Orders: the buyer's lookup and payment (api scope), and the merchant's list, shipping, delivery,
 * cancellation and refunds (admin scope). Refunds need an Idempotency-Key; a cancel that refunds
 * takes one too.
 */
export const orderRoutes: RouteRegistrar = (app, deps) => {
  const api = requireScope(deps, 'api');
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const operator = requireScope(deps, 'admin', 'operator');
  const tags = ['orders'];

  app.get<NumberRoute & { Querystring: { email: string } }>('/v1/orders/:number', {
    onRequest: api,
    schema: {
      tags,
      summary: "A buyer's order by number and email (order lookup)",
      security: bearerSecurity,
      params: numberParams,
      querystring: { type: 'object', required: ['email'], properties: { email: { type: 'string' } } },
      response: orderResponses(200),
    },
  }, async (request, reply) => {
    const r = await lookUpOrder(deps, request.params.number, request.query.email);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.post<NumberRoute>('/v1/orders/:number/payments', {
    onRequest: api,
    validatorCompiler: objectBodyOnly,
    schema: {
      tags,
      summary: 'Start (again) the payment of an order waiting for one',
      security: bearerSecurity,
      params: numberParams,
      headers: idempotencyHeaderSchema(false),
      body: { type: 'object', required: ['method'], properties: { method: { type: 'string' }, capture: { type: 'string', enum: ['automatic', 'manual'] } } },
      response: { 201: paymentSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 502, 503) },
    },
  }, async (request, reply) =>
    replyIdempotently(deps, request, reply, { operation: 'orders.pay', required: false, successStatus: 201 }, (providerKey) => payOrder(deps, request.params.number, request.body, providerKey === undefined ? {} : { providerKey })),
  );

  app.get<{ Querystring: { limit?: number; cursor?: string; status?: string } }>('/v1/admin/orders', {
    onRequest: readOnly,
    schema: {
      tags,
      summary: 'Orders, newest first',
      security: bearerSecurity,
      querystring: { type: 'object', properties: { ...PAGE_QUERY, status: { type: 'string' } } },
      response: { 200: { type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: orderSchema }, nextCursor: { type: ['string', 'null'] } } }, ...problemResponses(400, 401, 403) },
    },
  }, async (request, reply) => {
    const r = await listOrders(deps, request.query);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.get<NumberRoute>('/v1/admin/orders/:number', {
    onRequest: readOnly,
    schema: { tags, summary: 'An order with its payments', security: bearerSecurity, params: numberParams, response: orderResponses(200) },
  }, async (request, reply) => {
    const r = await getOrder(deps, request.params.number);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.post<NumberRoute>('/v1/admin/orders/:number/cancel', {
    onRequest: operator,
    validatorCompiler: optionalObjectBody,
    schema: {
      tags,
      summary: 'Cancel an order not yet shipped (a paid one is refunded in full and restocked)',
      security: bearerSecurity,
      params: numberParams,
      headers: idempotencyHeaderSchema(false),
      body: { type: 'object', properties: { reason: { type: 'string', maxLength: 500 } } },
      response: orderResponses(200),
    },
  }, async (request, reply) =>
    replyIdempotently(deps, request, reply, { operation: 'orders.cancel', required: false, successStatus: 200 }, (providerKey) => cancelOrder(deps, request.params.number, request.body, providerKey === undefined ? {} : { providerKey })),
  );

  app.post<ShipmentRoute>('/v1/admin/orders/:number/shipments/:position/ship', {
    onRequest: operator,
    validatorCompiler: objectBodyOnly,
    schema: {
      tags,
      summary: 'Mark a parcel shipped with its tracking number',
      security: bearerSecurity,
      params: shipmentParams,
      body: { type: 'object', required: ['trackingNumber'], properties: { trackingNumber: { type: 'string' }, carrier: { type: 'string' } } },
      response: orderResponses(200),
    },
  }, async (request, reply) => {
    const r = await shipOrder(deps, request.params.number, request.params.position, request.body);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.post<ShipmentRoute>('/v1/admin/orders/:number/shipments/:position/deliver', {
    onRequest: operator,
    schema: { tags, summary: 'Mark a shipped parcel delivered', security: bearerSecurity, params: shipmentParams, response: orderResponses(200) },
  }, async (request, reply) => {
    const r = await deliverShipment(deps, request.params.number, request.params.position);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.post<NumberRoute>('/v1/admin/orders/:number/refunds', {
    onRequest: operator,
    validatorCompiler: objectBodyOnly,
    schema: {
      tags,
      summary: 'Refund lines (goods, and duties and taxes where the scheme allows), shipping and fees (Idempotency-Key required)',
      security: bearerSecurity,
      params: numberParams,
      headers: idempotencyHeaderSchema(true),
      body: refundBody,
      response: { 201: orderSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 502, 503) },
    },
  }, async (request, reply) =>
    replyIdempotently(deps, request, reply, { operation: 'orders.refund', required: true, successStatus: 201 }, (providerKey) => refundOrder(deps, request.params.number, request.body, providerKey === undefined ? {} : { providerKey })),
  );

  app.get('/v1/admin/discount-codes', {
    onRequest: readOnly,
    schema: { tags, summary: 'Discount codes', security: bearerSecurity, response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: discountCodeSchema } } }, ...problemResponses(401, 403) } },
  }, async () => ({ items: await listDiscountCodes(deps) }));

  app.post('/v1/admin/discount-codes', {
    onRequest: operator,
    validatorCompiler: objectBodyOnly,
    schema: { tags, summary: 'Create or replace a discount code (percentage or fixed, per market)', security: bearerSecurity, body: discountCodeBody, response: { 200: discountCodeSchema, ...problemResponses(400, 401, 403, 404, 415) } },
  }, async (request, reply) => {
    const r = await putDiscountCode(deps, request.body);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });
};
