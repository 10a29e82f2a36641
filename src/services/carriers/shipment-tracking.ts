import { formatAmount } from '../../core/money/money.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { TrackingEventRow } from '../../db/repositories/fulfillment-repository.js';
import { getOrder, lookUpOrder } from '../orders/order-operations.js';
import type { OrderView } from '../orders/order-view.js';
import type { CarrierDeps } from './carrier-deps.js';

type Amount = { amount: string; currency: string };

export type TrackingEventView = {
  /** Landfall's status code (core/carriers/carrier.ts TRACKING_STATUSES): the storefront words it in the buyer's language. */
  status: string;
  at: string;
  location: string | null;
  amountDue: Amount | null;
  /** The carrier's own words (operator view only). */
  description?: string | null;
  receivedAt?: string;
};

export type ShipmentTrackingView = {
  position: number;
  /** planned, labelled, shipped, delivered, returned. */
  status: string;
  carrier: string;
  service: string;
  trackingNumber: string | null;
  /** The latest event's status, or null before the carrier said anything. */
  latest: string | null;
  /** Duties and taxes the buyer must pay the carrier before delivery (a customs hold under DAP not yet released). */
  awaitingPayment: Amount | null;
  events: TrackingEventView[];
};

export type OrderTrackingView = { order: string; status: string; shipments: ShipmentTrackingView[] };

/**
 * The buyer's tracking (like the order lookup: number and email must both match, a wrong email
 * answers as an unknown order): per shipment its events as status codes with time and place.
 */
export async function trackOrderForBuyer(deps: CarrierDeps, numberText: string, email: unknown): Promise<Result<OrderTrackingView, 'ORDER_NOT_FOUND' | 'VALIDATION_FAILED'>> {
  const found = await lookUpOrder(deps, numberText, email);
  if (!found.ok) return found;
  return ok(await trackingOfOrder(deps, found.value));
}

/** The buyer's tracking of an order already looked up (the storefront's order page has it). */
export function trackingOfOrder(deps: CarrierDeps, order: OrderView): Promise<OrderTrackingView> {
  return trackingView(deps, order, false);
}

/** The operator's tracking: the buyer's view plus the carrier's words and when each event arrived. */
export async function trackOrderForAdmin(deps: CarrierDeps, numberText: string): Promise<Result<OrderTrackingView, 'ORDER_NOT_FOUND'>> {
  const found = await getOrder(deps, numberText);
  if (!found.ok) return fail(found.code, found.message, found.field ? { field: found.field } : {});
  return ok(await trackingView(deps, found.value, true));
}

async function trackingView(deps: CarrierDeps, o: OrderView, operator: boolean): Promise<OrderTrackingView> {
  const events = await deps.fulfillment.trackingOf(o.shipments.map((s) => s.id));
  return {
    order: o.number,
    status: o.status,
    shipments: o.shipments.map((s) => {
      // Events of the shipment's current tracking number (a voided label's are history, not this parcel).
      const own = events.filter((e) => e.shipmentId === s.id && e.trackingNumber === s.trackingNumber);
      const latest = own.at(-1);
      const hold = [...own].reverse().find((e) => e.status === 'customs_hold' || e.status === 'customs_released' || e.status === 'delivered');
      return {
        position: s.position,
        status: s.status,
        carrier: s.carrier,
        service: s.service,
        trackingNumber: s.trackingNumber,
        latest: latest?.status ?? null,
        awaitingPayment: hold?.status === 'customs_hold' && o.incoterm === 'DAP' ? amountOf(hold) : null,
        events: own.map((e) => ({ status: e.status, at: e.at.toISOString(), location: e.location, amountDue: amountOf(e), ...(operator ? { description: e.description, receivedAt: e.receivedAt.toISOString() } : {}) })),
      };
    }),
  };
}

function amountOf(e: TrackingEventRow): Amount | null {
  return e.amountDueMinor === null || e.currency === null ? null : { amount: formatAmount({ amount: e.amountDueMinor, currency: e.currency }), currency: e.currency };
}
