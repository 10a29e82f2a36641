import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { test } from 'node:test';
import type { FieldIssue } from '../core/result/result.js';
import { loadConfig } from './load-config.js';
import { parsePaymentVars } from './payment-config.js';

const KEY = 'sk_test_51AbCdEfGhIjKlMnOp';
const SECRET = 'whsec_0123456789abcdefABCDEF';

test('payments default: the test provider, Stripe off', () => {
  const r = loadConfig({}, '/');
  assert.ok(r.ok);
  assert.equal(r.value.payments.provider, 'test');
  assert.deepEqual({ ...r.value.payments.stripe }, { secretKey: undefined, webhookSecret: undefined, apiBase: undefined });
});

test('Stripe on: key, webhook secret, a local API base, and the provider chosen; secrets never printed', () => {
  const issues: FieldIssue[] = [];
  const c = parsePaymentVars({ LANDFALL_PAYMENT_PROVIDER: 'stripe', LANDFALL_STRIPE_SECRET_KEY: KEY, LANDFALL_STRIPE_WEBHOOK_SECRET: SECRET, LANDFALL_STRIPE_API_BASE: 'http://127.0.0.1:12111' }, issues);
  assert.deepEqual(issues, []);
  assert.equal(c.provider, 'stripe');
  assert.equal(c.stripe.secretKey, KEY);
  assert.equal(c.stripe.webhookSecret, SECRET);
  assert.deepEqual(c.stripe.apiBase, { protocol: 'http', host: '127.0.0.1', port: 12111 });
  assert.deepEqual(parsePaymentVars({ LANDFALL_STRIPE_SECRET_KEY: 'rk_live_0123456789abcdef', LANDFALL_STRIPE_API_BASE: 'https://stripe-proxy.internal.example' }, []).stripe.apiBase, { protocol: 'https', host: 'stripe-proxy.internal.example', port: 443 });
  const shown = JSON.stringify(c) + inspect(c, { depth: 5 });
  assert.doesNotMatch(shown, /sk_test_51|whsec_0123/);
  assert.match(shown, /\[redacted\]/);
});

const bad: Array<[Record<string, string>, string, RegExp]> = [
  [{ LANDFALL_STRIPE_SECRET_KEY: 'pk_test_0123456789abcdef' }, 'LANDFALL_STRIPE_SECRET_KEY', /publishable key/],
  [{ LANDFALL_STRIPE_SECRET_KEY: 'EZTK0123456789abcdef' }, 'LANDFALL_STRIPE_SECRET_KEY', /sk_test_/],
  [{ LANDFALL_STRIPE_SECRET_KEY: 'sk_test_short' }, 'LANDFALL_STRIPE_SECRET_KEY', /secret key/],
  [{ LANDFALL_STRIPE_SECRET_KEY: KEY, LANDFALL_STRIPE_WEBHOOK_SECRET: 'secret-0123456789abcdef' }, 'LANDFALL_STRIPE_WEBHOOK_SECRET', /whsec_/],
  [{ LANDFALL_STRIPE_WEBHOOK_SECRET: SECRET }, 'LANDFALL_STRIPE_WEBHOOK_SECRET', /LANDFALL_STRIPE_SECRET_KEY is not/],
  [{ LANDFALL_STRIPE_SECRET_KEY: KEY, LANDFALL_STRIPE_API_BASE: 'http://stripe.example' }, 'LANDFALL_STRIPE_API_BASE', /http:\/\/ only for localhost/],
  [{ LANDFALL_STRIPE_SECRET_KEY: KEY, LANDFALL_STRIPE_API_BASE: 'https://api.stripe.com/v1' }, 'LANDFALL_STRIPE_API_BASE', /without path/],
  [{ LANDFALL_STRIPE_SECRET_KEY: KEY, LANDFALL_STRIPE_API_BASE: 'not a url' }, 'LANDFALL_STRIPE_API_BASE', /https:\/\//],
  [{ LANDFALL_PAYMENT_PROVIDER: 'stripe' }, 'LANDFALL_PAYMENT_PROVIDER', /LANDFALL_STRIPE_SECRET_KEY is not set/],
  [{ LANDFALL_PAYMENT_PROVIDER: 'adyen' }, 'LANDFALL_PAYMENT_PROVIDER', /one of test, stripe/],
];
for (const [env, field, message] of bad) {
  test(`refuses ${field}=${Object.values(env).at(-1)} naming the variable, never its value`, () => {
    const r = loadConfig(env, '/');
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.code, 'INVALID_CONFIG');
    assert.equal(r.field, field);
    assert.match(r.message, message);
    for (const value of Object.values(env)) if (value.length > 10) assert.ok(!r.message.includes(value), `the message repeats ${value}`);
  });
}
