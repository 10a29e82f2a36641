import { randomUUID } from 'node:crypto';
import { formatAmount } from '../../../core/money/money.js';
import { parseOrderNumber } from '../../../core/orders/order-number.js';
import { checkOrderAction } from '../../../core/orders/order-status.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import type { OrderRecord } from '../../../db/repositories/order-repository.js';
import { createPaymentRepository, type PaymentRow } from '../../../db/repositories/payment-repository.js';
import type { Deps } from '../../deps.js';
import { inOrderTransaction, orderFacts, saveOrderChange, takeStock, type OrderTx } from '../../orders/order-changes.js';
import { orderEventPayload } from '../../orders/order-view.js';
import { paymentEventPayload } from '../../payments/payment-view.js';
import { parseBankTransfer, type BankTransferInput } from './bank-transfer-input.js';
import { BANK_TRANSFER, bankTransfersOf, toBankTransferAccount, toBankTransferView, type BankTransferAccount, type BankTransferView } from './bank-transfer-view.js';

export type BankTransferDeps = Pick<Deps, 'database' | 'clock'>;

export type RecordBankTransferFailure =
  | 'VALIDATION_FAILED'
  | 'ORDER_NOT_FOUND'
  | 'ORDER_STATE_CONFLICT'
  | 'PAYMENT_METHOD_NOT_AVAILABLE'
  | 'CURRENCY_MISMATCH'
  | 'TRANSFER_EXCEEDS_OPEN'
  | 'TRANSFER_REFERENCE_USED';

export type RecordedBankTransfer = { created: boolean; transfer: BankTransferView; account: BankTransferAccount };

/** Refused inside the transaction: rolls it back, answered outside. */
class Refused extends Error {
  constructor(readonly failure: Result<never, RecordBankTransferFailure>) {
    super('refused');
  }
}

/**
 * Record that a distributor's bank transfer arrived for order `numberText`, in ONE transaction: the
 * order is locked; a payment row is written (provider and method `bank_transfer`, the bank's
 * reference as the provider's id, succeeded, captured = the amount, dated `receivedOn`) with
 * `payment.succeeded`; the order's captured amount becomes the sum of its transfers, and when that
 * reaches its total the order is paid the way a provider payment pays it (`order.paid`, its stock
 * sold: a prepayment order's hold converted, taken again if it ended, else `order.stock_short`; a
 * net-terms order's stock was taken when it was placed). Transfers accumulate: a part leaves the
 * order pending_payment with less open.
 *
 * Refused, changing nothing: a body naming its bad fields (VALIDATION_FAILED); an order not on
 * bank-transfer terms, i.e. not a distributor's order (PAYMENT_METHOD_NOT_AVAILABLE, `number`:
 * storefront and marketplace orders are paid through their provider or channel); a cancelled or
 * already paid order (ORDER_STATE_CONFLICT, `status`); another currency than the order's
 * (CURRENCY_MISMATCH, `amount.currency`); more than is open (TRANSFER_EXCEEDS_OPEN,
 * `amount.amount`); a reference already recorded for another order or amount
 * (TRANSFER_REFERENCE_USED, `reference`). The same transfer recorded again (same order, reference,
 * amount and day) answers what is stored, `created` false.
 * @example recordBankTransfer(deps, '1042-7', { amount: { amount: '500.00', currency: 'EUR' }, reference: 'NOTPROVIDED 0001', receivedOn: '2026-12-01' })
 */
export async function recordBankTransfer(deps: BankTransferDeps, numberText: string, input: unknown): Promise<Result<RecordedBankTransfer, RecordBankTransferFailure>> {
  const at = deps.clock();
  const parsed = parseBankTransfer(input, at.toISOString().slice(0, 10));
  if (!parsed.ok) return parsed;
  const number = parseOrderNumber(numberText);
  if (!number.ok) return fail('ORDER_NOT_FOUND', number.message, { field: 'number' });
  const t = parsed.value;
  try {
    return ok(
      await inOrderTransaction(deps.database, async (tx) => {
        const o = await tx.orders.lock({ number: number.value.number });
        if (!o) throw new Refused(fail('ORDER_NOT_FOUND', `no order ${number.value.number}`, { field: 'number' }));
        const payments = createPaymentRepository(tx.orm);
        const same = await payments.lockByProviderId(BANK_TRANSFER, t.reference);
        if (same) return answerAgain(tx, o, same, t);
        checkOrderTakes(o, t);
        const { row, created } = await payments.insert({ id: randomUUID(), provider: BANK_TRANSFER, providerPaymentId: t.reference, reference: o.number, method: BANK_TRANSFER, amountMinor: t.amountMinor, currency: t.currency, status: 'succeeded', nextAction: null, failureCode: null, failureMessage: null }, new Date(`${t.receivedOn}T00:00:00.000Z`));
        // Another order took the reference a moment ago (the unique index waited for it): as if it had been there.
        if (!created) return answerAgain(tx, o, row, t);
        const payment = await payments.update(row.id, { capturedMinor: t.amountMinor }, at);
        await tx.outbox.append({ type: 'payment.succeeded', subject: { kind: 'payment', id: payment.id }, payload: { ...paymentEventPayload(payment), bankTransfer: { reference: t.reference, receivedOn: t.receivedOn } } }, at);
        const saved = await settle(tx, o, payment, at);
        return { created: true, transfer: toBankTransferView(payment), account: toBankTransferAccount(saved, await payments.byReference(o.number)) };
      }),
    );
  } catch (e) {
    if (e instanceof Refused) return e.failure;
    throw e;
  }
}

