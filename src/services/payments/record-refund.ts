import { fail, ok, type Result } from '../../core/result/result.js';
import type { PaymentRow, RefundRow } from '../../db/repositories/payment-repository.js';
import type { PaymentTx } from './payment-transaction.js';
import { paymentEventPayload, toRefundView } from './payment-view.js';
import type { ProviderRefund } from './provider.js';

/**
 * Record a provider's refund on a locked payment, inside the caller's transaction, once: whether
 * it is first learnt from the refund call's answer or from the provider's webhook, the refund row,
 * the refunded total and the `payment.refunded` event are written by whichever comes first; the
 * other only adds what it knows (the reason and parts Landfall was given).
 * A refund that would take the refunded total past what Landfall has seen captured is
 * PAYMENT_STATE_CONFLICT: the capture's own notice has not arrived yet, and a retry will find it.
 */
export async function recordRefund(
  tx: PaymentTx,
  payment: PaymentRow,
  refund: ProviderRefund,
  note: { reason: string | null; parts: Record<string, number> | null } | undefined,
  at: Date,
): Promise<Result<{ refund: RefundRow; payment: PaymentRow; created: boolean }, 'PAYMENT_STATE_CONFLICT'>> {
  if (refund.paymentId !== payment.providerPaymentId || refund.amount.currency !== payment.currency) {
    throw new Error(`refund ${refund.id} (${refund.paymentId}, ${refund.amount.currency}) does not belong to payment ${payment.id}`);
  }
  const existing = await tx.payments.findRefund(refund.id);
  if (existing) {
    const annotated = note && (note.reason !== null || note.parts !== null) ? await tx.payments.annotateRefund(existing.id, note) : existing;
    return ok({ refund: annotated, payment, created: false });
  }
  let updated = payment;
  if (refund.status === 'succeeded') {
    const added = await tx.payments.addRefunded(payment.id, refund.amount.amount, at);
    if (!added) return fail('PAYMENT_STATE_CONFLICT', `refund ${refund.id} is more than Landfall has seen captured on payment ${payment.id} so far`);
    updated = added;
  }
  const row = await tx.payments.insertRefund(
    { paymentId: payment.id, providerRefundId: refund.id, amountMinor: refund.amount.amount, currency: refund.amount.currency, status: refund.status, reason: note?.reason ?? null, parts: note?.parts ?? null },
    at,
  );
  if (refund.status === 'succeeded') {
    await tx.outbox.append({ type: 'payment.refunded', subject: { kind: 'payment', id: payment.id }, payload: { ...paymentEventPayload(updated), refund: toRefundView(row) } }, at);
  }
  return ok({ refund: row, payment: updated, created: true });
}
