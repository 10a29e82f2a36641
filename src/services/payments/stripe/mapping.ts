/**
 * Stripe's PaymentIntent and Refund objects (API reference: "The PaymentIntent object", "The
 * Refund object", "PaymentIntent statuses" in docs.stripe.com/payments/paymentintents/lifecycle)
 * in Landfall's terms. Objects are read defensively: they come from answers and from webhooks.
 */
import type { PaymentStatus } from '../../../core/payments/payment-status.js';
import type { NextAction, ProviderPayment, ProviderRefund } from '../provider.js';
import { fromStripeAmount } from './amounts.js';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** Next actions that show the buyer how to pay offline (a voucher, a QR code, bank details). */
const DISPLAY_KINDS: Readonly<Record<string, string>> = {
  konbini_display_details: 'voucher',
  oxxo_display_details: 'voucher',
  boleto_display_details: 'voucher',
  multibanco_display_details: 'voucher',
  paynow_display_qr_code: 'qr_code',
  pix_display_qr_code: 'qr_code',
  promptpay_display_qr_code: 'qr_code',
  display_bank_transfer_instructions: 'bank_transfer',
};

/**
 * A PaymentIntent as a provider payment; undefined when the object is not one, or its amounts
 * cannot be read exactly. Statuses:
 * - requires_payment_method: waiting for confirmation (next action confirm); with a
 *   `last_payment_error` (a decline, a failed 3-D Secure, an expired voucher) it is failed: Stripe
 *   would take another payment method, Landfall makes a new payment instead;
 * - requires_confirmation: waiting for confirmation;
 * - requires_action: a redirect (3-D Secure, the bank's or wallet's page) keeps requires_action;
 *   offline instructions (konbini, PayNow, Pix, bank transfer) are processing: the buyer pays
 *   elsewhere and the money is on its way; `use_stripe_sdk` (a PaymentIntent that Stripe.js is
 *   authenticating in the buyer's browser) is requires_action with no next action for Landfall;
 * - processing -> processing; requires_capture -> authorized; succeeded -> succeeded; canceled -> cancelled.
 */
export function toProviderPayment(o: unknown): ProviderPayment | undefined {
  if (!isObject(o) || o.object !== 'payment_intent' || typeof o.id !== 'string' || typeof o.currency !== 'string' || typeof o.status !== 'string') return undefined;
  const currency = o.currency.toUpperCase();
  const amount = fromStripeAmount(o.amount, currency);
  const received = fromStripeAmount(o.amount_received ?? 0, currency);
  if (amount === undefined || received === undefined) return undefined;
  const error = isObject(o.last_payment_error) ? o.last_payment_error : undefined;
  const failure = error ? { code: failureCode(error), message: text(error.message) ?? 'the payment failed' } : null;
  const next = o.status === 'requires_action' ? toNextAction(o.next_action, isCard(o)) : null;
  let status: PaymentStatus;
  let nextAction: NextAction | null = null;
  switch (o.status) {
    case 'requires_payment_method':
      status = error ? 'failed' : 'requires_action';
      nextAction = error ? null : { type: 'confirm' };
      break;
    case 'requires_confirmation':
      status = 'requires_action';
      nextAction = { type: 'confirm' };
      break;
    case 'requires_action':
      status = next?.type === 'display_instructions' ? 'processing' : 'requires_action';
      nextAction = next;
      break;
    case 'processing':
      status = 'processing';
      break;
    case 'requires_capture':
      status = 'authorized';
      break;
    case 'succeeded':
      status = 'succeeded';
      break;
    case 'canceled':
      status = 'cancelled';
      break;
    default:
      return undefined;
  }
  return { id: o.id, status, amount: { amount, currency }, capturedMinor: received, nextAction, failure: status === 'failed' ? failure : null };
}

/**
 * A decline's code as Landfall reports it: the issuer's `decline_code` when Stripe gives one
 * (insufficient_funds, lost_card, ...; a generic_decline is card_declined), else Stripe's `code`
 * (card_declined, expired_card, incorrect_cvc, payment_intent_authentication_failure, ...).
 */
