import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowsScope, formatApiKey, parseApiKeyPrefix } from './api-key-format.js';

const secret = 'A'.repeat(43);

test('a formatted key parses back to its prefix', () => {
  assert.equal(parseApiKeyPrefix(formatApiKey('0123456789abcdef', secret)), '0123456789abcdef');
});

for (const bad of ['', 'lf_', `lf_0123456789abcdef_${secret}x`, `lf_0123456789ABCDEF_${secret}`, `xx_0123456789abcdef_${secret}`, `lf_0123456789abcdef_${'!'.repeat(43)}`]) {
  test(`rejects malformed key ${JSON.stringify(bad.slice(0, 24))}`, () => {
    assert.equal(parseApiKeyPrefix(bad), undefined);
  });
}

test('admin implies every scope; api allows only api', () => {
  assert.equal(allowsScope(['admin'], 'api'), true);
  assert.equal(allowsScope(['api'], 'api'), true);
  assert.equal(allowsScope(['api'], 'admin'), false);
  assert.equal(allowsScope(['admin:read'], 'admin', 'GET'), true, 'read-only reads');
  assert.equal(allowsScope(['admin:read'], 'admin', 'POST'), false, 'read-only does not change');
  assert.equal(allowsScope(['admin:read'], 'api', 'GET'), false);
  assert.equal(allowsScope([], 'api'), false);
  assert.equal(allowsScope(['admin:operator'], 'api', 'POST'), true, 'operators use the api routes the admin calls');
  assert.equal(allowsScope(['admin:operator'], 'admin', 'POST'), true);
});
