import { getReceivables } from '../../../services/reports/receivables.js';
import { receivablesCsv } from '../../../services/reports/receivables-csv.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { FORMAT_QUERY, sendCsv, wantsCsv } from './csv-reply.js';

const money = { $ref: 'Money#' } as const;
const bucketNames = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
const buckets = { type: 'object', description: 'open amounts: current (not due, or prepayment), 1-30, 31-60, 61-90, over 90 days overdue', properties: Object.fromEntries(bucketNames.map((b) => [b, money])) } as const;
const totals = { type: 'array', items: { type: 'object', properties: { currency: { type: 'string' }, orders: { type: 'integer' }, total: money, received: money, open: money, buckets } } } as const;

const receivablesSchema = {
  type: 'object',
  properties: {
    asOf: { type: 'string', format: 'date' },
    timeZone: { type: 'string', enum: ['UTC'] },
    buckets: { type: 'array', items: { type: 'string' } },
    companies: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          companyId: { type: ['string', 'null'] },
          name: { type: 'string' },
          country: { type: ['string', 'null'] },
          orders: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                order: { type: 'string' },
                orderedOn: { type: 'string', format: 'date' },
                status: { type: 'string' },
                paymentTerms: { type: 'string' },
                dueOn: { type: ['string', 'null'], format: 'date', description: 'null on prepayment: payable before the goods leave' },
                daysOverdue: { type: 'integer' },
                bucket: { type: 'string', enum: bucketNames },
                total: money,
                received: money,
                open: money,
              },
            },
          },
          totals,
        },
      },
    },
    totals,
  },
} as const;

/** What distributors owe, aged by due date (admin, read-only). */
export const receivablesRoute: RouteRegistrar = (app, deps) => {
  app.get<{ Querystring: { asOf?: string; format?: string } }>(
    '/v1/admin/reports/receivables',
    {
      onRequest: requireScope(deps, 'admin', 'read_only'),
      schema: {
        tags: ['reports'],
        summary: 'Distributor orders not yet paid (net terms and prepayment) per company: total, received by bank transfer, open, due date, days overdue, aged into current, 1-30, 31-60, 61-90 and over 90 days, with totals per currency',
        description: 'CSV with ?format=csv or Accept: text/csv. A bad asOf is 400 naming it.',
        security: bearerSecurity,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { asOf: { type: 'string', maxLength: 10, description: 'the day the report stands at, YYYY-MM-DD (default: today, UTC)', examples: ['2027-01-31'] }, ...FORMAT_QUERY },
        },
        response: { 200: receivablesSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await getReceivables(deps, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      return wantsCsv(request) ? sendCsv(reply, `receivables-${r.value.asOf}.csv`, receivablesCsv(r.value)) : r.value;
    },
  );
};
