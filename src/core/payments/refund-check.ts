import { formatMoney, type Money } from '../money/money.js';
import { fail, ok, type Result } from '../result/result.js';

/** What the refund is for; the parts of a refund, when given, add up to it. */
export const REFUND_PARTS = ['goods', 'shipping', 'duty', 'tax', 'fees'] as const;
export type RefundPart = (typeof REFUND_PARTS)[number];

/** The amounts of a payment a refund is checked against, in minor units of `currency`. */
export type Refundable = { readonly currency: string; readonly capturedMinor: number; readonly refundedMinor: number };

/**
 * Check a refund against what was paid: a positive whole number of minor units, in the payment's
 * currency, at most what was captured minus what was already refunded.
 * @example checkRefund({ amount: 1500, currency: 'EUR' }, { currency: 'EUR', capturedMinor: 5000, refundedMinor: 4000 })
 *   // REFUND_EXCEEDS_CAPTURED: EUR 15.00 is more than the EUR 10.00 left to refund
 */
export function checkRefund(amount: Money, payment: Refundable, field = 'amount'): Result<Money, 'VALIDATION_FAILED' | 'REFUND_EXCEEDS_CAPTURED'> {
  if (amount.currency !== payment.currency) {
    return fail('VALIDATION_FAILED', `the refund must be in ${payment.currency}, the payment's currency, not ${amount.currency}`, { field: `${field}.currency` });
  }
  if (!Number.isSafeInteger(amount.amount)) return fail('VALIDATION_FAILED', 'the refund must be a whole number of minor units', { field: `${field}.amount` });
  if (amount.amount <= 0) return fail('VALIDATION_FAILED', 'the refund must be more than zero', { field: `${field}.amount` });
  const left = payment.capturedMinor - payment.refundedMinor;
  if (amount.amount > left) {
    const m = (n: number) => formatMoney({ amount: n, currency: payment.currency });
    return fail(
      'REFUND_EXCEEDS_CAPTURED',
      `a refund of ${m(amount.amount)} is more than the ${m(left)} left to refund (captured ${m(payment.capturedMinor)}, refunded ${m(payment.refundedMinor)})`,
      { field: `${field}.amount` },
    );
  }
  return ok(amount);
}

/**
 * Check the split of a refund (goods, shipping, duty, tax, fees in minor units): known parts, none
 * negative, adding up to the refund exactly. Parts are what the order's books need to reverse the
 * right lines (a duty refund is booked apart from the goods).
 */
export function checkRefundParts(parts: Readonly<Record<string, number>>, total: Money, field = 'parts'): Result<Partial<Record<RefundPart, number>>, 'VALIDATION_FAILED'> {
  const out: Partial<Record<RefundPart, number>> = {};
  let sum = 0;
  for (const [name, value] of Object.entries(parts)) {
    if (!(REFUND_PARTS as readonly string[]).includes(name)) return fail('VALIDATION_FAILED', `unknown refund part "${name}"; use ${REFUND_PARTS.join(', ')}`, { field: `${field}.${name}` });
    if (!Number.isSafeInteger(value) || value < 0) return fail('VALIDATION_FAILED', 'must be zero or more', { field: `${field}.${name}` });
    out[name as RefundPart] = value;
    sum += value;
  }
  if (sum !== total.amount) {
    return fail('VALIDATION_FAILED', `the parts add up to ${formatMoney({ amount: sum, currency: total.currency })}, not the refund's ${formatMoney(total)}`, { field });
  }
  return ok(out);
}
