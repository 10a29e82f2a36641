import { decideReview, listReviews } from '../../../services/risk/risk-reviews.js';
import { deleteRule, listRules, putRule, testRule } from '../../../services/risk/risk-rules.js';
import { modelStatus, trainStoreModel } from '../../../services/risk/risk-training.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

const anyObject = { type: 'object', additionalProperties: true } as const;
const idParam = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } } as const;

/** The operator's side of fraud screening: the review queue, the rules (with test mode) and the learned model. */
export const adminRiskRoutes: RouteRegistrar = (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const operator = requireScope(deps, 'admin', 'operator');
  const owner = requireScope(deps, 'admin', 'owner');
  const by = (request: { principal?: { name: string } }) => request.principal?.name ?? 'unknown';

  app.get<{ Querystring: { status?: string; limit?: number } }>(
    '/v1/admin/risk/reviews',
    {
      onRequest: readOnly,
      schema: {
        tags: ['risk'],
        summary: 'The review queue: assessments held for a person, with reasons, the buyer history and the order',
        security: bearerSecurity,
        querystring: { type: 'object', additionalProperties: false, properties: { status: { type: 'string' }, limit: { type: 'integer' } } },
        response: { 200: anyObject, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await listReviews(deps, request.query);
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/v1/admin/risk/reviews/:id',
    {
      onRequest: operator,
      schema: {
        tags: ['risk'],
        summary: 'Decide a review: {"decision": "approve" | "decline", "note"}; approve captures and releases the order, decline voids and cancels it; the model learns',
        security: bearerSecurity,
        params: idParam,
        body: anyObject,
        response: { 200: anyObject, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const r = await decideReview(deps, request.params.id, request.body, by(request));
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.get('/v1/admin/risk/rules', { onRequest: readOnly, schema: { tags: ['risk'], summary: 'The store’s risk rules in order, and the features they can read', security: bearerSecurity, response: { 200: anyObject, ...problemResponses(401, 403) } } }, async () => listRules(deps));

  app.put<{ Params: { id: string } }>(
    '/v1/admin/risk/rules/:id',
    {
      onRequest: owner,
      schema: { tags: ['risk'], summary: 'Create or replace a rule: {description, when, weight, action, enabled, source, position}', security: bearerSecurity, params: idParam, body: anyObject, response: { 200: anyObject, 201: anyObject, ...problemResponses(400, 401, 403) } },
    },
    async (request, reply) => {
      const r = await putRule(deps, request.params.id, request.body, by(request));
      if (!r.ok) return sendFailure(request, reply, r);
      reply.code(r.value.created ? 201 : 200);
      return r.value.rule;
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/v1/admin/risk/rules/:id',
    { onRequest: owner, schema: { tags: ['risk'], summary: 'Delete a rule', security: bearerSecurity, params: idParam, response: { 204: { type: 'null' }, ...problemResponses(401, 403, 404) } } },
    async (request, reply) => {
      const r = await deleteRule(deps, request.params.id);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(204).send();
    },
  );

  app.post(
    '/v1/admin/risk/rules/test',
    {
      onRequest: operator,
      schema: { tags: ['risk'], summary: 'Test mode: what a rule would have done on past orders (hits, changed decisions, fraud vs legitimate); nothing is saved', security: bearerSecurity, body: anyObject, response: { 200: anyObject, ...problemResponses(400, 401, 403) } },
    },
    async (request, reply) => {
      const r = await testRule(deps, request.body);
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.get('/v1/admin/risk/model', { onRequest: readOnly, schema: { tags: ['risk'], summary: 'The learned model: labels, weights, fit', security: bearerSecurity, response: { 200: anyObject, ...problemResponses(401, 403) } } }, async () => modelStatus(deps));

  app.post(
    '/v1/admin/risk/model/train',
    { onRequest: owner, schema: { tags: ['risk'], summary: 'Train the model on the store’s labeled outcomes now', security: bearerSecurity, response: { 200: anyObject, ...problemResponses(401, 403, 409) } } },
    async (request, reply) => {
      const r = await trainStoreModel(deps);
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );
};
