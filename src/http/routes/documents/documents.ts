import type { FastifyReply, FastifyRequest } from 'fastify';
import type { BuiltDocument } from '../../../core/customs-docs/customs-document.js';
import { SHIPMENT_DOCUMENTS, type ShipmentDocumentKind } from '../../../core/customs-docs/customs-document.js';
import type { Result } from '../../../core/result/result.js';
import { buildOrderInvoices, buildShipmentDocument, buildWarehousePickList } from '../../../services/documents/build-documents.js';
import { renderDocument } from '../../../web/documents/render-document.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

const tags = ['documents'];
const pdf = { description: 'the document as PDF (real text, Noto Sans embedded)', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };
const numberParams = { type: 'object', required: ['number'], properties: { number: { type: 'string', examples: ['LF-100420'] } } } as const;
const packagingG = { type: 'integer', minimum: 0, maximum: 100000, description: 'weight of the outer packaging in grams, added to the goods for the gross weight (default 0)' } as const;
const failures = problemResponses(400, 401, 403, 404, 409, 422);

type DocQuery = { packagingG?: number; shipment?: number };

/** Send a built document, or the failure as problem+json. */
async function reply(request: FastifyRequest, replyTo: FastifyReply, built: Result<BuiltDocument>, now: Date): Promise<FastifyReply> {
  if (!built.ok) return sendFailure(request, replyTo, built);
  const doc = await renderDocument(built.value, now);
  const disposition = built.value.kind === 'ics2' ? 'inline' : 'attachment';
  return replyTo
    .header('content-disposition', `${disposition}; filename="${doc.filename}"`)
    .header('cache-control', 'no-store')
    .type(doc.contentType)
    .send(Buffer.from(doc.bytes.buffer, doc.bytes.byteOffset, doc.bytes.byteLength));
}

/**
 * Customs documents, packing slips and pick lists (admin scope): an order's commercial and pro
 * forma invoices (one page group per parcel, or `?shipment=N` for one), a parcel's CN 22, CN 23,
 * ICS2 data (JSON) and packing slip by its 0-based position, and a warehouse's pick list. Refusals
 * are problem+json naming the field: unknown order, parcel or warehouse 404; a cancelled (or, for
 * the commercial invoice, unpaid) order 409; missing HS code or origin (`lines[2].hsCode`), a
 * missing registration, or a form that does not apply to the parcel 422.
 */
export const documentRoutes: RouteRegistrar = (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');

  for (const kind of ['commercial', 'proforma'] as const) {
    app.get<{ Params: { number: string }; Querystring: DocQuery }>(`/v1/orders/:number/documents/${kind}-invoice`, {
      onRequest: readOnly,
      schema: {
        tags,
        summary: kind === 'commercial' ? "An order's commercial invoice (one per parcel) as PDF" : "An order's pro forma invoice (one per parcel) as PDF",
        security: bearerSecurity,
        params: numberParams,
        querystring: { type: 'object', additionalProperties: false, properties: { packagingG, shipment: { type: 'integer', minimum: 0, maximum: 99, description: 'only this parcel (0-based position)' } } },
        response: { 200: pdf, ...failures },
      },
    }, async (request, replyTo) => reply(request, replyTo, await buildOrderInvoices(deps, request.params.number, kind, request.query), deps.clock()));
  }

  app.get<{ Params: { number: string; position: number; kind: ShipmentDocumentKind }; Querystring: DocQuery }>('/v1/orders/:number/shipments/:position/documents/:kind', {
    onRequest: readOnly,
    schema: {
      tags,
      summary: "A parcel's CN 22 or CN 23 (PDF), ICS2 pre-declaration data (JSON) or packing slip (PDF)",
      description: 'CN 22 / CN 23 are chosen by channel, weight and value in SDR (UPU); asking for the one that does not apply is 422 naming the rule. ICS2 data exists for parcels entering the EU, Norway or Switzerland from outside.',
      security: bearerSecurity,
      params: {
        type: 'object',
        required: ['number', 'position', 'kind'],
        properties: { number: { type: 'string' }, position: { type: 'integer', minimum: 0, maximum: 99 }, kind: { type: 'string', enum: [...SHIPMENT_DOCUMENTS] } },
      },
      querystring: { type: 'object', additionalProperties: false, properties: { packagingG } },
      response: {
        200: { description: 'the document: application/pdf, or application/json for ics2', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } }, 'application/json': { schema: { type: 'object', additionalProperties: true } } } },
        ...failures,
      },
    },
  }, async (request, replyTo) => reply(request, replyTo, await buildShipmentDocument(deps, request.params.number, request.params.position, request.params.kind, request.query), deps.clock()));

  app.get<{ Params: { code: string } }>('/v1/admin/warehouses/:code/pick-list', {
    onRequest: readOnly,
    schema: {
      tags,
      summary: "A warehouse's pick list (PDF): the planned parcels of paid orders, summed per SKU, and the parcels held",
      security: bearerSecurity,
      params: { type: 'object', required: ['code'], properties: { code: { type: 'string', examples: ['vn-hoian'] } } },
      response: { 200: pdf, ...problemResponses(401, 403, 404) },
    },
  }, async (request, replyTo) => reply(request, replyTo, await buildWarehousePickList(deps, request.params.code), deps.clock()));
};
