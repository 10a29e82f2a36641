import { receiveCarrierWebhook } from '../../../services/carriers/receive-carrier-webhook.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { receiptSchema } from './schemas.js';

/**
 * Tracking webhooks from carrier adapters: no API key, the carrier's signature over the raw body
 * authenticates, so the body is kept as bytes (a parser scoped to this route only).
 */
export const carrierWebhookRoutes: RouteRegistrar = (app, deps) => {
  void app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    scope.post<{ Params: { carrier: string } }>('/v1/carriers/:carrier/webhooks', {
      schema: {
        tags: ['fulfillment'],
        summary: "A carrier's tracking events (signed; see docs/carriers.md)",
        description: 'Forged or stale: 401 WEBHOOK_UNAUTHENTICATED. A delivery received before: 409 WEBHOOK_REPLAYED. A tracking number that is none of our labels: 404 TRACKING_NUMBER_UNKNOWN. None of these change anything. Events received before (by event id) are dropped.',
        params: { type: 'object', required: ['carrier'], properties: { carrier: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,30}$' } } },
        response: { 200: receiptSchema, ...problemResponses(400, 401, 404, 409, 415) },
      },
    }, async (request, reply) => {
      const raw = Buffer.isBuffer(request.body) ? new Uint8Array(request.body) : new Uint8Array();
      const r = await receiveCarrierWebhook(deps, request.params.carrier, request.headers, raw);
      return r.ok ? { received: true, ...r.value } : sendFailure(request, reply, r);
    });
  });
};
