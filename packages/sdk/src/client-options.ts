import { UsageError } from './errors.js';
import type { Backoff } from './retry.js';

export type LandfallOptions = {
  /** Where Landfall answers, with any path prefix it is served under: `https://shop.example.com`. */
  baseUrl: string;
  /** A Landfall API key, `lf_<prefix>_<secret>`, sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** The fetch to use (default: the global one). Wrap it to log, trace or test. */
  fetch?: typeof fetch;
  /** Retries after the first attempt (default 2); see the README for which calls are retried. */
  retries?: number;
  /** Time allowed for each attempt, in milliseconds (default 30,000). */
  timeoutMs?: number;
  /** Wait between attempts when the server gives no Retry-After. */
  backoff?: Backoff;
  /** Longest Retry-After the client waits for, in milliseconds (default 60,000); a longer one throws at once. */
  maxRetryAfterMs?: number;
  /** Headers sent with every call (a `user-agent` of your integration, for example). */
  headers?: Record<string, string>;
};

export type ClientConfig = {
  baseUrl: string;
  apiKey: string;
  fetch: typeof fetch;
  retries: number;
  timeoutMs: number;
  backoff: Required<Backoff>;
  maxRetryAfterMs: number;
  headers: Record<string, string>;
};

const OPTION_NAMES = ['baseUrl', 'apiKey', 'fetch', 'retries', 'timeoutMs', 'backoff', 'maxRetryAfterMs', 'headers'];

function usage(field: string, detail: string): UsageError {
  return new UsageError({ code: 'INVALID_CLIENT_OPTIONS', field, detail: `${field} ${detail}` });
}

function wholeNumber(value: unknown, field: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw usage(field, `must be a whole number from ${min} to ${max}`);
  return value;
}

/** Check the options once, naming the first bad one; nothing is sent before they are right. */
export function readClientOptions(options: LandfallOptions): ClientConfig {
  if (typeof options !== 'object' || options === null) throw usage('options', 'must be an object: new Landfall({ baseUrl, apiKey })');
  const unknown = Object.keys(options).find((k) => !OPTION_NAMES.includes(k));
  if (unknown !== undefined) throw usage(unknown, `is not an option (${OPTION_NAMES.join(', ')})`);

  const { baseUrl, apiKey } = options;
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') throw usage('baseUrl', 'is required: the URL Landfall answers at, such as "https://shop.example.com"');
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw usage('baseUrl', `must be an absolute http:// or https:// URL, not ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw usage('baseUrl', `must be an http:// or https:// URL, not ${url.protocol}`);
  if (url.username !== '' || url.password !== '') throw usage('baseUrl', 'must not carry a user name or password (send the API key as apiKey)');
  if (url.search !== '' || url.hash !== '') throw usage('baseUrl', 'must not have a ?query or #fragment');

  if (apiKey === undefined || apiKey === null || apiKey === '') throw usage('apiKey', 'is required: a Landfall API key (lf_<prefix>_<secret>), made with `landfall keys create` or in the admin');
  if (typeof apiKey !== 'string') throw usage('apiKey', 'must be a string');
  if (/^bearer\s/i.test(apiKey)) throw usage('apiKey', 'must be the key alone, without "Bearer "');
  if (!/^lf_\S+$/.test(apiKey)) throw usage('apiKey', 'does not look like a Landfall API key (lf_<prefix>_<secret>)');

  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== 'function') throw usage('fetch', 'must be a function; this runtime has no global fetch (Node.js 18 or newer has one)');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (typeof value !== 'string') throw usage(`headers.${name}`, 'must be a string');
    const lower = name.toLowerCase();
    if (lower === 'authorization') throw usage(`headers.${name}`, 'must not be set here: the client sends the apiKey');
    if (lower === 'idempotency-key') throw usage(`headers.${name}`, 'must not be set for every call: pass idempotencyKey to the call it belongs to');
    headers[lower] = value;
  }
  const backoff = options.backoff ?? {};
  return Object.freeze({
    baseUrl: url.href.replace(/\/+$/, ''),
    apiKey,
    fetch: doFetch,
    retries: wholeNumber(options.retries, 'retries', 0, 10, 2),
    timeoutMs: wholeNumber(options.timeoutMs, 'timeoutMs', 1, 600_000, 30_000),
    backoff: { initialMs: wholeNumber(backoff.initialMs, 'backoff.initialMs', 0, 60_000, 500), maxMs: wholeNumber(backoff.maxMs, 'backoff.maxMs', 0, 600_000, 8_000) },
    maxRetryAfterMs: wholeNumber(options.maxRetryAfterMs, 'maxRetryAfterMs', 0, 3_600_000, 60_000),
    headers,
  });
}
