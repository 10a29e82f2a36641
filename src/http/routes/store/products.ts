import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Result } from '../../../core/result/result.js';
import { getLocalizedProduct, listLocalizedProducts, type LocalizedPage, type StoreContext } from '../../../services/store/localize-products.js';
import { sendFailure } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';

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

/** How long a rendered store page is reused before it is built again (catalog and price edits show within this). */
export const STORE_PAGE_TTL_MS = 15_000;

/**
 * The store API: products in a market's language and currency, with what the prices include.
 * Public and cacheable: a strong ETag over the body answers If-None-Match with 304, and each
 * process keeps rendered pages for STORE_PAGE_TTL_MS (like a reverse proxy would), keyed by the
 * URL, the signals that choose the market and the date.
 */
export const storeProductRoutes: RouteRegistrar = (app, deps) => {
  const pages = new Map<string, { body: string; etag: string; expires: number }>();
  const cached = async (request: FastifyRequest, reply: FastifyReply, build: () => Promise<Result<LocalizedPage, string>>) => {
    const header = request.headers[deps.countryHeader];
    const key = `${deps.clock().toISOString().slice(0, 10)} ${request.url} ${typeof header === 'string' ? header : ''} ${request.headers['accept-language'] ?? ''}`;
    const now = performance.now();
    let page = pages.get(key);
    if (!page || page.expires < now) {
      const result = await build();
      if (!result.ok) return sendFailure(request, reply, result);
      const body = JSON.stringify(result.value);
      page = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`, expires: now + STORE_PAGE_TTL_MS };
      if (pages.size >= 1_000) pages.delete(pages.keys().next().value!);
      pages.set(key, page);
    }
    return sendPage(request, reply, page, deps.countryHeader);
  };
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
            ...PAGE_QUERY,
            category: { type: 'string', maxLength: 60 },
            q: { type: 'string', maxLength: 200 },
          },
        },
        response: { 200: pageSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request, reply) => {
      const { limit, cursor, category, q } = request.query;
      return cached(request, reply, () => listLocalizedProducts(deps, contextOf(request), { ...(limit ? { limit } : {}), ...(cursor ? { cursor } : {}), ...(category ? { category } : {}), ...(q ? { q } : {}) }));
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
    async (request, reply) => cached(request, reply, () => getLocalizedProduct(deps, contextOf(request), request.params.handle)),
  );
};

function sendPage(request: FastifyRequest, reply: FastifyReply, page: { body: string; etag: string }, countryHeader: string): FastifyReply {
  reply.header('etag', page.etag).header('cache-control', 'public, max-age=60').header('vary', `accept-language, ${countryHeader}`);
  const match = request.headers['if-none-match'];
  if (typeof match === 'string' && match.split(',').some((t) => t.trim() === page.etag || t.trim() === `W/${page.etag}`)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').serializer((x: unknown) => x as string).send(page.body);
}
