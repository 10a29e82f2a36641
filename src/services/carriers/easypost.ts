/**
 * The EasyPost carrier adapter: rates, labels, voids and tracking through EasyPost's multi-carrier
 * REST API (v2, docs.easypost.com), and its signed tracking webhooks. Written against the documented
 * request and response shapes with plain fetch (no SDK). Off unless an API key is configured
 * (LANDFALL_EASYPOST_API_KEY); see docs/carriers-easypost.md.
 *
 * Services are named `<carrier>:<service>` as EasyPost names them (`USPS:Priority`,
 * `DHLExpress:ExpressWorldwideNonDoc`); amounts are integer minor units; weights and lengths are sent
 * in ounces and inches to one decimal, rounded up.
 */
import { fail, ok, type Result } from '../../core/result/result.js';
import type { CarrierAdapter, CarrierFailure, CarrierRate, RateRequest, TrackingEvent } from '../../core/carriers/carrier.js';
import type { EasyPostConfig } from '../../config/load-config.js';
import { callEasyPost, type EasyPostClientOptions, type Fetcher } from './easypost/client.js';
import { createEasyPostLabel } from './easypost/label.js';
import { readMessages, readRates } from './easypost/read.js';
import { rateShipmentBody } from './easypost/shipment-body.js';
import { readTracker } from './easypost/tracking.js';
import { parseEasyPostWebhook } from './easypost/webhook.js';

export type { Fetcher } from './easypost/client.js';
export { EASYPOST_SIGNATURE_HEADER, signEasyPostWebhook } from './easypost/webhook.js';

export const EASYPOST_ADAPTER_ID = 'easypost';

export type EasyPostAdapterOptions = {
  /** Per request, default 20,000 ms. */
  timeoutMs?: number;
  /** Extra attempts for GET requests on a network failure, 429 or 5xx; default 2. */
  maxRetries?: number;
  /** First retry delay, doubled each time; default 250 ms. */
  retryDelayMs?: number;
};

/** Whether EasyPost is turned on: an API key is configured. */
export function isEasyPostEnabled(config: EasyPostConfig): boolean {
  return config.apiKey !== undefined;
}

/**
 * The EasyPost adapter for `config` (Config.easypost), calling EasyPost with `fetcher`.
 * When no API key is configured every call is refused with CARRIER_UNAVAILABLE without any request,
 * and webhooks are refused (VALIDATION_FAILED); webhooks are also refused while no webhook secret is set.
 * @example createEasyPostAdapter(config.easypost, fetch).rates({ from, to, parcel })
 */
export function createEasyPostAdapter(config: EasyPostConfig, fetcher: Fetcher, options: EasyPostAdapterOptions = {}): CarrierAdapter {
  const apiKey = config.apiKey;
  if (apiKey === undefined) return disabledAdapter();
  const client: EasyPostClientOptions = {
    apiKey,
    baseUrl: config.baseUrl.replace(/\/+$/, ''),
    fetcher,
    timeoutMs: options.timeoutMs ?? 20_000,
    maxRetries: options.maxRetries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 250,
  };
  const webhookSecret = config.webhookSecret;
  return {
    id: EASYPOST_ADAPTER_ID,
    rates: (request) => quoteRates(client, request),
    createLabel: (request) => createEasyPostLabel(client, request),
    voidLabel: (label) => refundLabel(client, label),
    track: (trackingNumber) => trackParcel(client, trackingNumber),
    parseWebhook: (delivery) => parseEasyPostWebhook(delivery, webhookSecret),
  };
}

/** Rating is a Shipment created without a reference and not bought (POST /shipments). */
async function quoteRates(client: EasyPostClientOptions, request: RateRequest): Promise<Result<CarrierRate[], CarrierFailure>> {
  const body = rateShipmentBody(request);
  if (!body.ok) return body;
  const created = await callEasyPost(client, 'POST', '/shipments', body.value);
  if (!created.ok) return created;
  const rates = readRates(created.value);
  if (rates.length === 0) {
    const said = readMessages(created.value);
    return fail('CARRIER_REFUSED', `EasyPost returned no rates for this parcel${said ? `: ${said}` : ''}`);
  }
  return ok(rates);
}

