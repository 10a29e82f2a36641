import type { CarrierFailure, LabelRequest } from '../../core/carriers/carrier.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { parseApproveInput } from '../../core/returns/return-input.js';
import { checkReturnAction, type ReturnStatus } from '../../core/returns/return-status.js';
import type { OrderRecord } from '../../db/repositories/order-repository.js';
import type { ReturnRecord } from '../../db/repositories/return-repository.js';
import { labelRequestFor } from '../carriers/label-request.js';
import { carrierForShipment } from '../carriers/registry.js';
import { appendReturnEvent, findReturn, inReturnTransaction, refuse, type ReturnDeps } from './return-support.js';
import { toReturnView, type ReturnView } from './return-view.js';

export type ApproveFailure = 'VALIDATION_FAILED' | 'RETURN_NOT_FOUND' | 'RETURN_STATE_CONFLICT' | 'ORDER_STATE_CONFLICT' | 'CARRIER_NOT_FOUND' | CarrierFailure;

/** The carrier's reference of a return label: distinct from the outbound label's (the shipment id), so a retry buys one. */
export const returnLabelReference = (returnId: string) => `return:${returnId}`;

/**
 * The return label: the outbound parcel's label request (labelRequestFor) turned around, from the
 * buyer's address to the warehouse the goods shipped from, carrying only the returned units (value
 * and weight by unit share, rounded down), under the shop's own name as importer (the goods come
 * back to the seller: DDP, nothing to collect on delivery), with the EORI only.
 */
export async function returnLabelRequest(deps: ReturnDeps, o: OrderRecord, r: ReturnRecord, testScenario: string | undefined): Promise<{ request: LabelRequest; service: string }> {
  const s = o.shipments.find((x) => x.warehouse === r.warehouse && ['shipped', 'delivered'].includes(x.status)) ?? o.shipments.find((x) => x.warehouse === r.warehouse)!;
  const outbound = await labelRequestFor(deps, o, s, testScenario);
  const units = new Map<string, number>();
  for (const l of r.lines) units.set(l.sku, (units.get(l.sku) ?? 0) + l.quantity);
  const contents = outbound.parcel.contents.flatMap((c) => {
    const k = units.get(c.sku);
    return k === undefined ? [] : [{ ...c, quantity: k, valueMinor: Math.floor((c.valueMinor * k) / c.quantity), netWeightG: Math.floor((c.netWeightG * k) / c.quantity) }];
  });
  const eori = outbound.registrations?.EORI;
  const request: LabelRequest = {
    ...outbound,
    reference: returnLabelReference(r.id),
    from: { ...outbound.to, company: null },
    to: { ...outbound.from, email: null, phone: null },
    parcel: { weightG: Math.max(1, contents.reduce((n, c) => n + c.netWeightG, 0)), dimensionsMm: null, contents },
    incoterm: 'DDP',
    registrations: eori ? { EORI: eori } : {},
    dueOnDelivery: null,
  };
  return { request, service: s.service };
}

/**
 * Approve a requested return. By default a return label is bought from the carrier adapter of the
 * parcel the goods left in (registry.ts, by its service), from the buyer to the warehouse, with the
 * reference `return:<id>` (a retried purchase gets the same label): the return becomes
 * `label_created`. With `{ "label": false }` it becomes `approved` and the buyer sends the parcel
 * themselves. A carrier refusal (no rate from the buyer's country, ...) changes nothing. In one
 * transaction the return moves and `return.approved` is appended; if the return changed while the
 * carrier was asked, the new label is voided again and the refusal answered.
 */
export async function approveReturn(deps: ReturnDeps, id: string, input: unknown): Promise<Result<ReturnView, ApproveFailure>> {
  const found = await findReturn(deps, id);
  if (!found.ok) return found;
  const parsed = parseApproveInput(input);
  if (!parsed.ok) return parsed;
  const allowed = checkReturnAction(found.value.status as ReturnStatus, 'approve');
  if (!allowed.ok) return allowed;
  const o = (await deps.orders.byId(found.value.orderId))!;
  if (o.status === 'refunded') return fail('ORDER_STATE_CONFLICT', `order ${o.number} has been refunded in full; there is nothing left to refund for this return`, { field: 'status' });

  let label: { carrier: string; service: string; trackingNumber: string; carrierShipmentId: string; pdf: Uint8Array; costMinor: number | null; currency: string | null } | undefined;
  let voidIt: (() => Promise<unknown>) | undefined;
  if (parsed.value.label) {
    const { request, service } = await returnLabelRequest(deps, o, found.value, parsed.value.testScenario);
    const adapter = carrierForShipment(deps, { service });
    if (!adapter.ok) return adapter;
    const bought = await adapter.value.createLabel(request);
    if (!bought.ok) return bought.code === 'LABEL_NOT_FOUND' ? fail('CARRIER_REFUSED', bought.message, bought.field ? { field: bought.field } : {}) : bought;
    label = { ...bought.value, carrier: adapter.value.id };
    voidIt = () => adapter.value.voidLabel({ carrierShipmentId: bought.value.carrierShipmentId, trackingNumber: bought.value.trackingNumber });
  }

  const at = deps.clock();
  const saved = await inReturnTransaction(deps, async (tx): Promise<Result<ReturnView, ApproveFailure>> => {
    const order = (await tx.orders.lock({ id: o.id }))!;
    const r = (await tx.returns.lock(id))!;
    if (label && r.labelTrackingNumber === label.trackingNumber) return ok(toReturnView(r, order.currency));
    const still = checkReturnAction(r.status as ReturnStatus, 'approve');
    if (!still.ok) return still;
    await tx.returns.update(r.id, {
      status: label ? 'label_created' : 'approved',
      approvedAt: at,
      updatedAt: at,
      ...(label ? { labelCarrier: label.carrier, labelService: label.service, labelTrackingNumber: label.trackingNumber, labelCarrierShipmentId: label.carrierShipmentId, labelPdf: label.pdf, labelCostMinor: label.costMinor, labelCurrency: label.currency } : {}),
    });
    await appendReturnEvent(tx, order, r, 'return.approved', { status: label ? 'label_created' : 'approved', label: label ? { carrier: label.carrier, trackingNumber: label.trackingNumber } : null }, at);
    const fresh = await tx.returns.byId(r.id);
    return fresh ? ok(toReturnView(fresh, order.currency)) : refuse(fail('RETURN_NOT_FOUND', `no return ${id}`, { field: 'id' }));
  });
  if (voidIt && (!saved.ok || saved.value.label?.trackingNumber !== label?.trackingNumber)) await voidIt();
  return saved;
}

/** The PDF of a return's label. */
export async function returnLabelPdf(deps: ReturnDeps, id: string): Promise<Result<{ pdf: Uint8Array; trackingNumber: string }, 'RETURN_NOT_FOUND' | 'LABEL_NOT_FOUND'>> {
  const found = await findReturn(deps, id);
  if (!found.ok) return found;
  const r = found.value;
  if (!r.labelPdf || !r.labelTrackingNumber || r.status === 'cancelled') return fail('LABEL_NOT_FOUND', `return ${id} has no return label${r.status === 'approved' ? ' (approved without one: the buyer sends the parcel)' : ''}`, { field: 'id' });
  return ok({ pdf: r.labelPdf, trackingNumber: r.labelTrackingNumber });
}