/** Everything an order must be for this transfer to count against it; a refusal is thrown. */
function checkOrderTakes(o: OrderRecord, t: BankTransferInput): void {
  const refuse = (code: RecordBankTransferFailure, message: string, field: string) => {
    throw new Refused(fail(code, message, { field }));
  };
  if (o.salesChannel !== 'b2b' || o.paymentTerms === null) refuse('PAYMENT_METHOD_NOT_AVAILABLE', `order ${o.number} is a ${o.salesChannel} order paid through its payment provider; bank transfers are recorded against distributor orders`, 'number');
  const payable = checkOrderAction(orderFacts(o), 'pay');
  if (!payable.ok) refuse('ORDER_STATE_CONFLICT', `order ${o.number}: ${payable.message}`, 'status');
  const m = (minor: number) => `${o.currency} ${formatAmount({ amount: minor, currency: o.currency })}`;
  if (t.currency !== o.currency) refuse('CURRENCY_MISMATCH', `order ${o.number} is invoiced in ${o.currency}; a transfer in ${t.currency} is converted by the bank before it is recorded`, 'amount.currency');
  const open = o.totalMinor - o.capturedMinor;
  if (t.amountMinor > open) refuse('TRANSFER_EXCEEDS_OPEN', `${m(t.amountMinor)} is more than the ${m(open)} open on order ${o.number} (total ${m(o.totalMinor)}, received ${m(o.capturedMinor)}): record what belongs to this order, and return or reallocate the rest`, 'amount.amount');
}

/** The reference is stored: the same transfer again answers what is stored; anything else is a second transfer under one reference. */
async function answerAgain(tx: OrderTx, o: OrderRecord, stored: PaymentRow, t: BankTransferInput): Promise<RecordedBankTransfer> {
  const view = toBankTransferView(stored);
  const sameTransfer = stored.provider === BANK_TRANSFER && stored.reference === o.number && stored.amountMinor === t.amountMinor && stored.currency === t.currency && view.receivedOn === t.receivedOn;
  if (!sameTransfer) {
    const where = stored.reference === o.number ? `on this order (${view.amount.currency} ${view.amount.amount} received ${view.receivedOn})` : `on another order (${stored.reference})`;
    throw new Refused(fail('TRANSFER_REFERENCE_USED', `the transfer ${t.reference} is already recorded ${where}: each transfer is recorded once, under the bank's own reference`, { field: 'reference' }));
  }
  return { created: false, transfer: view, account: toBankTransferAccount(o, await createPaymentRepository(tx.orm).byReference(o.number)) };
}

/**
 * Count the transfer on the order: its captured amount becomes the sum of its transfers; reaching
 * the total pays it as settleOrderPayment pays an order (src/services/orders/order-changes.ts).
 */
async function settle(tx: OrderTx, o: OrderRecord, payment: PaymentRow, at: Date): Promise<OrderRecord> {
  const received = bankTransfersOf(await createPaymentRepository(tx.orm).byReference(o.number)).reduce((s, p) => s + p.capturedMinor, 0);
  if (received < o.totalMinor) return saveOrderChange(tx, o, { capturedMinor: received }, undefined, at);
  const stockHold = await takeStock(tx, o, at);
  const saved = await saveOrderChange(tx, o, { paidAt: at, capturedMinor: received, paymentMethod: BANK_TRANSFER, stockHold }, 'paid', at, { paymentId: payment.id });
  if (stockHold) await tx.outbox.append({ type: 'order.stock_short', subject: { kind: 'order', id: o.id }, payload: orderEventPayload(o, { reason: stockHold }) }, at);
  return saved;
}
