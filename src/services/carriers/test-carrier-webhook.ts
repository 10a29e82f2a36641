import { TRACKING_STATUSES, type TrackingEvent, type TrackingStatus } from '../../core/carriers/carrier.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { CarrierSettings } from './carrier-settings.js';
import { verifyTestCarrierWebhook } from './test-carrier-signature.js';

/**
 * The test carrier's webhook body (JSON, UTF-8): one delivery with its id and the events in it, in
 * the order they happened.
 * { "id": "dlv_...", "type": "tracking.updated", "createdAt": "...",
 *   "events": [{ "id": "tce_...", "shipmentId": "tcs_...", "trackingNumber": "CP000000015NL",
 *                "status": "customs_hold", "occurredAt": "...", "location": "Berlin, DE",
 *                "description": "...", "amountDue": { "amountMinor": 1234, "currency": "EUR" } }] }
 */
export type TestCarrierDelivery = {
  id: string;
  type: 'tracking.updated';
  createdAt: string;
  events: Array<{ id: string; shipmentId: string; trackingNumber: string; status: TrackingStatus; occurredAt: string; location: string | null; description: string | null; amountDue: { amountMinor: number; currency: string } | null }>;
};

export function testCarrierDeliveryBody(delivery: TestCarrierDelivery): string {
  return JSON.stringify(delivery);
}

type Headers = Readonly<Record<string, string | undefined>>;

/**
 * Verify (when `now` is given: signature, then age) and read a delivery. A forged or stale one fails
 * naming the header; a body that is not a delivery fails naming the part (`body.events[2].status`).
 */
export function readTestCarrierDelivery(
  delivery: { headers: Headers; body: Uint8Array; now: Date | null },
  settings: CarrierSettings['testCarrier'],
): Result<{ id: string; events: TrackingEvent[] }, 'VALIDATION_FAILED'> {
  if (delivery.now !== null) {
    const verified = verifyTestCarrierWebhook(delivery.headers, delivery.body, settings.webhookSecret, delivery.now, settings.toleranceSeconds);
    if (!verified.ok) return verified;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(delivery.body));
  } catch {
    return fail('VALIDATION_FAILED', 'the body is not UTF-8 JSON', { field: 'body' });
  }
  const d = parsed as Partial<TestCarrierDelivery> | null;
  if (typeof d !== 'object' || d === null || typeof d.id !== 'string' || !/^dlv_[A-Za-z0-9]{8,64}$/.test(d.id)) return fail('VALIDATION_FAILED', 'the delivery needs an id like dlv_...', { field: 'body.id' });
  if (!Array.isArray(d.events) || d.events.length === 0 || d.events.length > 100) return fail('VALIDATION_FAILED', 'the delivery needs 1 to 100 events', { field: 'body.events' });
  const events: TrackingEvent[] = [];
  for (const [i, raw] of d.events.entries()) {
    const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const at = `body.events[${i}]`;
    if (typeof e.id !== 'string' || e.id.length < 1 || e.id.length > 100) return fail('VALIDATION_FAILED', 'each event needs its id', { field: `${at}.id` });
    if (typeof e.trackingNumber !== 'string' || !/^[A-Z0-9]{6,40}$/.test(e.trackingNumber)) return fail('VALIDATION_FAILED', 'each event needs a tracking number', { field: `${at}.trackingNumber` });
    if (typeof e.status !== 'string' || !(TRACKING_STATUSES as readonly string[]).includes(e.status)) return fail('VALIDATION_FAILED', `status must be one of ${TRACKING_STATUSES.join(', ')}`, { field: `${at}.status` });
    if (typeof e.occurredAt !== 'string' || Number.isNaN(Date.parse(e.occurredAt))) return fail('VALIDATION_FAILED', 'occurredAt must be an ISO 8601 time', { field: `${at}.occurredAt` });
    const due = e.amountDue as { amountMinor?: unknown; currency?: unknown } | null | undefined;
    if (due != null && (!Number.isSafeInteger(due.amountMinor) || (due.amountMinor as number) < 0 || typeof due.currency !== 'string' || !/^[A-Z]{3}$/.test(due.currency))) {
      return fail('VALIDATION_FAILED', 'amountDue must be { amountMinor: whole number from 0, currency: ISO 4217 code }', { field: `${at}.amountDue` });
    }
    events.push({
      trackingNumber: e.trackingNumber,
      status: e.status as TrackingStatus,
      at: new Date(e.occurredAt).toISOString(),
      location: typeof e.location === 'string' ? e.location.slice(0, 200) : null,
      carrierDescription: typeof e.description === 'string' ? e.description.slice(0, 500) : null,
      amountDueMinor: due ? (due.amountMinor as number) : null,
      currency: due ? (due.currency as string) : null,
      eventId: e.id,
    });
  }
  return ok({ id: d.id, events });
}
