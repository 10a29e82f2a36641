import { listPaymentMethods } from '../../../services/payments/list-payment-methods.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

const method = {
  type: 'object',
  required: ['id', 'name', 'kind', 'flow', 'manualCapture'],
  properties: {
    id: { type: 'string', examples: ['ideal'] },
    name: { type: 'string', examples: ['iDEAL'] },
    kind: { type: 'string', enum: ['card', 'wallet', 'redirect', 'voucher', 'qr', 'bank_transfer', 'bnpl', 'debit', 'cod'] },
    flow: { type: 'string', enum: ['card', 'redirect', 'offline'] },
    manualCapture: { type: 'boolean' },
  },
} as const;

/** The payment methods a buyer is offered at checkout (public: no API key). */
export const getPaymentMethods: RouteRegistrar = (app, deps) => {
  app.get<{ Querystring: { market?: string; country?: string } }>(
    '/v1/payment-methods',
    {
      schema: {
        tags: ['payments'],
        summary: "The payment methods offered to a buyer: the market's methods that serve the buyer's country and the market's currency",
        description: '`market` defaults to the market selling to `country`; `country` to the market\'s first. `skipped` lists what the market lists but cannot offer here, and why (unknown id, country, currency).',
        querystring: { type: 'object', additionalProperties: false, properties: { market: { type: 'string', maxLength: 40 }, country: { type: 'string', minLength: 2, maxLength: 2 } } },
        response: {
          200: {
            type: 'object',
            required: ['market', 'country', 'currency', 'methods', 'skipped'],
            properties: {
              market: { type: 'string' },
              country: { type: 'string' },
              currency: { type: 'string' },
              methods: { type: 'array', items: method },
              skipped: { type: 'array', items: { type: 'object', required: ['id', 'reason', 'message'], properties: { id: { type: 'string' }, reason: { type: 'string', enum: ['unknown', 'country', 'currency'] }, message: { type: 'string' } } } },
            },
          },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const r = await listPaymentMethods(deps, request.query);
      return r.ok ? r.value : sendFailure(request, reply, r);
    },
  );
};
