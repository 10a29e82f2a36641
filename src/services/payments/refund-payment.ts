import { randomUUID } from 'node:crypto';
import { parseRefundInput } from '../../core/payments/payment-input.js';
import { checkRefund } from '../../core/payments/refund-check.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { findPayment } from './get-payment.js';
import { inPaymentTransaction, type PaymentDeps } from './payment-transaction.js';
import { toPaymentView, toRefundView, type PaymentView, type RefundView } from './payment-view.js';
import { providerOf } from './providers.js';
import type { ProviderFailure } from './provider.js';
import { recordRefund } from './record-refund.js';

export type RefundFailure = 'PAYMENT_NOT_FOUND' | 'VALIDATION_FAILED' | 'PAYMENT_STATE_CONFLICT' | 'REFUND_EXCEEDS_CAPTURED' | ProviderFailure;

/**
 * Refund part or all of a captured payment: `amount` in the payment's currency, at most what was
 * captured minus what was already refunded; an optional `reason` and `parts` (goods, shipping,
 * duty, tax, fees) that add up to it. Checked before the provider is asked, so a refund larger than
 * what was paid changes nothing anywhere. The refund, the refunded total and `payment.refunded`
 * are written in one transaction (once, even if the provider's webhook about it comes first).
 * `providerKey` (from the required Idempotency-Key) makes a re-run reach the provider as the same refund.
 */
export async function refundPayment(deps: PaymentDeps, id: string, input: unknown, options: { providerKey?: string } = {}): Promise<Result<RefundView & { payment: PaymentView }, RefundFailure>> {
  const found = await findPayment(deps, id);
  if (!found.ok) return found;
  const row = found.value;
  const parsed = parseRefundInput(input);
  if (!parsed.ok) return parsed;
  if (row.status !== 'succeeded') {
    const hint = row.status === 'authorized' ? '; cancel it to release the hold' : '';
    return fail('PAYMENT_STATE_CONFLICT', `payment ${row.id} is ${row.status}: nothing was captured to refund${hint}`, { field: 'status' });
  }
  const checked = checkRefund(parsed.value.amount, { currency: row.currency, capturedMinor: row.capturedMinor, refundedMinor: row.refundedMinor });
  if (!checked.ok) return checked;

  const chosen = providerOf(deps.payments, row.provider);
  if (!chosen.ok) return chosen;
  const provider = chosen.value;
  const refused = provider.precheck?.({ amount: checked.value });
  if (refused) return fail('VALIDATION_FAILED', refused.message, { field: refused.field });
  const refund = await provider.refund(row.providerPaymentId, { amountMinor: checked.value.amount, currency: row.currency, idempotencyKey: options.providerKey ?? `lf_refund_${randomUUID()}` });
  if (!refund.ok) return refund;

  const at = deps.clock();
  return inPaymentTransaction(deps, async (tx) => {
    const locked = await tx.payments.lock(row.id);
    const recorded = await recordRefund(tx, locked!, refund.value, { reason: parsed.value.reason ?? null, parts: parsed.value.parts ?? null }, at);
    if (!recorded.ok) throw new Error(`${recorded.message} (provider refund ${refund.value.id} was made)`);
    return ok({ ...toRefundView(recorded.value.refund), payment: toPaymentView(recorded.value.payment) });
  });
}
