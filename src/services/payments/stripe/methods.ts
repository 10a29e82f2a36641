/**
 * Landfall's payment method ids (src/data/payments/payment-methods.ts) as Stripe payment method
 * types (a PaymentIntent's `allowed_payment_method_types`, formerly `payment_method_types`).
 *
 * Source: Stripe's payment method guides (docs.stripe.com/payments/payment-methods/overview and
 * the page of each method) and the PaymentIntent and PaymentMethod types of the `stripe` library
 * (v23), as of 2025. Apple Pay and Google Pay carry a card: Stripe makes a `card` PaymentMethod of
 * the wallet's token. Afterpay and Clearpay are one Stripe type. Vipps MobilePay is Stripe's
 * `mobilepay` in Denmark and Finland; Stripe offers no Vipps for Norway in its API. Bank transfers are
 * Stripe's `customer_balance` with a virtual account per currency. Interac online, PostFinance and
 * cash on delivery have no Stripe type. SEPA Direct Debit needs a mandate the buyer accepts in
 * Stripe's own form, which Landfall's server-side confirmation cannot record.
 */

export type StripeMethod = {
  /** The PaymentIntent's one allowed type. */
  type: string;
  /** For `customer_balance`: the kind of bank transfer and, for EUR, the country of the IBAN. */
  bankTransfer?: { type: string; country?: string };
};

const SIMPLE: Readonly<Record<string, string>> = {
  card: 'card',
  apple_pay: 'card',
  google_pay: 'card',
  paypal: 'paypal',
  klarna: 'klarna',
  afterpay: 'afterpay_clearpay',
  clearpay: 'afterpay_clearpay',
  ideal: 'ideal',
  bancontact: 'bancontact',
  twint: 'twint',
  konbini: 'konbini',
  paypay: 'paypay',
  kakaopay: 'kakao_pay',
  naverpay: 'naver_pay',
  paynow: 'paynow',
  grabpay: 'grabpay',
  pix: 'pix',
};

const NOT_OFFERED: Readonly<Record<string, string>> = {
  interac: 'Stripe takes Interac only in person (card readers), not online',
  postfinance: 'Stripe does not offer PostFinance',
  cod: 'cash on delivery is collected by the courier, not by Stripe',
  sepa_debit: "SEPA Direct Debit through Stripe needs a mandate the buyer accepts in Stripe's own form; Landfall's server-side confirmation cannot record one",
};

/** Stripe's bank transfer kind per currency (docs.stripe.com/payments/bank-transfers). */
const BANK_TRANSFER: Readonly<Record<string, string>> = { EUR: 'eu_bank_transfer', GBP: 'gb_bank_transfer', JPY: 'jp_bank_transfer', MXN: 'mx_bank_transfer', USD: 'us_bank_transfer' };
/** Countries Stripe opens EUR virtual accounts in; another buyer country gets a German IBAN (any SEPA bank can pay it). */
const EU_BANK_TRANSFER_COUNTRIES = ['BE', 'DE', 'ES', 'FR', 'IE', 'NL'];
const EU_BANK_TRANSFER_FALLBACK = 'DE';

/**
 * The Stripe type for a Landfall method, a buyer country and a currency (upper case), or why
 * Stripe cannot take it.
 * @example stripeMethod('afterpay', 'AU', 'AUD') // { type: 'afterpay_clearpay' }
 * @example stripeMethod('vipps', 'NO', 'NOK') // { refused: 'Stripe offers Vipps MobilePay ... not in NO' }
 */
export function stripeMethod(method: string, country: string | undefined, currency: string): StripeMethod | { refused: string } {
  const simple = SIMPLE[method];
  if (simple) return { type: simple };
  if (method === 'vipps') {
    return country === 'DK' || country === 'FI' ? { type: 'mobilepay' } : { refused: `Stripe offers Vipps MobilePay as MobilePay in Denmark and Finland only, not in ${country ?? 'this country'}` };
  }
  if (method === 'bank_transfer') {
    const type = BANK_TRANSFER[currency];
    if (!type) return { refused: `Stripe's bank transfers take ${Object.keys(BANK_TRANSFER).join(', ')}, not ${currency}` };
    if (type !== 'eu_bank_transfer') return { type: 'customer_balance', bankTransfer: { type } };
    return { type: 'customer_balance', bankTransfer: { type, country: country !== undefined && EU_BANK_TRANSFER_COUNTRIES.includes(country) ? country : EU_BANK_TRANSFER_FALLBACK } };
  }
  return { refused: NOT_OFFERED[method] ?? `Stripe has no payment method for "${method}"` };
}
