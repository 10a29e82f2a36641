import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buyerLink, hashBuyerToken, newBuyerToken, tokenMatches } from './buyer-link.js';

test('a token is 32 random bytes in base64url; only its SHA-256 hex is kept, and it matches only itself', () => {
  const a = newBuyerToken();
  const b = newBuyerToken();
  assert.match(a.token, /^[A-Za-z0-9_-]{43}$/);
  assert.notEqual(a.token, b.token);
  assert.equal(a.hash, hashBuyerToken(a.token));
  assert.match(a.hash, /^[0-9a-f]{64}$/);
  assert.equal(tokenMatches(a.hash, a.token), true);
  for (const wrong of [b.token, `${a.token.slice(0, -1)}${a.token.endsWith('A') ? 'B' : 'A'}`, a.token.slice(1), '', a.hash, undefined, 42, [a.token]]) assert.equal(tokenMatches(a.hash, wrong), false, String(wrong));
  assert.equal(tokenMatches(null, a.token), false, 'a quote never sent opens with no token');
});

test("the link is the public URL's /quotes/{number}?t=", () => {
  assert.equal(buyerLink('https://shop.example/', 'Q-1001', 'abc_-'), 'https://shop.example/quotes/Q-1001?t=abc_-');
});
