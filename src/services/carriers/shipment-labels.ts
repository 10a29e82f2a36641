import type { CarrierFailure } from '../../core/carriers/carrier.js';
import type { Channel } from '../../core/compliance/restricted-goods.js';
import { formatAmount } from '../../core/money/money.js';
import { parseOrderNumber } from '../../core/orders/order-number.js';
import { checkOrderAction } from '../../core/orders/order-status.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { CarrierLabelRow } from '../../db/repositories/fulfillment-repository.js';
import { createFulfillmentRepository } from '../../db/repositories/fulfillment-repository.js';
import type { OrderRecord, ShipmentRow } from '../../db/repositories/order-repository.js';
import { inOrderTransaction, orderFacts, type OrderTx } from '../orders/order-changes.js';
import { restrictedInShipment } from '../orders/shipment-checks.js';
import type { CarrierDeps } from './carrier-deps.js';
import { labelRequestFor } from './label-request.js';
import { carrierById, carrierForShipment } from './registry.js';

export type LabelView = {
  id: string;
  order: string;
  shipment: { id: string; position: number };
  carrier: string;
  service: string;
  trackingNumber: string;
  carrierShipmentId: string;
  status: 'active' | 'voided';
  cost: { amount: string; currency: string } | null;
  /** Where the PDF is (GET, admin key). */
  pdf: string;
  createdAt: string;
  voidedAt: string | null;
};

export type LabelFailure = 'VALIDATION_FAILED' | 'ORDER_NOT_FOUND' | 'ORDER_STATE_CONFLICT' | 'ORDER_UNDER_REVIEW' | 'GOODS_RESTRICTED' | 'CARRIER_NOT_FOUND' | 'LABEL_NOT_FOUND' | 'LABEL_STATE_CONFLICT' | Exclude<CarrierFailure, 'LABEL_NOT_FOUND'>;

export function toLabelView(l: CarrierLabelRow, o: { number: string }, s: { id: string; position: number }): LabelView {
  return {
    id: l.id,
    order: o.number,
    shipment: { id: s.id, position: s.position },
    carrier: l.carrier,
    service: l.service,
    trackingNumber: l.trackingNumber,
    carrierShipmentId: l.carrierShipmentId,
    status: l.status === 'voided' ? 'voided' : 'active',
    cost: l.costMinor === null || l.currency === null ? null : { amount: formatAmount({ amount: l.costMinor, currency: l.currency }), currency: l.currency },
    pdf: `/v1/admin/orders/${o.number}/shipments/${s.position}/label`,
    createdAt: l.createdAt.toISOString(),
    voidedAt: l.voidedAt?.toISOString() ?? null,
  };
}

async function findShipment(deps: CarrierDeps, numberText: string, position: number): Promise<Result<{ o: OrderRecord; s: ShipmentRow }, 'ORDER_NOT_FOUND'>> {
  const parsed = parseOrderNumber(numberText);
  const o = parsed.ok ? await deps.orders.byNumber(parsed.value.number) : undefined;
  if (!o) return fail('ORDER_NOT_FOUND', parsed.ok ? `no order ${parsed.value.number}` : parsed.message, { field: 'number' });
  const s = o.shipments.find((x) => x.position === Number(position));
  if (!s) return fail('ORDER_NOT_FOUND', `order ${o.number} has no shipment ${position}`, { field: 'position' });
  return ok({ o, s });
}

/** Whether the shipment may get a label now: the order paid and not cancelled, not held for review, the parcel not gone. */
function checkLabelAllowed(o: OrderRecord, s: ShipmentRow): Result<true, LabelFailure> {
  const allowed = checkOrderAction(orderFacts(o), 'ship');
  if (!allowed.ok) return fail(allowed.code, `no label for ${o.number}: ${allowed.message}`, { field: 'status' });
  if (o.riskStatus === 'review') return fail('ORDER_UNDER_REVIEW', `${o.number} is held for fraud review: approve it in the review queue before buying a label`, { field: 'number' });
  if (s.status !== 'planned') return fail('ORDER_STATE_CONFLICT', `shipment ${s.position} of ${o.number} is ${s.status}; a label is bought for a planned parcel`, { field: 'position' });
  return ok(true);
}

