import { LandfallError, UsageError } from './errors.js';
import type { paths } from './generated/api.js';

/** An event as Landfall delivers it to a webhook endpoint (the same shape `GET /v1/admin/events` lists). */
export type WebhookEvent = paths['/v1/admin/events']['get']['responses'][200]['content']['application/json']['items'][number];

/** Header carrying a delivery's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'landfall-signature';
/** Signatures further than this from the receiver's clock are refused (Landfall's own receivers use the same 5 minutes). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export type WebhookFailure = 'missing' | 'malformed' | 'mismatch' | 'stale' | 'payload';
const CODES: Record<WebhookFailure, string> = {
  missing: 'WEBHOOK_SIGNATURE_MISSING',
  malformed: 'WEBHOOK_SIGNATURE_MALFORMED',
  mismatch: 'WEBHOOK_SIGNATURE_MISMATCH',
  stale: 'WEBHOOK_SIGNATURE_STALE',
  payload: 'WEBHOOK_PAYLOAD_INVALID',
};

/**
 * A delivery that must not be trusted: `reason` says why (no signature header, a header that does
 * not parse, a signature that does not match the body and secret, a timestamp outside the
 * tolerance, or a signed body that is not an event). Answer it with a 400 and do not act on it.
 */
export class WebhookVerificationError extends LandfallError {
  readonly reason: WebhookFailure;
  constructor(reason: WebhookFailure, detail: string) {
    super({ code: CODES[reason], detail, field: SIGNATURE_HEADER });
    this.reason = reason;
  }
}

/** Headers as `fetch` (`Headers`), Node's `IncomingMessage.headers` or a plain object give them. */
export type HeadersLike = Headers | Record<string, string | string[] | undefined>;

export type VerifyWebhookOptions = {
  /** Largest distance between the signature's timestamp and now, in seconds (default 300). */
  toleranceSeconds?: number;
  /** The receiver's clock: a Date or milliseconds since the epoch (default: now). */
  now?: Date | number;
};

const encoder = new TextEncoder();

function header(headers: HeadersLike, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const entry = Object.entries(headers as Record<string, string | string[] | undefined>).find(([k]) => k.toLowerCase() === name);
  const value = entry?.[1];
  return Array.isArray(value) ? value[0] : value;
}

