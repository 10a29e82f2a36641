import { quoteShippingRates } from '../../../services/shipping/quote-shipping-rates.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { shippingRatesRequestSchema, shippingRatesSchema } from './schemas.js';

/** `POST /v1/shipping/rates`: the shipping options for a cart to a buyer in a market, per warehouse. */
export const postShippingRates: RouteRegistrar = (app, deps) => {
  app.post(
    '/v1/shipping/rates',
    {
      onRequest: requireScope(deps, 'api'),
      validatorCompiler: objectBodyOnly,
      schema: {
        tags: ['shipping'],
        summary: "Shipping options for a cart, per warehouse serving the market, priced in the market's currency with delivery windows",
        security: bearerSecurity,
        body: shippingRatesRequestSchema,
        response: { 200: shippingRatesSchema, ...problemResponses(400, 401, 403, 404, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const result = await quoteShippingRates(deps, request.body);
      if (!result.ok) return sendFailure(request, reply, result);
      return result.value;
    },
  );
};
