import path from 'node:path';
import { TEST_GATEWAY_DEFAULT_KEY, TEST_GATEWAY_DEFAULT_WEBHOOK_SECRET } from '../core/payments/test-gateway-defaults.js';
import { fail, ok, type FieldIssue, type Result } from '../core/result/result.js';
import { parseCarrierVars, type CarriersConfig } from './carrier-config.js';
import { parseRateLimitVars, type RateLimitSettings } from './rate-limit-config.js';
import { parseMailVars, type MailConfig } from './mail-config.js';
import { parsePaymentVars, type PaymentsConfig } from './payment-config.js';

/**
 * Landfall's configuration, parsed once from the environment into a frozen object.
 * There are no default secrets: API keys are created by the seed and shown once.
 */
export type Config = Readonly<{
  /** TCP port for HTTP (PORT, default 3000). */
  port: number;
  /** Interface to listen on (HOST, default "localhost": loopback only). */
  host: string;
  /** Where the embedded database and lock files live (LANDFALL_DATA_DIR, default ./.landfall). */
  dataDir: string;
  /** A PostgreSQL URL (DATABASE_URL); when set, PGlite is not used. */
  databaseUrl: string | undefined;
  /** PostgreSQL connections each process keeps at most (LANDFALL_DB_POOL_SIZE, 1 to 200, default 10). */
  dbPoolSize: number;
  /** pino level (LOG_LEVEL, default info). */
  logLevel: LogLevel;
  /** Largest accepted request body in bytes (LANDFALL_BODY_LIMIT, default 1 MiB). */
  bodyLimitBytes: number;
  /** Trust X-Forwarded-* from a proxy in front (LANDFALL_TRUST_PROXY=true). */
  trustProxy: boolean;
  /** The base URL printed and used in links (LANDFALL_PUBLIC_URL, default http://localhost:PORT). */
  publicUrl: string;
  /** Request header with the buyer's country from an edge proxy (LANDFALL_COUNTRY_HEADER, default cf-ipcountry). */
  countryHeader: string;
  /** Refresh ECB rates every N hours while serving (LANDFALL_FX_REFRESH_HOURS; unset: never). */
  fxRefreshHours: number | undefined;
  /** HS suggestions below this confidence are marked as abstentions (LANDFALL_HS_ABSTAIN_BELOW, 0 to 1, default 0.2). */
  hsAbstainBelow: number;
  /** Where to refresh ECB rates from (LANDFALL_FX_URL, default the ECB's 90-day XML feed). */
  fxUrl: string | undefined;
  /** How long carts keep reference data (markets, warehouses, rate cards, rates) in memory, ms (LANDFALL_REFERENCE_CACHE_MS, 0 to 600,000, default 5,000). */
  referenceCacheMs: number;
  /** How long a checkout's stock reservation holds by default (LANDFALL_RESERVATION_TTL_MINUTES, 1 to 1440, default 15). */
  reservationTtlMinutes: number;
  /**
   * The built-in test payment gateway (docs/test-gateway.md): its API URL as Landfall calls it
   * (LANDFALL_TEST_GATEWAY_URL), bearer key (LANDFALL_TEST_GATEWAY_KEY, default tg_test_landfall),
   * webhook signing secret (LANDFALL_TEST_GATEWAY_WEBHOOK_SECRET, default tgwhsec_test_landfall) and
   * where it posts events (LANDFALL_TEST_GATEWAY_WEBHOOK_URL). Unset URLs are this server's public
   * URL + /test-gateway/v1 and + /v1/payments/webhooks/test. The defaults are public test values:
   * set your own on a server others can reach.
   */
  testGateway: Readonly<{ url: string | undefined; key: string; webhookSecret: string; webhookUrl: string | undefined }>;
  /**
   * EasyPost, the multi-carrier shipping API (docs/carriers-easypost.md). Off unless
   * LANDFALL_EASYPOST_API_KEY is set; webhooks are refused unless LANDFALL_EASYPOST_WEBHOOK_SECRET
   * (the secret given to EasyPost for the webhook) is set too. LANDFALL_EASYPOST_BASE_URL defaults to
   * https://api.easypost.com/v2 (plain http only for a local server). The key and secret are left out
   * when the config is printed or serialized.
   */
  easypost: EasyPostConfig;
  /** Which carrier adapter buys labels, and the test carrier's webhook secret and URL (carrier-config.ts). */
  carriers: CarriersConfig;
  /** Which provider new payments go to, and Stripe's account (payment-config.ts, docs/payments-stripe.md). */
  payments: PaymentsConfig;
  /** Outgoing mail to buyers over SMTP (mail-config.ts, docs/notifications.md); off unless LANDFALL_SMTP_URL is set. */
  mail: MailConfig;
  /** Request rate limits per client IP and per API key (LANDFALL_RATE_LIMIT_*, rate-limit-config.ts), or false when LANDFALL_RATE_LIMIT=off. */
  rateLimits: RateLimitSettings | false;
}>;

