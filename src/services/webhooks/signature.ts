import { createHmac, timingSafeEqual } from 'node:crypto';
import { fail, ok, type Result } from '../../core/result/result.js';

/** Header carrying the signature of a webhook delivery. */
export const SIGNATURE_HEADER = 'landfall-signature';
/** A receiver should refuse signatures older than this (replays of a captured delivery). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

function digest(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the endpoint's secret>`: the receiver
 * recomputes it over the raw body and checks the time, so a forged or replayed delivery is refused.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${digest(secret, timestamp, body)}`;
}

/**
 * Check a delivery as a receiver does: the header parses, one `v1` signature matches the raw body
 * (compared in constant time), and the timestamp is within `toleranceSeconds` of `nowSeconds`.
 */
export function verifyWebhookSignature(
  header: string | undefined,
  body: string,
  secret: string,
  nowSeconds: number,
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): Result<{ timestamp: number }, 'SIGNATURE_INVALID'> {
  if (typeof header !== 'string' || header.length > 1000) return fail('SIGNATURE_INVALID', `missing ${SIGNATURE_HEADER} header`, { field: SIGNATURE_HEADER });
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = parts.find(([k]) => k === 't')?.[1];
  const signatures = parts.filter(([k, v]) => k === 'v1' && v !== undefined && /^[0-9a-f]{64}$/.test(v)).map(([, v]) => v!);
  const timestamp = t !== undefined && /^\d{1,12}$/.test(t) ? Number(t) : NaN;
  if (Number.isNaN(timestamp) || signatures.length === 0) return fail('SIGNATURE_INVALID', `${SIGNATURE_HEADER} must read t=<seconds>,v1=<hex>`, { field: SIGNATURE_HEADER });
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return fail('SIGNATURE_INVALID', `the signature is ${Math.abs(nowSeconds - timestamp)} s old (at most ${toleranceSeconds} s accepted)`, { field: SIGNATURE_HEADER });
  const expected = Buffer.from(digest(secret, timestamp, body), 'hex');
  const matches = signatures.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), expected));
  return matches ? ok({ timestamp }) : fail('SIGNATURE_INVALID', 'the signature does not match the body', { field: SIGNATURE_HEADER });
}
