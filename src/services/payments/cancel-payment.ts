import { fail, ok, type Result } from '../../core/result/result.js';
import { applyProviderAnswer } from './apply-provider-payment.js';
import { findPayment } from './get-payment.js';
import type { PaymentDeps } from './payment-transaction.js';
import { toPaymentView, type PaymentView } from './payment-view.js';
import { providerOf } from './providers.js';
import type { ProviderFailure } from './provider.js';

const CANCELLABLE = ['requires_action', 'processing', 'authorized'];

/**
 * Cancel a payment before money is captured: one not yet confirmed, one waiting for the buyer (a
 * challenge, an unpaid voucher or transfer) or an authorization (the hold is released). A captured
 * payment is refunded instead.
 */
export async function cancelPayment(deps: PaymentDeps, id: string): Promise<Result<PaymentView, 'PAYMENT_NOT_FOUND' | 'PAYMENT_STATE_CONFLICT' | ProviderFailure>> {
  const found = await findPayment(deps, id);
  if (!found.ok) return found;
  const row = found.value;
  if (!CANCELLABLE.includes(row.status)) {
    return fail('PAYMENT_STATE_CONFLICT', `payment ${row.id} is ${row.status} and cannot be cancelled${row.status === 'succeeded' ? '; refund it instead' : ''}`, { field: 'status' });
  }
  const provider = providerOf(deps.payments, row.provider);
  if (!provider.ok) return provider;
  const answer = await provider.value.cancelPayment(row.providerPaymentId);
  if (!answer.ok) return answer;
  return ok(toPaymentView(await applyProviderAnswer(deps, row.id, answer.value)));
}
