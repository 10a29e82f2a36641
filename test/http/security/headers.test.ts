import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { API_CSP, DOCS_CSP, FRAME_CSP, PERMISSIONS_POLICY } from '../../../src/http/security/headers.js';
import { describeWithDatabases } from '../../support/test-database.js';
import { buildHardenedApp } from './support.js';

const COMMON = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': PERMISSIONS_POLICY,
};

describeWithDatabases('security headers on every kind of answer', (db) => {
  let https: FastifyInstance;
  let plain: FastifyInstance;
  let owner: string;
  before(async () => {
    const built = await buildHardenedApp(db(), { publicUrl: 'https://shop.example', rateLimits: { windowSeconds: 60, publicPerIp: 1_000, perKey: 1_000, authFailuresPerIp: 1_000 } });
    https = built.app;
    owner = built.keys.owner;
    plain = (await buildHardenedApp(db())).app;
  });
  after(async () => {
    await https.close();
    await plain.close();
  });

  const pick = (headers: Record<string, unknown>, names: string[]) => Object.fromEntries(names.map((n) => [n, headers[n]]));
  const NAMES = [...Object.keys(COMMON), 'referrer-policy', 'content-security-policy', 'strict-transport-security'];

  const cases: Array<[string, string, Record<string, string>, { csp: string; referrer: string }]> = [
    ['health check (JSON)', '/healthz', {}, { csp: API_CSP, referrer: 'strict-origin-when-cross-origin' }],
    ['admin API (JSON)', '/v1/admin/products', { authorization: 'owner' }, { csp: API_CSP, referrer: 'strict-origin-when-cross-origin' }],
    ['a 401 problem', '/v1/admin/products', {}, { csp: API_CSP, referrer: 'strict-origin-when-cross-origin' }],
    ['a 404 problem', '/no/such/route', {}, { csp: API_CSP, referrer: 'strict-origin-when-cross-origin' }],
    ['the OpenAPI document', '/openapi.json', {}, { csp: API_CSP, referrer: 'strict-origin-when-cross-origin' }],
    ['the API docs page', '/docs', {}, { csp: DOCS_CSP, referrer: 'strict-origin-when-cross-origin' }],
    ['the admin page (its own CSP and Referrer-Policy kept)', '/admin', {}, { csp: "default-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'", referrer: 'same-origin' }],
    ['a storefront page without its own CSP', '/regions', {}, { csp: FRAME_CSP, referrer: 'strict-origin-when-cross-origin' }],
  ];

  for (const [what, url, headers, want] of cases) {
    test(`${what}: ${url}`, async () => {
      const r = await https.inject({ method: 'GET', url, headers: headers.authorization ? { authorization: `Bearer ${owner}` } : {} });
      assert.deepEqual(pick(r.headers, NAMES), { ...COMMON, 'referrer-policy': want.referrer, 'content-security-policy': want.csp, 'strict-transport-security': 'max-age=31536000' }, `${r.statusCode} ${r.headers['content-type']}`);
    });
  }

  test('HSTS only when the public URL is https', async () => {
    const r = await plain.inject({ method: 'GET', url: '/healthz' });
    assert.equal(r.headers['strict-transport-security'], undefined);
    assert.equal(r.headers['x-frame-options'], 'DENY');
  });

  test('a framework error (a path parameter too long) carries them too', async () => {
    const long = await https.inject({ method: 'GET', url: `/v1/admin/products/${'a'.repeat(150)}` });
    assert.equal(long.statusCode, 414);
    assert.deepEqual(pick(long.headers, NAMES), { ...COMMON, 'referrer-policy': 'strict-origin-when-cross-origin', 'content-security-policy': API_CSP, 'strict-transport-security': 'max-age=31536000' });
  });
});
