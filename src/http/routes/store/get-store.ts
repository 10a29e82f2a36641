import { sendProblem } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

/** Public facts about the store that a storefront or an integrating shop needs first. */
export const getStore: RouteRegistrar = (app, deps) => {
  app.get(
    '/v1/store',
    {
      schema: {
        tags: ['store'],
        summary: 'The store: name, base currency, default locale, home country',
        response: {
          200: {
            type: 'object',
            required: ['name', 'baseCurrency', 'defaultLocale', 'originCountry'],
            properties: {
              name: { type: 'string' },
              baseCurrency: { type: 'string', pattern: '^[A-Z]{3}$' },
              defaultLocale: { type: 'string' },
              originCountry: { type: 'string', pattern: '^[A-Z]{2}$' },
            },
          },
          ...problemResponses(404),
        },
      },
    },
    async (request, reply) => {
      const store = await deps.store.get();
      if (!store) return sendProblem(request, reply, 404, 'NOT_FOUND', 'the store has not been set up yet; run `landfall seed`');
      return store;
    },
  );
};