/**
 * Voiding is EasyPost's refund (POST /shipments/:id/refund). The shipment is read first: a tracking
 * number that is not this shipment's is refused, and a refund already submitted is not asked again.
 * `submitted` and `refunded` count as voided; `rejected` (scanned, or too old) and `not_applicable`
 * (bill-on-scan carriers) are refusals.
 */
async function refundLabel(client: EasyPostClientOptions, label: { carrierShipmentId: string; trackingNumber: string }): Promise<Result<{ voided: true }, CarrierFailure>> {
  if (typeof label.carrierShipmentId !== 'string' || !/^shp_[A-Za-z0-9]{1,64}$/.test(label.carrierShipmentId)) {
    return fail('VALIDATION_FAILED', 'carrierShipmentId must be an EasyPost shipment id (shp_...)', { field: 'carrierShipmentId' });
  }
  const path = `/shipments/${label.carrierShipmentId}`;
  const current = await callEasyPost(client, 'GET', path);
  if (!current.ok) return current;
  if (current.value.tracking_code !== label.trackingNumber) {
    return fail('VALIDATION_FAILED', `tracking number ${label.trackingNumber} is not the one of EasyPost shipment ${label.carrierShipmentId}`, { field: 'trackingNumber' });
  }
  const already = readRefundStatus(current.value);
  if (already === 'submitted' || already === 'refunded') return ok({ voided: true });
  const refunded = await callEasyPost(client, 'POST', `${path}/refund`);
  if (!refunded.ok) return refunded;
  const status = readRefundStatus(refunded.value);
  if (status === 'submitted' || status === 'refunded') return ok({ voided: true });
  if (status === 'rejected') return fail('CARRIER_REFUSED', `the carrier rejected the refund of ${label.trackingNumber} (already scanned, or past the refund window)`);
  if (status === 'not_applicable') return fail('CARRIER_REFUSED', `the carrier of ${label.trackingNumber} bills on scan: there is nothing to refund; the label must not be used`);
  return fail('CARRIER_UNAVAILABLE', `EasyPost answered the refund of ${label.carrierShipmentId} without a refund status; try again`);
}

/** The Tracker of a tracking code (GET /trackers?tracking_code=...), made when the label was bought. */
async function trackParcel(client: EasyPostClientOptions, trackingNumber: string): Promise<Result<TrackingEvent[], CarrierFailure>> {
  if (typeof trackingNumber !== 'string' || !/^[A-Za-z0-9-]{4,64}$/.test(trackingNumber)) {
    return fail('VALIDATION_FAILED', 'trackingNumber must be 4 to 64 letters, digits or dashes', { field: 'trackingNumber' });
  }
  const answer = await callEasyPost(client, 'GET', `/trackers?tracking_code=${encodeURIComponent(trackingNumber)}&page_size=5`);
  if (!answer.ok) return answer;
  const trackers = Array.isArray(answer.value.trackers) ? answer.value.trackers : [];
  for (const raw of trackers) {
    const tracker = readTracker(raw);
    if (tracker && tracker.trackingCode === trackingNumber) return ok(tracker.events);
  }
  return fail('LABEL_NOT_FOUND', `EasyPost tracks no parcel with tracking number ${trackingNumber}`, { field: 'trackingNumber' });
}

function readRefundStatus(shipment: Record<string, unknown>): string | undefined {
  return typeof shipment.refund_status === 'string' ? shipment.refund_status : undefined;
}

/** EasyPost without an API key: refuses everything, calls nothing. */
function disabledAdapter(): CarrierAdapter {
  const off = () => fail('CARRIER_UNAVAILABLE' as const, 'EasyPost is off: set LANDFALL_EASYPOST_API_KEY to use it');
  return {
    id: EASYPOST_ADAPTER_ID,
    rates: async () => off(),
    createLabel: async () => off(),
    voidLabel: async () => off(),
    track: async () => off(),
    parseWebhook: () => fail('VALIDATION_FAILED', 'EasyPost webhooks are refused: EasyPost is off (LANDFALL_EASYPOST_API_KEY is not set)', { field: `headers.x-hmac-signature` }),
  };
}
