import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffDelayMs, parseRetryAfter } from '../../packages/sdk/src/retry.js';
import { takesIdempotencyKey } from '../../packages/sdk/src/index.js';

test('backoff doubles from initialMs, capped at maxMs, with jitter between half and all of it', () => {
  const b = { initialMs: 500, maxMs: 8_000 };
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((n) => backoffDelayMs(n, b, () => 0)), [250, 500, 1_000, 2_000, 4_000, 4_000]);
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((n) => backoffDelayMs(n, b, () => 0.999_999)), [500, 1_000, 2_000, 4_000, 8_000, 8_000]);
  assert.equal(backoffDelayMs(0, {}, () => 0.5), 375, 'defaults: 500 ms initial');
  for (let i = 0; i < 200; i++) {
    const d = backoffDelayMs(2, b);
    assert.ok(d >= 1_000 && d <= 2_000, String(d));
  }
});

test('Retry-After: delay-seconds or an HTTP date (RFC 9110), else undefined', () => {
  const now = Date.parse('2026-11-27T09:00:00Z');
  assert.equal(parseRetryAfter('120', now), 120);
  assert.equal(parseRetryAfter(' 0 ', now), 0);
  assert.equal(parseRetryAfter('Fri, 27 Nov 2026 09:00:30 GMT', now), 30);
  assert.equal(parseRetryAfter('Fri, 27 Nov 2026 08:00:00 GMT', now), 0, 'a date already past');
  assert.equal(parseRetryAfter(null, now), undefined);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter('-5', now), undefined);
});

test('which calls take an Idempotency-Key: by template or by a plain path matching one', () => {
  assert.equal(takesIdempotencyKey('POST', '/v1/payments'), true);
  assert.equal(takesIdempotencyKey('POST', '/v1/payments/{id}/refunds'), true);
  assert.equal(takesIdempotencyKey('POST', '/v1/payments/3f0c/refunds'), true);
  assert.equal(takesIdempotencyKey('POST', '/v1/payments/3f0c/confirm'), false);
  assert.equal(takesIdempotencyKey('GET', '/v1/payments/3f0c/refunds'), false);
  assert.equal(takesIdempotencyKey('POST', '/v1/payments/a/b/refunds'), false);
});
