import { listWarehouses } from '../../../services/inventory/list-warehouses.js';
import { putWarehouse } from '../../../services/inventory/put-warehouse.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { warehouseInputSchema, warehouseSchema } from './schemas.js';

/** Warehouses: list, and create or replace one by its code. */
export const warehouseRoutes: RouteRegistrar = (app, deps) => {
  app.get(
    '/v1/admin/warehouses',
    {
      onRequest: requireScope(deps, 'admin', 'read_only'),
      schema: { tags: ['inventory'], security: bearerSecurity, summary: 'List warehouses', response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: warehouseSchema } } }, ...problemResponses(401, 403) } },
    },
    async () => ({ items: await listWarehouses(deps) }),
  );

  app.put<{ Params: { code: string }; Body: Record<string, unknown> }>(
    '/v1/admin/warehouses/:code',
    {
      onRequest: requireScope(deps, 'admin', 'owner'),
      validatorCompiler: objectBodyOnly,
      schema: {
        tags: ['inventory'],
        security: bearerSecurity,
        summary: 'Create or replace a warehouse (its country, address and the markets it ships to)',
        params: { type: 'object', required: ['code'], properties: { code: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,39}$' } } },
        body: warehouseInputSchema,
        response: { 200: warehouseSchema, ...problemResponses(400, 401, 403, 415) },
      },
    },
    async (request, reply) => {
      const r = await putWarehouse(deps, request.params.code, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );
};
