import { getProfile, putProfile, rankMarkets } from '../../../services/market-selection/rank-markets.js';
import { reproduceIndex } from '../../../services/market-selection/reproduce-index.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

const anyObject = { type: 'object', additionalProperties: true } as const;

/**
 * Market selection for the merchant (admin scope): which countries to sell to next, ranked by the
 * store's profile over imported indicators and its own evidence, with explanations, sensitivity,
 * and the reproduction of published composite indices.
 */
export const marketSelectionRoutes: RouteRegistrar = (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const operator = requireScope(deps, 'admin', 'operator');
  const owner = requireScope(deps, 'admin', 'owner');
  const tags = ['market selection'];

  app.get<{ Querystring: { sensitivity?: boolean; top?: number } }>(
    '/v1/admin/market-selection/ranking',
    {
      onRequest: readOnly,
      schema: {
        tags,
        summary: "Countries ranked by the store's profile: score, rank, coverage, what lifts and sinks each, the method in words; ?sensitivity=true adds how ranks move when a weight moves",
        security: bearerSecurity,
        querystring: { type: 'object', additionalProperties: false, properties: { sensitivity: { type: 'boolean' }, top: { type: 'integer', minimum: 1, maximum: 50 } } },
        response: { 200: anyObject, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await rankMarkets(deps, { sensitivity: request.query.sensitivity === true, ...(request.query.top ? { top: request.query.top } : {}) });
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.post<{ Body: { profile?: unknown; sensitivity?: boolean; top?: number } }>(
    '/v1/admin/market-selection/ranking',
    {
      onRequest: operator,
      schema: {
        tags,
        summary: 'Rank with a profile given in the request (try weights without saving them)',
        security: bearerSecurity,
        body: { type: 'object', additionalProperties: false, required: ['profile'], properties: { profile: anyObject, sensitivity: { type: 'boolean' }, top: { type: 'integer', minimum: 1, maximum: 50 } } },
        response: { 200: anyObject, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await rankMarkets(deps, { profile: request.body.profile, sensitivity: request.body.sensitivity === true, ...(request.body.top ? { top: request.body.top } : {}) });
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.get('/v1/admin/market-selection/profile', { onRequest: readOnly, schema: { tags, summary: "The store's scoring profile: indicators with weights and directions, normalization, missing-value policy", security: bearerSecurity, response: { 200: anyObject, ...problemResponses(401, 403) } } }, async () => getProfile(deps));

  app.put(
    '/v1/admin/market-selection/profile',
    { onRequest: owner, schema: { tags, summary: "Replace the store's scoring profile", security: bearerSecurity, body: anyObject, response: { 200: anyObject, ...problemResponses(400, 401, 403) } } },
    async (request, reply) => {
      const r = await putProfile(deps, request.body, request.principal?.name ?? null);
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.get('/v1/admin/market-selection/indicators', { onRequest: readOnly, schema: { tags, summary: 'Imported indicator series: name, unit, source, countries and years covered', security: bearerSecurity, response: { 200: anyObject, ...problemResponses(401, 403) } } }, async () => ({ items: await deps.indicators.series() }));

  app.get<{ Querystring: Record<string, string> }>(
    '/v1/admin/market-selection/composites/:index',
    {
      onRequest: readOnly,
      schema: {
        tags,
        summary: 'Reproduce a published composite index (lpi) from its components for a year: ?year=2018&method=pca-first-component|least-squares|weighted-mean&weights=w1,...&round=N; agreement per country',
        security: bearerSecurity,
        params: { type: 'object', required: ['index'], properties: { index: { type: 'string', maxLength: 40 } } },
        querystring: { type: 'object', additionalProperties: false, properties: { year: { type: 'string' }, method: { type: 'string' }, weights: { type: 'string' }, round: { type: 'string' } } },
        response: { 200: anyObject, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await reproduceIndex(deps, { ...request.query, index: (request.params as { index: string }).index });
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.post(
    '/v1/admin/market-selection/composites',
    {
      onRequest: operator,
      schema: { tags, summary: 'Reproduce any index the merchant configures: {published, components[], year, method, weights, round}', security: bearerSecurity, body: anyObject, response: { 200: anyObject, ...problemResponses(400, 401, 403) } },
    },
    async (request, reply) => {
      const r = await reproduceIndex(deps, request.body as Record<string, unknown>);
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );
};
