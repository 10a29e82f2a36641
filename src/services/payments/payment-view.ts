import { formatAmount } from '../../core/money/money.js';
import type { PaymentRow, RefundRow } from '../../db/repositories/payment-repository.js';
import type { NextAction } from './provider.js';

export type MoneyView = { amount: string; currency: string };

const money = (amount: number, currency: string): MoneyView => ({ amount: formatAmount({ amount, currency }), currency });

export type RefundView = { id: string; paymentId: string; providerRefundId: string; amount: MoneyView; status: string; reason: string | null; parts: Record<string, string> | null; createdAt: string };

/** A payment as the API shows it: money as decimal strings, what was captured and refunded, what to do next. */
export type PaymentView = {
  id: string;
  reference: string;
  provider: string;
  providerPaymentId: string;
  method: string;
  status: string;
  amount: MoneyView;
  captured: MoneyView;
  refunded: MoneyView;
  /** none, partial or full: how much of what was captured has been refunded. */
  refundStatus: 'none' | 'partial' | 'full';
  nextAction: NextAction | null;
  failure: { code: string; message: string } | null;
  createdAt: string;
  updatedAt: string;
  refunds?: RefundView[];
};

export function toPaymentView(row: PaymentRow, refunds?: RefundRow[]): PaymentView {
  const c = row.currency;
  return {
    id: row.id,
    reference: row.reference,
    provider: row.provider,
    providerPaymentId: row.providerPaymentId,
    method: row.method,
    status: row.status,
    amount: money(row.amountMinor, c),
    captured: money(row.capturedMinor, c),
    refunded: money(row.refundedMinor, c),
    refundStatus: row.refundedMinor === 0 ? 'none' : row.refundedMinor >= row.capturedMinor ? 'full' : 'partial',
    nextAction: (row.nextAction as NextAction | null) ?? null,
    failure: row.failureCode ? { code: row.failureCode, message: row.failureMessage ?? row.failureCode } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(refunds ? { refunds: refunds.map((r) => toRefundView(r)) } : {}),
  };
}

export function toRefundView(row: RefundRow): RefundView {
  return {
    id: row.id,
    paymentId: row.paymentId,
    providerRefundId: row.providerRefundId,
    amount: money(row.amountMinor, row.currency),
    status: row.status,
    reason: row.reason,
    parts: row.parts ? Object.fromEntries(Object.entries(row.parts).map(([k, v]) => [k, formatAmount({ amount: v, currency: row.currency })])) : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What a payment.* outbox event carries: enough for an order or an email without reading the payment. */
export function paymentEventPayload(row: PaymentRow): Record<string, unknown> {
  const view = toPaymentView(row);
  return { paymentId: row.id, reference: row.reference, method: row.method, provider: row.provider, status: row.status, amount: view.amount, captured: view.captured, refunded: view.refunded, failure: view.failure };
}
