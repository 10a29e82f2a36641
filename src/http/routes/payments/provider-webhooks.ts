import { handleProviderWebhook } from '../../../services/payments/handle-provider-webhook.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

const outcomeSchema = {
  type: 'object',
  required: ['received', 'eventId', 'type', 'duplicate', 'applied'],
  properties: { received: { type: 'boolean' }, eventId: { type: 'string' }, type: { type: 'string' }, duplicate: { type: 'boolean' }, applied: { type: 'boolean' }, note: { type: 'string' } },
} as const;

/** Each provider's webhook route: its URL and how its documentation names it. */
const ROUTES = [
  {
    provider: 'test',
    summary: "The test gateway's events (signed in TestGateway-Signature; see docs/test-gateway.md)",
    description: 'A replayed event answers 200 with duplicate true and changes nothing. A forged, absent or stale signature is 400 SIGNATURE_INVALID. An event about a payment not yet recorded is 404, so the gateway retries.',
  },
  {
    provider: 'stripe',
    summary: "Stripe's events (signed in Stripe-Signature; see docs/payments-stripe.md)",
    description:
      'Give this URL to Stripe as a webhook endpoint (payment_intent.*, refund.created, refund.updated, refund.failed) and set its signing secret as LANDFALL_STRIPE_WEBHOOK_SECRET. A replayed event answers 200 with duplicate true and changes nothing. A forged, absent or stale (over 5 minutes) signature is 400 SIGNATURE_INVALID. An event about a payment not yet recorded is 404, so Stripe retries. With Stripe off, 404 PROVIDER_NOT_FOUND.',
  },
] as const;

/**
 * Webhooks from payment providers: no API key, the provider's signature over the raw body
 * authenticates. JSON bodies are kept as received (a parser scoped to these routes only), because a
 * signature is over bytes, not over whatever re-serializing the parsed JSON would give.
 */
export const providerWebhookRoutes: RouteRegistrar = (app, deps) => {
  void app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    for (const route of ROUTES) {
      scope.post(
        `/v1/payments/webhooks/${route.provider}`,
        { schema: { tags: ['payments'], summary: route.summary, description: route.description, response: { 200: outcomeSchema, ...problemResponses(400, 404, 409, 415) } } },
        async (request, reply) => {
          const raw = typeof request.body === 'string' ? request.body : '';
          const r = await handleProviderWebhook(deps, route.provider, request.headers, raw);
          return r.ok ? { received: true, ...r.value } : sendFailure(request, reply, r);
        },
      );
    }
  });
};
