import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from './load-config.js';

test('defaults: port 3000 on localhost, data in ./.landfall, PGlite', () => {
  const r = loadConfig({}, '/srv/shop');
  assert.ok(r.ok);
  assert.equal(r.value.port, 3000);
  assert.equal(r.value.host, 'localhost');
  assert.equal(r.value.dataDir, '/srv/shop/.landfall');
  assert.equal(r.value.databaseUrl, undefined);
  assert.equal(r.value.publicUrl, 'http://localhost:3000');
  assert.equal(r.value.hsAbstainBelow, 0.2);
  assert.ok(Object.isFrozen(r.value));
});

test('overrides are honoured', () => {
  const r = loadConfig(
    { PORT: '8080', LANDFALL_DATA_DIR: 'var/db', DATABASE_URL: 'postgres://u@h/db', LOG_LEVEL: 'warn', LANDFALL_TRUST_PROXY: 'yes', LANDFALL_HS_ABSTAIN_BELOW: '0.35' },
    '/srv/shop',
  );
  assert.ok(r.ok);
  assert.equal(r.value.port, 8080);
  assert.equal(r.value.dataDir, '/srv/shop/var/db');
  assert.equal(r.value.databaseUrl, 'postgres://u@h/db');
  assert.equal(r.value.logLevel, 'warn');
  assert.equal(r.value.trustProxy, true);
  assert.equal(r.value.publicUrl, 'http://localhost:8080');
  assert.equal(r.value.hsAbstainBelow, 0.35);
});

const bad: Array<[Record<string, string>, string]> = [
  [{ PORT: 'eighty' }, 'PORT'],
  [{ PORT: '70000' }, 'PORT'],
  [{ PORT: '-1' }, 'PORT'],
  [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
  [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  [{ LANDFALL_BODY_LIMIT: '10' }, 'LANDFALL_BODY_LIMIT'],
  [{ LANDFALL_TRUST_PROXY: 'maybe' }, 'LANDFALL_TRUST_PROXY'],
  [{ LANDFALL_PUBLIC_URL: 'ftp://shop' }, 'LANDFALL_PUBLIC_URL'],
  [{ LANDFALL_COUNTRY_HEADER: 'x country' }, 'LANDFALL_COUNTRY_HEADER'],
  [{ LANDFALL_FX_REFRESH_HOURS: '0' }, 'LANDFALL_FX_REFRESH_HOURS'],
  [{ LANDFALL_HS_ABSTAIN_BELOW: '1.5' }, 'LANDFALL_HS_ABSTAIN_BELOW'],
  [{ LANDFALL_HS_ABSTAIN_BELOW: '-0.1' }, 'LANDFALL_HS_ABSTAIN_BELOW'],
  [{ LANDFALL_HS_ABSTAIN_BELOW: 'high' }, 'LANDFALL_HS_ABSTAIN_BELOW'],
  [{ LANDFALL_RESERVATION_TTL_MINUTES: '0' }, 'LANDFALL_RESERVATION_TTL_MINUTES'],
  [{ LANDFALL_RESERVATION_TTL_MINUTES: '1441' }, 'LANDFALL_RESERVATION_TTL_MINUTES'],
  [{ LANDFALL_RESERVATION_TTL_MINUTES: '7.5' }, 'LANDFALL_RESERVATION_TTL_MINUTES'],
];
for (const [env, field] of bad) {
  test(`rejects bad ${field}=${Object.values(env)[0]} naming the variable`, () => {
    const r = loadConfig(env, '/');
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.code, 'INVALID_CONFIG');
      assert.equal(r.field, field);
      assert.match(r.message, new RegExp(field));
    }
  });
}

test('reports every bad variable at once', () => {
  const r = loadConfig({ PORT: 'x', LOG_LEVEL: 'y' }, '/');
  assert.equal(r.ok, false);
  if (!r.ok) assert.deepEqual(r.details?.map((d) => d.field), ['PORT', 'LOG_LEVEL']);
});

test('the reservation hold defaults to 15 minutes and can be set from 1 to 1440', () => {
  const defaults = loadConfig({}, '/');
  assert.ok(defaults.ok);
  assert.equal(defaults.value.reservationTtlMinutes, 15);
  for (const [raw, minutes] of [['1', 1], [' 30 ', 30], ['1440', 1440]] as const) {
    const r = loadConfig({ LANDFALL_RESERVATION_TTL_MINUTES: raw }, '/');
    assert.ok(r.ok);
    assert.equal(r.value.reservationTtlMinutes, minutes);
  }
});

