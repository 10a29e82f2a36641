/**
 * The Stripe adapter: PaymentIntents, Refunds and signed webhooks through Stripe's official Node
 * library (`stripe`), behind Landfall's provider interface (docs/payments-stripe.md).
 *
 * - A payment is a PaymentIntent with one allowed payment method type (the Landfall method's Stripe
 *   type), created unconfirmed, then confirmed with the PaymentMethod id (pm_...) that Stripe's
 *   hosted fields made in the buyer's browser, or with `payment_method_data[type]` for methods that
 *   need nothing from the buyer. Card numbers never pass through Landfall.
 * - Every call that moves money (create, confirm, capture, refund, and the Customer a bank transfer
 *   needs) carries an Idempotency-Key: the caller's for create and refund, derived from the
 *   PaymentIntent and the parameters for confirm and capture, so a retry (by the library, or by
 *   the caller after a lost answer) reaches Stripe as the same request.
 * - Amounts are converted to Stripe's units exactly, or refused (amounts.ts).
 */
import { createHash } from 'node:crypto';
import Stripe from 'stripe';
import { fail, ok, type Result } from '../../../core/result/result.js';
import type { StripeSettings } from '../payment-settings.js';
import type { PaymentProvider, ProviderFailure, ProviderPayment, ProviderRefund } from '../provider.js';
import { toStripeAmount } from './amounts.js';
import { stripeFailure, type StripeRawError } from './errors.js';
import { toProviderPayment, toProviderRefund } from './mapping.js';
import { stripeMethod } from './methods.js';
import { verifyStripeWebhook } from './webhook.js';

export const STRIPE_PROVIDER_NAME = 'stripe';

/** The Stripe client for `settings`: its key, Stripe's API or `apiBase`, the timeout and retries. */
export function createStripeClient(settings: StripeSettings): Stripe {
  return new Stripe(settings.secretKey, {
    maxNetworkRetries: settings.maxNetworkRetries,
    timeout: settings.timeoutMs,
    telemetry: false,
    appInfo: { name: 'Landfall' },
    ...(settings.apiBase ? { host: settings.apiBase.host, port: settings.apiBase.port, protocol: settings.apiBase.protocol } : {}),
  });
}

