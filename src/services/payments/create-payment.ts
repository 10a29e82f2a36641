import { randomUUID } from 'node:crypto';
import { availableMethods } from '../../core/payments/available-methods.js';
import { parseCreatePaymentInput } from '../../core/payments/payment-input.js';
import { describeUnavailable } from '../../core/payments/payment-method.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { PAYMENT_METHOD_CATALOG } from '../../data/payments/payment-methods.js';
import { methodsOffered } from './list-payment-methods.js';
import { inPaymentTransaction, type PaymentDeps } from './payment-transaction.js';
import { paymentEventPayload, toPaymentView, type PaymentView } from './payment-view.js';
import { newPaymentProvider } from './providers.js';
import type { ProviderFailure } from './provider.js';

export type CreatePaymentFailure = 'VALIDATION_FAILED' | 'MARKET_NOT_FOUND' | 'PAYMENT_METHOD_NOT_AVAILABLE' | ProviderFailure;

/**
 * Start a payment for a checkout or order (`reference`): the amount in exact minor units of its
 * currency, by a method the buyer's country and the currency allow (and, with `market`, one the
 * market offers). Creates the provider's payment intent, then the payment row and its
 * `payment.created` event in one transaction. The payment waits for confirmation
 * (status requires_action, next action "confirm").
 * `providerKey` (from Idempotency-Key) makes a re-run reach the provider as the same request; a
 * provider intent already recorded is answered as it stands.
 */
export async function createPayment(deps: PaymentDeps, input: unknown, options: { providerKey?: string } = {}): Promise<Result<PaymentView, CreatePaymentFailure>> {
  const parsed = parseCreatePaymentInput(input);
  if (!parsed.ok) return parsed;
  const p = parsed.value;

  const method = PAYMENT_METHOD_CATALOG.get(p.method);
  if (!method) return fail('PAYMENT_METHOD_NOT_AVAILABLE', describeUnavailable(p.method, 'unknown', p.country, p.amount.currency), { field: 'method' });
  if (p.market !== undefined) {
    const market = await deps.markets.get(p.market);
    if (!market) return fail('MARKET_NOT_FOUND', `no market "${p.market}"`, { field: 'market' });
    if (!market.countries.includes(p.country)) return fail('VALIDATION_FAILED', `market ${market.id} does not sell to ${p.country}`, { field: 'country' });
    if (market.currency !== p.amount.currency) return fail('VALIDATION_FAILED', `market ${market.id} charges in ${market.currency}`, { field: 'amount.currency' });
    if (!market.paymentMethods.includes(p.method)) return fail('PAYMENT_METHOD_NOT_AVAILABLE', `market ${market.id} does not offer ${method.name}`, { field: 'method' });
    const skipped = methodsOffered(market, p.country).skipped.find((s) => s.id === p.method);
    if (skipped) return fail('PAYMENT_METHOD_NOT_AVAILABLE', skipped.message, { field: 'method' });
  } else {
    const skipped = availableMethods({ marketMethods: [p.method], country: p.country, currency: p.amount.currency }, PAYMENT_METHOD_CATALOG).skipped[0];
    if (skipped) return fail('PAYMENT_METHOD_NOT_AVAILABLE', describeUnavailable(p.method, skipped.reason, p.country, p.amount.currency, method.name), { field: 'method' });
  }
  if (p.capture === 'manual' && !method.manualCapture) return fail('VALIDATION_FAILED', `${method.name} payments are captured when made; use capture automatic`, { field: 'capture' });
  if (p.threeDSecure === 'required' && method.flow !== 'card') return fail('VALIDATION_FAILED', `3-D Secure is for card payments, not ${method.name}`, { field: 'threeDSecure' });

  const provider = newPaymentProvider(deps.payments);
  const refused = provider.precheck?.({ amount: p.amount, method: method.id, country: p.country });
  if (refused) return fail(refused.code, refused.message, { field: refused.field });
  const id = randomUUID();
  const intent = await provider.createPayment({
    amount: p.amount,
    method: method.id,
    capture: p.capture,
    threeDSecure: p.threeDSecure,
    metadata: { landfall_payment_id: id, reference: p.reference, country: p.country },
    idempotencyKey: options.providerKey ?? `lf_${id}`,
    country: p.country,
  });
  if (!intent.ok) return intent;

  const at = deps.clock();
  return inPaymentTransaction(deps, async (tx) => {
    const { row, created } = await tx.payments.insert(
      {
        id,
        provider: provider.name,
        providerPaymentId: intent.value.id,
        reference: p.reference,
        method: method.id,
        amountMinor: p.amount.amount,
        currency: p.amount.currency,
        status: intent.value.status,
        nextAction: intent.value.nextAction,
        failureCode: intent.value.failure?.code ?? null,
        failureMessage: intent.value.failure?.message ?? null,
      },
      at,
    );
    if (created) await tx.outbox.append({ type: 'payment.created', subject: { kind: 'payment', id: row.id }, payload: paymentEventPayload(row) }, at);
    return ok(toPaymentView(row));
  });
}
