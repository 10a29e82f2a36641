/**
 * The carrier adapter interface: what Landfall asks of any carrier or multi-carrier shipping API
 * (rates, a label, voiding it, tracking), in its own terms. Adapters live in src/services/carriers
 * (they do IO); this file is the contract they implement and the shapes the rest of the code reads.
 * Amounts are integer minor units with their currency; weights whole grams; lengths whole mm.
 */
import type { Result } from '../result/result.js';

export type CarrierAddress = {
  name: string;
  company?: string | null;
  lines: string[];
  city: string;
  postalCode?: string | null;
  region?: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  phone?: string | null;
  email?: string | null;
};

/** One line of a parcel's contents, as customs and the carrier need it. */
export type ParcelContent = {
  sku: string;
  description: string;
  hsCode: string;
  originCountry: string;
  quantity: number;
  /** Value of the whole line (unit value x quantity), minor units of `currency`. */
  valueMinor: number;
  currency: string;
  netWeightG: number;
};

export type ParcelSpec = {
  weightG: number;
  /** Outer dimensions, when known. */
  dimensionsMm?: { length: number; width: number; height: number } | null;
  contents: ParcelContent[];
};

export type RateRequest = { from: CarrierAddress; to: CarrierAddress; parcel: ParcelSpec };

export type CarrierRate = {
  carrier: string;
  service: string;
  amountMinor: number;
  currency: string;
  transitDays: { min: number; max: number } | null;
  /** The adapter's own id for the rate (a multi-carrier API's rate id), used to buy the label. */
  rateId: string | null;
};

export type LabelRequest = RateRequest & {
  /** Our shipment id: adapters send it as their reference, so a retried request never buys two labels. */
  reference: string;
  service: string;
  channel: 'postal' | 'courier';
  /** For customs: DDP (the seller pays duties) or DAP (the buyer pays them). */
  incoterm: 'DDP' | 'DAP';
  /** Registration numbers to print and transmit (IOSS, UK VAT, VOEC, EORI), by scheme. */
  registrations?: Record<string, string>;
  /**
   * What the buyer is to pay the carrier on delivery (duties, taxes and fees under DAP), as Landfall
   * quoted it, in minor units. A real carrier works out its own; the test carrier charges this.
   */
  dueOnDelivery?: { amountMinor: number; currency: string } | null;
  /** Read only by the built-in test carrier: the tracking scenario to play (see test-carrier-scenarios.ts). */
  testScenario?: string;
};

export type CarrierLabel = {
  carrier: string;
  service: string;
  trackingNumber: string;
  /** The adapter's own id of the label or shipment, to void it and to match its webhooks. */
  carrierShipmentId: string;
  /** The label as PDF bytes. */
  pdf: Uint8Array;
  costMinor: number | null;
  currency: string | null;
};

/** Where a parcel is, in Landfall's words (each carrier's codes are mapped to these). */
export const TRACKING_STATUSES = ['label_created', 'picked_up', 'in_transit', 'customs_hold', 'customs_released', 'out_for_delivery', 'delivered', 'delivery_failed', 'returned_to_sender'] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

export type TrackingEvent = {
  trackingNumber: string;
  status: TrackingStatus;
  /** When it happened at the carrier (ISO 8601 with offset). */
  at: string;
  /** Where, as the carrier says it (city, facility, country). */
  location: string | null;
  /** The carrier's own words, kept for the operator; the buyer sees `status` in their language. */
  carrierDescription: string | null;
  /** For a customs hold under DAP: what the buyer must pay, minor units of `currency`. */
  amountDueMinor?: number | null;
  currency?: string | null;
  /** The carrier's id of the event, to drop a delivery seen twice. */
  eventId: string;
};

export type CarrierFailure = 'CARRIER_REFUSED' | 'CARRIER_UNAVAILABLE' | 'VALIDATION_FAILED' | 'LABEL_NOT_FOUND';

/** A carrier adapter. */
export interface CarrierAdapter {
  /** `test`, `easypost`, ... */
  readonly id: string;
  rates(request: RateRequest): Promise<CarrierResult<CarrierRate[]>>;
  createLabel(request: LabelRequest): Promise<CarrierResult<CarrierLabel>>;
  voidLabel(label: { carrierShipmentId: string; trackingNumber: string }): Promise<CarrierResult<{ voided: true }>>;
  track(trackingNumber: string): Promise<CarrierResult<TrackingEvent[]>>;
  /**
   * Verify a webhook delivery from the carrier (its signature, its age) and read the tracking
   * events in it. A forged, stale or malformed delivery is refused (`VALIDATION_FAILED`, naming what
   * failed); nothing may be changed for it.
   */
  parseWebhook(delivery: { headers: Readonly<Record<string, string | undefined>>; body: Uint8Array; now: Date }): CarrierResult<TrackingEvent[]>;
  /**
   * The id of a webhook delivery (called after parseWebhook accepted it), so that the same delivery
   * sent again is refused as a replay. Optional: without it Landfall uses the SHA-256 of the body.
   */
  webhookDeliveryId?(delivery: { headers: Readonly<Record<string, string | undefined>>; body: Uint8Array }): string | null;
}

/** The answer of an adapter: the value, or a failure naming the field when the request was at fault. */
export type CarrierResult<T> = Result<T, CarrierFailure>;
