import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FieldIssue } from '../core/result/result.js';
import { loadConfig } from './load-config.js';
import { DEFAULT_RATE_LIMITS, parseRateLimitVars } from './rate-limit-config.js';

const parse = (env: Record<string, string>) => {
  const issues: FieldIssue[] = [];
  return { value: parseRateLimitVars(env, issues), issues };
};

test('defaults: 600 per IP, 1,200 per key, 30 failed authentications, in 60 s windows', () => {
  assert.deepEqual(parse({}), { value: { windowSeconds: 60, publicPerIp: 600, perKey: 1_200, authFailuresPerIp: 30 }, issues: [] });
  assert.deepEqual(parse({}).value, DEFAULT_RATE_LIMITS);
});

test('each limit may be set or turned off; all of them at once with LANDFALL_RATE_LIMIT=off', () => {
  assert.deepEqual(parse({ LANDFALL_RATE_LIMIT_WINDOW_SECONDS: '10', LANDFALL_RATE_LIMIT_PUBLIC_PER_IP: '50', LANDFALL_RATE_LIMIT_PER_KEY: 'off', LANDFALL_RATE_LIMIT_AUTH_FAILURES_PER_IP: ' 5 ' }).value, {
    windowSeconds: 10,
    publicPerIp: 50,
    perKey: null,
    authFailuresPerIp: 5,
  });
  assert.deepEqual(parse({ LANDFALL_RATE_LIMIT: 'OFF' }), { value: false, issues: [] });
});

test('bad values are refused naming the variable', () => {
  const { issues } = parse({ LANDFALL_RATE_LIMIT: 'maybe', LANDFALL_RATE_LIMIT_WINDOW_SECONDS: 'off', LANDFALL_RATE_LIMIT_PUBLIC_PER_IP: '0', LANDFALL_RATE_LIMIT_PER_KEY: '1.5', LANDFALL_RATE_LIMIT_AUTH_FAILURES_PER_IP: '2000000' });
  assert.deepEqual(issues, [
    { field: 'LANDFALL_RATE_LIMIT', message: 'must be on or off, got "maybe"' },
    { field: 'LANDFALL_RATE_LIMIT_WINDOW_SECONDS', message: 'must be a whole number from 1 to 3600, got "off"' },
    { field: 'LANDFALL_RATE_LIMIT_PUBLIC_PER_IP', message: 'must be a whole number from 1 to 1000000 or off, got "0"' },
    { field: 'LANDFALL_RATE_LIMIT_PER_KEY', message: 'must be a whole number from 1 to 1000000 or off, got "1.5"' },
    { field: 'LANDFALL_RATE_LIMIT_AUTH_FAILURES_PER_IP', message: 'must be a whole number from 1 to 1000000 or off, got "2000000"' },
  ]);
});

test('loadConfig carries the limits and refuses a bad one by name', () => {
  const good = loadConfig({ LANDFALL_RATE_LIMIT_PER_KEY: '99' }, '/srv');
  assert.ok(good.ok);
  assert.deepEqual(good.value.rateLimits, { ...DEFAULT_RATE_LIMITS, perKey: 99 });
  const bad = loadConfig({ LANDFALL_RATE_LIMIT_PER_KEY: 'lots' }, '/srv');
  assert.equal(bad.ok, false);
  assert.equal(!bad.ok && bad.field, 'LANDFALL_RATE_LIMIT_PER_KEY');
});
