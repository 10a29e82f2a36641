import { listStockLevels } from '../../../services/inventory/list-stock-levels.js';
import type { InventoryListInput } from '../../../services/inventory/inventory-filter.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';
import { INVENTORY_FILTER_QUERY, pageOf, stockLevelSchema } from './schemas.js';

export const getStockLevels: RouteRegistrar = (app, deps) => {
  app.get<{ Querystring: InventoryListInput }>(
    '/v1/admin/inventory',
    {
      onRequest: requireScope(deps, 'admin', 'read_only'),
      schema: {
        tags: ['inventory'],
        security: bearerSecurity,
        summary: 'Stock levels by SKU and warehouse: on hand, reserved by checkouts, available',
        querystring: { type: 'object', additionalProperties: false, properties: { ...PAGE_QUERY, ...INVENTORY_FILTER_QUERY } },
        response: { 200: pageOf(stockLevelSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const r = await listStockLevels(deps, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );
};
