/**
 * A payment method a buyer can choose at checkout: cards everywhere, and the local methods buyers in
 * each country expect (iDEAL in the Netherlands, Konbini in Japan, PayNow in Singapore, ...).
 *
 * `kind` says what the buyer does: pays by card, in a wallet app, on their bank's page (redirect),
 * with a printed or on-screen voucher, by scanning a QR code, by bank transfer, later in
 * instalments (bnpl), by a direct debit from their account, or in cash to the courier (cod).
 *
 * `flow` is how a provider (and the built-in test gateway) takes the payment:
 * - `card`: card details at confirmation; the issuer answers at once, sometimes after a 3-D Secure
 *   challenge. Wallets that carry a card (Apple Pay, Google Pay) follow it too.
 * - `redirect`: the buyer authorizes on the bank's or wallet's page and comes back to a return URL.
 * - `offline`: the buyer gets instructions (a voucher number, a QR code, bank details, cash to the
 *   courier) or nothing to do (a direct debit); the payment stays processing until the money arrives.
 */
export const PAYMENT_METHOD_KINDS = ['card', 'wallet', 'redirect', 'voucher', 'qr', 'bank_transfer', 'bnpl', 'debit', 'cod'] as const;
export type PaymentMethodKind = (typeof PAYMENT_METHOD_KINDS)[number];

export const PAYMENT_FLOWS = ['card', 'redirect', 'offline'] as const;
export type PaymentFlow = (typeof PAYMENT_FLOWS)[number];

export type PaymentMethod = {
  /** Stable id used by markets and the checkout: lowercase letters, digits and underscores. */
  readonly id: string;
  readonly name: string;
  readonly kind: PaymentMethodKind;
  /** ISO 3166-1 alpha-2 codes of the buyers' countries it serves, or 'all'. */
  readonly countries: readonly string[] | 'all';
  /** ISO 4217 codes it can charge in, or 'all'. */
  readonly currencies: readonly string[] | 'all';
  readonly flow: PaymentFlow;
  /** Whether a payment can be authorized now and captured later (at shipment). */
  readonly manualCapture: boolean;
};

/** Why a method a market lists is not offered to this buyer. */
export type UnavailableReason = 'unknown' | 'country' | 'currency';

/**
 * Whether `method` can serve a buyer in `country` paying in `currency`; the reason when it cannot.
 * @example methodUnavailableReason(ideal, 'DE', 'EUR') // 'country'
 */
export function methodUnavailableReason(method: PaymentMethod, country: string, currency: string): UnavailableReason | undefined {
  if (method.countries !== 'all' && !method.countries.includes(country)) return 'country';
  if (method.currencies !== 'all' && !method.currencies.includes(currency)) return 'currency';
  return undefined;
}

/** A sentence for a refusal: "iDEAL is not offered in DE" and the like. */
export function describeUnavailable(methodId: string, reason: UnavailableReason, country: string, currency: string, name = methodId): string {
  switch (reason) {
    case 'unknown':
      return `"${methodId}" is not a payment method Landfall knows`;
    case 'country':
      return `${name} is not offered to buyers in ${country}`;
    case 'currency':
      return `${name} cannot charge in ${currency}`;
  }
}
