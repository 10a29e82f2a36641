import { createFreightShipment } from '../../../services/freight/create-freight-shipment.js';
import { buildFreightDocument } from '../../../services/freight/build-freight-document.js';
import { getFreightShipment, listOrderFreightShipments } from '../../../services/freight/list-freight-shipments.js';
import { updateFreightShipment } from '../../../services/freight/update-freight-shipment.js';
import { renderShippingInstructionsPdf } from '../../../web/documents/render-shipping-instructions.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { freightPatchBody, freightShipmentBody, freightShipmentSchema } from './schemas.js';

const tags = ['freight'];
const numberParams = { type: 'object', required: ['number'], properties: { number: { type: 'string', examples: ['LF-100420'] } } } as const;
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } as const;

/**
 * Freight shipments (docs/freight.md): the data a bill of lading, air waybill or consignment note
 * needs, per order, and their shipping instructions as PDF. Refusals are problem+json naming the
 * field: a bad body 400 (`packages[1].grossWeightG`), an Incoterm the mode cannot use 422
 * INCOTERM_NOT_APPLICABLE naming `mode`, a cancelled order 409, a status out of order 409
 * FREIGHT_STATE_CONFLICT.
 */
export const freightRoutes: RouteRegistrar = (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const operator = requireScope(deps, 'admin', 'operator');

  app.post<{ Params: { number: string } }>('/v1/admin/orders/:number/freight-shipments', {
    onRequest: operator,
    validatorCompiler: objectBodyOnly,
    schema: {
      tags,
      summary: 'Add a freight shipment to an order: parties, ports, packages, gross weight, marks (the order\'s Incoterm must suit the mode)',
      security: bearerSecurity,
      params: numberParams,
      body: freightShipmentBody,
      response: { 201: freightShipmentSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
    },
  }, async (request, reply) => {
    const r = await createFreightShipment(deps, request.params.number, request.body);
    return r.ok ? reply.code(201).send(r.value) : sendFailure(request, reply, r);
  });

  app.get<{ Params: { number: string } }>('/v1/admin/orders/:number/freight-shipments', {
    onRequest: readOnly,
    schema: { tags, summary: "An order's freight shipments, oldest first", security: bearerSecurity, params: numberParams, response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: freightShipmentSchema } } }, ...problemResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const r = await listOrderFreightShipments(deps, request.params.number);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.get<{ Params: { id: string } }>('/v1/admin/freight-shipments/:id', {
    onRequest: readOnly,
    schema: { tags, summary: 'A freight shipment', security: bearerSecurity, params: idParams, response: { 200: freightShipmentSchema, ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    const r = await getFreightShipment(deps, request.params.id);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.patch<{ Params: { id: string } }>('/v1/admin/freight-shipments/:id', {
    onRequest: operator,
    validatorCompiler: objectBodyOnly,
    schema: { tags, summary: 'Move a freight shipment on (booked -> shipped -> arrived, or cancelled) or record its document number, carrier, voyage', security: bearerSecurity, params: idParams, body: freightPatchBody, response: { 200: freightShipmentSchema, ...problemResponses(400, 401, 403, 404, 409, 415) } },
  }, async (request, reply) => {
    const r = await updateFreightShipment(deps, request.params.id, request.body);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.get<{ Params: { id: string } }>('/v1/admin/freight-shipments/:id/document', {
    onRequest: readOnly,
    schema: {
      tags,
      summary: 'The shipping instructions for the bill of lading, air waybill or consignment note (PDF)',
      security: bearerSecurity,
      params: idParams,
      response: { 200: { description: 'the data sheet as PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...problemResponses(401, 403, 404) },
    },
  }, async (request, reply) => {
    const r = await buildFreightDocument(deps, request.params.id);
    if (!r.ok) return sendFailure(request, reply, r);
    const bytes = await renderShippingInstructionsPdf(r.value.instructions, deps.clock());
    return reply.header('content-disposition', `attachment; filename="${r.value.filename}"`).header('cache-control', 'no-store').type('application/pdf').send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
};
