import { randomBytes } from 'node:crypto';
import { EASYPOST_DEFAULT_BASE_URL, type EasyPostConfig } from '../../config/load-config.js';

/** Where the test carrier posts its tracking webhooks under a Landfall server. */
export const TEST_CARRIER_WEBHOOK_PATH = '/v1/carriers/test/webhooks';
/** How old a carrier webhook's signature may be (seconds) before it is refused as stale. */
export const CARRIER_WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * How Landfall picks and reaches its carrier adapters (see docs/carriers.md). URLs are read when
 * used: with PORT=0 (and in tests) the server's address is known only after it listens.
 */
export type CarrierSettings = Readonly<{
  /** The adapter for shipments whose service is not in `adapterByService` (default `test`). */
  defaultAdapter: string;
  /** Adapter per shipping service code (LANDFALL_CARRIER_ADAPTERS="nl-express=easypost,..."). */
  adapterByService: Readonly<Record<string, string>>;
  testCarrier: Readonly<{
    /** The HMAC-SHA256 secret the test carrier signs its webhooks with and its adapter checks them with. */
    webhookSecret: string;
    /** Where it posts them (Landfall's POST /v1/carriers/test/webhooks). */
    webhookUrl: () => string;
    toleranceSeconds: number;
  }>;
  /** The EasyPost adapter's account (Config.easypost); off while it has no API key. */
  easypost: EasyPostConfig;
}>;

type UrlOption = string | (() => string);

export type CarrierSettingsOptions = {
  /** This server's public URL (default http://localhost:3000), the base of the test carrier's webhook URL. */
  publicUrl?: UrlOption;
  defaultAdapter?: string;
  adapterByService?: Record<string, string>;
  /**
   * LANDFALL_TEST_CARRIER_WEBHOOK_SECRET. Unset: a random secret made when the process starts, which
   * works while the test carrier and the receiver run in one process (set it when there are several).
   */
  testCarrierWebhookSecret?: string;
  /** LANDFALL_TEST_CARRIER_WEBHOOK_URL (default publicUrl + /v1/carriers/test/webhooks). */
  testCarrierWebhookUrl?: UrlOption;
  toleranceSeconds?: number;
  easypost?: EasyPostConfig;
};

const read = (u: UrlOption): string => (typeof u === 'function' ? u() : u).replace(/\/+$/, '');

/** Settings with every default filled in. */
export function createCarrierSettings(options: CarrierSettingsOptions = {}): CarrierSettings {
  const publicUrl = options.publicUrl ?? 'http://localhost:3000';
  const webhookUrl = options.testCarrierWebhookUrl;
  return Object.freeze({
    defaultAdapter: options.defaultAdapter ?? 'test',
    adapterByService: Object.freeze({ ...options.adapterByService }),
    testCarrier: Object.freeze({
      webhookSecret: options.testCarrierWebhookSecret ?? `tcwhsec_${randomBytes(24).toString('base64url')}`,
      webhookUrl: () => (webhookUrl !== undefined ? read(webhookUrl) : read(publicUrl) + TEST_CARRIER_WEBHOOK_PATH),
      toleranceSeconds: options.toleranceSeconds ?? CARRIER_WEBHOOK_TOLERANCE_SECONDS,
    }),
    easypost: Object.freeze({ ...(options.easypost ?? { apiKey: undefined, webhookSecret: undefined, baseUrl: EASYPOST_DEFAULT_BASE_URL }) }),
  });
}
