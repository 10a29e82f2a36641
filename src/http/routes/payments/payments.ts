import { cancelPayment } from '../../../services/payments/cancel-payment.js';
import { capturePayment } from '../../../services/payments/capture-payment.js';
import { confirmPayment } from '../../../services/payments/confirm-payment.js';
import { createPayment } from '../../../services/payments/create-payment.js';
import { getPayment } from '../../../services/payments/get-payment.js';
import { refundPayment } from '../../../services/payments/refund-payment.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { idempotencyHeaderSchema, replyIdempotently } from './idempotent-reply.js';
import { confirmPaymentBody, createPaymentBody, idParams, optionalObjectBody, paymentSchema, refundBody, refundSchema } from './schemas.js';

type IdRoute = { Params: { id: string } };

/**
 * Payments for the checkout (API key with the api scope): create, confirm, capture, cancel, read;
 * refunds for the merchant (admin). Creating a payment and refunding take an Idempotency-Key
 * (optional and required); bodies are checked by the core so every bad field is named.
 */
export const paymentRoutes: RouteRegistrar = (app, deps) => {
  const api = requireScope(deps, 'api');
  const tags = ['payments'];

  app.post(
    '/v1/payments',
    {
      onRequest: api,
      validatorCompiler: objectBodyOnly,
      schema: {
        tags,
        summary: 'Start a payment for a checkout or order with a method the buyer is offered',
        security: bearerSecurity,
        headers: idempotencyHeaderSchema(false),
        body: createPaymentBody,
        response: { 201: paymentSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 502, 503) },
      },
    },
    async (request, reply) =>
      replyIdempotently(deps, request, reply, { operation: 'payments.create', required: false, successStatus: 201 }, (providerKey) =>
        createPayment(deps, request.body, providerKey === undefined ? {} : { providerKey }),
      ),
  );

  app.post<IdRoute>(
    '/v1/payments/:id/confirm',
    {
      onRequest: api,
      validatorCompiler: optionalObjectBody,
      schema: {
        tags,
        summary: 'Confirm: card details (cards; with Stripe a paymentMethod token), a return URL (redirect methods) or nothing (vouchers, QR codes, transfers)',
        description: 'A declined card answers 200 with status failed and failure.code (card_declined, insufficient_funds, ...).',
        security: bearerSecurity,
        params: idParams,
        body: confirmPaymentBody,
        response: { 200: paymentSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 502, 503) },
      },
    },
    async (request, reply) => {
      const r = await confirmPayment(deps, request.params.id, request.body);
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.post<IdRoute>(
    '/v1/payments/:id/capture',
    {
      onRequest: api,
      validatorCompiler: optionalObjectBody,
      schema: {
        tags,
        summary: 'Capture an authorized payment, all of it or an amount',
        security: bearerSecurity,
        params: idParams,
        body: { type: 'object', properties: { amount: createPaymentBody.properties.amount } },
        response: { 200: paymentSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 502, 503) },
      },
    },
    async (request, reply) => {
      const r = await capturePayment(deps, request.params.id, request.body);
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.post<IdRoute>(
    '/v1/payments/:id/cancel',
    {
      onRequest: api,
      validatorCompiler: optionalObjectBody,
      schema: { tags, summary: 'Cancel a payment before it is captured (releases an authorization)', security: bearerSecurity, params: idParams, response: { 200: paymentSchema, ...problemResponses(401, 403, 404, 409, 502, 503) } },
    },
    async (request, reply) => {
      const r = await cancelPayment(deps, request.params.id);
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.get<IdRoute & { Querystring: { refresh?: boolean } }>(
    '/v1/payments/:id',
    {
      onRequest: api,
      schema: {
        tags,
        summary: 'A payment with its refunds',
        security: bearerSecurity,
        params: idParams,
        querystring: { type: 'object', additionalProperties: false, properties: { refresh: { type: 'boolean', description: 'ask the provider first (a return page reached before the webhook)' } } },
        response: { 200: paymentSchema, ...problemResponses(400, 401, 403, 404, 502, 503) },
      },
    },
    async (request, reply) => {
      const r = await getPayment(deps, request.params.id, { refresh: request.query.refresh === true });
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );

  app.post<IdRoute>(
    '/v1/payments/:id/refunds',
    {
      onRequest: requireScope(deps, 'admin', 'operator'),
      validatorCompiler: objectBodyOnly,
      schema: {
        tags,
        summary: 'Refund part or all of a captured payment (Idempotency-Key required)',
        security: bearerSecurity,
        params: idParams,
        headers: idempotencyHeaderSchema(true),
        body: refundBody,
        response: { 201: { ...refundSchema, required: [...refundSchema.required, 'payment'], properties: { ...refundSchema.properties, payment: paymentSchema } }, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 502, 503) },
      },
    },
    async (request, reply) =>
      replyIdempotently(deps, request, reply, { operation: 'payments.refund', required: true, successStatus: 201 }, (providerKey) =>
        refundPayment(deps, request.params.id, request.body, providerKey === undefined ? {} : { providerKey }),
      ),
  );
};
