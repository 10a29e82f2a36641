import { createHash } from 'node:crypto';
import type { TrackingEvent } from '../../core/carriers/carrier.js';
import { formatAmount } from '../../core/money/money.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { createFulfillmentRepository, type LabelTarget } from '../../db/repositories/fulfillment-repository.js';
import { inOrderTransaction, type OrderTx } from '../orders/order-changes.js';
import { applyShipmentChange, recordDelivered, recordShipped } from '../orders/order-operations.js';
import type { CarrierDeps } from './carrier-deps.js';
import { carrierById } from './registry.js';
import { appendShipmentEvent } from './shipment-labels.js';

export type WebhookReceipt = {
  deliveryId: string;
  /** Events in the delivery, stored now, and dropped because they had been received before. */
  events: number;
  stored: number;
  duplicates: number;
  /** What the stored events did: `LF-100420/0 shipped`, `LF-100420/0 customs_hold raised`, ... */
  applied: string[];
  /** Why a stored event moved nothing (the order was cancelled meanwhile, ...). */
  notes: string[];
};

export type WebhookFailure = 'CARRIER_NOT_FOUND' | 'WEBHOOK_UNAUTHENTICATED' | 'WEBHOOK_INVALID' | 'WEBHOOK_REPLAYED' | 'TRACKING_NUMBER_UNKNOWN';

/** After these the parcel has left the sender; a labelled shipment is shipped first. */
const LEFT_SENDER = new Set(['picked_up', 'in_transit', 'customs_hold', 'customs_released', 'out_for_delivery', 'delivery_failed', 'delivered', 'returned_to_sender']);

/**
 * Take a carrier's tracking webhook (raw body): the adapter checks its signature and age first
 * (forged or stale: WEBHOOK_UNAUTHENTICATED; a signed body that is no delivery: WEBHOOK_INVALID);
 * every tracking number must be one of Landfall's labels of that carrier (else
 * TRACKING_NUMBER_UNKNOWN naming the event); a delivery seen before is WEBHOOK_REPLAYED. None of
 * these change anything. Then in one transaction: the delivery is noted, each event stored unless
 * its id was received before, and the new ones applied in the order they happened: the first sign
 * of movement ships a labelled shipment (recordShipped: `shipment.created`, the order's status),
 * `delivered` delivers it (recordDelivered), `customs_hold` raises `shipment.customs_hold` with the
 * amount due, `returned_to_sender` marks it returned (`shipment.returned`).
 */
export async function receiveCarrierWebhook(deps: CarrierDeps, carrier: string, headers: Readonly<Record<string, string | string[] | undefined>>, body: Uint8Array): Promise<Result<WebhookReceipt, WebhookFailure>> {
  const adapter = carrierById(deps, carrier);
  if (!adapter.ok) return adapter;
  const flat = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v[0] : v]));
  const parsed = adapter.value.parseWebhook({ headers: flat, body, now: deps.clock() });
  if (!parsed.ok) {
    const isBody = parsed.field !== undefined && parsed.field.startsWith('body');
    return fail(isBody ? 'WEBHOOK_INVALID' : 'WEBHOOK_UNAUTHENTICATED', parsed.message, parsed.field ? { field: parsed.field } : {});
  }
  const events = parsed.value;
  const deliveryId = adapter.value.webhookDeliveryId?.({ headers: flat, body }) ?? `sha256:${createHash('sha256').update(body).digest('hex')}`;
  const labels = await deps.fulfillment.labelsByTracking(carrier, [...new Set(events.map((e) => e.trackingNumber))]);
  const byNumber = new Map(labels.map((l) => [l.trackingNumber, l]));
  const unknown = events.flatMap((e, i) => (byNumber.has(e.trackingNumber) ? [] : [{ field: `events[${i}].trackingNumber`, message: `no ${carrier} label has tracking number ${e.trackingNumber}` }]));
  if (unknown.length > 0) return fail('TRACKING_NUMBER_UNKNOWN', unknown.map((u) => u.message).join('; '), { field: unknown[0]!.field, details: unknown });

  const at = deps.clock();
  return inOrderTransaction(deps.database, async (tx): Promise<Result<WebhookReceipt, WebhookFailure>> => {
    const fulfillment = createFulfillmentRepository(tx.orm);
    if (!(await fulfillment.recordDelivery(carrier, deliveryId, events.length, at))) return fail('WEBHOOK_REPLAYED', `delivery ${deliveryId} from ${carrier} was received before`, { field: 'delivery' });
    const receipt: WebhookReceipt = { deliveryId, events: events.length, stored: 0, duplicates: 0, applied: [], notes: [] };
    const inOrder = events.map((e, i) => ({ e, i })).sort((a, b) => Date.parse(a.e.at) - Date.parse(b.e.at) || a.i - b.i);
    for (const { e } of inOrder) {
      const label = byNumber.get(e.trackingNumber)!;
      const fresh = await fulfillment.addTrackingEvent({
        shipmentId: label.shipmentId,
        labelId: label.id,
        carrier,
        carrierEventId: e.eventId,
        trackingNumber: e.trackingNumber,
        status: e.status,
        at: new Date(e.at),
        location: e.location,
        description: e.carrierDescription,
        amountDueMinor: e.amountDueMinor ?? null,
        currency: e.amountDueMinor == null ? null : (e.currency ?? null),
        receivedAt: at,
      });
      if (!fresh) {
        receipt.duplicates++;
        continue;
      }
      receipt.stored++;
      await applyEvent(tx, label, e, at, receipt);
    }
    return ok(receipt);
  });
}

