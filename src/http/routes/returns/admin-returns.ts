import { approveReturn, returnLabelPdf } from '../../../services/returns/approve-return.js';
import { cancelReturn, rejectReturn } from '../../../services/returns/decide-return.js';
import { getReturn, listReturns } from '../../../services/returns/list-returns.js';
import { receiveReturn } from '../../../services/returns/receive-return.js';
import { refundReturn } from '../../../services/returns/refund-return.js';
import { getReturnPolicyView, putReturnPolicy } from '../../../services/returns/return-policy.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { optionalObjectBody } from '../payments/schemas.js';
import { receiveBody, returnPolicySchema, returnSchema } from './schemas.js';

type IdRoute = { Params: { id: string } };
const params = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } } as const;
const answers = { 200: returnSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 502, 503) };

/** The operator's side of returns (admin scope): the list, a return, and its steps. */
export const adminReturnRoutes: RouteRegistrar = (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const operator = requireScope(deps, 'admin', 'operator');
  const owner = requireScope(deps, 'admin', 'owner');
  const tags = ['returns'];
  type Step = (id: string, body: unknown) => Promise<{ ok: true; value: unknown } | { ok: false; code: string; message: string }>;
  const step = (path: string, summary: string, description: string, run: Step, body?: object) =>
    app.post<IdRoute>(`/v1/admin/returns/:id/${path}`, {
      onRequest: operator,
      validatorCompiler: optionalObjectBody,
      schema: { tags, summary, description, security: bearerSecurity, params, ...(body ? { body } : {}), response: answers },
    }, async (request, reply) => {
      const r = await run(request.params.id, request.body);
      return r.ok ? r.value : sendFailure(request, reply, r);
    });

  app.get<{ Querystring: { limit?: number; cursor?: string; status?: string; order?: string } }>('/v1/admin/returns', {
    onRequest: readOnly,
    schema: {
      tags,
      summary: 'Returns, newest first (filter by status; ?order= gives the returns of one order)',
      security: bearerSecurity,
      querystring: { type: 'object', properties: { ...PAGE_QUERY, status: { type: 'string' }, order: { type: 'string' } } },
      response: { 200: { type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: returnSchema }, nextCursor: { type: ['string', 'null'] } } }, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const r = await listReturns(deps, request.query);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.get('/v1/admin/return-policy', {
    onRequest: readOnly,
    schema: { tags, summary: "The store's return policy (whether the delivery is refunded with a return)", security: bearerSecurity, response: { 200: returnPolicySchema, ...problemResponses(401, 403) } },
  }, async () => getReturnPolicyView(deps));

  app.put('/v1/admin/return-policy', {
    onRequest: owner,
    validatorCompiler: objectBodyOnly,
    schema: { tags, summary: "Set the store's return policy: { refundShipping: never | shop_at_fault | always }", security: bearerSecurity, body: { type: 'object', required: ['refundShipping'], properties: { refundShipping: { type: 'string' } } }, response: { 200: returnPolicySchema, ...problemResponses(400, 401, 403, 415) } },
  }, async (request, reply) => {
    const r = await putReturnPolicy(deps, request.body);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.get<IdRoute>('/v1/admin/returns/:id', {
    onRequest: readOnly,
    schema: { tags, summary: 'A return: lines, label, refund parts with their rules, the relief record, and the return parcel\'s tracking', security: bearerSecurity, params, response: { 200: returnSchema, ...problemResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const r = await getReturn(deps, request.params.id);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.get<IdRoute>('/v1/admin/returns/:id/label', {
    onRequest: readOnly,
    schema: { tags, summary: "The return label's PDF (application/pdf)", security: bearerSecurity, params, response: problemResponses(400, 401, 403, 404) },
  }, async (request, reply) => {
    const r = await returnLabelPdf(deps, request.params.id);
    if (!r.ok) return sendFailure(request, reply, r);
    return reply.type('application/pdf').header('content-disposition', `inline; filename="return-label-${r.value.trackingNumber}.pdf"`).send(Buffer.from(r.value.pdf));
  });

  step('approve', 'Approve a requested return: buy its return label from the carrier adapter (or { "label": false })', 'requested -> label_created (or approved without a label). A carrier refusal changes nothing (422 CARRIER_REFUSED). Out of order: 409 RETURN_STATE_CONFLICT naming the status.', (id, body) => approveReturn(deps, id, body), {
    type: 'object',
    properties: { label: { type: 'boolean' }, testScenario: { type: 'string' } },
  });
  step('reject', 'Reject a requested return, with the reason the buyer is shown', 'requested -> rejected. Out of order: 409 RETURN_STATE_CONFLICT.', (id, body) => rejectReturn(deps, id, body), { type: 'object', required: ['reason'], properties: { reason: { type: 'string', maxLength: 500 } } });
  step('cancel', 'Cancel a return before its goods come back (its label is voided at the carrier)', 'requested, approved or label_created -> cancelled.', (id, body) => cancelReturn(deps, id, body), { type: 'object', properties: { reason: { type: 'string', maxLength: 500 } } });
  step('receive', 'The goods are back: restock each line at the warehouse it shipped from (damaged ones with restock false)', 'approved, label_created or in_transit -> received; writes the duty drawback and returned-goods relief record. Without a body every unit is received, restocked unless returned as damaged.', (id, body) => receiveReturn(deps, id, body), receiveBody);
  step('refund', 'Refund a received return: goods, duties and taxes where the destination allows, delivery where the store policy says so', 'received -> refunded, through the order refund (payment refund keyed by the return, so a retry refunds once). The answer lists each part refunded or kept back with the rules.', (id, body) => refundReturn(deps, id, body));
};
