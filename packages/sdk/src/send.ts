import type { ClientConfig } from './client-options.js';
import { errorFromAnswer, LandfallError, NetworkError, TimeoutError, UsageError } from './errors.js';
import { IDEMPOTENT_OPERATIONS } from './generated/idempotency.js';
import { backoffDelayMs, parseRetryAfter, RETRY_STATUSES, sleep } from './retry.js';
import type { CallOptions, HttpMethod, LandfallResponse } from './types.js';

/** One call as the typed methods and `request` pass it down. */
export type SendInput = {
  method: HttpMethod;
  /** A path template (`/v1/payments/{id}/refunds`) or a plain path. */
  path: string;
  pathParams?: Record<string, string | number> | undefined;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
  options?: CallOptions | undefined;
};

const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** Methods that HTTP defines as idempotent (RFC 9110 section 9.2.2): sending one twice has the effect of once. */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'PUT', 'DELETE']);
const KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;

/** `{ template, pattern }` of each operation that takes an Idempotency-Key, to recognise plain paths too. */
const IDEMPOTENT_ROUTES = Object.keys(IDEMPOTENT_OPERATIONS).map((operation) => {
  const [method, template] = operation.split(' ') as [string, string];
  const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
  return { method, template, pattern };
});

/** Whether `method path` takes an Idempotency-Key (by its template, or a plain path matching one). */
export function takesIdempotencyKey(method: string, path: string): boolean {
  if (`${method} ${path}` in IDEMPOTENT_OPERATIONS) return true;
  return IDEMPOTENT_ROUTES.some((r) => r.method === method && r.pattern.test(path));
}

function usage(field: string, detail: string, input: SendInput): UsageError {
  return new UsageError({ code: 'INVALID_ARGUMENT', field, detail: `${field} ${detail}`, method: input.method, path: input.path });
}

/** The path with its `{name}` parameters filled in, each URI-encoded. */
function fillPath(input: SendInput): string {
  if (typeof input.path !== 'string' || !input.path.startsWith('/')) throw usage('path', 'must be a path starting with "/", such as "/v1/payments/{id}"', input);
  return input.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = input.pathParams?.[name];
    if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') {
      throw usage(`path.${name}`, `is required: a non-empty string or number for {${name}} in ${input.path}`, input);
    }
    return encodeURIComponent(String(value));
  });
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === undefined || v === null) continue;
      params.append(name, v instanceof Date ? v.toISOString() : String(v));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function isJson(contentType: string | null): boolean {
  return contentType !== null && /[/+]json\b/i.test(contentType);
}

type Attempt = { ok: true; response: Response; text: string | undefined; bytes: ArrayBuffer | undefined } | { ok: false; error: LandfallError };