export type EasyPostConfig = Readonly<{ apiKey: string | undefined; webhookSecret: string | undefined; baseUrl: string }>;

export const EASYPOST_DEFAULT_BASE_URL = 'https://api.easypost.com/v2';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Parse the environment. Every problem is reported at once, each naming its variable.
 * @example loadConfig({ PORT: '8080' }, '/srv/landfall') // ok, port 8080, dataDir /srv/landfall/.landfall
 */
export function loadConfig(env: Env, cwd: string): Result<Config, 'INVALID_CONFIG'> {
  const issues: FieldIssue[] = [];
  const port = parseIntegerVar(env, 'PORT', 3000, 0, 65_535, issues);
  const bodyLimitBytes = parseIntegerVar(env, 'LANDFALL_BODY_LIMIT', 1_048_576, 1_024, 104_857_600, issues);
  const host = nonEmpty(env.HOST) ?? 'localhost';
  const dataDir = path.resolve(cwd, nonEmpty(env.LANDFALL_DATA_DIR) ?? '.landfall');

  const databaseUrl = nonEmpty(env.DATABASE_URL);
  const dbPoolSize = parseIntegerVar(env, 'LANDFALL_DB_POOL_SIZE', 10, 1, 200, issues);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/[^\s]+$/.test(databaseUrl)) {
    issues.push({ field: 'DATABASE_URL', message: 'must be a postgres:// or postgresql:// URL' });
  }

  const logLevelRaw = nonEmpty(env.LOG_LEVEL) ?? 'info';
  const logLevel = (LOG_LEVELS as readonly string[]).includes(logLevelRaw) ? (logLevelRaw as LogLevel) : 'info';
  if (logLevel !== logLevelRaw) {
    issues.push({ field: 'LOG_LEVEL', message: `must be one of ${LOG_LEVELS.join(', ')}` });
  }

  const trustProxy = parseBooleanVar(env, 'LANDFALL_TRUST_PROXY', false, issues);
  const countryHeader = (nonEmpty(env.LANDFALL_COUNTRY_HEADER) ?? 'cf-ipcountry').toLowerCase();
  if (!/^[a-z0-9-]{1,64}$/.test(countryHeader)) issues.push({ field: 'LANDFALL_COUNTRY_HEADER', message: 'must be a header name (letters, digits, dashes)' });
  const fxRefreshHours = nonEmpty(env.LANDFALL_FX_REFRESH_HOURS) === undefined ? undefined : parseIntegerVar(env, 'LANDFALL_FX_REFRESH_HOURS', 24, 1, 720, issues);
  const fxUrl = nonEmpty(env.LANDFALL_FX_URL);
  const reservationTtlMinutes = parseIntegerVar(env, 'LANDFALL_RESERVATION_TTL_MINUTES', 15, 1, 1_440, issues);
  const referenceCacheMs = parseIntegerVar(env, 'LANDFALL_REFERENCE_CACHE_MS', 5_000, 0, 600_000, issues);
  const hsAbstainRaw = nonEmpty(env.LANDFALL_HS_ABSTAIN_BELOW);
  let hsAbstainBelow = 0.2;
  if (hsAbstainRaw !== undefined) {
    const n = /^(?:0(?:\.\d+)?|1(?:\.0+)?|\.\d+)$/.test(hsAbstainRaw) ? Number(hsAbstainRaw) : NaN;
    if (Number.isNaN(n)) issues.push({ field: 'LANDFALL_HS_ABSTAIN_BELOW', message: `must be a number from 0 to 1, got "${hsAbstainRaw}"` });
    else hsAbstainBelow = n;
  }

  const publicUrlRaw = nonEmpty(env.LANDFALL_PUBLIC_URL) ?? `http://localhost:${port}`;
  let publicUrl = publicUrlRaw.replace(/\/+$/, '');
  try {
    const u = new URL(publicUrlRaw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
  } catch {
    issues.push({ field: 'LANDFALL_PUBLIC_URL', message: 'must be an http:// or https:// URL' });
    publicUrl = `http://localhost:${port}`;
  }

  const testGateway = Object.freeze({
    url: parseUrlVar(env, 'LANDFALL_TEST_GATEWAY_URL', issues),
    key: parseTokenVar(env, 'LANDFALL_TEST_GATEWAY_KEY', TEST_GATEWAY_DEFAULT_KEY, 8, issues),
    webhookSecret: parseTokenVar(env, 'LANDFALL_TEST_GATEWAY_WEBHOOK_SECRET', TEST_GATEWAY_DEFAULT_WEBHOOK_SECRET, 16, issues),
    webhookUrl: parseUrlVar(env, 'LANDFALL_TEST_GATEWAY_WEBHOOK_URL', issues),
  });

  const easypost = parseEasyPostVars(env, issues);
  const carriers = parseCarrierVars(env, issues);
  const rateLimits = parseRateLimitVars(env, issues);
  const payments = parsePaymentVars(env, issues);
  const mail = parseMailVars(env, issues);

  if (issues.length > 0) {
    const message = issues.map((i) => `${i.field} ${i.message}`).join('; ');
    return fail('INVALID_CONFIG', message, { field: issues[0]!.field, details: issues });
  }
  return ok(Object.freeze({ port, host, dataDir, databaseUrl, dbPoolSize, logLevel, bodyLimitBytes, trustProxy, publicUrl, countryHeader, fxRefreshHours, fxUrl, hsAbstainBelow, reservationTtlMinutes, referenceCacheMs, testGateway, easypost, carriers, payments, mail, rateLimits }));
}

