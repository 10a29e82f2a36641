import { fail, ok, type Result } from '../../core/result/result.js';
import type { ProviderFailure } from './provider.js';

export type GatewayClientOptions = { url: () => string; key: string; timeoutMs?: number };

/**
 * Call the test gateway's API over HTTP, as Landfall calls any provider: bearer key, JSON bodies,
 * an Idempotency-Key on requests that move money, a timeout. The gateway's errors
 * (`{ error: { type, code, message, param } }`) become PROVIDER_REJECTED with its message;
 * unreachable or 5xx is PROVIDER_UNAVAILABLE; anything else PROVIDER_ERROR.
 */
export async function callTestGateway(
  options: GatewayClientOptions,
  method: 'GET' | 'POST',
  path: string,
  body?: Record<string, unknown>,
  idempotencyKey?: string,
): Promise<Result<Record<string, unknown>, ProviderFailure>> {
  const url = `${options.url()}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${options.key}`,
        accept: 'application/json',
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (e) {
    const error = e as Error & { cause?: { code?: string } };
    const reason = error.name === 'TimeoutError' ? 'timed out' : (error.cause?.code ?? error.message);
    return fail('PROVIDER_UNAVAILABLE', `the test gateway at ${options.url()} did not answer (${reason}); try again`);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (response.status >= 500) return fail('PROVIDER_UNAVAILABLE', `the test gateway answered ${response.status}; try again`);
  const object = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : undefined;
  if (response.status >= 200 && response.status < 300 && object) return ok(object);
  const error = object?.error as { code?: string; message?: string; param?: string } | undefined;
  if (response.status === 401) return fail('PROVIDER_ERROR', 'the test gateway refused the key; check LANDFALL_TEST_GATEWAY_KEY');
  if (response.status >= 400 && response.status < 500 && error?.message) {
    return fail('PROVIDER_REJECTED', `the test gateway refused: ${error.message}${error.code ? ` (${error.code})` : ''}`);
  }
  return fail('PROVIDER_ERROR', `the test gateway answered ${response.status} with ${text.slice(0, 200) || 'nothing'}`);
}
