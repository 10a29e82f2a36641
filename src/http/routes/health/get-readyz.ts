import { checkReadiness } from '../../../services/health/check-readiness.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

/** Readiness: the database answers. A load balancer stops sending traffic while this is 503. */
export const getReadyz: RouteRegistrar = (app, deps) => {
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: the database answers',
        response: {
          200: {
            type: 'object',
            required: ['status', 'database'],
            properties: {
              status: { type: 'string', const: 'ready' },
              database: {
                type: 'object',
                required: ['kind', 'latencyMs'],
                properties: { kind: { type: 'string', enum: ['pglite', 'postgres'] }, latencyMs: { type: 'number' } },
              },
            },
          },
          ...problemResponses(503),
        },
      },
    },
    async (request, reply) => {
      const result = await checkReadiness(deps);
      if (!result.ok) return sendFailure(request, reply, result);
      return { status: 'ready' as const, ...result.value };
    },
  );
};