export function failureCode(error: Obj): string {
  const decline = text(error.decline_code);
  if (decline && decline !== 'generic_decline') return decline;
  return text(error.code) ?? 'payment_failed';
}

function isCard(pi: Obj): boolean {
  const types = Array.isArray(pi.allowed_payment_method_types) ? pi.allowed_payment_method_types : pi.payment_method_types;
  return Array.isArray(types) && types[0] === 'card';
}

function toNextAction(a: unknown, card: boolean): NextAction | null {
  if (!isObject(a) || typeof a.type !== 'string') return null;
  if (a.type === 'redirect_to_url' && isObject(a.redirect_to_url)) {
    const r = a.redirect_to_url;
    const url = text(r.url);
    return url ? { type: 'redirect', url, returnUrl: text(r.return_url) ?? null, reason: card ? 'three_d_secure' : 'authorize' } : null;
  }
  const kind = DISPLAY_KINDS[a.type];
  const d = a[a.type];
  if (!kind || !isObject(d)) return null; // use_stripe_sdk and the like: Stripe.js handles them in the browser
  return { type: 'display_instructions', kind, details: displayDetails(kind, d) };
}

/**
 * Stripe's instructions, with the fields Landfall's storefront reads (as the test gateway gives
 * them: `number`, `data`, `reference`, `account_holder`, `account_number`, `expires_at` in Unix
 * seconds) added beside Stripe's own, which are kept as they are (`hosted_voucher_url`,
 * `hosted_instructions_url`, `image_url_png`, `stores`, `financial_addresses`, ...).
 */
function displayDetails(kind: string, d: Obj): Record<string, unknown> {
  if (kind === 'voucher') {
    const stores = isObject(d.stores) ? Object.values(d.stores).filter(isObject) : [];
    const number = text(d.number) ?? stores.map((s) => text(s.confirmation_number) ?? text(s.payment_code)).find((n) => n !== undefined);
    return { ...d, ...(number ? { number } : {}) };
  }
  if (kind === 'bank_transfer') {
    const currency = text(d.currency)?.toUpperCase();
    const remaining = currency ? fromStripeAmount(d.amount_remaining, currency) : undefined;
    const address = Array.isArray(d.financial_addresses) ? d.financial_addresses.find(isObject) : undefined;
    const account = address ? readAccount(address) : {};
    return { ...d, ...(currency ? { currency } : {}), ...(remaining !== undefined ? { amount_remaining: remaining } : {}), ...account };
  }
  return { ...d };
}

/** The holder and number of a bank transfer's financial address: an IBAN, a UK sort code, a Japanese zengin account, US ABA. */
function readAccount(address: Obj): { account_holder?: string; account_number?: string } {
  const type = text(address.type);
  const details = type ? address[type] : undefined;
  if (!isObject(details)) return {};
  const holder = text(details.account_holder_name);
  const number = text(details.iban) ?? (text(details.sort_code) && text(details.account_number) ? `${details.sort_code} ${details.account_number}` : undefined) ?? text(details.account_number);
  return { ...(holder ? { account_holder: holder } : {}), ...(number ? { account_number: number } : {}) };
}

/** A Refund as a provider refund; undefined when it is not one of a PaymentIntent, or its amount cannot be read exactly. */
export function toProviderRefund(o: unknown): ProviderRefund | undefined {
  if (!isObject(o) || o.object !== 'refund' || typeof o.id !== 'string' || typeof o.currency !== 'string') return undefined;
  const paymentId = typeof o.payment_intent === 'string' ? o.payment_intent : isObject(o.payment_intent) ? text(o.payment_intent.id) : undefined;
  if (!paymentId) return undefined;
  const currency = o.currency.toUpperCase();
  const amount = fromStripeAmount(o.amount, currency);
  if (amount === undefined) return undefined;
  // succeeded; pending and requires_action (the buyer must give bank details) are pending; failed and canceled are failed.
  const status = o.status === 'succeeded' ? 'succeeded' : o.status === 'pending' || o.status === 'requires_action' ? 'pending' : o.status === 'failed' || o.status === 'canceled' ? 'failed' : undefined;
  if (!status) return undefined;
  return { id: o.id, paymentId, amount: { amount, currency }, status };
}
