import { fail, ok, type Result } from '../result/result.js';

/**
 * A distributor quote's life: `draft` -> `sent` (to the distributor, again if need be) -> `accepted` (the pro forma
 * invoice is issued) -> `ordered` (the order is placed), or `cancelled` before it is ordered. A
 * draft or sent quote whose `validUntil` has passed reads as `expired` and can no longer be sent
 * or accepted; an accepted quote is a bargain struck and may still be ordered after that day.
 */
export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'ordered', 'expired', 'cancelled'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
export type QuoteStep = 'send' | 'accept' | 'order' | 'cancel';

const MOVES: Readonly<Record<QuoteStep, { from: readonly QuoteStatus[]; to: QuoteStatus; checksValidity: boolean }>> = {
  // Sending a sent quote again sends the distributor a new link (the old one stops working).
  send: { from: ['draft', 'sent'], to: 'sent', checksValidity: true },
  accept: { from: ['sent'], to: 'accepted', checksValidity: true },
  order: { from: ['accepted'], to: 'ordered', checksValidity: false },
  cancel: { from: ['draft', 'sent', 'expired', 'accepted'], to: 'cancelled', checksValidity: false },
};

export function isQuoteStatus(value: unknown): value is QuoteStatus {
  return typeof value === 'string' && (QUOTE_STATUSES as readonly string[]).includes(value);
}

/** The status as it reads on `today` (YYYY-MM-DD): a draft or sent quote past `validUntil` is expired. */
export function effectiveQuoteStatus(stored: QuoteStatus, validUntil: string, today: string): QuoteStatus {
  return (stored === 'draft' || stored === 'sent') && today > validUntil ? 'expired' : stored;
}

/**
 * Whether `step` may be taken on a quote now, and the status it leads to. Out of order:
 * QUOTE_STATE_CONFLICT naming `status`; past its validity: QUOTE_EXPIRED naming `validUntil`.
 * @example checkQuoteStep('accept', { number: 'Q-1001', status: 'sent', validUntil: '2026-12-27' }, '2026-12-28') // QUOTE_EXPIRED
 */
export function checkQuoteStep(step: QuoteStep, quote: { number: string; status: QuoteStatus; validUntil: string }, today: string): Result<QuoteStatus, 'QUOTE_STATE_CONFLICT' | 'QUOTE_EXPIRED'> {
  const move = MOVES[step];
  const status = effectiveQuoteStatus(quote.status, quote.validUntil, today);
  if (status === 'expired' && move.checksValidity) {
    return fail('QUOTE_EXPIRED', `quote ${quote.number} was valid until ${quote.validUntil} and has expired; make a new quote`, { field: 'validUntil' });
  }
  if (!move.from.includes(status)) {
    const allowed = move.from.join(' or ');
    return fail('QUOTE_STATE_CONFLICT', `quote ${quote.number} is ${status}; only a ${allowed} quote can be ${step === 'send' ? 'sent' : step === 'accept' ? 'accepted' : step === 'order' ? 'ordered' : 'cancelled'}`, { field: 'status' });
  }
  return ok(move.to);
}
