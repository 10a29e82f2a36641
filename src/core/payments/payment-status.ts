import { fail, ok, type Result } from '../result/result.js';

/**
 * A payment's status as Landfall tracks it, whatever the provider:
 * - requires_action: the checkout or the buyer must do something before money moves (confirm with
 *   card details, pass a 3-D Secure challenge, authorize at the bank's page);
 * - processing: the money is on its way (a konbini voucher, a bank transfer, a direct debit);
 * - authorized: the money is held on the buyer's card or account and waits for capture;
 * - succeeded: captured (refunds are tracked in amounts, not in this status);
 * - failed: declined, failed authentication or expired; a new attempt is a new payment;
 * - cancelled: cancelled before any money was captured.
 */
export const PAYMENT_STATUSES = ['requires_action', 'processing', 'authorized', 'succeeded', 'failed', 'cancelled'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * The allowed moves, as data. Succeeded, failed and cancelled are final. Staying in a status is
 * not a move (a new next action in requires_action, a repeated notice) and is always allowed.
 */
export const PAYMENT_TRANSITIONS: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  requires_action: ['processing', 'authorized', 'succeeded', 'failed', 'cancelled'],
  processing: ['authorized', 'succeeded', 'failed', 'cancelled'],
  authorized: ['succeeded', 'failed', 'cancelled'],
  succeeded: [],
  failed: [],
  cancelled: [],
};

export function isPaymentStatus(value: string): value is PaymentStatus {
  return (PAYMENT_STATUSES as readonly string[]).includes(value);
}

export function isFinalStatus(status: PaymentStatus): boolean {
  return PAYMENT_TRANSITIONS[status].length === 0;
}

/**
 * Whether a payment may go from `from` to `to`; `changed` is false when it stays where it is.
 * A refused move is PAYMENT_STATE_CONFLICT: a late or out-of-order notice from a provider (say a
 * "requires action" after "succeeded") must not undo a later state.
 * @example checkTransition('authorized', 'succeeded') // ok({ changed: true })
 * @example checkTransition('succeeded', 'processing') // PAYMENT_STATE_CONFLICT
 */
export function checkTransition(from: PaymentStatus, to: PaymentStatus): Result<{ changed: boolean }, 'PAYMENT_STATE_CONFLICT'> {
  if (from === to) return ok({ changed: false });
  if (PAYMENT_TRANSITIONS[from].includes(to)) return ok({ changed: true });
  return fail('PAYMENT_STATE_CONFLICT', `a ${from} payment cannot become ${to}`, { field: 'status' });
}
