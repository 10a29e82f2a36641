import type { CardDetails } from '../../core/payments/card.js';
import type { PaymentStatus } from '../../core/payments/payment-status.js';
import type { Money } from '../../core/money/money.js';
import type { Result } from '../../core/result/result.js';

/**
 * What the checkout or the buyer must do next, in Landfall's terms whatever the provider:
 * - confirm: call POST /v1/payments/{id}/confirm (with card details, or a return URL);
 * - redirect: send the buyer to `url` (a 3-D Secure challenge, the bank's or wallet's page); they
 *   come back to `returnUrl`;
 * - display_instructions: show `details` (a voucher number, a QR code, bank details, cash to the
 *   courier); the money arrives later.
 */
export type NextAction =
  | { type: 'confirm' }
  | { type: 'redirect'; url: string; returnUrl: string | null; reason: 'three_d_secure' | 'authorize' }
  | { type: 'display_instructions'; kind: string; details: Record<string, unknown> };

/** A provider's payment (a payment intent), mapped to Landfall's statuses. Amounts in minor units. */
export type ProviderPayment = {
  id: string;
  status: PaymentStatus;
  amount: Money;
  capturedMinor: number;
  nextAction: NextAction | null;
  failure: { code: string; message: string } | null;
};

export type ProviderRefund = { id: string; paymentId: string; amount: Money; status: 'pending' | 'succeeded' | 'failed' };

/** A verified webhook event: about a payment, a refund, or something Landfall does not act on. */
export type ProviderEvent = { id: string; type: string } & ({ kind: 'payment'; payment: ProviderPayment } | { kind: 'refund'; refund: ProviderRefund } | { kind: 'other' });

/**
 * How a provider failed: unreachable or answering 5xx (PROVIDER_UNAVAILABLE: try again), refusing
 * the request (PROVIDER_REJECTED, with its reason), or answering something unexpected (PROVIDER_ERROR).
 */
export type ProviderFailure = 'PROVIDER_UNAVAILABLE' | 'PROVIDER_REJECTED' | 'PROVIDER_ERROR';

/**
 * A payment provider, as Landfall uses it. Every call that moves money takes an idempotency key the
 * provider honours, so that a retried call never charges or refunds twice. Card details are passed
 * only to the test provider; a real provider's adapter takes a token from its hosted card fields
 * instead, so card numbers never reach Landfall's server.
 */
export interface PaymentProvider {
  readonly name: string;
  /** `threeDSecure: required` asks the provider to authenticate a card payment with 3-D Secure whatever the card (fraud screening decided to challenge). */
  /** `country` is the buyer's (ISO 3166-1 alpha-2): some providers pick a method's variant by it. */
  createPayment(input: { amount: Money; method: string; capture: 'automatic' | 'manual'; threeDSecure?: 'automatic' | 'required'; metadata: Record<string, string>; idempotencyKey: string; country?: string }): Promise<Result<ProviderPayment, ProviderFailure>>;
  /** `paymentMethod` is a token made by the provider's hosted fields (Stripe: a PaymentMethod id, pm_...). */
  confirmPayment(id: string, input: { card?: CardDetails; returnUrl?: string; paymentMethod?: string }): Promise<Result<ProviderPayment, ProviderFailure>>;
  /** `currency` is the payment's (ISO 4217), given so that an adapter converting units needs no extra call. */
  capturePayment(id: string, input: { amountMinor?: number; currency?: string }): Promise<Result<ProviderPayment, ProviderFailure>>;
  cancelPayment(id: string): Promise<Result<ProviderPayment, ProviderFailure>>;
  refund(id: string, input: { amountMinor: number; idempotencyKey: string; currency?: string }): Promise<Result<ProviderRefund, ProviderFailure>>;
  getPayment(id: string): Promise<Result<ProviderPayment, ProviderFailure>>;
  /**
   * Check a webhook's signature over the raw body (before parsing anything) and its age against
   * `now`, then read the event. A forged, absent or stale signature is SIGNATURE_INVALID; a signed
   * body that is not an event is WEBHOOK_INVALID.
   */
  verifyWebhook(headers: Readonly<Record<string, string | string[] | undefined>>, rawBody: string, now: Date): Result<ProviderEvent, 'SIGNATURE_INVALID' | 'WEBHOOK_INVALID'>;
  /**
   * What confirming takes (default: `card` details for card methods, as the test provider):
   * `paymentMethod` means a token from the provider's hosted fields, card details are refused, and
   * a card payment needs a return URL (for a 3-D Secure challenge).
   */
  readonly confirmInput?: 'card' | 'paymentMethod';
  /**
   * Refuse, before anything is sent, what this provider cannot take: a method it does not offer (for
   * this buyer's country), an amount it cannot represent exactly in its units. Undefined when fine.
   */
  precheck?(input: { amount: Money; method?: string; country?: string }): ProviderPrecheckFailure | undefined;
}

/** Why a provider cannot take a payment, refund or capture, naming the request field at fault. */
export type ProviderPrecheckFailure = { code: 'PAYMENT_METHOD_NOT_AVAILABLE' | 'VALIDATION_FAILED'; field: string; message: string };