/** One attempt, the body read in full, within `timeoutMs`; the caller's signal aborts it with its own reason. */
async function attemptOnce(config: ClientConfig, url: string, init: RequestInit, timeoutMs: number, signal: AbortSignal | undefined, call: { method: string; path: string; attempts: number }): Promise<Attempt> {
  if (signal?.aborted) throw signal.reason;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await config.fetch(url, { ...init, signal: controller.signal });
    const expectsBytes = response.ok && response.status !== 204 && !isJson(response.headers.get('content-type'));
    const bytes = expectsBytes ? await response.arrayBuffer() : undefined;
    const text = expectsBytes ? undefined : await response.text();
    return { ok: true, response, text, bytes };
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    if (timedOut) return { ok: false, error: new TimeoutError({ code: 'TIMEOUT', detail: `no answer within ${timeoutMs} ms`, ...call, cause }) };
    const reason = (cause as { cause?: { code?: string; message?: string } })?.cause;
    const detail = `no answer from ${new URL(url).origin}: ${reason?.code ?? reason?.message ?? (cause as Error)?.message ?? String(cause)}`;
    return { ok: false, error: new NetworkError({ code: 'NETWORK_ERROR', detail, ...call, cause }) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Send one logical call, retrying when that is both useful and safe:
 * - useful: no answer (network error, timeout), 429, 502, 503, 504, or 409 IDEMPOTENCY_KEY_IN_USE;
 * - safe: GET, PUT and DELETE always; POST and PATCH only on routes that take an Idempotency-Key,
 *   which then carries one (the caller's, or a UUID made here) and the same one on every attempt.
 * A Retry-After answer is waited for exactly (up to `maxRetryAfterMs`); otherwise backoff with jitter.
 */
export async function send(config: ClientConfig, input: SendInput): Promise<LandfallResponse<unknown>> {
  const options = input.options ?? {};
  if (!METHODS.has(input.method)) throw usage('method', `must be one of ${[...METHODS].join(', ')}`, input);
  const path = fillPath(input);
  const url = `${config.baseUrl}${path}${queryString(input.query)}`;

  const headers: Record<string, string> = { accept: 'application/json', ...config.headers };
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (typeof value !== 'string') throw usage(`headers.${name}`, 'must be a string', input);
    headers[name.toLowerCase()] = value;
  }
  headers.authorization = `Bearer ${config.apiKey}`;
  let body: string | undefined;
  if (input.body !== undefined) {
    body = JSON.stringify(input.body);
    headers['content-type'] = 'application/json';
  }

  const acceptsKey = takesIdempotencyKey(input.method, input.path);
  let idempotencyKey = options.idempotencyKey ?? headers['idempotency-key'];
  if (idempotencyKey !== undefined && (typeof idempotencyKey !== 'string' || !KEY_PATTERN.test(idempotencyKey))) {
    throw usage('idempotencyKey', 'must be 1 to 255 printable ASCII characters (a UUID is best)', input);
  }
  if (idempotencyKey === undefined && acceptsKey) idempotencyKey = globalThis.crypto.randomUUID();
  if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
  const retrySafe = IDEMPOTENT_METHODS.has(input.method) || (acceptsKey && idempotencyKey !== undefined);

  const retries = options.retries ?? config.retries;
  if (!Number.isInteger(retries) || retries < 0) throw usage('retries', 'must be a whole number, 0 or more', input);
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw usage('timeoutMs', 'must be a whole number of milliseconds, 1 or more', input);
  const init: RequestInit = { method: input.method, headers, redirect: 'manual', ...(body !== undefined ? { body } : {}) };

  for (let attempts = 1; ; attempts++) {
    const call = { method: input.method, path: input.path, attempts };
    const outcome = await attemptOnce(config, url, init, timeoutMs, options.signal, call);
    const canRetry = retrySafe && attempts <= retries;
    if (!outcome.ok) {
      if (!canRetry) throw outcome.error;
      await sleep(backoffDelayMs(attempts - 1, config.backoff), options.signal);
      continue;
    }
    const { response } = outcome;
    if (response.status >= 200 && response.status < 300) {
      let data: unknown = outcome.bytes;
      if (outcome.text) {
        try {
          data = JSON.parse(outcome.text);
        } catch (cause) {
          throw new LandfallError({ status: response.status, code: 'INVALID_RESPONSE', detail: `the answer is not valid JSON: ${outcome.text.slice(0, 100)}`, ...call, requestId: response.headers.get('x-request-id') ?? undefined, cause });
        }
      }
      return {
        data,
        status: response.status,
        headers: response.headers,
        requestId: response.headers.get('x-request-id') ?? undefined,
        idempotencyKey,
        replayed: response.headers.get('idempotent-replayed') === 'true',
        attempts,
      };
    }
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), Date.now());
    const text = outcome.text ?? '';
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      throw new LandfallError({ status: response.status, code: 'REDIRECT', detail: `redirected${location ? ` to ${location}` : ''}; point baseUrl at the address Landfall answers at`, ...call, requestId: response.headers.get('x-request-id') ?? undefined });
    }
    const error = errorFromAnswer({ status: response.status, statusText: response.statusText, headers: response.headers, body: text }, { ...call, retryAfter });
    const worthRetrying = RETRY_STATUSES.has(response.status) || error.code === 'IDEMPOTENCY_KEY_IN_USE';
    if (!worthRetrying || !canRetry) throw error;
    if (retryAfter !== undefined && retryAfter * 1000 > config.maxRetryAfterMs) throw error;
    await sleep(retryAfter !== undefined ? retryAfter * 1000 : backoffDelayMs(attempts - 1, config.backoff), options.signal);
  }
}
