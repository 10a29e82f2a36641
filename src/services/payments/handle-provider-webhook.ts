import { fail, ok, type Result } from '../../core/result/result.js';
import { applyProviderPayment } from './apply-provider-payment.js';
import { inPaymentTransaction, type PaymentDeps } from './payment-transaction.js';
import { paymentProvider, providerOffMessage } from './providers.js';
import { recordRefund } from './record-refund.js';

export type WebhookOutcome = {
  eventId: string;
  type: string;
  /** true when this event had been applied before (a replayed delivery): nothing was changed. */
  duplicate: boolean;
  /** Whether the payment or its refunds changed. */
  applied: boolean;
  /** Why a (valid) event changed nothing: a late notice the status machine refuses, a type Landfall does not act on. */
  note?: string;
};

export type WebhookFailure = 'PROVIDER_NOT_FOUND' | 'SIGNATURE_INVALID' | 'WEBHOOK_INVALID' | 'PAYMENT_NOT_FOUND' | 'PAYMENT_STATE_CONFLICT';

/**
 * Take a provider's webhook: check its signature over the raw body first (forged, absent or stale:
 * SIGNATURE_INVALID, nothing read or written), then in one transaction lock the payment, note the
 * event id (a replayed event is acknowledged as a duplicate and changes nothing), and apply it:
 * the payment's new state, or a refund, each with its outbox event.
 * An event about a payment Landfall does not know yet (PAYMENT_NOT_FOUND), or a refund ahead of the
 * capture it refunds (PAYMENT_STATE_CONFLICT), is refused without being noted, so the provider's
 * retry applies it later.
 */
export async function handleProviderWebhook(
  deps: Pick<PaymentDeps, 'database' | 'clock' | 'payments'>,
  providerName: string,
  headers: Readonly<Record<string, string | string[] | undefined>>,
  rawBody: string,
): Promise<Result<WebhookOutcome, WebhookFailure>> {
  const provider = paymentProvider(deps.payments, providerName);
  if (!provider) return fail('PROVIDER_NOT_FOUND', providerOffMessage(providerName), { field: 'provider' });
  const verified = provider.verifyWebhook(headers, rawBody, deps.clock());
  if (!verified.ok) return verified;
  const event = verified.value;
  const base = { eventId: event.id, type: event.type };
  const at = deps.clock();

  if (event.kind === 'other') {
    return inPaymentTransaction(deps, async (tx) => {
      const fresh = await tx.payments.recordProviderEvent(provider.name, event.id, event.type, at);
      return ok({ ...base, duplicate: !fresh, applied: false, note: `Landfall does not act on ${event.type}` });
    });
  }

  const providerPaymentId = event.kind === 'payment' ? event.payment.id : event.refund.paymentId;
  return inPaymentTransaction(deps, async (tx): Promise<Result<WebhookOutcome, WebhookFailure>> => {
    const row = await tx.payments.lockByProviderId(provider.name, providerPaymentId);
    if (!row) return fail('PAYMENT_NOT_FOUND', `no payment for ${provider.name} payment ${providerPaymentId} (yet); the provider will retry`);
    const fresh = await tx.payments.recordProviderEvent(provider.name, event.id, event.type, at);
    if (!fresh) return ok({ ...base, duplicate: true, applied: false });
    if (event.kind === 'payment') {
      const applied = await applyProviderPayment(tx, row, event.payment, at);
      return ok({ ...base, duplicate: false, applied: applied.changed, ...(applied.ignored ? { note: applied.ignored } : {}) });
    }
    const recorded = await recordRefund(tx, row, event.refund, undefined, at);
    if (!recorded.ok) throw new RefundAheadOfCapture(recorded.message);
    return ok({ ...base, duplicate: false, applied: recorded.value.created });
  }).catch((error: unknown) => {
    // Thrown to roll back the event id noted above, so that the provider's retry is applied.
    if (error instanceof RefundAheadOfCapture) return fail('PAYMENT_STATE_CONFLICT', error.message);
    throw error;
  });
}

class RefundAheadOfCapture extends Error {}
