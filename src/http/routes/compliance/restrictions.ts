import { addLicence, catalogRestrictions, checkGoodsRequest, listLicences, listRestrictionRules, removeLicence } from '../../../services/compliance/restrictions.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';

const anyObject = { type: 'object', additionalProperties: true } as const;

/** Restricted and prohibited goods: the check for API callers, the rules, the catalog per market, and the licences the merchant holds. */
export const restrictionRoutes: RouteRegistrar = (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const owner = requireScope(deps, 'admin', 'owner');
  const tags = ['compliance'];
  app.post(
    '/v1/restrictions/check',
    {
      onRequest: requireScope(deps, 'api'),
      validatorCompiler: objectBodyOnly,
      schema: {
        tags,
        summary: 'Check goods against the restricted and prohibited goods rules of a destination (and channel): blocked, by which channel, licences needed, conditions to meet',
        security: bearerSecurity,
        body: anyObject,
        response: { 200: anyObject, ...problemResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      const r = await checkGoodsRequest(deps, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );
  app.get('/v1/admin/restrictions/rules', { onRequest: readOnly, schema: { tags, summary: 'The restricted and prohibited goods rules, with dates, sources and whether each is in force today', security: bearerSecurity, response: { 200: anyObject, ...problemResponses(401, 403) } } }, async () => listRestrictionRules(deps));
  app.get<{ Querystring: { market?: string; date?: string } }>(
    '/v1/admin/restrictions/catalog',
    {
      onRequest: readOnly,
      schema: {
        tags,
        summary: "The catalog checked against each country of a market: the products with something to say, per country (blocked, channels barred, licences, conditions)",
        security: bearerSecurity,
        querystring: { type: 'object', properties: { market: { type: 'string', maxLength: 64 }, date: { type: 'string', maxLength: 32 } } },
        response: { 200: anyObject, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const r = await catalogRestrictions(deps, request.query.market, request.query.date);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );
  app.get('/v1/admin/restrictions/licences', { onRequest: readOnly, schema: { tags, summary: 'Licences and certificates held for restricted-goods rules', security: bearerSecurity, response: { 200: anyObject, ...problemResponses(401, 403) } } }, async () => ({ items: await listLicences(deps) }));
  app.post(
    '/v1/admin/restrictions/licences',
    { onRequest: owner, schema: { tags, summary: 'Record a licence or certificate: {rule, destination, reference, validFrom, validTo, note}; restricted lines to that destination are then allowed', security: bearerSecurity, body: anyObject, response: { 201: anyObject, ...problemResponses(400, 401, 403, 409) } } },
    async (request, reply) => {
      const r = await addLicence(deps, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(201).send(r.value);
    },
  );
  app.delete<{ Params: { id: string } }>(
    '/v1/admin/restrictions/licences/:id',
    { onRequest: owner, schema: { tags, summary: 'Remove a licence', security: bearerSecurity, params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } }, response: { 204: { type: 'null' }, ...problemResponses(401, 403, 404) } } },
    async (request, reply) => {
      const r = await removeLicence(deps, request.params.id);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(204).send();
    },
  );
};
