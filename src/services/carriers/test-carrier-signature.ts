import { createHmac, timingSafeEqual } from 'node:crypto';
import { fail, ok, type Result } from '../../core/result/result.js';

/** The test carrier's webhook headers (lower case, as Node reads them). */
export const TEST_CARRIER_TIMESTAMP_HEADER = 'test-carrier-timestamp';
export const TEST_CARRIER_SIGNATURE_HEADER = 'test-carrier-signature';

function digest(secret: string, timestamp: number, body: Uint8Array | string): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
}

/**
 * `v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>">`, the timestamp (unix seconds) going in its
 * own header: signing the time with the body lets the receiver refuse an old delivery replayed by
 * whoever captured it, and signing the bytes means the receiver checks before it parses.
 */
export function signTestCarrierWebhook(secret: string, timestamp: number, body: Uint8Array | string): string {
  return `v1=${digest(secret, timestamp, body).toString('hex')}`;
}

/**
 * Check a delivery as the receiver does: both headers present and well formed, one v1 signature
 * matching the raw body (constant-time), then the timestamp within `toleranceSeconds` of `now`
 * either way. Fails with VALIDATION_FAILED naming the header at fault.
 */
export function verifyTestCarrierWebhook(
  headers: Readonly<Record<string, string | undefined>>,
  body: Uint8Array,
  secret: string,
  now: Date,
  toleranceSeconds: number,
): Result<{ timestamp: number }, 'VALIDATION_FAILED'> {
  const tsField = `headers.${TEST_CARRIER_TIMESTAMP_HEADER}`;
  const sigField = `headers.${TEST_CARRIER_SIGNATURE_HEADER}`;
  const ts = headers[TEST_CARRIER_TIMESTAMP_HEADER];
  if (typeof ts !== 'string' || !/^\d{1,12}$/.test(ts)) return fail('VALIDATION_FAILED', `${TEST_CARRIER_TIMESTAMP_HEADER} must be the signing time in unix seconds`, { field: tsField });
  const header = headers[TEST_CARRIER_SIGNATURE_HEADER];
  const signatures = typeof header === 'string' && header.length <= 1000 ? header.split(',').map((p) => p.trim()).filter((p) => /^v1=[0-9a-f]{64}$/.test(p)).map((p) => Buffer.from(p.slice(3), 'hex')) : [];
  if (signatures.length === 0) return fail('VALIDATION_FAILED', `${TEST_CARRIER_SIGNATURE_HEADER} must read v1=<64 hex digits>`, { field: sigField });
  const timestamp = Number(ts);
  const expected = digest(secret, timestamp, body);
  if (!signatures.some((s) => timingSafeEqual(s, expected))) return fail('VALIDATION_FAILED', 'the signature does not match the body and timestamp', { field: sigField });
  const age = Math.round(now.getTime() / 1000) - timestamp;
  if (Math.abs(age) > toleranceSeconds) return fail('VALIDATION_FAILED', `the delivery was signed ${Math.abs(age)} s ${age >= 0 ? 'ago' : 'ahead'}; at most ${toleranceSeconds} s is accepted`, { field: tsField });
  return ok({ timestamp });
}
