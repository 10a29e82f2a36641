import { getCurrencyExposure } from '../../../services/reports/currency-exposure.js';
import { currencyExposureCsv } from '../../../services/reports/report-csv.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { FORMAT_QUERY, sendCsv, wantsCsv } from './csv-reply.js';
import { RANGE_QUERY } from './range-query.js';

const money = { $ref: 'Money#' } as const;
const open = (description: string) => ({ type: 'object', additionalProperties: true, description }) as const;

const exposureSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
    timeZone: { type: 'string', enum: ['UTC'] },
    valuedOn: { type: 'string', format: 'date', description: 'today: the position is valued at the latest rates on or before it' },
    rates: { anyOf: [open('the ECB rates used: source, base, date, stale'), { type: 'null' }] },
    baseCurrency: { type: 'string' },
    move: { type: 'string', description: 'the rate move in percent' },
    currencies: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: true,
        properties: {
          currency: { type: 'string' },
          captured: money,
          refunded: { ...money, description: 'refunds paid out (succeeded)' },
          held: { ...money, description: 'captured - refunded' },
          owed: open('schemeTaxes (returns not yet due), carriers (DDP parcels: invoiced, else quoted), pendingRefunds, total'),
          net: { ...money, description: 'held - owed' },
          rate: { type: ['string', 'null'], description: '1 unit in the base currency' },
          inBase: { anyOf: [open('held, owed, net in the base currency'), { type: 'null' }] },
          ifStronger: { anyOf: [money, { type: 'null' }], description: 'change of net in the base currency if the currency gains move % against it' },
          ifWeaker: { anyOf: [money, { type: 'null' }] },
        },
      },
    },
    totals: open('held, owed, net, ifStronger, ifWeaker in the base currency'),
    schemeTaxes: { type: 'array', items: open('a scheme period whose return is not due yet: scheme, period, dueDate, amount, collected, estimated') },
    ordersUrl: { type: 'string' },
    complete: { type: 'boolean' },
    warnings: { type: 'array', items: { type: 'string' } },
  },
} as const;

/** Currency exposure of the orders paid in a range (admin, read-only). */
export const currencyExposureRoute: RouteRegistrar = (app, deps) => {
  app.get<{ Querystring: { from?: string; to?: string; move?: string; format?: string } }>(
    '/v1/admin/reports/currency-exposure',
    {
      onRequest: requireScope(deps, 'admin', 'read_only'),
      schema: {
        tags: ['reports'],
        summary: 'Per currency: held, owed (scheme taxes not yet due, carriers, pending refunds), net in the base currency at the latest ECB rates, and the margin effect of a rate move of move %',
        description: 'CSV with ?format=csv or Accept: text/csv. A bad date, range or move is 400 naming the field.',
        security: bearerSecurity,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { ...RANGE_QUERY, move: { type: 'string', maxLength: 8, description: 'rate move in percent, above 0 and at most 100, up to 2 decimals (default 10)', examples: ['10'] }, ...FORMAT_QUERY },
        },
        response: { 200: exposureSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await getCurrencyExposure(deps, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      return wantsCsv(request) ? sendCsv(reply, `currency-exposure-${r.value.from}-${r.value.to}.csv`, currencyExposureCsv(r.value)) : r.value;
    },
  );
};
