import { fail, ok, type Result } from '../../core/result/result.js';
import type { PaymentSettings, StripeSettings } from './payment-settings.js';
import type { PaymentProvider } from './provider.js';
import { createStripeProvider, STRIPE_PROVIDER_NAME } from './stripe/stripe-provider.js';
import { createTestGatewayProvider } from './test-gateway-provider.js';

/** The provider new payments go to unless the settings choose another (LANDFALL_PAYMENT_PROVIDER). */
export const DEFAULT_PROVIDER = 'test';

// One adapter (and so one Stripe client with its connection pool) per settings object.
const stripeAdapters = new WeakMap<StripeSettings, PaymentProvider>();

/** The provider named `name` (as stored on a payment, or in a webhook URL), or undefined (unknown, or not configured). */
export function paymentProvider(settings: PaymentSettings, name: string): PaymentProvider | undefined {
  if (name === 'test') return createTestGatewayProvider(settings.testGateway);
  if (name === STRIPE_PROVIDER_NAME && settings.stripe) {
    let adapter = stripeAdapters.get(settings.stripe);
    if (!adapter) stripeAdapters.set(settings.stripe, (adapter = createStripeProvider(settings.stripe)));
    return adapter;
  }
  return undefined;
}

/** The provider new payments are created with: `settings.defaultProvider` (`test` unless configured). */
export function newPaymentProvider(settings: PaymentSettings): PaymentProvider {
  const provider = paymentProvider(settings, settings.defaultProvider ?? DEFAULT_PROVIDER);
  if (!provider) throw new Error(`payments: the default provider ${settings.defaultProvider} is not configured`);
  return provider;
}

/**
 * The provider a stored payment was made with. One that is no longer configured (Stripe's key
 * removed since) is PROVIDER_UNAVAILABLE, saying which variable to set; nothing is sent anywhere.
 */
export function providerOf(settings: PaymentSettings, name: string): Result<PaymentProvider, 'PROVIDER_UNAVAILABLE'> {
  const provider = paymentProvider(settings, name);
  if (provider) return ok(provider);
  return fail('PROVIDER_UNAVAILABLE', providerOffMessage(name));
}

/** Why `name` gives no provider, in words an operator can act on. */
export function providerOffMessage(name: string): string {
  return name === STRIPE_PROVIDER_NAME ? 'Stripe is off: set LANDFALL_STRIPE_SECRET_KEY (and LANDFALL_STRIPE_WEBHOOK_SECRET for its webhooks)' : `no payment provider "${name}"`;
}
