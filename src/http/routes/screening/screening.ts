import { parseAddressQuery, screenAddressOf, screenParty } from '../../../services/screening/screen-party.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { screeningHistoryRoutes } from './screening-history.js';

/** Denied-party screening on demand, the list editions in force, and the history of screenings made. */
export const screeningRoutes: RouteRegistrar = (app, deps) => {
  app.post<{ Body: Record<string, unknown> }>(
    '/v1/screening',
    {
      onRequest: requireScope(deps, 'api'),
      schema: {
        tags: ['screening'],
        summary: 'Screen a name against every active denied-party list: clear, potential_match (hold for review) or match (block), with each matching entry, its score and why',
        description: 'Body: {"name": "...", "country": "RU" or "Russia" (optional), "type": "individual" | "entity" (optional), "reference": "your order or customer id" (optional)}. The screening is recorded with the list editions it ran against.',
        security: bearerSecurity,
        body: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string', maxLength: 1000 }, country: { type: 'string', maxLength: 100 }, type: { type: 'string', maxLength: 20 }, reference: { type: 'string', maxLength: 200 } } },
        response: { 200: { type: 'object', additionalProperties: true }, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { reference, ...query } = request.body;
      const r = await screenParty(deps, query, { record: true, source: 'api', reference: typeof reference === 'string' ? reference : null });
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.post(
    '/v1/screening/addresses',
    {
      onRequest: requireScope(deps, 'api'),
      schema: {
        tags: ['screening'],
        summary: 'Screen an address: against the sanctioned destinations (match: block) and the street addresses the active lists publish (potential_match: hold for review)',
        description: 'Body: {"lines": ["Friedrichstrasse 123"], "city": "Berlin", "postalCode": "10117" (optional), "region": "BE" (optional), "country": "DE", "reference": "your order id" (optional)}. Recorded with the list editions it ran against.',
        security: bearerSecurity,
        body: { type: 'object', additionalProperties: true },
        response: { 200: { type: 'object', additionalProperties: true }, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const parsed = parseAddressQuery(request.body);
      if (!parsed.ok) return sendFailure(request, reply, parsed);
      const r = await screenAddressOf(deps, parsed.value.address, { record: true, source: 'api', reference: parsed.value.reference });
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.get(
    '/v1/admin/screening/lists',
    {
      onRequest: requireScope(deps, 'admin', 'read_only'),
      schema: { tags: ['screening'], summary: 'Imported list editions, the active one of each kind first', security: bearerSecurity, response: { 200: { type: 'object', additionalProperties: true }, ...problemResponses(401, 403) } },
    },
    async () => ({ items: (await deps.screening.editions()).map((e) => ({ id: e.id, kind: e.kind, edition: e.edition, source: e.source, sha256: e.sha256, entries: e.entries, names: e.names, active: e.active, importedAt: e.importedAt.toISOString() })) }),
  );
  screeningHistoryRoutes(app, deps);
};
