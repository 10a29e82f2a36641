import type { FastifySchemaCompiler } from 'fastify';
import { getScreening, listScreeningHistory, SCREENING_DECISIONS, SCREENING_SOURCES } from '../../../services/screening/screening-history.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';

/**
 * The query and the id are checked by the service, which names every bad parameter at once in
 * its own words (an unknown parameter, a decision that is not one, a reversed range); the schemas
 * below document them in OpenAPI.
 */
const checkedByService: FastifySchemaCompiler<unknown> = () => () => true;

const nullableString = { type: ['string', 'null'] } as const;
const matchSchema = {
  type: 'object',
  required: ['list', 'id', 'name', 'matchedName', 'score', 'why'],
  properties: {
    list: { type: 'string', description: 'The list the entry is on (eu, ofac-sdn, un, ...)' },
    id: { type: 'string', description: "The list's own id of the entry" },
    name: { type: 'string', description: "The entry's primary name" },
    matchedName: { type: 'string', description: 'The name or alias that matched' },
    score: { type: 'number', minimum: 0, maximum: 1 },
    why: { type: 'array', items: { type: 'string' }, description: 'Plain-language reasons, strongest first' },
  },
} as const;
const editionSchema = {
  type: 'object',
  required: ['kind', 'id', 'edition', 'importedAt', 'file', 'active'],
  properties: {
    kind: { type: 'string', description: 'The list kind (csl, ofac-sdn, ofac-non-sdn, un, eu, uk)' },
    id: { type: 'string', format: 'uuid', description: 'The edition id (GET /v1/admin/screening/lists)' },
    edition: { ...nullableString, description: 'The publication or generation date the imported file states; null when it states none' },
    importedAt: { ...nullableString, format: 'date-time', description: 'When the edition was imported; null if it is no longer stored' },
    file: { ...nullableString, description: 'The imported file or folder' },
    active: { type: ['boolean', 'null'], description: 'Whether it is still the active edition of its kind' },
  },
} as const;
const screeningSchema = {
  type: 'object',
  required: ['id', 'at', 'query', 'decision', 'matches', 'matchCount', 'source', 'reference', 'editions'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    at: { type: 'string', format: 'date-time' },
    query: { type: 'object', required: ['kind', 'name', 'country', 'type'], properties: { kind: { type: 'string', enum: ['name', 'address'], description: 'address: an address screened against the addresses the lists publish, `name` being the address in one line' }, name: { type: 'string' }, country: { ...nullableString, description: 'As given: an ISO code or an English name' }, type: nullableString } },
    decision: { type: 'string', enum: [...SCREENING_DECISIONS] },
    matches: { type: 'array', items: matchSchema, description: 'The strongest matches: at most 3 in a history page, all of them in one screening' },
    matchCount: { type: 'integer', minimum: 0 },
    source: { type: 'string', enum: [...SCREENING_SOURCES] },
    reference: { ...nullableString, description: "The caller's reference (POST /v1/screening) or the order id (checkout)" },
    editions: { type: 'array', items: editionSchema },
  },
} as const;

/** The operator's record of every screening made: a filtered, paginated history, and one screening whole. */
export const screeningHistoryRoutes: RouteRegistrar = (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');

  app.get<{ Querystring: Record<string, unknown> }>(
    '/v1/admin/screening/history',
    {
      onRequest: readOnly,
      validatorCompiler: checkedByService,
      schema: {
        tags: ['screening'],
        summary: 'Recorded screenings, newest first: the query, decision, strongest matches with why, source, reference and the list editions used',
        security: bearerSecurity,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...PAGE_QUERY,
            decision: { type: 'string', enum: [...SCREENING_DECISIONS] },
            source: { type: 'string', enum: [...SCREENING_SOURCES] },
            reference: { type: 'string', minLength: 1, maxLength: 200, description: 'As recorded; an order number (LF-100420) also finds the screening checkout recorded under the order id' },
            from: { type: 'string', description: 'A day (YYYY-MM-DD, UTC, included) or a timestamp with its offset', examples: ['2026-11-01'] },
            to: { type: 'string', description: 'A day (YYYY-MM-DD, UTC, included) or a timestamp with its offset', examples: ['2026-11-30'] },
          },
        },
        response: { 200: { type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: screeningSchema }, nextCursor: nullableString } }, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await listScreeningHistory(deps, request.query ?? {});
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/v1/admin/screening/history/:id',
    {
      onRequest: readOnly,
      validatorCompiler: checkedByService,
      schema: {
        tags: ['screening'],
        summary: 'One recorded screening whole: every match with why, and the list editions it ran against',
        security: bearerSecurity,
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
        response: { 200: screeningSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const r = await getScreening(deps, request.params.id);
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );
};
