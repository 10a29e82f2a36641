import { salesOrdersCsv } from '../../../services/reports/report-csv.js';
import { listSalesOrders, type SalesOrdersQuery } from '../../../services/reports/sales-orders.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { FORMAT_QUERY, sendCsv, wantsCsv } from './csv-reply.js';
import { RANGE_QUERY } from './range-query.js';

const money = { $ref: 'Money#' } as const;
const order = {
  type: 'object',
  additionalProperties: true,
  properties: {
    number: { type: 'string' },
    market: { type: 'string' },
    country: { type: 'string' },
    currency: { type: 'string' },
    incoterm: { type: 'string' },
    status: { type: 'string' },
    paidAt: { type: 'string', format: 'date-time' },
    goods: money,
    discount: money,
    shipping: money,
    duties: money,
    taxes: money,
    fees: money,
    total: money,
    refunded: money,
    net: { ...money, description: 'total - refunded' },
    salesChannel: { type: 'string', description: 'storefront, a marketplace id (amazon, ebay) or b2b' },
    channelOrderId: { type: ['string', 'null'], description: "the marketplace's own order id" },
  },
} as const;

/** The orders behind the sales figures (admin, read-only): drill-down of the dashboard. */
export const salesOrdersRoute: RouteRegistrar = (app, deps) => {
  app.get<{ Querystring: SalesOrdersQuery & { format?: string } }>(
    '/v1/admin/reports/orders',
    {
      onRequest: requireScope(deps, 'admin', 'read_only'),
      schema: {
        tags: ['reports'],
        summary: 'Orders paid in a range (UTC days), of one market, currency or country when named: the orders behind a sales figure',
        description: 'Oldest payment first, a page at a time (limit 1-500, default 100). CSV (?format=csv or Accept: text/csv) gives every order.',
        security: bearerSecurity,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...RANGE_QUERY,
            market: { type: 'string', maxLength: 40 },
            currency: { type: 'string', maxLength: 3 },
            country: { type: 'string', maxLength: 2 },
            channel: { type: 'string', maxLength: 32, description: 'only the orders of this sales channel: storefront, amazon, ebay, b2b' },
            limit: { type: 'string', maxLength: 3 },
            cursor: { type: 'string', maxLength: 512 },
            ...FORMAT_QUERY,
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['from', 'to', 'timeZone', 'filter', 'items', 'nextCursor'],
            properties: { from: { type: 'string' }, to: { type: 'string' }, timeZone: { type: 'string' }, filter: { type: 'object', additionalProperties: true }, items: { type: 'array', items: order }, nextCursor: { type: ['string', 'null'] } },
          },
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const csv = wantsCsv(request);
      const r = await listSalesOrders(deps, request.query, { all: csv });
      if (!r.ok) return sendFailure(request, reply, r);
      const name = ['orders', r.value.filter.channel, r.value.filter.market, r.value.filter.currency, r.value.filter.country, r.value.from, r.value.to].filter(Boolean).join('-');
      return csv ? sendCsv(reply, `${name}.csv`, salesOrdersCsv(r.value)) : r.value;
    },
  );
};
