import { FEATURES } from '../../../core/fraud/features.js';
import { assessRisk } from '../../../services/risk/assess-risk.js';
import { getReview, recordOutcome } from '../../../services/risk/risk-reviews.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

const assessmentSchema = {
  type: 'object',
  required: ['score', 'decision', 'reasons', 'missingSignals', 'sca'],
  additionalProperties: true,
  properties: {
    id: { type: ['string', 'null'], description: 'null when the assessment was not recorded (?record=false)' },
    score: { type: 'integer', minimum: 0, maximum: 100 },
    decision: { type: 'string', enum: ['approve', 'challenge', 'review', 'decline'] },
    reasons: { type: 'array', items: { type: 'object', additionalProperties: true }, description: 'ranked by contribution (weight in log-odds; points: what the reason adds to the score)' },
    missingSignals: { type: 'array', items: { type: 'object', additionalProperties: true }, description: 'fields absent or unusable, and what their absence did' },
    sca: { type: 'object', additionalProperties: true },
  },
} as const;

/**
 * Risk assessments over the API, for Landfall's checkout and for other shops: an order in, a
 * score, a decision and the reasons out. Recorded by default, so the shop's history builds up
 * (velocity, links to fraud, the review queue); `?record=false` only answers.
 */
export const riskAssessmentRoutes: RouteRegistrar = (app, deps) => {
  app.post<{ Querystring: { record?: boolean } }>(
    '/v1/risk/assessments',
    {
      onRequest: requireScope(deps, 'api'),
      schema: {
        tags: ['risk'],
        summary: 'Score an order: 0-100, approve | challenge | review | decline, with reasons in plain words',
        description:
          'The body is the order as checkout builds it: id, createdAt, market, currency, total (major units, e.g. "129.90"), items[] {sku, title, category, quantity, unitPrice}, customer {id, email, name, createdAt, phone}, billing and shipping {name, line1, city, postalCode, country; shipping.service}, payment {method, card {bin, last4, issuerCountry, fingerprint, funding}, attempt, declinedBefore, avsResult, cvcResult}, ip {address, country, isProxy, isHosting}, device {id, language, timezone, userAgent}, session {secondsOnSite, pagesViewed}. Any field may be missing: missingSignals says what its absence did. A negative total, an unknown currency or a bad quantity is refused (400, naming the field).',
        security: bearerSecurity,
        querystring: { type: 'object', additionalProperties: false, properties: { record: { type: 'boolean', default: true } } },
        body: { type: 'object', additionalProperties: true },
        response: { 200: assessmentSchema, 201: assessmentSchema, ...problemResponses(400, 401, 403, 413) },
      },
    },
    async (request, reply) => {
      const record = request.query.record !== false;
      const r = await assessRisk(deps, request.body, { source: 'api', record });
      if (!r.ok) return sendFailure(request, reply, r);
      if (record) reply.code(201).header('location', `/v1/risk/assessments/${r.value.id}`);
      return r.value;
    },
  );

  app.get<{ Params: { id: string } }>(
    '/v1/risk/assessments/:id',
    {
      onRequest: requireScope(deps, 'api'),
      schema: {
        tags: ['risk'],
        summary: 'One recorded assessment, with the signals it read, its review and the outcome learned later',
        security: bearerSecurity,
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } },
        response: { 200: { type: 'object', additionalProperties: true }, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const r = await getReview(deps, request.params.id);
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/v1/risk/assessments/:id/outcome',
    {
      onRequest: requireScope(deps, 'api'),
      schema: {
        tags: ['risk'],
        summary: 'Label an assessed order with what became of it (fraud: a chargeback, a fraud refund; legitimate): the model learns from labels',
        security: bearerSecurity,
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } },
        body: { type: 'object', additionalProperties: true },
        response: { 200: { type: 'object', additionalProperties: true }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const r = await recordOutcome(deps, request.params.id, request.body);
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.get(
    '/v1/risk/features',
    {
      schema: {
        tags: ['risk'],
        summary: 'The features rules can read: name, kind, meaning and the order fields they need',
        response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { type: 'object', additionalProperties: true } } } } },
      },
    },
    async () => ({ items: FEATURES }),
  );
};