test('the test payment gateway: public test defaults, URLs derived later unless set', () => {
  const defaults = loadConfig({}, '/');
  assert.ok(defaults.ok);
  assert.deepEqual(defaults.value.testGateway, { url: undefined, key: 'tg_test_landfall', webhookSecret: 'tgwhsec_test_landfall', webhookUrl: undefined });
  const set = loadConfig(
    {
      LANDFALL_TEST_GATEWAY_URL: 'https://pay.example.com/test-gateway/v1/',
      LANDFALL_TEST_GATEWAY_KEY: 'tg_test_0123456789',
      LANDFALL_TEST_GATEWAY_WEBHOOK_SECRET: 'a-much-longer-secret-value',
      LANDFALL_TEST_GATEWAY_WEBHOOK_URL: 'http://127.0.0.1:3000/v1/payments/webhooks/test',
    },
    '/',
  );
  assert.ok(set.ok);
  assert.deepEqual(set.value.testGateway, {
    url: 'https://pay.example.com/test-gateway/v1',
    key: 'tg_test_0123456789',
    webhookSecret: 'a-much-longer-secret-value',
    webhookUrl: 'http://127.0.0.1:3000/v1/payments/webhooks/test',
  });
  for (const [name, value] of [
    ['LANDFALL_TEST_GATEWAY_URL', 'ftp://pay.example.com'],
    ['LANDFALL_TEST_GATEWAY_WEBHOOK_URL', 'not a url'],
    ['LANDFALL_TEST_GATEWAY_KEY', 'short'],
    ['LANDFALL_TEST_GATEWAY_KEY', 'has a space in it'],
    ['LANDFALL_TEST_GATEWAY_WEBHOOK_SECRET', 'tooshort'],
  ] as const) {
    const r = loadConfig({ [name]: value }, '/');
    assert.equal(r.ok, false, `${name}=${value}`);
    if (!r.ok) assert.equal(r.field, name);
  }
});

test('EasyPost: off by default, on with a key; the base URL defaults to EasyPost v2', () => {
  const off = loadConfig({}, '/');
  assert.ok(off.ok);
  assert.deepEqual({ ...off.value.easypost }, { apiKey: undefined, webhookSecret: undefined, baseUrl: 'https://api.easypost.com/v2' });
  const on = loadConfig(
    {
      LANDFALL_EASYPOST_API_KEY: ' EZTK0123456789abcdef ',
      LANDFALL_EASYPOST_WEBHOOK_SECRET: 'a-webhook-secret-for-easypost',
      LANDFALL_EASYPOST_BASE_URL: 'http://127.0.0.1:4010/v2/',
    },
    '/',
  );
  assert.ok(on.ok);
  assert.deepEqual({ ...on.value.easypost }, { apiKey: 'EZTK0123456789abcdef', webhookSecret: 'a-webhook-secret-for-easypost', baseUrl: 'http://127.0.0.1:4010/v2' });
  assert.ok(Object.isFrozen(on.value.easypost));
});

test('EasyPost: the key and the webhook secret never show when the config is printed or serialized', async () => {
  const { inspect } = await import('node:util');
  const r = loadConfig({ LANDFALL_EASYPOST_API_KEY: 'EZAK_production_key_42', LANDFALL_EASYPOST_WEBHOOK_SECRET: 'very-secret-webhook-value' }, '/');
  assert.ok(r.ok);
  for (const printed of [JSON.stringify(r.value), inspect(r.value, { depth: 5 }), JSON.stringify({ config: r.value.easypost })]) {
    assert.doesNotMatch(printed, /EZAK_production_key_42|very-secret-webhook-value/);
    assert.match(printed, /\[redacted\]/);
  }
  assert.equal(r.value.easypost.apiKey, 'EZAK_production_key_42', 'while the adapter still reads them');
});

test('EasyPost: bad settings are refused naming the variable', () => {
  for (const [env, field] of [
    [{ LANDFALL_EASYPOST_API_KEY: 'short' }, 'LANDFALL_EASYPOST_API_KEY'],
    [{ LANDFALL_EASYPOST_API_KEY: 'EZTK with spaces' }, 'LANDFALL_EASYPOST_API_KEY'],
    [{ LANDFALL_EASYPOST_API_KEY: 'EZTK0123456789', LANDFALL_EASYPOST_WEBHOOK_SECRET: 'A1B2C3' }, 'LANDFALL_EASYPOST_WEBHOOK_SECRET'],
    [{ LANDFALL_EASYPOST_API_KEY: 'EZTK0123456789', LANDFALL_EASYPOST_WEBHOOK_SECRET: 'has\u0007control-characters' }, 'LANDFALL_EASYPOST_WEBHOOK_SECRET'],
    [{ LANDFALL_EASYPOST_WEBHOOK_SECRET: 'a-webhook-secret-for-easypost' }, 'LANDFALL_EASYPOST_WEBHOOK_SECRET'],
    [{ LANDFALL_EASYPOST_BASE_URL: 'http://api.easypost.com/v2' }, 'LANDFALL_EASYPOST_BASE_URL'],
    [{ LANDFALL_EASYPOST_BASE_URL: 'https://user:pass@api.easypost.com/v2' }, 'LANDFALL_EASYPOST_BASE_URL'],
    [{ LANDFALL_EASYPOST_BASE_URL: 'not a url' }, 'LANDFALL_EASYPOST_BASE_URL'],
  ] as const) {
    const r = loadConfig(env, '/');
    assert.equal(r.ok, false, JSON.stringify(env));
    if (!r.ok) {
      assert.equal(r.field, field);
      assert.doesNotMatch(r.message, /EZTK0123456789|a-webhook-secret-for-easypost|A1B2C3/, 'values of secrets are not echoed');
    }
  }
});
