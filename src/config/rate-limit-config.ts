import type { FieldIssue } from '../core/result/result.js';

/**
 * Request rate limits (docs/security.md), counted in fixed windows of `windowSeconds`. Each limit
 * is a number of requests per window, or null when that limit is off:
 * - `publicPerIp`: routes without an API key (storefront pages and forms, /v1/store/*, the public
 *   API, sign-in, the admin page, the docs), per client IP;
 * - `perKey`: routes behind an API key or a sign-in session, per key;
 * - `authFailuresPerIp`: failed authentications (a wrong or revoked key, a wrong password) per
 *   client IP; past it, authentication from that IP is refused with 429 until the window ends
 *   (sign-in keeps its own per-account lockout as well).
 * Health checks, static assets and signed provider callbacks are never limited.
 */
export type RateLimitSettings = Readonly<{
  windowSeconds: number;
  publicPerIp: number | null;
  perKey: number | null;
  authFailuresPerIp: number | null;
}>;

export const DEFAULT_RATE_LIMITS: RateLimitSettings = Object.freeze({ windowSeconds: 60, publicPerIp: 600, perKey: 1_200, authFailuresPerIp: 30 });

type Env = Readonly<Record<string, string | undefined>>;

const MAX_PER_WINDOW = 1_000_000;

/**
 * LANDFALL_RATE_LIMIT (on | off, default on) and LANDFALL_RATE_LIMIT_WINDOW_SECONDS (1 to 3,600,
 * default 60), LANDFALL_RATE_LIMIT_PUBLIC_PER_IP (default 600), LANDFALL_RATE_LIMIT_PER_KEY
 * (default 1,200), LANDFALL_RATE_LIMIT_AUTH_FAILURES_PER_IP (default 30): each a whole number from
 * 1 to 1,000,000 or `off`. Every problem names its variable.
 * @example parseRateLimitVars({ LANDFALL_RATE_LIMIT_PER_KEY: 'off' }, issues) // { ...defaults, perKey: null }
 */
export function parseRateLimitVars(env: Env, issues: FieldIssue[]): RateLimitSettings | false {
  const read = (name: string) => {
    const t = env[name]?.trim();
    return t === undefined || t === '' ? undefined : t;
  };
  const master = read('LANDFALL_RATE_LIMIT')?.toLowerCase() ?? 'on';
  if (master !== 'on' && master !== 'off') issues.push({ field: 'LANDFALL_RATE_LIMIT', message: `must be on or off, got "${read('LANDFALL_RATE_LIMIT')}"` });

  const count = (name: string, fallback: number | null, min: number, max: number, allowOff: boolean): number | null => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (allowOff && raw.toLowerCase() === 'off') return null;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      issues.push({ field: name, message: `must be a whole number from ${min} to ${max}${allowOff ? ' or off' : ''}, got "${raw}"` });
      return fallback;
    }
    return n;
  };
  const settings = Object.freeze({
    windowSeconds: count('LANDFALL_RATE_LIMIT_WINDOW_SECONDS', DEFAULT_RATE_LIMITS.windowSeconds, 1, 3_600, false) ?? DEFAULT_RATE_LIMITS.windowSeconds,
    publicPerIp: count('LANDFALL_RATE_LIMIT_PUBLIC_PER_IP', DEFAULT_RATE_LIMITS.publicPerIp, 1, MAX_PER_WINDOW, true),
    perKey: count('LANDFALL_RATE_LIMIT_PER_KEY', DEFAULT_RATE_LIMITS.perKey, 1, MAX_PER_WINDOW, true),
    authFailuresPerIp: count('LANDFALL_RATE_LIMIT_AUTH_FAILURES_PER_IP', DEFAULT_RATE_LIMITS.authFailuresPerIp, 1, MAX_PER_WINDOW, true),
  });
  return master === 'off' ? false : settings;
}
