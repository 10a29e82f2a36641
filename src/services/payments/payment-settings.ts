import type { PaymentProviderName, StripeApiBase, StripeConfig } from '../../config/payment-config.js';
import { TEST_GATEWAY_DEFAULT_KEY, TEST_GATEWAY_DEFAULT_WEBHOOK_SECRET, TEST_GATEWAY_PATH, TEST_GATEWAY_WEBHOOK_PATH } from '../../core/payments/test-gateway-defaults.js';

/**
 * How Landfall reaches its payment providers, and how the built-in test gateway it serves is set up.
 * URLs are read when used, not when the settings are made: with PORT=0 (and in tests) the server's
 * address is known only after it listens.
 */
export type PaymentSettings = Readonly<{
  testGateway: Readonly<{
    /** Base URL of the test gateway's API, as Landfall's adapter calls it (…/test-gateway/v1). */
    url: () => string;
    /** The bearer key the gateway accepts and the adapter sends. */
    key: string;
    /** The HMAC secret the gateway signs its webhooks with and the adapter checks them with. */
    webhookSecret: string;
    /** Where the gateway POSTs its events (Landfall's /v1/payments/webhooks/test). */
    webhookUrl: () => string;
  }>;
  /** The provider new payments go to: `test` unless LANDFALL_PAYMENT_PROVIDER chose another. */
  defaultProvider: PaymentProviderName;
  /** Stripe's account (docs/payments-stripe.md); undefined while Stripe is off (no secret key). */
  stripe: StripeSettings | undefined;
}>;

export type StripeSettings = Readonly<{
  secretKey: string;
  /** The webhook endpoint's signing secret; without it every Stripe webhook is refused. */
  webhookSecret: string | undefined;
  /** Another server than Stripe's (a local one in tests). */
  apiBase: StripeApiBase | undefined;
  /** Per request, default 20,000 ms. */
  timeoutMs: number;
  /** Extra attempts the library makes on a network failure, 409 or 5xx (with the same Idempotency-Key); default 2. */
  maxNetworkRetries: number;
}>;

type UrlOption = string | (() => string);

export type PaymentSettingsOptions = {
  /** This server's public URL (default http://localhost:3000): the base of the two URLs below. */
  publicUrl?: UrlOption;
  /** LANDFALL_TEST_GATEWAY_URL (default publicUrl + /test-gateway/v1). */
  testGatewayUrl?: UrlOption;
  /** LANDFALL_TEST_GATEWAY_KEY (default tg_test_landfall). */
  testGatewayKey?: string;
  /** LANDFALL_TEST_GATEWAY_WEBHOOK_SECRET (default tgwhsec_test_landfall). */
  testGatewayWebhookSecret?: string;
  /** LANDFALL_TEST_GATEWAY_WEBHOOK_URL (default publicUrl + /v1/payments/webhooks/test). */
  testGatewayWebhookUrl?: UrlOption;
  /** LANDFALL_PAYMENT_PROVIDER (default test); `stripe` needs `stripe.secretKey`. */
  defaultProvider?: PaymentProviderName;
  /** Config.payments.stripe, plus the library's timeout and retries (for tests). */
  stripe?: StripeConfig & { timeoutMs?: number; maxNetworkRetries?: number };
};

const read = (u: UrlOption): string => (typeof u === 'function' ? u() : u).replace(/\/+$/, '');

/** Settings with every default filled in. */
export function createPaymentSettings(options: PaymentSettingsOptions = {}): PaymentSettings {
  const publicUrl = options.publicUrl ?? 'http://localhost:3000';
  const gatewayUrl = options.testGatewayUrl;
  const webhookUrl = options.testGatewayWebhookUrl;
  const s = options.stripe;
  const stripe: StripeSettings | undefined =
    s?.secretKey === undefined
      ? undefined
      : redactedStripe({ secretKey: s.secretKey, webhookSecret: s.webhookSecret, apiBase: s.apiBase, timeoutMs: s.timeoutMs ?? 20_000, maxNetworkRetries: s.maxNetworkRetries ?? 2 });
  const defaultProvider = options.defaultProvider ?? 'test';
  if (defaultProvider === 'stripe' && !stripe) throw new Error('payments: defaultProvider stripe needs a Stripe secret key');
  return Object.freeze({
    defaultProvider,
    stripe,
    testGateway: Object.freeze({
      url: () => (gatewayUrl !== undefined ? read(gatewayUrl) : read(publicUrl) + TEST_GATEWAY_PATH),
      key: options.testGatewayKey ?? TEST_GATEWAY_DEFAULT_KEY,
      webhookSecret: options.testGatewayWebhookSecret ?? TEST_GATEWAY_DEFAULT_WEBHOOK_SECRET,
      webhookUrl: () => (webhookUrl !== undefined ? read(webhookUrl) : read(publicUrl) + TEST_GATEWAY_WEBHOOK_PATH),
    }),
  });
}

/** Frozen, with the key and the secret left out of JSON and console output. */
function redactedStripe(settings: StripeSettings): StripeSettings {
  const shown = () => ({ ...settings, secretKey: '[redacted]', webhookSecret: settings.webhookSecret === undefined ? undefined : '[redacted]' });
  Object.defineProperty(settings, 'toJSON', { value: shown, enumerable: false });
  Object.defineProperty(settings, Symbol.for('nodejs.util.inspect.custom'), { value: shown, enumerable: false });
  return Object.freeze(settings);
}
