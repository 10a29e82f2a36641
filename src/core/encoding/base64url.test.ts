import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';

test('matches the RFC 4648 base64url alphabet and drops padding', () => {
  for (const s of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'Đà Nẵng ☕ 東京', '\u0000>>>???']) {
    const encoded = encodeBase64Url(s);
    assert.equal(encoded, Buffer.from(s, 'utf8').toString('base64url'));
    assert.equal(decodeBase64Url(encoded), s);
  }
});

test('rejects characters outside the alphabet and invalid UTF-8', () => {
  assert.equal(decodeBase64Url('ab+c'), undefined);
  assert.equal(decodeBase64Url('a'), undefined);
  assert.equal(decodeBase64Url('_w'), undefined); // 0xFF alone is not UTF-8
});
