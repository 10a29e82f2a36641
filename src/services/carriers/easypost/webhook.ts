/**
 * EasyPost webhook deliveries: an Event object (`{ id: "evt_...", object: "Event", description:
 * "tracker.updated", created_at, result: Tracker }`) POSTed to our URL. When the webhook was created
 * with a `webhook_secret`, EasyPost signs each delivery in the `X-Hmac-Signature` header as
 * `hmac-sha256-hex=<hex HMAC-SHA256 of the raw body>`, keyed with the secret normalized to Unicode
 * NFKD and encoded as UTF-8 (docs.easypost.com: Webhooks Guide, HMAC validation; the same scheme as
 * EasyPost's client libraries' validate_webhook).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { fail, ok, type Result } from '../../../core/result/result.js';
import type { CarrierFailure, TrackingEvent } from '../../../core/carriers/carrier.js';
import { readTracker } from './tracking.js';

export const EASYPOST_SIGNATURE_HEADER = 'x-hmac-signature';
const SIGNATURE_PREFIX = 'hmac-sha256-hex=';
/**
 * The signature carries no timestamp, but the signed body does (`created_at`). EasyPost retries a
 * failed delivery for up to 24 hours; an event older than 72 hours is refused as stale, and one more
 * than 5 minutes in the future as forged. A replay inside that window repeats events already stored
 * (their ids are stable), so it changes nothing.
 */
export const EASYPOST_WEBHOOK_MAX_AGE_MS = 72 * 3_600_000;
const MAX_CLOCK_SKEW_MS = 5 * 60_000;
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The events that carry a Tracker in `result`. Other events are verified and yield nothing. */
const TRACKER_EVENTS = new Set(['tracker.created', 'tracker.updated']);

/** `hmac-sha256-hex=<hex>` for a raw body: what EasyPost sends, and what tests sign with. */
export function signEasyPostWebhook(body: Uint8Array | string, secret: string): string {
  const key = Buffer.from(secret.normalize('NFKD'), 'utf8');
  return SIGNATURE_PREFIX + createHmac('sha256', key).update(body).digest('hex');
}

/**
 * Verify an EasyPost delivery and read its tracking events. Refused (VALIDATION_FAILED, naming what
 * failed) when no secret is configured, the header is missing or wrong, the body is not a signed
 * Event, or the event is stale.
 */
export function parseEasyPostWebhook(
  delivery: { headers: Readonly<Record<string, string | undefined>>; body: Uint8Array; now: Date },
  webhookSecret: string | undefined,
): Result<TrackingEvent[], CarrierFailure> {
  const field = `headers.${EASYPOST_SIGNATURE_HEADER}`;
  if (webhookSecret === undefined) {
    return fail('VALIDATION_FAILED', 'EasyPost webhooks are refused: no webhook secret is configured (LANDFALL_EASYPOST_WEBHOOK_SECRET)', { field });
  }
  const header = headerValue(delivery.headers, EASYPOST_SIGNATURE_HEADER);
  if (header === undefined || header.trim() === '') return fail('VALIDATION_FAILED', 'the X-Hmac-Signature header is missing', { field });
  if (delivery.body.byteLength > MAX_BODY_BYTES) return fail('VALIDATION_FAILED', `the body is ${delivery.body.byteLength} bytes; at most ${MAX_BODY_BYTES} are accepted`, { field: 'body' });
  const expected = Buffer.from(signEasyPostWebhook(delivery.body, webhookSecret), 'utf8');
  const given = Buffer.from(header.trim().toLowerCase(), 'utf8');
  // Lengths first (timingSafeEqual needs equal lengths); the length of a signature is no secret.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return fail('VALIDATION_FAILED', 'the X-Hmac-Signature does not match the body and the webhook secret', { field });
  }

  let event: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(delivery.body).toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    event = parsed as Record<string, unknown>;
  } catch {
    return fail('VALIDATION_FAILED', 'the webhook body is not a JSON object', { field: 'body' });
  }
  if (event.object !== 'Event' || typeof event.id !== 'string' || event.id === '' || typeof event.description !== 'string') {
    return fail('VALIDATION_FAILED', 'the webhook body is not an EasyPost Event (object "Event" with id and description expected)', { field: 'body' });
  }
  const createdAt = typeof event.created_at === 'string' ? Date.parse(event.created_at) : NaN;
  if (Number.isNaN(createdAt)) return fail('VALIDATION_FAILED', `event ${event.id} has no readable created_at`, { field: 'body.created_at' });
  const age = delivery.now.getTime() - createdAt;
  if (age > EASYPOST_WEBHOOK_MAX_AGE_MS) return fail('VALIDATION_FAILED', `event ${event.id} was created ${Math.floor(age / 3_600_000)} h ago; at most 72 h is accepted (read the tracker with track() instead)`, { field: 'body.created_at' });
  if (age < -MAX_CLOCK_SKEW_MS) return fail('VALIDATION_FAILED', `event ${event.id} is dated ${Math.ceil(-age / 60_000)} min in the future`, { field: 'body.created_at' });

  if (!TRACKER_EVENTS.has(event.description)) return ok([]);
  const tracker = readTracker(event.result);
  if (!tracker) return fail('VALIDATION_FAILED', `event ${event.id} (${event.description}) carries no Tracker in result`, { field: 'body.result' });
  return ok(tracker.events);
}

/** Header names are case-insensitive (RFC 9110, 5.1); Node lowercases them, others may not. */
function headerValue(headers: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const direct = headers[name];
  if (direct !== undefined) return direct;
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}
