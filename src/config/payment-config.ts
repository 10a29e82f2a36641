import type { FieldIssue } from '../core/result/result.js';

/** Where the Stripe library sends its requests: Stripe's own API unless LANDFALL_STRIPE_API_BASE says otherwise. */
export type StripeApiBase = Readonly<{ protocol: 'http' | 'https'; host: string; port: number }>;

/**
 * Stripe (docs/payments-stripe.md). Off unless LANDFALL_STRIPE_SECRET_KEY is set; its webhooks are
 * refused unless LANDFALL_STRIPE_WEBHOOK_SECRET (the endpoint's signing secret, whsec_...) is set
 * too. LANDFALL_STRIPE_API_BASE points the library at another server (a local one in tests); unset,
 * the library's default (https://api.stripe.com). The key and the secret are left out when the
 * config is printed or serialized.
 */
export type StripeConfig = Readonly<{ secretKey: string | undefined; webhookSecret: string | undefined; apiBase: StripeApiBase | undefined }>;

/**
 * Payments: which provider new payments go to (LANDFALL_PAYMENT_PROVIDER, `test` by default, or
 * `stripe` once Stripe is configured) and Stripe's account.
 */
export type PaymentsConfig = Readonly<{ provider: PaymentProviderName; stripe: StripeConfig }>;

export const PAYMENT_PROVIDER_NAMES = ['test', 'stripe'] as const;
export type PaymentProviderName = (typeof PAYMENT_PROVIDER_NAMES)[number];

type Env = Readonly<Record<string, string | undefined>>;

/**
 * A Stripe secret key (`sk_test_...`, `sk_live_...`) or restricted key (`rk_test_...`,
 * `rk_live_...`): Stripe's documented prefixes, then letters and digits.
 */
const SECRET_KEY = /^(?:sk|rk)_(?:test|live)_[0-9A-Za-z]{8,240}$/;
/** A webhook endpoint's signing secret as Stripe shows it: `whsec_` and letters and digits. */
const WEBHOOK_SECRET = /^whsec_[0-9A-Za-z+/=]{16,240}$/;
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Read the payment variables; every problem is added to `issues` naming its variable, and the value
 * itself is never repeated in a message.
 * @example parsePaymentVars({ LANDFALL_STRIPE_SECRET_KEY: 'sk_test_...' }, issues).stripe.secretKey // 'sk_test_...'
 */
export function parsePaymentVars(env: Env, issues: FieldIssue[]): PaymentsConfig {
  const read = (name: string) => {
    const t = env[name]?.trim();
    return t === undefined || t === '' ? undefined : t;
  };

  const keyRaw = read('LANDFALL_STRIPE_SECRET_KEY');
  let secretKey: string | undefined;
  if (keyRaw !== undefined) {
    if (SECRET_KEY.test(keyRaw)) secretKey = keyRaw;
    else if (keyRaw.startsWith('pk_')) issues.push({ field: 'LANDFALL_STRIPE_SECRET_KEY', message: 'is a publishable key (pk_...): the server needs the secret key (sk_...) or a restricted key (rk_...)' });
    else issues.push({ field: 'LANDFALL_STRIPE_SECRET_KEY', message: 'must be a Stripe secret key (sk_test_... or sk_live_...) or restricted key (rk_test_... or rk_live_...)' });
  }

  const secretRaw = read('LANDFALL_STRIPE_WEBHOOK_SECRET');
  let webhookSecret: string | undefined;
  if (secretRaw !== undefined) {
    if (!WEBHOOK_SECRET.test(secretRaw)) issues.push({ field: 'LANDFALL_STRIPE_WEBHOOK_SECRET', message: "must be the webhook endpoint's signing secret as Stripe shows it (whsec_...)" });
    else if (keyRaw === undefined) issues.push({ field: 'LANDFALL_STRIPE_WEBHOOK_SECRET', message: 'is set but LANDFALL_STRIPE_SECRET_KEY is not: set both to turn Stripe on' });
    else webhookSecret = secretRaw;
  }

  const baseRaw = read('LANDFALL_STRIPE_API_BASE');
  let apiBase: StripeApiBase | undefined;
  if (baseRaw !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(baseRaw);
    } catch {
      url = undefined;
    }
    const loopback = url !== undefined && LOOPBACK.includes(url.hostname);
    const plainOrigin = url !== undefined && (url.pathname === '/' || url.pathname === '') && url.username === '' && url.password === '' && url.search === '' && url.hash === '';
    if (!url || !plainOrigin || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
      // The secret key travels in every request: plain http only to this machine.
      issues.push({ field: 'LANDFALL_STRIPE_API_BASE', message: 'must be an https:// origin like https://api.stripe.com, without path, credentials or query (http:// only for localhost, 127.0.0.1 or [::1])' });
    } else {
      const protocol = url.protocol === 'http:' ? 'http' : 'https';
      apiBase = Object.freeze({ protocol, host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port: url.port === '' ? (protocol === 'http' ? 80 : 443) : Number(url.port) });
    }
  }

  const providerRaw = read('LANDFALL_PAYMENT_PROVIDER') ?? 'test';
  let provider: PaymentProviderName = 'test';
  if (!(PAYMENT_PROVIDER_NAMES as readonly string[]).includes(providerRaw)) {
    issues.push({ field: 'LANDFALL_PAYMENT_PROVIDER', message: `must be one of ${PAYMENT_PROVIDER_NAMES.join(', ')}` });
  } else if (providerRaw === 'stripe' && keyRaw === undefined) {
    issues.push({ field: 'LANDFALL_PAYMENT_PROVIDER', message: 'is stripe but LANDFALL_STRIPE_SECRET_KEY is not set' });
  } else provider = providerRaw as PaymentProviderName;

  const stripe = { secretKey, webhookSecret, apiBase };
  // Keep the key and the secret out of logs, JSON and console output of the config.
  const redacted = () => ({ secretKey: secretKey === undefined ? undefined : '[redacted]', webhookSecret: webhookSecret === undefined ? undefined : '[redacted]', apiBase });
  Object.defineProperty(stripe, 'toJSON', { value: redacted, enumerable: false });
  Object.defineProperty(stripe, Symbol.for('nodejs.util.inspect.custom'), { value: redacted, enumerable: false });
  return Object.freeze({ provider, stripe: Object.freeze(stripe) });
}