function bytesOf(rawBody: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  if (rawBody instanceof Uint8Array) return rawBody;
  if (rawBody instanceof ArrayBuffer) return new Uint8Array(rawBody);
  throw new UsageError({
    code: 'INVALID_ARGUMENT',
    field: 'rawBody',
    detail: 'rawBody must be the body exactly as received (a string, Buffer, Uint8Array or ArrayBuffer), not parsed JSON: the signature covers the raw bytes',
  });
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The endpoint secret as an HMAC-SHA256 key (Web Crypto: Node.js, Deno, Bun, browsers and edge runtimes alike). */
function hmacKey(secret: string) {
  return globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

/**
 * The `landfall-signature` value Landfall sends for `rawBody` at `timestamp` (unix seconds):
 * `t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>" keyed with the endpoint's secret>`.
 * For testing a receiver with deliveries of your own.
 */
export async function signWebhook(rawBody: string | Uint8Array | ArrayBuffer, secret: string, timestamp: number): Promise<string> {
  if (typeof secret !== 'string' || secret === '') throw new UsageError({ code: 'INVALID_ARGUMENT', field: 'secret', detail: "secret is required: the endpoint's signing secret (whsec_...)" });
  if (!Number.isInteger(timestamp) || timestamp < 0) throw new UsageError({ code: 'INVALID_ARGUMENT', field: 'timestamp', detail: 'timestamp must be whole unix seconds' });
  const mac = await globalThis.crypto.subtle.sign('HMAC', await hmacKey(secret), concat(encoder.encode(`${timestamp}.`), bytesOf(rawBody)));
  return `t=${timestamp},v1=${[...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Check a webhook delivery and return its event. Pass the body exactly as received (before any JSON
 * parsing), the request's headers and the endpoint's secret. The signature must parse, be within
 * `toleranceSeconds` of now, and one of its `v1` values must match (compared in constant time);
 * otherwise a `WebhookVerificationError` says which check failed. Deliveries come at least once:
 * deduplicate on the returned event's `id`.
 *
 * @example
 * const event = await verifyWebhook(await request.text(), request.headers, process.env.LANDFALL_WEBHOOK_SECRET!);
 */
export async function verifyWebhook(rawBody: string | Uint8Array | ArrayBuffer, headers: HeadersLike, secret: string, options: VerifyWebhookOptions = {}): Promise<WebhookEvent> {
  const bytes = bytesOf(rawBody);
  if (typeof secret !== 'string' || secret === '') throw new UsageError({ code: 'INVALID_ARGUMENT', field: 'secret', detail: "secret is required: the endpoint's signing secret (whsec_...), shown when it was registered" });
  if (typeof headers !== 'object' || headers === null) throw new UsageError({ code: 'INVALID_ARGUMENT', field: 'headers', detail: "headers must be the delivery's request headers" });
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (!Number.isFinite(tolerance) || tolerance < 0) throw new UsageError({ code: 'INVALID_ARGUMENT', field: 'toleranceSeconds', detail: 'toleranceSeconds must be a number of seconds, 0 or more' });
  const nowMs = options.now === undefined ? Date.now() : options.now instanceof Date ? options.now.getTime() : options.now;
  if (!Number.isFinite(nowMs)) throw new UsageError({ code: 'INVALID_ARGUMENT', field: 'now', detail: 'now must be a valid Date or milliseconds since the epoch' });

  const value = header(headers, SIGNATURE_HEADER);
  if (value === undefined || value === '') throw new WebhookVerificationError('missing', `no ${SIGNATURE_HEADER} header: this request was not sent by Landfall, or a proxy removed the header`);
  if (value.length > 1000) throw new WebhookVerificationError('malformed', `${SIGNATURE_HEADER} is longer than 1,000 characters`);
  const parts = value.split(',').map((p) => p.trim().split('='));
  const t = parts.find(([k]) => k === 't')?.[1];
  const signatures = parts.filter(([k, v]) => k === 'v1' && v !== undefined && /^[0-9a-f]{64}$/.test(v)).map(([, v]) => v!);
  const timestamp = t !== undefined && /^\d{1,12}$/.test(t) ? Number(t) : Number.NaN;
  if (Number.isNaN(timestamp) || signatures.length === 0) throw new WebhookVerificationError('malformed', `${SIGNATURE_HEADER} must read t=<unix seconds>,v1=<64 hex digits>`);

  const age = Math.floor(nowMs / 1000) - timestamp;
  if (Math.abs(age) > tolerance) {
    throw new WebhookVerificationError('stale', `the signature was made ${Math.abs(age)} s ${age >= 0 ? 'ago' : 'ahead of this clock'}; at most ${tolerance} s is accepted (a replayed delivery, or a clock out of step)`);
  }
  const key = await hmacKey(secret);
  const signed = concat(encoder.encode(`${timestamp}.`), bytes);
  let matches = false;
  for (const signature of signatures) {
    if (await globalThis.crypto.subtle.verify('HMAC', key, hexToBytes(signature), signed)) matches = true;
  }
  if (!matches) throw new WebhookVerificationError('mismatch', "the signature does not match the body and secret: the body was changed, the secret is not this endpoint's, or the request is forged");

  let event: unknown;
  try {
    event = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new WebhookVerificationError('payload', 'the signed body is not JSON');
  }
  const e = event as Partial<WebhookEvent> | null;
  if (typeof e !== 'object' || e === null || typeof e.id !== 'string' || typeof e.type !== 'string' || typeof e.createdAt !== 'string') {
    throw new WebhookVerificationError('payload', 'the signed body is not a Landfall event (id, type, subject, data, createdAt)');
  }
  return event as WebhookEvent;
}
