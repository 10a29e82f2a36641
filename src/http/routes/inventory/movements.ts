import { listMovements } from '../../../services/inventory/list-movements.js';
import type { InventoryListInput } from '../../../services/inventory/inventory-filter.js';
import { recordMovement } from '../../../services/inventory/record-movement.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { INVENTORY_FILTER_QUERY, movementInputSchema, movementSchema, pageOf } from './schemas.js';

/** The stock ledger: record a receipt, adjustment or return; read movements newest first. */
export const movementRoutes: RouteRegistrar = (app, deps) => {
  app.post(
    '/v1/admin/inventory/movements',
    {
      onRequest: requireScope(deps, 'admin', 'operator'),
      validatorCompiler: objectBodyOnly,
      schema: {
        tags: ['inventory'],
        security: bearerSecurity,
        summary: 'Record a receipt, adjustment or return of a SKU in a warehouse (409 when it would take stock below what checkouts hold)',
        body: movementInputSchema,
        response: {
          201: {
            type: 'object',
            required: ['movement', 'level'],
            properties: {
              movement: movementSchema,
              level: { type: 'object', required: ['sku', 'warehouse', 'onHand', 'reserved', 'available'], properties: { sku: { type: 'string' }, warehouse: { type: 'string' }, onHand: { type: 'integer' }, reserved: { type: 'integer' }, available: { type: 'integer' } } },
            },
          },
          ...problemResponses(400, 401, 403, 404, 409, 415),
        },
      },
    },
    async (request, reply) => {
      const r = await recordMovement(deps, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(201).send(r.value);
    },
  );

  app.get<{ Querystring: InventoryListInput }>(
    '/v1/admin/inventory/movements',
    {
      onRequest: requireScope(deps, 'admin', 'read_only'),
      schema: {
        tags: ['inventory'],
        security: bearerSecurity,
        summary: 'Stock movements, newest first, with cursor pagination',
        querystring: { type: 'object', additionalProperties: false, properties: { ...PAGE_QUERY, ...INVENTORY_FILTER_QUERY } },
        response: { 200: pageOf(movementSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const r = await listMovements(deps, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );
};
