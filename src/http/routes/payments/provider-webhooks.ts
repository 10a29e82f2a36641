import { handleProviderWebhook } from '../../../services/payments/handle-provider-webhook.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

/**
 * Webhooks from payment providers: no API key, the provider's signature over the raw body
 * authenticates. JSON bodies are kept as received (a parser scoped to this route only), because a
 * signature is over bytes, not over whatever re-serializing the parsed JSON would give.
 */
export const providerWebhookRoutes: RouteRegistrar = (app, deps) => {
  void app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    scope.post(
      '/v1/payments/webhooks/test',
      {
        schema: {
          tags: ['payments'],
          summary: "The test gateway's events (signed in TestGateway-Signature; see docs/test-gateway.md)",
          description: 'A replayed event answers 200 with duplicate true and changes nothing. A forged, absent or stale signature is 400 SIGNATURE_INVALID. An event about a payment not yet recorded is 404, so the gateway retries.',
          response: {
            200: { type: 'object', required: ['received', 'eventId', 'type', 'duplicate', 'applied'], properties: { received: { type: 'boolean' }, eventId: { type: 'string' }, type: { type: 'string' }, duplicate: { type: 'boolean' }, applied: { type: 'boolean' }, note: { type: 'string' } } },
            ...problemResponses(400, 404, 409, 415),
          },
        },
      },
      async (request, reply) => {
        const raw = typeof request.body === 'string' ? request.body : '';
        const r = await handleProviderWebhook(deps, 'test', request.headers, raw);
        return r.ok ? { received: true, ...r.value } : sendFailure(request, reply, r);
      },
    );
  });
};
