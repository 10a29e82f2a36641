import { getDashboard } from '../../../services/reports/dashboard.js';
import { dashboardCsv, salesByChannelCsv } from '../../../services/reports/report-csv.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { FORMAT_QUERY, sendCsv, wantsCsv } from './csv-reply.js';

const money = { $ref: 'Money#' } as const;
const figures = {
  orders: { type: 'integer', description: 'paid orders' },
  goods: { ...money, description: 'goods at the prices the buyers saw (tax included where the market shows it), before discounts' },
  discount: money,
  shipping: money,
  duties: money,
  taxes: money,
  taxesIncluded: { ...money, description: 'the part of taxes already inside the goods prices' },
  fees: money,
  total: { ...money, description: 'charged at checkout' },
  dueOnDelivery: { ...money, description: 'what the buyers pay the carrier on delivery (DAP), not collected by the store' },
  refunded: { ...money, description: 'refunded so far on these orders' },
  net: { ...money, description: 'total - refunded' },
} as const;
const figureKeys = Object.keys(figures);

const dashboardSchema = {
  type: 'object',
  required: ['from', 'to', 'days', 'timeZone', 'currencies', 'counts', 'totals', 'sales', 'ordersPerDay', 'dutiesAndTaxes'],
  properties: {
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
    days: { type: 'integer' },
    timeZone: { type: 'string', enum: ['UTC'], description: 'days are UTC calendar days' },
    currencies: { type: 'array', items: { type: 'string' } },
    counts: { type: 'object', required: ['placed', 'paid'], properties: { placed: { type: 'integer' }, paid: { type: 'integer' } } },
    totals: {
      type: 'array',
      description: 'per currency, never summed across currencies',
      items: { type: 'object', required: ['currency', ...figureKeys], properties: { currency: { type: 'string' }, ...figures } },
    },
    sales: {
      type: 'array',
      description: 'paid orders by market and currency (an order counts on the UTC day it was paid)',
      items: { type: 'object', required: ['market', 'currency', ...figureKeys], properties: { market: { type: 'string' }, currency: { type: 'string' }, ...figures } },
    },
    ordersPerDay: {
      type: 'array',
      description: 'every day of the range: orders placed (any status), orders paid, and what the paid ones charged per currency',
      items: {
        type: 'object',
        required: ['date', 'placed', 'paid', 'sales'],
        properties: {
          date: { type: 'string', format: 'date' },
          placed: { type: 'integer' },
          paid: { type: 'integer' },
          sales: { type: 'array', items: { type: 'object', required: ['currency', 'orders', 'total'], properties: { currency: { type: 'string' }, orders: { type: 'integer' }, total: money } } },
        },
      },
    },
    channel: { type: ['string', 'null'], description: 'the sales channel every figure is limited to (?channel=), or null for all' },
    byChannel: {
      type: 'array',
      description: 'paid orders per sales channel (storefront, a marketplace id such as amazon or ebay, b2b) and currency',
      items: { type: 'object', required: ['channel', 'currency', ...figureKeys], properties: { channel: { type: 'string' }, currency: { type: 'string' }, ...figures } },
    },
    dutiesAndTaxes: {
      type: 'array',
      description: 'duties and taxes charged on the paid orders, what went back in refunds, and what stays, per market and currency',
      items: {
        type: 'object',
        required: ['market', 'currency', 'orders', 'duties', 'taxes', 'dutiesRefunded', 'taxesRefunded', 'dutiesNet', 'taxesNet'],
        properties: {
          market: { type: 'string' },
          currency: { type: 'string' },
          orders: { type: 'integer' },
          duties: money,
          taxes: money,
          dutiesRefunded: { ...money, description: 'the duty parts of the refunds of these orders' },
          taxesRefunded: { ...money, description: 'the tax parts of the refunds of these orders (tax on the delivery goes back with the shipping part and is not counted here)' },
          dutiesNet: { ...money, description: 'duties - dutiesRefunded' },
          taxesNet: { ...money, description: 'taxes - taxesRefunded' },
        },
      },
    },
  },
} as const;

/** The sales dashboard (admin, read-only): sales by market and currency, orders per day, duties and taxes. */
export const getReportsDashboard: RouteRegistrar = (app, deps) => {
  app.get<{ Querystring: { from?: string; to?: string; channel?: string; by?: 'market' | 'channel'; format?: string } }>(
    '/v1/admin/reports/dashboard',
    {
      onRequest: requireScope(deps, 'admin', 'read_only'),
      schema: {
        tags: ['reports'],
        summary: 'Sales by market and currency and by sales channel, orders per day, duties and taxes collected (UTC days, default the last 30; one sales channel with ?channel=)',
        security: bearerSecurity,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            from: { type: 'string', maxLength: 10, description: 'first day, YYYY-MM-DD (default: 29 days before to)', examples: ['2026-11-01'] },
            to: { type: 'string', maxLength: 10, description: 'last day, YYYY-MM-DD, included (default: today, UTC); at most 366 days after from', examples: ['2026-11-30'] },
            channel: { type: 'string', maxLength: 32, description: 'only the orders of this sales channel: storefront, a marketplace (amazon, ebay), b2b', examples: ['amazon'] },
            by: { type: 'string', enum: ['market', 'channel'], default: 'market', description: 'CSV rows per market and currency (default) or per sales channel and currency' },
            ...FORMAT_QUERY,
          },
        },
        response: { 200: dashboardSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await getDashboard(deps, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      // CSV: sales by market and currency, with the duties and taxes refunded (the orders behind each row: GET /v1/admin/reports/orders).
      if (!wantsCsv(request)) return r.value;
      const scope = r.value.channel ? `-${r.value.channel}` : '';
      return request.query.by === 'channel'
        ? sendCsv(reply, `sales-by-channel${scope}-${r.value.from}-${r.value.to}.csv`, salesByChannelCsv(r.value))
        : sendCsv(reply, `sales${scope}-${r.value.from}-${r.value.to}.csv`, dashboardCsv(r.value));
    },
  );
};
