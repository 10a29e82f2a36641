import { formatMoney } from '../../core/money/money.js';
import { parseCaptureInput } from '../../core/payments/payment-input.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { applyProviderAnswer } from './apply-provider-payment.js';
import { findPayment } from './get-payment.js';
import type { PaymentDeps } from './payment-transaction.js';
import { toPaymentView, type PaymentView } from './payment-view.js';
import { providerOf } from './providers.js';
import type { ProviderFailure } from './provider.js';

/**
 * Capture an authorized payment (created with capture "manual"), typically when the order ships:
 * all of it, or `amount` in the payment's currency (the rest of the hold is released).
 */
export async function capturePayment(deps: PaymentDeps, id: string, input: unknown): Promise<Result<PaymentView, 'PAYMENT_NOT_FOUND' | 'VALIDATION_FAILED' | 'PAYMENT_STATE_CONFLICT' | ProviderFailure>> {
  const found = await findPayment(deps, id);
  if (!found.ok) return found;
  const row = found.value;
  const parsed = parseCaptureInput(input, row.currency);
  if (!parsed.ok) return parsed;
  if (row.status !== 'authorized') return fail('PAYMENT_STATE_CONFLICT', `payment ${row.id} is ${row.status}; only authorized payments can be captured`, { field: 'status' });
  const amount = parsed.value.amount?.amount;
  if (amount !== undefined && amount > row.amountMinor) {
    return fail('VALIDATION_FAILED', `cannot capture more than the ${formatMoney({ amount: row.amountMinor, currency: row.currency })} authorized`, { field: 'amount.amount' });
  }
  const provider = providerOf(deps.payments, row.provider);
  if (!provider.ok) return provider;
  if (amount !== undefined) {
    const refused = provider.value.precheck?.({ amount: { amount, currency: row.currency } });
    if (refused) return fail('VALIDATION_FAILED', refused.message, { field: refused.field });
  }
  const answer = await provider.value.capturePayment(row.providerPaymentId, amount === undefined ? {} : { amountMinor: amount, currency: row.currency });
  if (!answer.ok) return answer;
  return ok(toPaymentView(await applyProviderAnswer(deps, row.id, answer.value)));
}
