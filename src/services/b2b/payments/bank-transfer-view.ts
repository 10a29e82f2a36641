import { formatAmount } from '../../../core/money/money.js';
import type { OrderRecord } from '../../../db/repositories/order-repository.js';
import type { PaymentRow } from '../../../db/repositories/payment-repository.js';
import type { MoneyView } from '../../payments/payment-view.js';

/** The provider and method name of a transfer recorded by hand from the bank statement. */
export const BANK_TRANSFER = 'bank_transfer';

/** One transfer received for an order. */
export type BankTransferView = { id: string; order: string; reference: string; amount: MoneyView; receivedOn: string; refunded: MoneyView };

/** What an order has received by bank transfer against its total. */
export type BankTransferAccount = {
  order: string;
  status: string;
  paymentTerms: string | null;
  paymentDueOn: string | null;
  total: MoneyView;
  received: MoneyView;
  open: MoneyView;
  paidAt: string | null;
  transfers: BankTransferView[];
};

const money = (amount: number, currency: string): MoneyView => ({ amount: formatAmount({ amount, currency }), currency });

/**
 * A recorded transfer. Its payment row is dated the day the bank received the money (`created_at`,
 * midnight UTC), which is the day the receivables report counts it from.
 */
export function toBankTransferView(p: PaymentRow): BankTransferView {
  return { id: p.id, order: p.reference, reference: p.providerPaymentId, amount: money(p.capturedMinor, p.currency), receivedOn: p.createdAt.toISOString().slice(0, 10), refunded: money(p.refundedMinor, p.currency) };
}

/** The transfers among an order's payments (succeeded bank transfers), oldest received first, then in the order recorded. */
export function bankTransfersOf(payments: readonly PaymentRow[]): PaymentRow[] {
  return payments.filter((p) => p.provider === BANK_TRANSFER && p.status === 'succeeded').sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.updatedAt.getTime() - b.updatedAt.getTime());
}

/** The order's account: its total, what its transfers brought in, what is still open (never below zero). */
export function toBankTransferAccount(o: OrderRecord, payments: readonly PaymentRow[]): BankTransferAccount {
  const transfers = bankTransfersOf(payments);
  const received = transfers.reduce((s, p) => s + p.capturedMinor, 0);
  return {
    order: o.number,
    status: o.status,
    paymentTerms: o.paymentTerms,
    paymentDueOn: o.paymentDueOn,
    total: money(o.totalMinor, o.currency),
    received: money(received, o.currency),
    open: money(Math.max(0, o.totalMinor - received), o.currency),
    paidAt: o.paidAt?.toISOString() ?? null,
    transfers: transfers.map(toBankTransferView),
  };
}
