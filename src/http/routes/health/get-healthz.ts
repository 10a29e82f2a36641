import type { RouteRegistrar } from '../../route.js';

/** Liveness: the process is up and serving. It touches nothing else, so it stays cheap. */
export const getHealthz: RouteRegistrar = (app, deps) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process answers',
        response: {
          200: {
            type: 'object',
            required: ['status', 'version'],
            properties: { status: { type: 'string', const: 'ok' }, version: { type: 'string' } },
          },
        },
      },
    },
    async () => ({ status: 'ok' as const, version: deps.version }),
  );
};
