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
};

const read = (u: UrlOption): string => (typeof u === 'function' ? u() : u).replace(/\/+$/, '');

/** Settings with every default filled in. */
export function createPaymentSettings(options: PaymentSettingsOptions = {}): PaymentSettings {
  const publicUrl = options.publicUrl ?? 'http://localhost:3000';
  const gatewayUrl = options.testGatewayUrl;
  const webhookUrl = options.testGatewayWebhookUrl;
  return Object.freeze({
    testGateway: Object.freeze({
      url: () => (gatewayUrl !== undefined ? read(gatewayUrl) : read(publicUrl) + TEST_GATEWAY_PATH),
      key: options.testGatewayKey ?? TEST_GATEWAY_DEFAULT_KEY,
      webhookSecret: options.testGatewayWebhookSecret ?? TEST_GATEWAY_DEFAULT_WEBHOOK_SECRET,
      webhookUrl: () => (webhookUrl !== undefined ? read(webhookUrl) : read(publicUrl) + TEST_GATEWAY_WEBHOOK_PATH),
    }),
  });
}
