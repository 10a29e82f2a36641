import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSecretName, REDACTED, redactSecrets } from './redact-secrets.js';

test('secret property names are recognised whatever their case and separators', () => {
  for (const name of ['password', 'newPassword', 'password_hash', 'secret', 'signingSecret', 'webhook-secret', 'key', 'apiKey', 'API_KEY', 'token', 'sessionToken', 'authorization', 'cardNumber', 'card_number', 'cvc', 'iban']) {
    assert.equal(isSecretName(name), true, name);
  }
  for (const name of ['email', 'name', 'keyId', 'prefix', 'sku', 'rateCards', 'number', 'trackingNumber', 'hsCode', 'scopes', 'eventTypes']) {
    assert.equal(isSecretName(name), false, name);
  }
});

test('a deep copy with secrets replaced, everything else equal', () => {
  const input = {
    email: 'ops@example.com',
    password: 'correct horse battery staple',
    nested: { items: [{ secret: 'whsec_1', url: 'https://x.example' }, { apiKey: null }] },
    scopes: ['admin'],
    count: 3,
    keyId: '0b8e0c9e-8f7e-4a1a-9a1a-000000000001',
  };
  const out = redactSecrets(input);
  assert.deepEqual(out, {
    email: 'ops@example.com',
    password: REDACTED,
    nested: { items: [{ secret: REDACTED, url: 'https://x.example' }, { apiKey: null }] },
    scopes: ['admin'],
    count: 3,
    keyId: '0b8e0c9e-8f7e-4a1a-9a1a-000000000001',
  });
  assert.equal(input.password, 'correct horse battery staple', 'the input is left alone');
});

test('API keys and card numbers are redacted wherever they stand', () => {
  const key = `lf_0123456789abcdef_${'A'.repeat(43)}`;
  assert.deepEqual(redactSecrets({ note: key, other: `Bearer ${key}` }), { note: REDACTED, other: REDACTED });
  assert.equal(redactSecrets('4242 4242 4242 4242'), REDACTED, 'a Luhn-valid card number');
  assert.equal(redactSecrets('4242424242424241'), '4242424242424241', 'not Luhn-valid: an ordinary number');
  assert.equal(redactSecrets('LF-100420'), 'LF-100420');
});

test('past the depth limit what is left is redacted', () => {
  assert.deepEqual(redactSecrets({ a: { b: { c: 1 } } }, 2), { a: { b: REDACTED } });
});
