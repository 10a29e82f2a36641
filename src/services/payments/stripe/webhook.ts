/**
 * Stripe's signed webhooks (docs.stripe.com/webhooks, "Verify webhook signatures"): the
 * `Stripe-Signature` header is `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with
 * the endpoint's signing secret>` (several v1 while a secret is being rolled). The library's
 * `webhooks.constructEvent` checks it over the raw body, in constant time, and refuses a timestamp
 * older than the tolerance; Landfall passes its own clock as the time received and also refuses
 * one further ahead than the tolerance (the library lets those through).
 */
import Stripe from 'stripe';
import { fail, ok, type Result } from '../../../core/result/result.js';
import type { ProviderEvent } from '../provider.js';
import { toProviderPayment, toProviderRefund } from './mapping.js';

export const STRIPE_SIGNATURE_HEADER = 'stripe-signature';
/** Stripe's default tolerance (`Stripe.webhooks.DEFAULT_TOLERANCE`): five minutes. */
export const STRIPE_WEBHOOK_TOLERANCE_SECONDS = 300;

/** Refund events carrying a Refund object (charge.refund.updated is the older name of refund.updated). */
const REFUND_EVENTS = ['refund.created', 'refund.updated', 'refund.failed', 'charge.refund.updated'];

type Webhooks = Pick<Stripe['webhooks'], 'constructEvent'>;

/**
 * Verify a delivery and read its event. Refused with SIGNATURE_INVALID (nothing read): no secret
 * configured, no or several headers, a signature that does not match the body, a timestamp over
 * five minutes old or ahead of `now`. A signed body that is not an event is WEBHOOK_INVALID.
 */
export function verifyStripeWebhook(webhooks: Webhooks, secret: string | undefined, headers: Readonly<Record<string, string | string[] | undefined>>, rawBody: string, now: Date): Result<ProviderEvent, 'SIGNATURE_INVALID' | 'WEBHOOK_INVALID'> {
  const field = `headers.${STRIPE_SIGNATURE_HEADER}`;
  if (secret === undefined) return fail('SIGNATURE_INVALID', 'Stripe webhooks are refused: LANDFALL_STRIPE_WEBHOOK_SECRET (the endpoint\'s signing secret) is not set', { field });
  const header = headers[STRIPE_SIGNATURE_HEADER];
  if (Array.isArray(header)) return fail('SIGNATURE_INVALID', 'the Stripe-Signature header must be sent once', { field });
  if (typeof header !== 'string' || header.length === 0) return fail('SIGNATURE_INVALID', 'the Stripe-Signature header is missing', { field });
  if (header.length > 2000) return fail('SIGNATURE_INVALID', 'the Stripe-Signature header is too long', { field });
  let event: unknown;
  try {
    event = webhooks.constructEvent(rawBody, header, secret, STRIPE_WEBHOOK_TOLERANCE_SECONDS, undefined, now.getTime());
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) return fail('SIGNATURE_INVALID', `the Stripe-Signature does not verify: ${reason(error.message)}`, { field });
    if (error instanceof SyntaxError) return fail('WEBHOOK_INVALID', 'the webhook body is not JSON');
    throw error;
  }
  const t = /(?:^|,)t=(\d{1,12})(?:,|$)/.exec(header)?.[1];
  const ahead = t === undefined ? 0 : Number(t) - Math.floor(now.getTime() / 1000);
  if (ahead > STRIPE_WEBHOOK_TOLERANCE_SECONDS) return fail('SIGNATURE_INVALID', `the signature was made ${ahead} s ahead of this server's clock; at most ${STRIPE_WEBHOOK_TOLERANCE_SECONDS} s is accepted`, { field });
  return readEvent(event);
}

/** A verified event as Landfall's: payment_intent.* about a payment, refund events about a refund, anything else noted only. */
export function readEvent(e: unknown): Result<ProviderEvent, 'WEBHOOK_INVALID'> {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return fail('WEBHOOK_INVALID', 'the webhook body is not an event');
  const event = e as Record<string, unknown>;
  if (typeof event.id !== 'string' || typeof event.type !== 'string' || event.id.length > 255 || event.object !== 'event') return fail('WEBHOOK_INVALID', 'the webhook body is not a Stripe event (object "event", id and type expected)');
  const object = (event.data as { object?: unknown } | undefined)?.object;
  if (event.type.startsWith('payment_intent.')) {
    const payment = toProviderPayment(object);
    return payment ? ok({ id: event.id, type: event.type, kind: 'payment', payment }) : fail('WEBHOOK_INVALID', `event ${event.id} (${event.type}) carries no PaymentIntent Landfall can read`);
  }
  if (REFUND_EVENTS.includes(event.type)) {
    const refund = toProviderRefund(object);
    // A refund of a charge made without a PaymentIntent is none of Landfall's.
    return refund ? ok({ id: event.id, type: event.type, kind: 'refund', refund }) : ok({ id: event.id, type: event.type, kind: 'other' });
  }
  return ok({ id: event.id, type: event.type, kind: 'other' });
}

/** The library's message without its documentation links. */
function reason(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/\s*Are you passing.*$/, '').trim();
}
