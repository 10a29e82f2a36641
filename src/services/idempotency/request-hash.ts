import { createHash } from 'node:crypto';

/**
 * A fingerprint of a request for Idempotency-Key: SHA-256 of its parts as canonical JSON (object
 * keys sorted), so the same body sent with its fields in another order is the same request, and
 * any changed value is another one.
 * @example hashRequest({ method: 'POST', path: '/v1/payments', body }) // 'a3f1…' (64 hex digits)
 */
export function hashRequest(parts: unknown): string {
  return createHash('sha256').update(canonicalJson(parts)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * A key for the same request at a provider, derived from Landfall's scope and key: a retry that
 * Landfall runs again (after a crash, or a key given back) reaches the provider with the same key,
 * so the provider answers with the charge or refund it already made instead of making another.
 */
export function deriveProviderKey(scope: string, key: string): string {
  return `lf_${createHash('sha256').update(`${scope}\u0000${key}`).digest('hex').slice(0, 40)}`;
}
