import { describeDestination, getRule, listTariffLines, summarizeRules } from '../../../services/rules/describe-rules.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

/** Read-only views of the landed-cost rules: public, like the tariffs and laws they come from. */
export const getRules: RouteRegistrar = (app, deps) => {
  app.get(
    '/v1/rules',
    {
      schema: {
        tags: ['rules'],
        summary: 'The rule set: version, counts by kind, destinations covered',
        response: {
          200: {
            type: 'object',
            required: ['version', 'counts', 'destinations', 'importedLinesSkipped'],
            properties: { version: { type: 'string' }, counts: { type: 'object', additionalProperties: { type: 'integer' } }, destinations: { type: 'array', items: { type: 'string' } }, importedLinesSkipped: { type: 'integer' } },
          },
        },
      },
    },
    async () => summarizeRules(deps.quotes),
  );

  app.get<{ Params: { country: string }; Querystring: { date?: string } }>(
    '/v1/rules/destinations/:country',
    {
      schema: {
        tags: ['rules'],
        summary: 'Every rule in effect for a destination on a date (default: today, UTC)',
        params: { type: 'object', required: ['country'], properties: { country: { type: 'string', pattern: '^[A-Z]{2}$' } } },
        querystring: { type: 'object', additionalProperties: false, properties: { date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } } },
        response: { 200: { type: 'object', additionalProperties: true }, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const date = request.query.date ?? deps.clock().toISOString().slice(0, 10);
      const r = await describeDestination(deps.quotes, request.params.country, date);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );

  app.get<{ Querystring: { territory?: string; hs?: string; date?: string; limit?: number } }>(
    '/v1/rules/tariffs',
    {
      schema: {
        tags: ['rules'],
        summary: 'Tariff lines of a customs territory in effect on a date (default today, UTC), under or covering an HS code',
        querystring: { type: 'object', additionalProperties: false, properties: { territory: { type: 'string' }, hs: { type: 'string' }, date: { type: 'string' }, limit: { type: 'integer' } } },
        response: { 200: { type: 'object', additionalProperties: true }, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const r = await listTariffLines(deps.quotes, { ...request.query, date: request.query.date ?? deps.clock().toISOString().slice(0, 10) });
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/v1/rules/:id',
    {
      schema: {
        tags: ['rules'],
        summary: 'One rule as written, with its source and dates',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 200 } } },
        response: { 200: { type: 'object', required: ['kind', 'rule'], properties: { kind: { type: 'string' }, rule: { type: 'object', additionalProperties: true } } }, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const r = await getRule(deps.quotes, request.params.id);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );
};