async function applyEvent(tx: OrderTx, label: LabelTarget, e: TrackingEvent, at: Date, receipt: WebhookReceipt): Promise<void> {
  const name = `${label.orderNumber}/${label.shipmentPosition}`;
  if (label.status !== 'active') return void receipt.notes.push(`${name}: ${e.status} for voided label ${label.trackingNumber} kept, nothing moved`);
  const o = await tx.orders.lock({ id: label.orderId });
  const s = o?.shipments.find((x) => x.id === label.shipmentId);
  if (!o || !s || s.trackingNumber !== label.trackingNumber) return void receipt.notes.push(`${name}: the shipment no longer carries ${label.trackingNumber}`);

  if (LEFT_SENDER.has(e.status) && s.status === 'labelled') {
    const shipped = await applyShipmentChange(tx, o.number, s.position, 'ship', (t, oo, ss, when) => recordShipped(t, oo, ss, label.trackingNumber, when), at);
    if (!shipped.ok) return void receipt.notes.push(`${name}: ${e.status} not applied: ${shipped.message}`);
    receipt.applied.push(`${name} shipped`);
  }
  if (e.status === 'delivered') {
    const delivered = await applyShipmentChange(tx, o.number, s.position, 'deliver', recordDelivered, at);
    if (delivered.ok) receipt.applied.push(`${name} delivered`);
    else receipt.notes.push(`${name}: delivered not applied: ${delivered.message}`);
  } else if (e.status === 'customs_hold') {
    const amountDue = e.amountDueMinor != null && e.currency ? { amount: formatAmount({ amount: e.amountDueMinor, currency: e.currency }), currency: e.currency } : null;
    await appendShipmentEvent(tx, o, s, 'shipment.customs_hold', { carrier: label.carrier, trackingNumber: label.trackingNumber, incoterm: o.incoterm, amountDue, location: e.location, at: e.at, description: e.carrierDescription }, at);
    receipt.applied.push(`${name} customs_hold raised${amountDue ? ` (${amountDue.currency} ${amountDue.amount} due)` : ''}`);
  } else if (e.status === 'returned_to_sender') {
    const now = (await tx.orders.byId(o.id))!.shipments.find((x) => x.id === s.id)!;
    if (now.status !== 'shipped') return void receipt.notes.push(`${name}: returned_to_sender not applied: the shipment is ${now.status}`);
    await tx.orders.updateShipment(s.id, { status: 'returned' });
    await appendShipmentEvent(tx, o, s, 'shipment.returned', { carrier: label.carrier, trackingNumber: label.trackingNumber, at: e.at, location: e.location }, at);
    receipt.applied.push(`${name} returned`);
  }
}
