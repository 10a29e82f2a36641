import type { FastifyInstance } from 'fastify';
import { cancelGatewayIntent } from '../../../services/test-gateway/cancel-intent.js';
import { captureGatewayIntent } from '../../../services/test-gateway/capture-intent.js';
import { completeGatewayIntent } from '../../../services/test-gateway/complete-intent.js';
import { confirmGatewayIntent, type ConfirmIntentBody } from '../../../services/test-gateway/confirm-intent.js';
import { createGatewayIntent, type CreateIntentBody } from '../../../services/test-gateway/create-intent.js';
import { createGatewayRefund, type CreateRefundBody } from '../../../services/test-gateway/create-refund.js';
import { getGatewayIntent, getGatewayRefund } from '../../../services/test-gateway/get-intent.js';
import type { Deps } from '../../../services/deps.js';
import { requireGatewayKey, sendGateway } from './gateway-http.js';

type IdRoute = { Params: { id: string } };
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } } as const;
const key = (h: string | string[] | undefined) => (typeof h === 'string' && h.length > 0 && h.length <= 255 ? h : undefined);

/** The gateway's API (bearer key): payment intents, refunds, and the test helper that completes offline payments. */
export function registerGatewayApi(gw: FastifyInstance, deps: Deps): void {
  const auth = requireGatewayKey(() => deps.payments.testGateway.key);
  const hide = true;

  gw.post<{ Body: CreateIntentBody }>(
    '/payment_intents',
    {
      onRequest: auth,
      schema: {
        hide,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['amount', 'currency', 'method'],
          properties: {
            amount: { type: 'integer' },
            currency: { type: 'string', pattern: '^[A-Za-z]{3}$' },
            method: { type: 'string', maxLength: 40 },
            capture_method: { type: 'string', enum: ['automatic', 'manual'] },
            payment_method_options: { type: 'object', additionalProperties: false, properties: { card: { type: 'object', additionalProperties: false, properties: { request_three_d_secure: { type: 'string', enum: ['automatic', 'any'] } } } } },
            metadata: { type: 'object', maxProperties: 50, propertyNames: { maxLength: 40 }, additionalProperties: { type: 'string', maxLength: 500 } },
          },
        },
      },
    },
    async (request, reply) => sendGateway(reply, await createGatewayIntent(deps, request.body, key(request.headers['idempotency-key']))),
  );

  gw.get<IdRoute>('/payment_intents/:id', { onRequest: auth, schema: { hide, params: idParams } }, async (request, reply) => sendGateway(reply, await getGatewayIntent(deps, request.params.id)));

  const cardSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['number', 'exp_month', 'exp_year', 'cvc'],
    properties: { number: { type: 'string', maxLength: 30 }, exp_month: { type: 'integer' }, exp_year: { type: 'integer' }, cvc: { type: 'string', maxLength: 4 } },
  } as const;
  gw.post<IdRoute & { Body: ConfirmIntentBody }>(
    '/payment_intents/:id/confirm',
    { onRequest: auth, schema: { hide, params: idParams, body: { type: 'object', additionalProperties: false, properties: { card: cardSchema, return_url: { type: 'string', maxLength: 2000, pattern: '^https?://' } } } } },
    async (request, reply) => sendGateway(reply, await confirmGatewayIntent(deps, request.params.id, request.body ?? {})),
  );

  gw.post<IdRoute & { Body: { amount_to_capture?: number } }>(
    '/payment_intents/:id/capture',
    { onRequest: auth, schema: { hide, params: idParams, body: { type: 'object', additionalProperties: false, properties: { amount_to_capture: { type: 'integer' } } } } },
    async (request, reply) => sendGateway(reply, await captureGatewayIntent(deps, request.params.id, request.body ?? {})),
  );

  gw.post<IdRoute>('/payment_intents/:id/cancel', { onRequest: auth, schema: { hide, params: idParams } }, async (request, reply) => sendGateway(reply, await cancelGatewayIntent(deps, request.params.id)));

  gw.post<{ Body: CreateRefundBody }>(
    '/refunds',
    {
      onRequest: auth,
      schema: { hide, body: { type: 'object', additionalProperties: false, required: ['payment_intent'], properties: { payment_intent: { type: 'string', maxLength: 64 }, amount: { type: 'integer' } } } },
    },
    async (request, reply) => sendGateway(reply, await createGatewayRefund(deps, request.body, key(request.headers['idempotency-key']))),
  );

  gw.get<IdRoute>('/refunds/:id', { onRequest: auth, schema: { hide, params: idParams } }, async (request, reply) => sendGateway(reply, await getGatewayRefund(deps, request.params.id)));

  gw.post<IdRoute & { Body: { outcome?: 'succeeded' | 'failed' } }>(
    '/test_helpers/payment_intents/:id/complete',
    { onRequest: auth, schema: { hide, params: idParams, body: { type: 'object', additionalProperties: false, properties: { outcome: { type: 'string', enum: ['succeeded', 'failed'] } } } } },
    async (request, reply) => sendGateway(reply, await completeGatewayIntent(deps, request.params.id, request.body ?? {})),
  );
}
