import type { FieldIssue } from '../core/result/result.js';

/**
 * Which carrier adapter buys the labels (docs/carriers.md): LANDFALL_CARRIER_ADAPTER (default
 * `test`, the built-in test carrier) for every shipping service, or per service
 * LANDFALL_CARRIER_ADAPTERS="nl-express=easypost,us-express=easypost". The test carrier signs its
 * webhooks with LANDFALL_TEST_CARRIER_WEBHOOK_SECRET (unset: a random secret per process, enough
 * while one process both sends and receives them) and posts them to LANDFALL_TEST_CARRIER_WEBHOOK_URL
 * (default the public URL + /v1/carriers/test/webhooks). The secret is left out when the config is
 * printed or serialized.
 */
export type CarriersConfig = Readonly<{
  defaultAdapter: string;
  adapterByService: Readonly<Record<string, string>>;
  testCarrierWebhookSecret: string | undefined;
  testCarrierWebhookUrl: string | undefined;
}>;

type Env = Readonly<Record<string, string | undefined>>;
const ADAPTER = /^[a-z][a-z0-9-]{0,30}$/;
const SERVICE = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function parseCarrierVars(env: Env, issues: FieldIssue[]): CarriersConfig {
  const read = (name: string) => {
    const t = env[name]?.trim();
    return t === undefined || t === '' ? undefined : t;
  };
  const defaultRaw = read('LANDFALL_CARRIER_ADAPTER') ?? 'test';
  if (!ADAPTER.test(defaultRaw)) issues.push({ field: 'LANDFALL_CARRIER_ADAPTER', message: 'must be an adapter id like test or easypost' });
  const adapterByService: Record<string, string> = {};
  const mapRaw = read('LANDFALL_CARRIER_ADAPTERS');
  for (const pair of mapRaw?.split(',') ?? []) {
    const [service, adapter, extra] = pair.split('=').map((x) => x.trim());
    if (service === undefined || adapter === undefined || extra !== undefined || !SERVICE.test(service) || !ADAPTER.test(adapter)) {
      issues.push({ field: 'LANDFALL_CARRIER_ADAPTERS', message: `must be service=adapter pairs separated by commas, like nl-express=easypost; "${pair.trim().slice(0, 60)}" is not` });
      break;
    }
    adapterByService[service] = adapter;
  }
  const secret = read('LANDFALL_TEST_CARRIER_WEBHOOK_SECRET');
  if (secret !== undefined && (secret.length < 16 || secret.length > 255 || !/^[\x21-\x7e]+$/.test(secret))) {
    issues.push({ field: 'LANDFALL_TEST_CARRIER_WEBHOOK_SECRET', message: 'must be 16 to 255 printable characters without spaces' });
  }
  const urlRaw = read('LANDFALL_TEST_CARRIER_WEBHOOK_URL');
  let url: string | undefined;
  if (urlRaw !== undefined) {
    let protocol = '';
    try {
      protocol = new URL(urlRaw).protocol;
    } catch {
      protocol = '';
    }
    if (protocol === 'http:' || protocol === 'https:') url = urlRaw.replace(/\/+$/, '');
    else issues.push({ field: 'LANDFALL_TEST_CARRIER_WEBHOOK_URL', message: 'must be an http:// or https:// URL' });
  }
  const config = { defaultAdapter: ADAPTER.test(defaultRaw) ? defaultRaw : 'test', adapterByService: Object.freeze(adapterByService), testCarrierWebhookSecret: secret !== undefined && !issues.some((i) => i.field === 'LANDFALL_TEST_CARRIER_WEBHOOK_SECRET') ? secret : undefined, testCarrierWebhookUrl: url };
  const redacted = () => ({ ...config, testCarrierWebhookSecret: config.testCarrierWebhookSecret === undefined ? undefined : '[redacted]' });
  Object.defineProperty(config, 'toJSON', { value: redacted, enumerable: false });
  Object.defineProperty(config, Symbol.for('nodejs.util.inspect.custom'), { value: redacted, enumerable: false });
  return Object.freeze(config);
}
