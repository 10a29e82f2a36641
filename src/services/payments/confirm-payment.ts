import { parseConfirmInput } from '../../core/payments/payment-input.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { PAYMENT_METHOD_CATALOG } from '../../data/payments/payment-methods.js';
import { applyProviderAnswer } from './apply-provider-payment.js';
import { findPayment } from './get-payment.js';
import type { PaymentDeps } from './payment-transaction.js';
import { toPaymentView, type PaymentView } from './payment-view.js';
import { providerOf } from './providers.js';
import type { ProviderFailure } from './provider.js';

/**
 * Confirm a payment waiting for it (next action "confirm"): card details for card methods, a
 * return URL for redirect methods, nothing for offline ones. A provider with hosted card fields
 * (Stripe) takes `paymentMethod`, the token they made, and refuses card details. The answer is the
 * payment as it stands after the provider's answer: succeeded or authorized, failed with the decline code,
 * requires_action with a redirect (3-D Secure, the bank's page), or processing with instructions.
 * A decline is not an error of this call: the payment is failed, and a new attempt is a new payment.
 */
export async function confirmPayment(deps: PaymentDeps, id: string, input: unknown): Promise<Result<PaymentView, 'PAYMENT_NOT_FOUND' | 'VALIDATION_FAILED' | 'PAYMENT_STATE_CONFLICT' | ProviderFailure>> {
  const found = await findPayment(deps, id);
  if (!found.ok) return found;
  const row = found.value;
  if (row.status !== 'requires_action' || (row.nextAction as { type?: string } | null)?.type !== 'confirm') {
    return fail('PAYMENT_STATE_CONFLICT', `payment ${row.id} is ${row.status}${row.status === 'requires_action' ? ' (waiting for the buyer, not for confirmation)' : ''} and cannot be confirmed`, { field: 'status' });
  }
  const method = PAYMENT_METHOD_CATALOG.get(row.method);
  if (!method) throw new Error(`payment ${row.id} has an unknown method ${row.method}`);
  const chosen = providerOf(deps.payments, row.provider);
  if (!chosen.ok) return chosen;
  const provider = chosen.value;
  const now = deps.clock();
  const parsed = parseConfirmInput(input, method.flow, { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 }, { provider: provider.name, input: provider.confirmInput ?? 'card' });
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const answer = await provider.confirmPayment(row.providerPaymentId, { ...(v.card ? { card: v.card } : {}), ...(v.returnUrl ? { returnUrl: v.returnUrl } : {}), ...(v.paymentMethod ? { paymentMethod: v.paymentMethod } : {}) });
  if (!answer.ok) return answer;
  return ok(toPaymentView(await applyProviderAnswer(deps, row.id, answer.value)));
}
