import { addPriceListEntry, listPriceList } from '../../../services/markets/add-price-list-entry.js';
import { listMarkets } from '../../../services/markets/list-markets.js';
import { saveMarket } from '../../../services/markets/save-market.js';
import { resolveBuyerMarket } from '../../../services/markets/resolve-buyer-market.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';

export const marketSchema = {
  $id: 'Market',
  type: 'object',
  required: ['id', 'name', 'countries', 'currency', 'locales', 'incoterm', 'taxInclusive', 'dutiesIncluded', 'paymentMethods', 'pricing', 'isDefault'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,39}$' },
    name: { type: 'string' },
    countries: { type: 'array', items: { type: 'string' } },
    currency: { type: 'string' },
    locales: { type: 'array', items: { type: 'string' }, description: 'BCP 47 tags, the default first' },
    incoterm: { type: 'string', enum: ['DDP', 'DAP'] },
    taxInclusive: { type: 'boolean' },
    dutiesIncluded: { type: 'boolean' },
    paymentMethods: { type: 'array', items: { type: 'string' } },
    pricing: {
      type: 'object',
      required: ['fxMarkupPercent', 'rounding'],
      properties: {
        fxMarkupPercent: { type: 'string', examples: ['2'] },
        rounding: { type: 'object', required: ['increment', 'mode'], properties: { increment: { type: 'integer', description: 'minor units' }, mode: { type: 'string' } } },
        charm: { type: 'object', required: ['modulus', 'ending', 'direction'], properties: { modulus: { type: 'integer' }, ending: { type: 'integer' }, direction: { type: 'string', enum: ['up', 'down', 'nearest'] } } },
      },
    },
    isDefault: { type: 'boolean' },
  },
} as const;

/** Markets: public list and buyer resolution for storefronts; admin create/replace. */
export const marketRoutes: RouteRegistrar = (app, deps) => {
  app.get('/v1/store/markets', { schema: { tags: ['markets'], summary: 'The markets this store sells in', response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { $ref: 'Market#' } } } } } } }, async () => ({
    items: await listMarkets(deps),
  }));

  app.get<{ Querystring: { path?: string; country?: string } }>(
    '/v1/store/market',
    {
      schema: {
        tags: ['markets'],
        summary: 'Resolve the buyer market and language: URL segment, then edge country header, then Accept-Language, then the default',
        querystring: { type: 'object', additionalProperties: false, properties: { path: { type: 'string', maxLength: 20, description: 'the {language}-{country} URL segment, e.g. de-de' }, country: { type: 'string', maxLength: 2 } } },
        response: {
          200: { type: 'object', required: ['market', 'country', 'locale', 'source'], properties: { market: { $ref: 'Market#' }, country: { type: 'string' }, locale: { type: 'string' }, source: { type: 'string' } } },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const header = request.headers[deps.countryHeader];
      const r = await resolveBuyerMarket(deps, {
        pathSegment: request.query.path,
        countryHeader: request.query.country ?? (typeof header === 'string' ? header : undefined),
        acceptLanguage: request.headers['accept-language'],
      });
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );

  app.get('/v1/admin/markets', { onRequest: requireScope(deps, 'admin', 'read_only'), schema: { tags: ['markets'], security: bearerSecurity, summary: 'List markets', response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { $ref: 'Market#' } } } }, ...problemResponses(401, 403) } } }, async () => ({
    items: await listMarkets(deps),
  }));

  app.put<{ Params: { id: string }; Body: Record<string, unknown> }>(
    '/v1/admin/markets/:id',
    {
      onRequest: requireScope(deps, 'admin', 'owner'),
      validatorCompiler: objectBodyOnly,
      schema: {
        tags: ['markets'],
        security: bearerSecurity,
        summary: 'Create or replace a market (a country may belong to one market only)',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
        body: { $ref: 'Market#' },
        response: { 200: { $ref: 'Market#' }, ...problemResponses(400, 401, 403, 409, 415) },
      },
    },
    async (request, reply) => {
      const r = await saveMarket(deps, { ...request.body, id: request.params.id });
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );

  const entrySchema = {
    type: 'object',
    required: ['sku', 'price', 'effectiveFrom', 'effectiveTo'],
    properties: { sku: { type: 'string' }, price: { $ref: 'Money#' }, effectiveFrom: { type: 'string', format: 'date' }, effectiveTo: { type: ['string', 'null'], format: 'date' } },
  } as const;

  app.get<{ Params: { id: string }; Querystring: { sku?: string } }>(
    '/v1/admin/markets/:id/price-list',
    {
      onRequest: requireScope(deps, 'admin', 'read_only'),
      schema: {
        tags: ['markets'],
        security: bearerSecurity,
        summary: "A market's price list (prices set by hand per SKU and dates)",
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
        querystring: { type: 'object', additionalProperties: false, properties: { sku: { type: 'string', maxLength: 64 } } },
        response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: entrySchema } } }, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const r = await listPriceList(deps, request.params.id, request.query.sku);
      if (!r.ok) return sendFailure(request, reply, r);
      return { items: r.value };
    },
  );

  app.post<{ Params: { id: string } }>(
    '/v1/admin/markets/:id/price-list',
    {
      onRequest: requireScope(deps, 'admin', 'operator'),
      validatorCompiler: objectBodyOnly,
      schema: {
        tags: ['markets'],
        security: bearerSecurity,
        summary: 'Set a market price for a SKU between two dates (entries for one SKU may not overlap)',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
        body: { type: 'object', required: ['sku', 'price', 'effectiveFrom'], properties: { sku: { type: 'string' }, price: { $ref: 'Money#' }, effectiveFrom: { type: 'string', format: 'date' }, effectiveTo: { type: ['string', 'null'], format: 'date' } } },
        response: { 201: entrySchema, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      const r = await addPriceListEntry(deps, request.params.id, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(201).send(r.value);
    },
  );
};
