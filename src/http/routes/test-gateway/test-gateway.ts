import { TEST_GATEWAY_PATH } from '../../../core/payments/test-gateway-defaults.js';
import type { RouteRegistrar } from '../../route.js';
import { registerChallengePage } from './challenge-page.js';
import { gatewayErrorHandler, sendGatewayError } from './gateway-http.js';
import { registerGatewayApi } from './intents.js';

/**
 * The built-in test payment gateway under /test-gateway/v1: an API shaped like a real provider's
 * (bearer key, its own error format, signed webhooks), and its buyer-facing challenge page. Landfall
 * reaches it over HTTP through its adapter like any provider. Documented in docs/test-gateway.md,
 * not in Landfall's own OpenAPI document.
 */
export const testGatewayRoutes: RouteRegistrar = (app, deps) => {
  void app.register(
    async (gw) => {
      gw.setErrorHandler(gatewayErrorHandler);
      gw.setNotFoundHandler((request, reply) => sendGatewayError(reply, 'route_missing', `no route ${request.method} ${request.url.split('?')[0]}`));
      // The challenge page's form posts urlencoded; only its one field is read.
      gw.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4_096 }, (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      });
      registerGatewayApi(gw, deps);
      registerChallengePage(gw, deps);
    },
    { prefix: TEST_GATEWAY_PATH },
  );
};
