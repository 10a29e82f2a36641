import { TAX_RETURN_SCHEMES } from '../../../core/reports/tax-return-scheme.js';
import { taxReturnCsv, taxReturnLinesCsv } from '../../../services/reports/report-csv.js';
import { getTaxReturn, getTaxReturnLines, type TaxReturnLinesQuery } from '../../../services/reports/tax-return.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { FORMAT_QUERY, sendCsv, wantsCsv } from './csv-reply.js';

const money = { $ref: 'Money#' } as const;
const open = (description: string) => ({ type: 'object', additionalProperties: true, description }) as const;
const sums = { type: 'object', additionalProperties: true, properties: { lines: { type: 'integer' }, taxable: money, tax: money } } as const;

const figure = {
  type: 'object',
  additionalProperties: true,
  properties: {
    country: { type: 'string', description: 'member state of consumption (IOSS) or country' },
    rate: { type: 'string', description: 'VAT/GST rate in percent, e.g. "19", "5.5"' },
    sales: { ...sums, description: 'sales of the period' },
    refunds: { ...sums, description: 'refunds counted in the period (negative)' },
    taxable: { ...money, description: 'sales + refunds, in the return currency' },
    tax: money,
    byCurrency: { type: 'array', items: open('the lines of one order currency, their sums and the same converted into the return currency with the rate shown') },
    linesUrl: { type: 'string', description: 'the order lines behind this figure' },
  },
} as const;

const taxReturnSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    scheme: { type: 'string', enum: [...TAX_RETURN_SCHEMES] },
    name: { type: 'string' },
    lineScheme: { type: 'string', description: 'the scheme name order lines carry for this return' },
    figuresPer: { type: 'string' },
    returnCurrency: { type: 'string' },
    period: open('the period: code, granularity, start, lastDay, dueDate, ended'),
    registration: { anyOf: [open('the store registration valid in the period: number, validFrom, validTo'), { type: 'null' }] },
    figures: { type: 'array', items: figure },
    totals: open('taxable and tax of the figures'),
    corrections: { type: 'array', items: open('refunds of sales of an earlier period: period corrected, country, rate, lines, taxable, tax, includedInFigures, byCurrency, linesUrl') },
    correctionsTotal: open('taxable and tax of the corrections'),
    payable: { ...money, description: 'tax of the figures plus, where corrections are reported apart (IOSS), their tax' },
    declared: { anyOf: [open('the totals rounded as the scheme declares them (whole kroner for VOEC)'), { type: 'null' }] },
    fx: { type: 'array', items: open('an exchange rate used: from, to, rate, rateDate, source, forPeriod, prescribed') },
    lineCount: { type: 'integer' },
    linesUrl: { type: 'string' },
    rules: open('the scheme rules used, each with its source: period, due, chargeableEvent, corrections, conversion, declaredRounding'),
    complete: { type: 'boolean', description: 'false when a currency could not be converted for want of a stored rate' },
    warnings: { type: 'array', items: { type: 'string' } },
  },
} as const;

const linesSchema = {
  type: 'object',
  required: ['scheme', 'period', 'total', 'items', 'nextCursor'],
  properties: {
    scheme: { type: 'string' },
    period: { type: 'string' },
    total: { type: 'integer', description: 'lines matching the filter' },
    items: { type: 'array', items: open('kind (sale, refund), section (period, correction), orderNumber, position, sku, units, date, salePeriod, country, rate, taxable, tax (order currency), refundId, taxableFrom') },
    nextCursor: { type: ['string', 'null'] },
  },
} as const;

const returnQuery = {
  scheme: { type: 'string', maxLength: 16, description: `one of ${TAX_RETURN_SCHEMES.join(', ')}`, examples: ['IOSS'] },
  period: { type: 'string', maxLength: 10, description: 'YYYY-MM for IOSS (monthly), YYYY-Qn for the quarterly schemes; default the latest period that has ended', examples: ['2026-11', '2026-Q4'] },
} as const;

/** Tax returns of the low-value schemes and the order lines behind them (admin, read-only). */
export const taxReturnRoutes: RouteRegistrar = (app, deps) => {
  const admin = requireScope(deps, 'admin', 'read_only');
  const tags = ['reports'];

  app.get<{ Querystring: { scheme?: string; period?: string; format?: string } }>(
    '/v1/admin/reports/tax-returns',
    {
      onRequest: admin,
      schema: {
        tags,
        summary: 'A low-value scheme return (IOSS, UK VAT, AU GST, NZ GST, NO VOEC) for a period: per member state or country and rate, taxable amounts and tax in the return currency, corrections, rates used',
        description: 'CSV with ?format=csv or Accept: text/csv. A bad scheme or period is 400 naming the field.',
        security: bearerSecurity,
        querystring: { type: 'object', additionalProperties: false, required: ['scheme'], properties: { ...returnQuery, ...FORMAT_QUERY } },
        response: { 200: taxReturnSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await getTaxReturn(deps, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      return wantsCsv(request) ? sendCsv(reply, `${r.value.scheme.toLowerCase()}-${r.value.period.code}.csv`, taxReturnCsv(r.value)) : r.value;
    },
  );

  app.get<{ Querystring: TaxReturnLinesQuery & { format?: string } }>(
    '/v1/admin/reports/tax-returns/lines',
    {
      onRequest: admin,
      schema: {
        tags,
        summary: 'The order lines behind a tax return or one of its figures: order, line, date, rate, taxable amount and tax',
        description: 'Filter by country, rate, section (period, correction), salePeriod and kind (sale, refund); a page at a time (limit 1-1000, default 100). CSV gives every matching line.',
        security: bearerSecurity,
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['scheme'],
          properties: {
            ...returnQuery,
            country: { type: 'string', maxLength: 2 },
            rate: { type: 'string', maxLength: 10 },
            section: { type: 'string', maxLength: 10 },
            salePeriod: { type: 'string', maxLength: 10 },
            kind: { type: 'string', maxLength: 6 },
            limit: { type: 'string', maxLength: 4 },
            cursor: { type: 'string', maxLength: 16 },
            ...FORMAT_QUERY,
          },
        },
        response: { 200: linesSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const csv = wantsCsv(request);
      const r = await getTaxReturnLines(deps, request.query, { all: csv });
      if (!r.ok) return sendFailure(request, reply, r);
      return csv ? sendCsv(reply, `${r.value.scheme.toLowerCase()}-${r.value.period}-lines.csv`, taxReturnLinesCsv(r.value)) : r.value;
    },
  );
};
