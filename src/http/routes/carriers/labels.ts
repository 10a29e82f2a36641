import { buyShipmentLabel, shipmentLabelPdf, voidShipmentLabel } from '../../../services/carriers/shipment-labels.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { labelSchema } from './schemas.js';

type ShipmentRoute = { Params: { number: string; position: number } };
const params = { type: 'object', required: ['number', 'position'], properties: { number: { type: 'string', examples: ['LF-100420'] }, position: { type: 'integer', minimum: 0, maximum: 99 } } } as const;
const path = '/v1/admin/orders/:number/shipments/:position/label';

/** A shipment's carrier label: buy (idempotent by shipment), void before pickup, the PDF. Admin scope. */
export const labelRoutes: RouteRegistrar = (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const operator = requireScope(deps, 'admin', 'operator');
  const tags = ['fulfillment'];

  app.post<ShipmentRoute & { Body: unknown }>(path, {
    onRequest: operator,
    schema: {
      tags,
      summary: "Buy the shipment's label from its carrier adapter",
      description: 'Refused for an unpaid, cancelled or refunded order (409 ORDER_STATE_CONFLICT, field status), an order held for fraud review (409 ORDER_UNDER_REVIEW), goods the destination stops by this channel (422 GOODS_RESTRICTED). 201 with a new label; 200 with the active label when the shipment has one. The body may name the test carrier scenario: { "testScenario": "returned" }.',
      security: bearerSecurity,
      params,
      response: { 200: labelSchema, 201: labelSchema, ...problemResponses(400, 401, 403, 404, 409, 422, 502, 503) },
    },
  }, async (request, reply) => {
    const r = await buyShipmentLabel(deps, request.params.number, request.params.position, request.body);
    if (!r.ok) return sendFailure(request, reply, r);
    return reply.code(r.value.created ? 201 : 200).send(r.value.label);
  });

  app.delete<ShipmentRoute>(path, {
    onRequest: operator,
    schema: { tags, summary: "Void the shipment's label (not after the carrier picked the parcel up)", security: bearerSecurity, params, response: { 200: labelSchema, ...problemResponses(401, 403, 404, 409, 502, 503) } },
  }, async (request, reply) => {
    const r = await voidShipmentLabel(deps, request.params.number, request.params.position);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.get<ShipmentRoute>(path, {
    onRequest: readOnly,
    schema: { tags, summary: "The shipment's active label as PDF (application/pdf)", security: bearerSecurity, params, response: problemResponses(401, 403, 404) },
  }, async (request, reply) => {
    const r = await shipmentLabelPdf(deps, request.params.number, request.params.position);
    if (!r.ok) return sendFailure(request, reply, r);
    return reply.type('application/pdf').header('content-disposition', `inline; filename="label-${r.value.trackingNumber}.pdf"`).send(Buffer.from(r.value.pdf));
  });
};