/**
 * The EasyPost settings. The API key is sent as the Basic-auth user name, so the base URL must be
 * https (http only for a loopback host, as in tests); the webhook secret is only useful with a key.
 */
function parseEasyPostVars(env: Env, issues: FieldIssue[]): EasyPostConfig {
  const apiKeyRaw = nonEmpty(env.LANDFALL_EASYPOST_API_KEY);
  let apiKey: string | undefined;
  if (apiKeyRaw !== undefined) {
    if (apiKeyRaw.length < 8 || apiKeyRaw.length > 255 || !/^[\x21-\x7e]+$/.test(apiKeyRaw)) {
      issues.push({ field: 'LANDFALL_EASYPOST_API_KEY', message: 'must be an EasyPost API key: 8 to 255 printable characters without spaces' });
    } else apiKey = apiKeyRaw;
  }
  const secretRaw = nonEmpty(env.LANDFALL_EASYPOST_WEBHOOK_SECRET);
  let webhookSecret: string | undefined;
  if (secretRaw !== undefined) {
    // EasyPost signs with the secret as given (normalized to NFKD), so any printable text is allowed.
    if ([...secretRaw].length < 16 || secretRaw.length > 255 || /[\p{Cc}]/u.test(secretRaw)) {
      issues.push({ field: 'LANDFALL_EASYPOST_WEBHOOK_SECRET', message: 'must be 16 to 255 characters without control characters' });
    } else if (apiKeyRaw === undefined) {
      issues.push({ field: 'LANDFALL_EASYPOST_WEBHOOK_SECRET', message: 'is set but LANDFALL_EASYPOST_API_KEY is not: set both to turn EasyPost on' });
    } else webhookSecret = secretRaw;
  }
  let baseUrl = EASYPOST_DEFAULT_BASE_URL;
  const baseRaw = nonEmpty(env.LANDFALL_EASYPOST_BASE_URL);
  if (baseRaw !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(baseRaw);
    } catch {
      url = undefined;
    }
    const loopback = url !== undefined && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
      issues.push({ field: 'LANDFALL_EASYPOST_BASE_URL', message: 'must be an https:// URL without credentials or query (http:// only for localhost)' });
    } else baseUrl = baseRaw.replace(/\/+$/, '');
  }
  const settings = { apiKey, webhookSecret, baseUrl };
  // Keep the key and the secret out of logs, JSON and console output of the config.
  const redacted = () => ({ apiKey: apiKey === undefined ? undefined : '[redacted]', webhookSecret: webhookSecret === undefined ? undefined : '[redacted]', baseUrl });
  Object.defineProperty(settings, 'toJSON', { value: redacted, enumerable: false });
  Object.defineProperty(settings, Symbol.for('nodejs.util.inspect.custom'), { value: redacted, enumerable: false });
  return Object.freeze(settings);
}

/** An optional http(s) URL, without a trailing slash. */
function parseUrlVar(env: Env, name: string, issues: FieldIssue[]): string | undefined {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return undefined;
  try {
    const u = new URL(raw);
    if (u.protocol === 'http:' || u.protocol === 'https:') return raw.replace(/\/+$/, '');
  } catch {
    // reported below
  }
  issues.push({ field: name, message: 'must be an http:// or https:// URL' });
  return undefined;
}

/** A key or secret: printable ASCII without spaces, at least `minLength` characters. */
function parseTokenVar(env: Env, name: string, fallback: string, minLength: number, issues: FieldIssue[]): string {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  if (raw.length < minLength || raw.length > 255 || !/^[\x21-\x7e]+$/.test(raw)) {
    issues.push({ field: name, message: `must be ${minLength} to 255 printable characters without spaces` });
    return fallback;
  }
  return raw;
}

function nonEmpty(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t === undefined || t === '' ? undefined : t;
}

function parseIntegerVar(env: Env, name: string, fallback: number, min: number, max: number, issues: FieldIssue[]): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) {
    issues.push({ field: name, message: `must be a whole number, got "${raw}"` });
    return fallback;
  }
  const n = Number(raw);
  if (n < min || n > max) {
    issues.push({ field: name, message: `must be between ${min} and ${max}, got ${raw}` });
    return fallback;
  }
  return n;
}

function parseBooleanVar(env: Env, name: string, fallback: boolean, issues: FieldIssue[]): boolean {
  const raw = nonEmpty(env[name])?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  issues.push({ field: name, message: `must be true or false, got "${raw}"` });
  return fallback;
}
