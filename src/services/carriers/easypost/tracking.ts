/**
 * EasyPost Trackers as Landfall tracking events. A Tracker carries its whole history in
 * `tracking_details`, each with `status`, `status_detail`, `message`, `datetime` and a
 * `tracking_location` (docs.easypost.com/docs/trackers); each detail becomes one TrackingEvent.
 */
import { createHash } from 'node:crypto';
import type { TrackingEvent, TrackingStatus } from '../../../core/carriers/carrier.js';

/** The Tracker statuses EasyPost documents. */
export const EASYPOST_TRACKER_STATUSES = ['unknown', 'pre_transit', 'in_transit', 'out_for_delivery', 'delivered', 'available_for_pickup', 'return_to_sender', 'failure', 'cancelled', 'error'] as const;

/**
 * Landfall's status for EasyPost's `status` alone. `cancelled` (the label was voided), `error` (the
 * carrier could not be asked) and `unknown` (no scan yet) say nothing about where the parcel is:
 * they give no event. `available_for_pickup` is the last step before the buyer has it, like
 * out for delivery; the carrier's words are kept for the operator.
 */
const BY_STATUS: Readonly<Record<string, TrackingStatus | null>> = {
  pre_transit: 'label_created',
  in_transit: 'in_transit',
  out_for_delivery: 'out_for_delivery',
  available_for_pickup: 'out_for_delivery',
  delivered: 'delivered',
  return_to_sender: 'returned_to_sender',
  failure: 'delivery_failed',
  cancelled: null,
  error: null,
  unknown: null,
};

/** status_detail values that mean the parcel is stopped, waiting on someone. */
const HELD_DETAILS = new Set(['held', 'awaiting_information', 'delayed', 'transit_exception', 'delivery_exception']);

/** Whole words (letters on neither side, any script), case-insensitive. */
const anyWord = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu');
/** Customs in the carriers' words (English, French, German, Spanish, Italian, Dutch). */
const CUSTOMS_WORDS = anyWord('customs?|clearance|duty|duties|import tax(?:es)?|douanes?|dédouanement|zoll|aduanas?|dogana|inklaring');
const RELEASED_WORDS = anyWord('released|cleared|(?:clearance|processing) (?:completed?|finished)|dédouanée?|verzollt|freigegeben|despachad[oa]|sdoganat[oa]');
const HOLD_WORDS = anyWord('held|hold|awaiting|pending|duty|duties|tax(?:es)?|payment|fees?|documents?|inspection|retenue?|zurückgehalten|retenid[oa]|trattenut[oa]');

/**
 * Landfall's status for one EasyPost tracking detail, or null when it is no event (see BY_STATUS).
 * EasyPost has no customs status of its own: customs shows in the carrier's message, with
 * status_detail `held`/`awaiting_information`/... while it waits. So a detail whose words name
 * customs is `customs_released` when they say released or cleared, `customs_hold` when they say
 * held/duties/payment or the detail says held, and in transit otherwise ("processed through customs").
 * Customs words only count while the parcel is in transit (or its status is unknown): they never
 * override label created, delivered, out for delivery, returned or failed.
 * `in_transit` + `received_at_origin_facility` is the carrier taking the parcel in: `picked_up`;
 * `in_transit` + `return` is a parcel on its way back: `returned_to_sender`.
 */
export function landfallStatus(status: string, statusDetail: string | null, words: string): TrackingStatus | null {
  const base = BY_STATUS[status];
  if (base === undefined) return null;
  if ((status === 'in_transit' || status === 'unknown') && CUSTOMS_WORDS.test(words)) {
    if (RELEASED_WORDS.test(words)) return 'customs_released';
    if (HOLD_WORDS.test(words) || (statusDetail !== null && HELD_DETAILS.has(statusDetail))) return 'customs_hold';
    return 'in_transit';
  }
  if (base === 'in_transit' && statusDetail === 'received_at_origin_facility') return 'picked_up';
  if (base === 'in_transit' && statusDetail === 'return') return 'returned_to_sender';
  return base;
}

export type TrackerRead = { trackerId: string; trackingCode: string; events: TrackingEvent[] };

/**
 * The events of a Tracker object, oldest first. Undefined when it is not a Tracker (no `id` or no
 * `tracking_code`). Details without a readable `datetime` are left out: they cannot be placed in
 * time and have no stable id.
 *
 * The event id is `<tracker id>:<datetime>:<12 hex of SHA-256 of status, detail, message and
 * place>`: the same detail read again (a repeated webhook, the next tracker.updated that repeats the
 * history, or a poll with track()) gets the same id, so the caller stores it once.
 */
export function readTracker(value: unknown): TrackerRead | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const t = value as Record<string, unknown>;
  if (typeof t.id !== 'string' || !/^[\x21-\x7e]{1,100}$/.test(t.id)) return undefined;
  if (typeof t.tracking_code !== 'string' || t.tracking_code.trim() === '' || t.tracking_code.length > 100) return undefined;
  if (t.object !== undefined && t.object !== 'Tracker') return undefined;
  const details = Array.isArray(t.tracking_details) ? t.tracking_details : [];
  const events: TrackingEvent[] = [];
  for (const raw of details.slice(0, 1000)) {
    const event = readDetail(raw, t.id, t.tracking_code);
    if (event) events.push(event);
  }
  events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { trackerId: t.id, trackingCode: t.tracking_code, events };
}

function readDetail(raw: unknown, trackerId: string, trackingNumber: string): TrackingEvent | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const d = raw as Record<string, unknown>;
  const datetime = typeof d.datetime === 'string' ? d.datetime : '';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(datetime) || Number.isNaN(Date.parse(datetime))) return null;
  const status = typeof d.status === 'string' ? d.status : 'unknown';
  const statusDetail = typeof d.status_detail === 'string' && d.status_detail !== '' ? d.status_detail : null;
  const message = clean(d.message);
  const description = clean(d.description);
  const words = [message, description].filter((x) => x !== null).join(' ');
  const mapped = landfallStatus(status, statusDetail, words);
  if (mapped === null) return null;
  const location = readLocation(d.tracking_location);
  const fingerprint = createHash('sha256').update([status, statusDetail ?? '', message ?? '', location ?? ''].join('\u001f')).digest('hex').slice(0, 12);
  return {
    trackingNumber,
    status: mapped,
    at: datetime,
    location,
    carrierDescription: message ?? description,
    amountDueMinor: null,
    currency: null,
    eventId: `${trackerId}:${datetime}:${fingerprint}`,
  };
}

/** "HOUSTON, TX 77063, US" from the TrackingLocation's city, state, zip and country. */
function readLocation(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const l = raw as Record<string, unknown>;
  const part = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
  const stateZip = [part(l.state), part(l.zip)].filter((x) => x !== null).join(' ');
  const out = [part(l.city), stateZip === '' ? null : stateZip, part(l.country)].filter((x) => x !== null).join(', ');
  return out === '' ? null : out.slice(0, 200);
}

function clean(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t.slice(0, 500);
}
