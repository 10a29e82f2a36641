import { getDutiesReconciliation } from '../../../services/reports/duties-reconciliation.js';
import { dutiesReconciliationCsv } from '../../../services/reports/report-csv.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { FORMAT_QUERY, sendCsv, wantsCsv } from './csv-reply.js';
import { RANGE_QUERY } from './range-query.js';

const open = (description: string) => ({ type: 'object', additionalProperties: true, description }) as const;

const reconciliationSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
    timeZone: { type: 'string', enum: ['UTC'] },
    parcels: {
      type: 'array',
      items: open('orderNumber, position, market, country, carrier, status, shippedDate, currency, quoted {duties, taxes, fees, total}, quotedFrom, fx, invoiced, difference (invoiced - quoted; null until invoiced), invoices, orderUrl, invoicesUrl'),
    },
    summary: { type: 'array', items: open('per market and currency: parcels, invoicedParcels, quoted, invoiced, difference (of the invoiced parcels), awaitingParcels, awaitingQuoted') },
    warnings: { type: 'array', items: { type: 'string' } },
  },
} as const;

/** Duties quoted at checkout against carriers' invoices (admin, read-only). */
export const dutiesReconciliationRoute: RouteRegistrar = (app, deps) => {
  app.get<{ Querystring: { from?: string; to?: string; format?: string } }>(
    '/v1/admin/reports/duties-reconciliation',
    {
      onRequest: requireScope(deps, 'admin', 'read_only'),
      schema: {
        tags: ['reports'],
        summary: 'Duties, import taxes and fees quoted at checkout for DDP parcels against what carriers invoiced, per parcel and per market and currency; parcels still without an invoice',
        description: 'Parcels shipped in the range (UTC days) and parcels with an invoice dated in it. CSV with ?format=csv or Accept: text/csv.',
        security: bearerSecurity,
        querystring: { type: 'object', additionalProperties: false, properties: { ...RANGE_QUERY, ...FORMAT_QUERY } },
        response: { 200: reconciliationSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await getDutiesReconciliation(deps, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      return wantsCsv(request) ? sendCsv(reply, `duties-reconciliation-${r.value.from}-${r.value.to}.csv`, dutiesReconciliationCsv(r.value)) : r.value;
    },
  );
};
