import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Result } from '../../../core/result/result.js';
import { getLocalizedProduct, listLocalizedProducts, type LocalizedPage, type StoreContext } from '../../../services/store/localize-products.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

const contextQuery = {
  market: { type: 'string', maxLength: 40, description: 'market id; omitted: resolved from the country header and Accept-Language' },
  country: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'the buyer country (ISO alpha-2)' },
  locale: { type: 'string', maxLength: 20, description: 'a language the market speaks (BCP 47)' },
} as const;

const pageSchema = {
  type: 'object',
  required: ['market', 'inclusion', 'fx', 'items', 'nextCursor'],
  properties: {
    market: { type: 'object', additionalProperties: true },
    inclusion: { type: 'object', additionalProperties: true },
    fx: { type: 'object', additionalProperties: true },
    items: { type: 'array', items: { type: 'object', additionalProperties: true } },
    nextCursor: { type: ['string', 'null'] },
  },
} as const;

type Query = { market?: string; country?: string; locale?: string; limit?: number; cursor?: string; category?: string; q?: string };

/**
 * The store API: products in a market's language and currency, with what the prices include.
 * Public and cacheable: a strong ETag over the body answers If-None-Match with 304.
 */
export const storeProductRoutes: RouteRegistrar = (app, deps) => {
  const contextOf = (request: FastifyRequest<{ Querystring: Query }>): StoreContext => {
    const header = request.headers[deps.countryHeader];
    return {
      market: request.query.market,
      country: request.query.country,
      locale: request.query.locale,
      countryHeader: typeof header === 'string' ? header : undefined,
      acceptLanguage: request.headers['accept-language'],
    };
  };

  app.get<{ Querystring: Query }>(
    '/v1/store/products',
    {
      schema: {
        tags: ['store'],
        summary: 'Active products localized for a market: text in its language, prices in its currency',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...contextQuery,
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
            cursor: { type: 'string', maxLength: 512 },
            category: { type: 'string', maxLength: 60 },
            q: { type: 'string', maxLength: 200 },
          },
        },
        response: { 200: pageSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request, reply) => {
      const { limit, cursor, category, q } = request.query;
      const r = await listLocalizedProducts(deps, contextOf(request), { ...(limit ? { limit } : {}), ...(cursor ? { cursor } : {}), ...(category ? { category } : {}), ...(q ? { q } : {}) });
      return sendCacheable(request, reply, r, deps.countryHeader);
    },
  );

  app.get<{ Params: { handle: string }; Querystring: Query }>(
    '/v1/store/products/:handle',
    {
      schema: {
        tags: ['store'],
        summary: 'One active product localized for a market',
        params: { type: 'object', required: ['handle'], properties: { handle: { type: 'string', maxLength: 100 } } },
        querystring: { type: 'object', additionalProperties: false, properties: { ...contextQuery } },
        response: { 200: pageSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request, reply) => sendCacheable(request, reply, await getLocalizedProduct(deps, contextOf(request), request.params.handle), deps.countryHeader),
  );
};

function sendCacheable(request: FastifyRequest, reply: FastifyReply, result: Result<LocalizedPage, string>, countryHeader: string): FastifyReply {
  if (!result.ok) return sendFailure(request, reply, result);
  const body = JSON.stringify(result.value);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag).header('cache-control', 'public, max-age=60').header('vary', `accept-language, ${countryHeader}`);
  const match = request.headers['if-none-match'];
  if (typeof match === 'string' && match.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').serializer((x: unknown) => x as string).send(body);
}