/**
 * Buy the label of a shipment from its carrier adapter (registry.ts): refused for an order that is
 * unpaid, cancelled or refunded (ORDER_STATE_CONFLICT, field status), held for fraud review, or
 * with goods the destination's rules stop by the parcel's channel (GOODS_RESTRICTED). Idempotent
 * by shipment: while it has an active label, that label is the answer (`created` false). In one
 * transaction the label is stored, the shipment becomes `labelled` with the tracking number, and
 * `shipment.labelled` is appended. If the order changed while the carrier was asked, the new label
 * is voided again and the refusal answered.
 */
export async function buyShipmentLabel(deps: CarrierDeps, numberText: string, position: number, input: unknown): Promise<Result<{ label: LabelView; created: boolean }, LabelFailure>> {
  const body = input === undefined || input === null ? {} : typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  if (!body) return fail('VALIDATION_FAILED', 'the body, when sent, must be a JSON object like { "testScenario": "returned" }', { field: 'body' });
  for (const key of Object.keys(body)) if (key !== 'testScenario') return fail('VALIDATION_FAILED', `${key} is not a field of this request`, { field: key });
  if (body.testScenario !== undefined && (typeof body.testScenario !== 'string' || !/^[a-z_]{1,40}$/.test(body.testScenario))) return fail('VALIDATION_FAILED', 'testScenario must be a scenario name like returned', { field: 'testScenario' });
  const found = await findShipment(deps, numberText, position);
  if (!found.ok) return found;
  const { o, s } = found.value;
  const existing = await deps.fulfillment.activeLabel(s.id);
  if (existing) return ok({ label: toLabelView(existing, o, s), created: false });
  const allowed = checkLabelAllowed(o, s);
  if (!allowed.ok) return allowed;
  const blocked = await restrictedInShipment(deps, { country: o.country, channel: s.channel as Channel, skus: s.lines.map((l) => l.sku), date: deps.clock().toISOString().slice(0, 10) });
  if (blocked.length > 0) {
    return fail('GOODS_RESTRICTED', `shipment ${s.position} of ${o.number} cannot go to ${o.country} by ${s.channel}: ${blocked.map((b) => `${b.sku}: ${b.detail} (rule ${b.rule})`).join('; ')}`, { field: 'position', details: blocked.map((b) => ({ field: `lines.${b.sku}`, message: `${b.rule}: ${b.detail}` })) });
  }
  const adapter = carrierForShipment(deps, s);
  if (!adapter.ok) return adapter;
  const bought = await adapter.value.createLabel(await labelRequestFor(deps, o, s, body.testScenario as string | undefined));
  if (!bought.ok) return bought.code === 'LABEL_NOT_FOUND' ? fail('CARRIER_REFUSED', bought.message, bought.field ? { field: bought.field } : {}) : bought;
  const label = bought.value;

  const at = deps.clock();
  const saved = await inOrderTransaction(deps.database, async (tx): Promise<Result<{ label: LabelView; created: boolean }, LabelFailure>> => {
    const fulfillment = createFulfillmentRepository(tx.orm);
    const locked = (await tx.orders.lock({ id: o.id }))!;
    const fresh = locked.shipments.find((x) => x.id === s.id)!;
    const other = await fulfillment.activeLabel(s.id);
    if (other) return ok({ label: toLabelView(other, locked, fresh), created: false });
    const still = checkLabelAllowed(locked, fresh);
    if (!still.ok) return still;
    const row = await fulfillment.insertLabel({ shipmentId: s.id, carrier: adapter.value.id, service: label.service, trackingNumber: label.trackingNumber, carrierShipmentId: label.carrierShipmentId, pdf: label.pdf, costMinor: label.costMinor, currency: label.currency, createdAt: at });
    await tx.orders.updateShipment(s.id, { status: 'labelled', trackingNumber: label.trackingNumber });
    await appendShipmentEvent(tx, locked, fresh, 'shipment.labelled', { carrier: adapter.value.id, trackingNumber: label.trackingNumber }, at);
    return ok({ label: toLabelView(row, locked, fresh), created: true });
  });
  if (!saved.ok || saved.value.label.trackingNumber !== label.trackingNumber) {
    // The order moved on (or another label won) while the carrier was asked: give this one back.
    await adapter.value.voidLabel({ carrierShipmentId: label.carrierShipmentId, trackingNumber: label.trackingNumber });
  }
  return saved;
}

