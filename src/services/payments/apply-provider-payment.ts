import { checkTransition, type PaymentStatus } from '../../core/payments/payment-status.js';
import type { PaymentRow } from '../../db/repositories/payment-repository.js';
import { canonicalJson } from '../idempotency/request-hash.js';
import { inPaymentTransaction, type PaymentDeps, type PaymentTx } from './payment-transaction.js';
import { paymentEventPayload } from './payment-view.js';
import { settleOrderPayment } from '../orders/order-changes.js';
import type { ProviderPayment } from './provider.js';

export type Applied = { row: PaymentRow; changed: boolean; ignored?: string };

/**
 * Bring a locked payment row up to what the provider says, inside the caller's transaction. The
 * provider's answer to a call and its webhook about the same change may arrive in either order and
 * both are applied: the first changes the row and appends `payment.<status>` to the outbox, the
 * second finds nothing to change. A move the status machine refuses (a late "requires action"
 * after "succeeded") is ignored and said so.
 */
export async function applyProviderPayment(tx: PaymentTx, row: PaymentRow, p: ProviderPayment, at: Date): Promise<Applied> {
  if (p.id !== row.providerPaymentId) throw new Error(`provider payment ${p.id} applied to payment ${row.id} (${row.providerPaymentId})`);
  const move = checkTransition(row.status as PaymentStatus, p.status);
  if (!move.ok) return { row, changed: false, ignored: move.message };
  // The captured amount never drops below what was refunded (the table's own rule).
  const capturedMinor = Math.min(row.amountMinor, Math.max(p.capturedMinor, row.refundedMinor));
  const patch = {
    status: p.status,
    capturedMinor,
    nextAction: p.nextAction as Record<string, unknown> | null,
    failureCode: p.failure?.code ?? null,
    failureMessage: p.failure?.message ?? null,
  };
  const same =
    patch.status === row.status &&
    patch.capturedMinor === row.capturedMinor &&
    canonicalJson(patch.nextAction) === canonicalJson(row.nextAction ?? null) && // jsonb does not keep key order
    patch.failureCode === row.failureCode;
  if (same) return { row, changed: false };
  const updated = await tx.payments.update(row.id, patch, at);
  if (move.value.changed) {
    await tx.outbox.append({ type: `payment.${p.status}`, subject: { kind: 'payment', id: row.id }, payload: paymentEventPayload(updated) }, at);
  }
  // The order it pays moves in the same transaction: paid, its stock sold.
  if (move.value.changed || patch.capturedMinor !== row.capturedMinor) await settleOrderPayment(tx.orm, updated, at);
  return { row: updated, changed: true };
}

/** Apply a provider's answer to the payment `paymentId` in its own transaction; the payment as it now stands. */
export async function applyProviderAnswer(deps: Pick<PaymentDeps, 'database' | 'clock'>, paymentId: string, p: ProviderPayment): Promise<PaymentRow> {
  return inPaymentTransaction(deps, async (tx) => {
    const row = await tx.payments.lock(paymentId);
    if (!row) throw new Error(`payment ${paymentId} disappeared`);
    return (await applyProviderPayment(tx, row, p, deps.clock())).row;
  });
}
