/**
 * Calls to the EasyPost REST API (v2) as its documentation describes them: HTTP Basic auth with the
 * API key as user name and no password, JSON bodies, errors as `{ error: { code, message, errors } }`
 * (docs.easypost.com: Authentication, Errors). Only idempotent requests (GET) are retried, on a
 * network failure, 429 or 5xx; a POST is sent once, and a caller that retries relies on EasyPost's
 * `reference` to find what the first attempt bought.
 */
import { fail, ok, type Result } from '../../../core/result/result.js';
import type { CarrierFailure } from '../../../core/carriers/carrier.js';
import { easyPostFailure } from './errors.js';

/** `fetch`, or a stand-in with the same shape. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export type EasyPostClientOptions = {
  apiKey: string;
  /** Without a trailing slash, e.g. https://api.easypost.com/v2. */
  baseUrl: string;
  fetcher: Fetcher;
  /** Per request, default 20 s. */
  timeoutMs: number;
  /** Extra attempts for idempotent requests, default 2. */
  maxRetries: number;
  /** Wait before the first retry, doubled for each next one; default 250 ms. */
  retryDelayMs: number;
};

export type Json = Record<string, unknown>;

/** Largest label file accepted (a 4x6 PDF label is tens of kilobytes). */
const MAX_LABEL_BYTES = 10 * 1024 * 1024;

/**
 * One EasyPost API call. `path` starts with a slash and is appended to the base URL.
 * @example callEasyPost(options, 'POST', '/shipments', { shipment: {...} })
 */
export async function callEasyPost(options: EasyPostClientOptions, method: 'GET' | 'POST', path: string, body?: Json): Promise<Result<Json, CarrierFailure>> {
  const retries = method === 'GET' ? options.maxRetries : 0;
  let last: Result<Json, CarrierFailure> = fail('CARRIER_UNAVAILABLE', 'EasyPost was not called');
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(options.retryDelayMs * 2 ** (attempt - 1));
    const answer = await callOnce(options, method, path, body);
    if (answer.retryable === false || attempt === retries) return answer.result;
    last = answer.result;
  }
  return last;
}

async function callOnce(options: EasyPostClientOptions, method: 'GET' | 'POST', path: string, body: Json | undefined): Promise<{ result: Result<Json, CarrierFailure>; retryable: boolean }> {
  let response: Response;
  try {
    response = await options.fetcher(`${options.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${options.apiKey}:`, 'utf8').toString('base64')}`,
        accept: 'application/json',
        'user-agent': 'Landfall',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
      // The key rides in every request: never follow a redirect with it.
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (e) {
    return { result: fail('CARRIER_UNAVAILABLE', `EasyPost did not answer ${method} ${pathOnly(path)} (${networkReason(e)}); try again`), retryable: true };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    return { result: fail('CARRIER_UNAVAILABLE', `EasyPost's answer to ${method} ${pathOnly(path)} broke off (${networkReason(e)}); try again`), retryable: true };
  }
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  const object = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Json) : undefined;
  if (response.status >= 200 && response.status < 300) {
    if (object) return { result: ok(object), retryable: false };
    return { result: fail('CARRIER_UNAVAILABLE', `EasyPost answered ${method} ${pathOnly(path)} with ${response.status} but no JSON object; try again`), retryable: true };
  }
  const retryable = response.status === 429 || response.status >= 500;
  return { result: easyPostFailure(response.status, object, `${method} ${pathOnly(path)}`), retryable };
}

/**
 * Download a label file from the URL EasyPost gave (its file storage, not the API: no key is sent)
 * and check that it is a PDF. Retried like any GET.
 */
export async function downloadLabelPdf(options: EasyPostClientOptions, url: string): Promise<Result<Uint8Array, CarrierFailure>> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail('CARRIER_UNAVAILABLE', 'EasyPost gave a label URL that is not a URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return fail('CARRIER_UNAVAILABLE', `EasyPost gave a label URL with protocol ${parsed.protocol}`);
  let reason = '';
  for (let attempt = 0; attempt <= options.maxRetries; attempt++) {
    if (attempt > 0) await sleep(options.retryDelayMs * 2 ** (attempt - 1));
    try {
      const response = await options.fetcher(parsed.href, { method: 'GET', redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs) });
      if (response.status >= 400 && response.status < 500 && response.status !== 429) {
        return fail('CARRIER_UNAVAILABLE', `the label file at EasyPost answered ${response.status}`);
      }
      if (response.status !== 200) {
        reason = `answered ${response.status}`;
        continue;
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > MAX_LABEL_BYTES) return fail('CARRIER_UNAVAILABLE', `the label file is ${declared} bytes; at most ${MAX_LABEL_BYTES} are accepted`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength > MAX_LABEL_BYTES) return fail('CARRIER_UNAVAILABLE', `the label file is ${bytes.byteLength} bytes; at most ${MAX_LABEL_BYTES} are accepted`);
      if (!isPdf(bytes)) return fail('CARRIER_UNAVAILABLE', 'the label file EasyPost gave is not a PDF');
      return ok(bytes);
    } catch (e) {
      reason = networkReason(e);
    }
  }
  return fail('CARRIER_UNAVAILABLE', `the label file could not be downloaded (${reason}); try again`);
}

/** A PDF starts with "%PDF-" (ISO 32000-2, 7.5.2). */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}

function networkReason(e: unknown): string {
  const error = e as Error & { cause?: { code?: string } };
  if (error?.name === 'TimeoutError') return 'timed out';
  return error?.cause?.code ?? error?.message ?? 'network error';
}

/** The path without its query, for messages. */
function pathOnly(path: string): string {
  const q = path.indexOf('?');
  return q === -1 ? path : path.slice(0, q);
}

function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}