/** The Stripe adapter over `settings` (Stripe on: a secret key is configured). */
export function createStripeProvider(settings: StripeSettings): PaymentProvider {
  const stripe = createStripeClient(settings);
  const intents = stripe.paymentIntents;

  /** Run a library call; its errors become provider failures. */
  const call = async <T>(run: () => Promise<T>): Promise<Result<T, ProviderFailure>> => {
    try {
      return ok(await run());
    } catch (error) {
      return stripeFailure(error);
    }
  };
  /** The PaymentIntent's currency (upper case): as given, or read from Stripe. */
  const currencyOf = async (id: string, given: string | undefined): Promise<Result<string, ProviderFailure>> => {
    if (given !== undefined) return ok(given);
    const current = await call(() => intents.retrieve(id));
    return current.ok ? ok(current.value.currency.toUpperCase()) : current;
  };
  const asPayment = (r: Result<unknown, ProviderFailure>): Result<ProviderPayment, ProviderFailure> => {
    if (!r.ok) return r;
    const payment = toProviderPayment(r.value);
    return payment ? ok(payment) : fail('PROVIDER_ERROR', 'Stripe answered something that is not a PaymentIntent Landfall can read');
  };

  return {
    name: STRIPE_PROVIDER_NAME,
    confirmInput: 'paymentMethod',

    precheck(input) {
      if (input.method !== undefined) {
        const m = stripeMethod(input.method, input.country, input.amount.currency);
        if ('refused' in m) return { code: 'PAYMENT_METHOD_NOT_AVAILABLE', field: 'method', message: m.refused };
      }
      const amount = toStripeAmount(input.amount);
      return amount.ok ? undefined : { code: 'VALIDATION_FAILED', field: 'amount.amount', message: amount.message };
    },

    async createPayment(input) {
      const method = stripeMethod(input.method, input.country, input.amount.currency);
      if ('refused' in method) return fail('PROVIDER_REJECTED', method.refused);
      const amount = toStripeAmount(input.amount);
      if (!amount.ok) return fail('PROVIDER_REJECTED', amount.message);
      const params: Stripe.PaymentIntentCreateParams = {
        amount: amount.value,
        currency: input.amount.currency.toLowerCase(),
        // Since library v23 (API 2026-09-30.endive) the request names the one type allowed here;
        // the PaymentIntent answers it in allowed_payment_method_types and payment_method_types.
        allowed_payment_method_types: [method.type as Stripe.PaymentIntentCreateParams.AllowedPaymentMethodType],
        capture_method: input.capture,
        metadata: input.metadata,
      };
      if (input.threeDSecure === 'required' && method.type === 'card') params.payment_method_options = { card: { request_three_d_secure: 'any' } };
      if (method.bankTransfer) {
        // A bank transfer is paid into the customer's cash balance: Stripe needs a Customer to hold it.
        const customer = await call(() => stripe.customers.create({ metadata: input.metadata }, { idempotencyKey: `${input.idempotencyKey}:customer` }));
        if (!customer.ok) return customer;
        params.customer = customer.value.id;
        const bt = method.bankTransfer;
        params.payment_method_options = {
          customer_balance: {
            funding_type: 'bank_transfer',
            bank_transfer: { type: bt.type as Stripe.PaymentIntentCreateParams.PaymentMethodOptions.CustomerBalance.BankTransfer.Type, ...(bt.country ? { eu_bank_transfer: { country: bt.country } } : {}) },
          },
        };
      }
      return asPayment(await call(() => intents.create(params, { idempotencyKey: input.idempotencyKey })));
    },

    async confirmPayment(id, input) {
      if (input.card) return fail('PROVIDER_REJECTED', 'Stripe takes a PaymentMethod id (pm_...) from its hosted card fields, never card numbers');
      const params: Stripe.PaymentIntentConfirmParams = input.returnUrl ? { return_url: input.returnUrl } : {};
      if (input.paymentMethod) params.payment_method = input.paymentMethod;
      else {
        // A method that needs nothing from the buyer (PayNow, iDEAL, ...): Stripe makes the PaymentMethod of its type.
        const current = await call(() => intents.retrieve(id));
        if (!current.ok) return current;
        const type = current.value.allowed_payment_method_types?.[0] ?? current.value.payment_method_types[0] ?? 'card';
        params.payment_method_data = { type } as Stripe.PaymentIntentConfirmParams.PaymentMethodData;
      }
      try {
        return asPayment(ok(await intents.confirm(id, params, { idempotencyKey: derivedKey('confirm', id, params) })));
      } catch (error) {
        // A decline is Stripe's 402 card_error carrying the PaymentIntent, now with its
        // last_payment_error: for Landfall an answer (the payment failed), not an error of the call.
        if (error instanceof Stripe.errors.StripeCardError) {
          const declined = toProviderPayment((error.raw as StripeRawError | undefined)?.payment_intent);
          if (declined) return ok(declined);
          return asPayment(await call(() => intents.retrieve(id)));
        }
        return stripeFailure(error);
      }
    },

    async capturePayment(id, input) {
      let params: Stripe.PaymentIntentCaptureParams = {};
      if (input.amountMinor !== undefined) {
        const currency = await currencyOf(id, input.currency);
        if (!currency.ok) return currency;
        const amount = toStripeAmount({ amount: input.amountMinor, currency: currency.value });
        if (!amount.ok) return fail('PROVIDER_REJECTED', amount.message);
        params = { amount_to_capture: amount.value };
      }
      return asPayment(await call(() => intents.capture(id, params, { idempotencyKey: derivedKey('capture', id, params) })));
    },

    async cancelPayment(id) {
      return asPayment(await call(() => intents.cancel(id)));
    },

    async getPayment(id) {
      return asPayment(await call(() => intents.retrieve(id)));
    },

    async refund(id, input): Promise<Result<ProviderRefund, ProviderFailure>> {
      const currency = await currencyOf(id, input.currency);
      if (!currency.ok) return currency;
      const amount = toStripeAmount({ amount: input.amountMinor, currency: currency.value });
      if (!amount.ok) return fail('PROVIDER_REJECTED', amount.message);
      const r = await call(() => stripe.refunds.create({ payment_intent: id, amount: amount.value }, { idempotencyKey: input.idempotencyKey }));
      if (!r.ok) return r;
      const refund = toProviderRefund(r.value);
      return refund ? ok(refund) : fail('PROVIDER_ERROR', 'Stripe answered something that is not a Refund Landfall can read');
    },

    verifyWebhook(headers, rawBody, now) {
      return verifyStripeWebhook(stripe.webhooks, settings.webhookSecret, headers, rawBody, now);
    },
  };
}

/**
 * An Idempotency-Key for a call Landfall makes once per payment and parameters (confirm, capture):
 * the same call retried is the same key; other parameters are another key (Stripe refuses a key
 * reused with other parameters). Stripe keeps keys 24 hours.
 */
function derivedKey(operation: string, id: string, params: unknown): string {
  const digest = createHash('sha256').update(JSON.stringify(params)).digest('hex').slice(0, 32);
  return `landfall:${operation}:${id}:${digest}`;
}
