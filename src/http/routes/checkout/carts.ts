import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Result } from '../../../core/result/result.js';
import { addCartLine, createCart, getCart, patchCart, removeCartLine, setCartLine, type CartSummary, type CartView } from '../../../services/checkout/carts.js';
import { checkoutCart } from '../../../services/checkout/checkout.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { idempotencyHeaderSchema, replyIdempotently } from '../payments/idempotent-reply.js';
import { optionalObjectBody } from '../payments/schemas.js';
import { cartSchema, cartSummarySchema, checkoutAnswerSchema, checkoutBody, createCartBody, lineBody, patchCartBody, quantityBody } from './schemas.js';

type IdRoute = { Params: { id: string } };
type LineRoute = { Params: { id: string; sku: string } };
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', description: 'the cart id' } } } as const;
const lineParams = { type: 'object', required: ['id', 'sku'], properties: { id: { type: 'string' }, sku: { type: 'string' } } } as const;
const cartResponses = (ok: number) => ({ [ok]: { anyOf: [cartSchema, cartSummarySchema] }, ...problemResponses(400, 401, 403, 404, 409, 410, 415, 422) });
const preferHeader = {
  type: 'object',
  properties: { prefer: { type: 'string', description: 'return=minimal: answer only id, status, version and lines (no pricing); read the priced cart with GET when needed' } },
} as const;

/** The cart answer, with its version as ETag so a storefront can tell when it changed. */
function sendCart(request: FastifyRequest, reply: FastifyReply, r: Result<CartView | CartSummary, string>, status = 200) {
  if (!r.ok) return sendFailure(request, reply, r);
  if (!('deliveryOptions' in r.value)) reply.header('preference-applied', 'return=minimal');
  return reply.code(status).header('etag', `"${r.value.id}.${r.value.version}"`).send(r.value);
}

/** `Prefer: return=minimal` (RFC 7240) on a change: answer the cart's id, version and lines, without pricing it. */
function minimal(request: FastifyRequest): { minimal: boolean } {
  const prefer = request.headers.prefer;
  const values = (Array.isArray(prefer) ? prefer.join(',') : (prefer ?? '')).split(/[,;]/).map((v) => v.trim().toLowerCase());
  return { minimal: values.includes('return=minimal') };
}

/**
 * Carts and checkout for a storefront or an integrating shop (API key with the api scope). Every
 * cart answer is the cart priced now: lines at the market's prices, delivery options with the
 * landed cost of each (DDP: paid now; DAP: an estimate due on delivery), the totals, and the
 * problems that stop a checkout.
 */
export const cartRoutes: RouteRegistrar = (app, deps) => {
  const api = requireScope(deps, 'api');
  const tags = ['checkout'];

  app.post('/v1/carts', {
    onRequest: api,
    validatorCompiler: optionalObjectBody,
    schema: { tags, summary: 'Start a cart in a market (optionally with its first lines, email and address)', security: bearerSecurity, headers: preferHeader, body: createCartBody, response: cartResponses(201) },
  }, async (request, reply) => {
    const header = request.headers[deps.countryHeader];
    const buyerCountry = typeof header === 'string' && /^[A-Za-z]{2}$/.test(header) ? header.toUpperCase() : undefined;
    return sendCart(request, reply, await createCart(deps, request.body, { ...minimal(request), ...(buyerCountry ? { buyerCountry } : {}) }), 201);
  });

  app.get<IdRoute>('/v1/carts/:id', {
    onRequest: api,
    schema: { tags, summary: 'A cart priced now, with its delivery options and landed cost', security: bearerSecurity, params: idParams, response: cartResponses(200) },
  }, async (request, reply) => sendCart(request, reply, await getCart(deps, request.params.id)));

  app.post<IdRoute>('/v1/carts/:id/lines', {
    onRequest: api,
    validatorCompiler: objectBodyOnly,
    schema: { tags, summary: 'Add units of a SKU (to its line when there is one)', security: bearerSecurity, params: idParams, headers: preferHeader, body: lineBody, response: cartResponses(200) },
  }, async (request, reply) => sendCart(request, reply, await addCartLine(deps, request.params.id, request.body, minimal(request))));

  app.put<LineRoute>('/v1/carts/:id/lines/:sku', {
    onRequest: api,
    validatorCompiler: objectBodyOnly,
    schema: { tags, summary: "Set a line's quantity (0 removes it)", security: bearerSecurity, params: lineParams, headers: preferHeader, body: quantityBody, response: cartResponses(200) },
  }, async (request, reply) => sendCart(request, reply, await setCartLine(deps, request.params.id, request.params.sku, request.body, minimal(request))));

  app.delete<LineRoute>('/v1/carts/:id/lines/:sku', {
    onRequest: api,
    schema: { tags, summary: 'Remove a line', security: bearerSecurity, headers: preferHeader, params: lineParams, response: cartResponses(200) },
  }, async (request, reply) => sendCart(request, reply, await removeCartLine(deps, request.params.id, request.params.sku, minimal(request))));

  app.patch<IdRoute>('/v1/carts/:id', {
    onRequest: api,
    validatorCompiler: objectBodyOnly,
    schema: { tags, summary: 'Set the email, delivery address, locale, discount code or delivery option', security: bearerSecurity, params: idParams, headers: preferHeader, body: patchCartBody, response: cartResponses(200) },
  }, async (request, reply) => sendCart(request, reply, await patchCart(deps, request.params.id, request.body, minimal(request))));

  app.post<IdRoute>('/v1/carts/:id/checkout', {
    onRequest: api,
    validatorCompiler: optionalObjectBody,
    schema: {
      tags,
      summary: 'Check out: hold the stock, freeze the quote into an order, and start its payment (Idempotency-Key recommended)',
      description: 'A cart becomes at most one order. With the same Idempotency-Key a retry answers the first result. 409 CHECKOUT_BLOCKED lists what to fix; 409 INSUFFICIENT_STOCK names the lines; 409 QUOTE_CHANGED when expectedTotal no longer holds.',
      security: bearerSecurity,
      params: idParams,
      headers: idempotencyHeaderSchema(false),
      body: checkoutBody,
      response: { 201: checkoutAnswerSchema, ...problemResponses(400, 401, 402, 403, 404, 409, 410, 415, 422, 451, 502, 503) },
    },
  }, async (request, reply) =>
    replyIdempotently(deps, request, reply, { operation: 'orders.create', required: false, successStatus: 201 }, (providerKey) =>
      checkoutCart(deps, request.params.id, request.body, providerKey === undefined ? {} : { providerKey }),
    ),
  );
};
