/**
 * The `stripe` library's errors (docs.stripe.com/error-handling and the error classes of the
 * library) as Landfall's provider failures:
 * - no answer, a timeout, a 5xx, a 429 (StripeConnectionError, StripeAPIError, StripeRateLimitError):
 *   PROVIDER_UNAVAILABLE, try again (the library has already retried with the same Idempotency-Key);
 * - a refusal of the request (StripeInvalidRequestError 400/404, StripeCardError 402 outside a
 *   confirmation): PROVIDER_REJECTED with Stripe's message, code, decline code and parameter;
 * - the key refused (401), a restricted key without the permission (403), an Idempotency-Key sent
 *   with other parameters, an answer that is not JSON: PROVIDER_ERROR, something to fix here.
 * Anything else thrown is a bug and is thrown on.
 */
import Stripe from 'stripe';
import { fail, type Failure } from '../../../core/result/result.js';
import type { ProviderFailure } from '../provider.js';

/** Stripe's error object as answered (`{ error: { type, code, message, decline_code, param } }`). */
export type StripeRawError = { type?: string; code?: string; message?: string; decline_code?: string; param?: string; payment_intent?: unknown; statusCode?: number };

/** The failure for an error thrown by a call of the library; rethrows what is not a Stripe error. */
export function stripeFailure(error: unknown): Failure<ProviderFailure> {
  if (!(error instanceof Stripe.errors.StripeError)) throw error;
  const raw = (error.raw ?? {}) as StripeRawError;
  const status = error.statusCode;
  if (error instanceof Stripe.errors.StripeConnectionError) {
    return fail('PROVIDER_UNAVAILABLE', `Stripe did not answer (${firstLine(error.message)}); try again`);
  }
  if (error instanceof Stripe.errors.StripeRateLimitError) return fail('PROVIDER_UNAVAILABLE', 'Stripe is limiting the rate of requests (429); try again shortly');
  if (error instanceof Stripe.errors.StripeAuthenticationError) return fail('PROVIDER_ERROR', 'Stripe refused the secret key (401); check LANDFALL_STRIPE_SECRET_KEY');
  if (error instanceof Stripe.errors.StripePermissionError) return fail('PROVIDER_ERROR', `Stripe refused the request for this key (403${describe(raw)}); a restricted key needs write access to PaymentIntents, Refunds and Customers`);
  if (error instanceof Stripe.errors.StripeIdempotencyError) return fail('PROVIDER_ERROR', `Stripe refused an Idempotency-Key sent again with other parameters${describe(raw)}`);
  if (status !== undefined && status >= 500) return fail('PROVIDER_UNAVAILABLE', `Stripe answered ${status}${describe(raw)}; try again`);
  if (error instanceof Stripe.errors.StripeInvalidRequestError || error instanceof Stripe.errors.StripeCardError) {
    return fail('PROVIDER_REJECTED', `Stripe refused: ${firstLine(raw.message ?? error.message) || 'no reason given'}${describe(raw)}`);
  }
  // StripeAPIError without a 5xx status: a 2xx whose body was not JSON.
  return fail('PROVIDER_ERROR', `Stripe answered something unexpected (${firstLine(error.message)})`);
}

/** " (code, decline code, parameter ...)" from the error object, or nothing. */
function describe(raw: StripeRawError): string {
  const parts = [raw.code, raw.decline_code ? `decline code ${raw.decline_code}` : undefined, raw.param ? `parameter ${raw.param}` : undefined].filter((p): p is string => typeof p === 'string' && p.length > 0);
  return parts.length > 0 ? `: ${parts.join(', ')}` : '';
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').trim().slice(0, 300);
}
