import { classifyTexts } from '../../../services/hs/classify-texts.js';
import { confirmHsCode } from '../../../services/hs/confirm-hs-code.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure, sendProblem } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';

const candidate = {
  type: 'object',
  required: ['hs6', 'confidence', 'heading', 'chapter', 'description', 'matchedTerms'],
  properties: { hs6: { type: 'string' }, confidence: { type: 'number' }, heading: { type: 'string' }, chapter: { type: 'string' }, description: { type: 'string' }, matchedTerms: { type: 'array', items: { type: 'string' } } },
} as const;
const classification = { type: 'object', required: ['candidates', 'abstained', 'modelId'], properties: { candidates: { type: 'array', items: candidate }, abstained: { type: 'boolean' }, modelId: { type: 'string' } } } as const;
const item = { type: 'object', required: ['text'], properties: { text: { type: 'string', maxLength: 20_000 }, material: { type: 'string' }, category: { type: 'string' }, origin: { type: 'string' } } } as const;

type Body = { text?: unknown; items?: unknown; limit?: number; abstainBelow?: number };

/** HS classification: suggestions for product texts, and the merchant's confirmations. */
export const hsRoutes: RouteRegistrar = (app, deps) => {
  app.post<{ Body: Body }>(
    '/v1/hs/classify',
    {
      onRequest: requireScope(deps, 'api'),
      validatorCompiler: objectBodyOnly,
      schema: {
        tags: ['classification'],
        security: bearerSecurity,
        summary: 'Ranked HS6 candidates with confidence for one product text ({text}) or many ({items: [...]}, up to 100)',
        body: { type: 'object', properties: { ...item.properties, items: { type: 'array', maxItems: 100, items: item }, limit: { type: 'integer', minimum: 1, maximum: 20 }, abstainBelow: { type: 'number', minimum: 0, maximum: 1 } } },
        response: {
          200: { anyOf: [classification, { type: 'object', required: ['results'], properties: { results: { type: 'array', items: { type: 'object', additionalProperties: true } } } }] },
          ...problemResponses(400, 401, 403, 503),
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const many = body.items !== undefined;
      if (many && (!Array.isArray(body.items) || body.items.length === 0 || body.items.length > 100)) {
        return sendProblem(request, reply, 400, 'VALIDATION_FAILED', 'items must be an array of 1 to 100 items', [{ field: 'items', message: 'must have 1 to 100 items' }]);
      }
      const items = many ? (body.items as unknown[]) : [body];
      const r = await classifyTexts(deps, items, { ...(body.limit !== undefined ? { limit: body.limit } : {}), ...(body.abstainBelow !== undefined ? { abstainBelow: body.abstainBelow } : {}) });
      if (!r.ok) return sendFailure(request, reply, r);
      if (!many) {
        const only = r.value[0]!;
        if (!only.ok) return sendFailure(request, reply, { ...only, field: 'text', details: [{ field: 'text', message: only.message.replace(/^items\[0\]\.text: /, '') }] });
        return only.value;
      }
      return { results: r.value.map((x, index) => (x.ok ? { index, ok: true, ...x.value } : { index, ok: false, error: { code: x.code, field: x.field, message: x.message } })) };
    },
  );

  app.post(
    '/v1/hs/confirmations',
    {
      onRequest: requireScope(deps, 'admin', 'operator'),
      validatorCompiler: objectBodyOnly,
      schema: {
        tags: ['classification'],
        security: bearerSecurity,
        summary: 'Record the HS code the merchant confirmed for a product text; later answers learn from it',
        body: { type: 'object', required: ['text', 'hs6'], properties: { text: { type: 'string' }, hs6: { type: 'string' }, productId: { type: 'string', format: 'uuid' } } },
        response: { 201: { type: 'object', required: ['text', 'hs6'], properties: { text: { type: 'string' }, hs6: { type: 'string' } } }, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await confirmHsCode(deps, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(201).send(r.value);
    },
  );
};