/**
 * Void the active label of a shipment not yet collected: the carrier is asked first (it refuses
 * after pickup: LABEL_STATE_CONFLICT), then in one transaction the label is voided, the shipment
 * is planned again without a tracking number, and `shipment.label_voided` is appended.
 */
export async function voidShipmentLabel(deps: CarrierDeps, numberText: string, position: number): Promise<Result<LabelView, LabelFailure>> {
  const found = await findShipment(deps, numberText, position);
  if (!found.ok) return found;
  const { o, s } = found.value;
  const label = await deps.fulfillment.activeLabel(s.id);
  if (!label) return fail('LABEL_NOT_FOUND', `shipment ${s.position} of ${o.number} has no active label`, { field: 'position' });
  if (s.status !== 'labelled') return fail('LABEL_STATE_CONFLICT', `shipment ${s.position} of ${o.number} is ${s.status}: the carrier has the parcel, its label cannot be voided`, { field: 'position' });
  const adapter = carrierById(deps, label.carrier);
  if (!adapter.ok) return adapter;
  const voided = await adapter.value.voidLabel({ carrierShipmentId: label.carrierShipmentId, trackingNumber: label.trackingNumber });
  if (!voided.ok) return voided.code === 'CARRIER_REFUSED' || voided.code === 'LABEL_NOT_FOUND' ? fail('LABEL_STATE_CONFLICT', `the carrier refused to void ${label.trackingNumber}: ${voided.message}`, { field: 'position' }) : voided;
  const at = deps.clock();
  return inOrderTransaction(deps.database, async (tx): Promise<Result<LabelView, LabelFailure>> => {
    const fulfillment = createFulfillmentRepository(tx.orm);
    const locked = (await tx.orders.lock({ id: o.id }))!;
    const fresh = locked.shipments.find((x) => x.id === s.id)!;
    const row = await fulfillment.voidLabel(label.id, at);
    if (!row) return fail('LABEL_NOT_FOUND', `the label of shipment ${s.position} of ${o.number} was voided meanwhile`, { field: 'position' });
    if (fresh.status === 'labelled') await tx.orders.updateShipment(s.id, { status: 'planned', trackingNumber: null });
    await appendShipmentEvent(tx, locked, fresh, 'shipment.label_voided', { carrier: label.carrier, trackingNumber: label.trackingNumber }, at);
    return ok(toLabelView(row, locked, fresh));
  });
}

/** The PDF of a shipment's active label. */
export async function shipmentLabelPdf(deps: CarrierDeps, numberText: string, position: number): Promise<Result<{ pdf: Uint8Array; trackingNumber: string }, 'ORDER_NOT_FOUND' | 'LABEL_NOT_FOUND'>> {
  const found = await findShipment(deps, numberText, position);
  if (!found.ok) return found;
  const label = await deps.fulfillment.activeLabel(found.value.s.id);
  if (!label) return fail('LABEL_NOT_FOUND', `shipment ${position} of ${found.value.o.number} has no active label`, { field: 'position' });
  return ok({ pdf: label.pdf, trackingNumber: label.trackingNumber });
}

export async function appendShipmentEvent(tx: OrderTx, o: OrderRecord, s: ShipmentRow, type: string, extra: Record<string, unknown>, at: Date): Promise<void> {
  await tx.outbox.append({ type, subject: { kind: 'order', id: o.id }, payload: { order: o.number, shipment: s.id, position: s.position, ...extra } }, at);
}
