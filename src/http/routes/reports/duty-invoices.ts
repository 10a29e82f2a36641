import { listDutyInvoices, recordDutyInvoice } from '../../../services/reports/duty-invoices.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';

const money = { $ref: 'Money#' } as const;
type ShipmentRoute = { Params: { number: string; position: number } };
const params = { type: 'object', required: ['number', 'position'], properties: { number: { type: 'string', examples: ['LF-100420'] }, position: { type: 'integer', minimum: 0, maximum: 99 } } } as const;
const path = '/v1/admin/orders/:number/shipments/:position/duty-invoices';

const invoiceSchema = {
  type: 'object',
  required: ['id', 'order', 'shipment', 'carrier', 'invoiceNumber', 'invoiceDate', 'currency', 'duties', 'taxes', 'fees', 'total', 'note', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    order: { type: 'string' },
    shipment: { type: 'integer' },
    carrier: { type: 'string' },
    invoiceNumber: { type: 'string' },
    invoiceDate: { type: 'string', format: 'date' },
    currency: { type: 'string' },
    duties: money,
    taxes: money,
    fees: { ...money, description: "the carrier's clearance, disbursement and other fees on the parcel's import" },
    total: money,
    note: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

const invoiceBody = {
  type: 'object',
  required: ['invoiceNumber', 'invoiceDate', 'currency', 'duties', 'taxes'],
  properties: {
    invoiceNumber: { type: 'string', maxLength: 64, examples: ['DHL-2026-00881'] },
    invoiceDate: { type: 'string', format: 'date', description: 'not after today' },
    currency: { type: 'string', examples: ['EUR'] },
    duties: { type: 'string', description: 'decimal string in the currency, e.g. "3.00"', examples: ['3.00'] },
    taxes: { type: 'string', examples: ['0.00'] },
    fees: { type: 'string', description: 'default "0"', examples: ['6.50'] },
    carrier: { type: 'string', maxLength: 64, description: "default: the parcel's carrier" },
    note: { type: 'string', maxLength: 500 },
  },
} as const;

/** A parcel's carrier invoices for its import charges: record one, list them (admin). */
export const dutyInvoiceRoutes: RouteRegistrar = (app, deps) => {
  const admin = requireScope(deps, 'admin', 'read_only');
  const operator = requireScope(deps, 'admin', 'operator');
  const tags = ['reports'];

  app.post<ShipmentRoute & { Body: unknown }>(path, {
    onRequest: operator,
    validatorCompiler: objectBodyOnly,
    schema: {
      tags,
      summary: "Record what a carrier invoiced for a parcel's duties, import taxes and fees",
      description: 'Fields in error are 400 VALIDATION_FAILED, each named. The same carrier invoice number twice for the parcel, or an invoice in another currency than its earlier ones, is 409 CONFLICT. Unknown order or shipment: 404.',
      security: bearerSecurity,
      params,
      body: invoiceBody,
      response: { 201: invoiceSchema, ...problemResponses(400, 401, 403, 404, 409, 415) },
    },
  }, async (request, reply) => {
    const r = await recordDutyInvoice(deps, request.params.number, request.params.position, request.body);
    if (!r.ok) return sendFailure(request, reply, r);
    return reply.code(201).send(r.value);
  });

  app.get<ShipmentRoute>(path, {
    onRequest: admin,
    schema: {
      tags,
      summary: "A parcel's recorded carrier invoices, oldest first",
      security: bearerSecurity,
      params,
      response: { 200: { type: 'object', required: ['order', 'shipment', 'carrier', 'items'], properties: { order: { type: 'string' }, shipment: { type: 'integer' }, carrier: { type: 'string' }, items: { type: 'array', items: invoiceSchema } } }, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const r = await listDutyInvoices(deps, request.params.number, request.params.position);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });
};
