/**
 * The emails Landfall sends buyers, as data: which outbox event calls for each, how long after the
 * event it is sent, and which message keys (`email.<kind>.*` in src/data/i18n) word it. The mail
 * worker renders a message when it sends it, from the order as it is then, so a confirmation sent
 * a minute after checkout already says the card was paid.
 */
export type EmailKind = {
  kind: string;
  /** The outbox event type that makes one email of this kind for the order it is about. */
  event: string;
  /** Wait this long after the event before sending (lets a card payment settle before the confirmation). */
  delayMs: number;
  /** What the event's payload names that the email shows (copied to the email row's `about`). */
  about: ReadonlyArray<'shipment' | 'return'>;
};

export const EMAIL_KINDS: readonly EmailKind[] = [
  { kind: 'order_confirmation', event: 'order.created', delayMs: 60_000, about: [] },
  { kind: 'payment_received', event: 'order.paid', delayMs: 0, about: [] },
  { kind: 'shipped', event: 'shipment.created', delayMs: 0, about: ['shipment'] },
  { kind: 'customs_hold', event: 'shipment.customs_hold', delayMs: 0, about: ['shipment'] },
  { kind: 'delivered', event: 'shipment.delivered', delayMs: 0, about: ['shipment'] },
  { kind: 'return_approved', event: 'return.approved', delayMs: 0, about: ['return'] },
  { kind: 'return_rejected', event: 'return.rejected', delayMs: 0, about: ['return'] },
  { kind: 'refund', event: 'order.refunded', delayMs: 0, about: [] },
  // A distributor's quote with its link: queued by the send itself (the link's token is in no event), not from an order.
  { kind: 'quote_sent', event: 'quote.sent', delayMs: 0, about: [] },
];

export const EMAIL_KIND_NAMES = EMAIL_KINDS.map((k) => k.kind);

/** The kinds an event type calls for (none for most events). */
export function emailKindsFor(eventType: string): EmailKind[] {
  return EMAIL_KINDS.filter((k) => k.event === eventType);
}

/** Emails not sent within this long of their event are skipped rather than sent late (mail was not configured, or down for days). */
export const EMAIL_STALE_AFTER_MS = 3 * 24 * 3_600_000;
