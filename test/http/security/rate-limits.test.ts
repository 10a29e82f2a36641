import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createAdminUser } from '../../../src/services/admin-users/admin-users.js';
import { sampleProduct } from '../../catalog/support.js';
import { describeWithDatabases, unwrap } from '../../support/test-database.js';
import { buildHardenedApp } from './support.js';

describeWithDatabases('rate limits per IP, per key and on failed authentication', (db) => {
  let app: FastifyInstance;
  let keys: Awaited<ReturnType<typeof buildHardenedApp>>['keys'];
  before(async () => {
    const built = await buildHardenedApp(db(), { rateLimits: { windowSeconds: 60, publicPerIp: 3, perKey: 4, authFailuresPerIp: 2 } });
    app = built.app;
    keys = built.keys;
    unwrap(await createAdminUser(built.deps, { email: 'ops@shop.example', name: 'Ops', role: 'operator', password: 'correct horse battery staple' }));
  });
  after(() => app.close());

  const get = (url: string, ip: string, key?: string) => app.inject({ method: 'GET', url, remoteAddress: ip, headers: key ? { authorization: `Bearer ${key}` } : {} });

  test('a public route: 3 per window per IP, then 429 RATE_LIMITED with Retry-After; another IP is counted apart', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await get('/v1/store/markets', '127.0.0.11'));
    assert.deepEqual(answers.map((r) => [r.statusCode, r.headers['ratelimit-limit'], r.headers['ratelimit-remaining']]), [[200, '3', '2'], [200, '3', '1'], [200, '3', '0'], [429, '3', '0']]);
    const limited = answers[3]!;
    assert.equal(limited.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.deepEqual([limited.json().code, limited.json().status], ['RATE_LIMITED', 429]);
    assert.match(limited.json().detail, /^too many requests from this address: at most 3 in 60 s; try again in \d+ s$/);
    const retry = Number(limited.headers['retry-after']);
    assert.ok(retry >= 1 && retry <= 60, `Retry-After ${retry}`);
    assert.equal(limited.headers['ratelimit-policy'], '3;w=60');
    assert.equal(limited.headers['x-content-type-options'], 'nosniff', 'a 429 carries the security headers too');
    assert.equal((await get('/v1/store/markets', '127.0.0.12')).statusCode, 200);
    assert.equal((await get('/regions', '127.0.0.11')).statusCode, 429, 'the count is per IP, across public routes');
  });

  test('health checks and static assets are never limited', async () => {
    for (let i = 0; i < 6; i++) {
      const r = await get('/healthz', '127.0.0.13');
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['ratelimit-limit'], undefined);
    }
    for (let i = 0; i < 6; i++) assert.notEqual((await get('/storefront/assets/no-such-file.css', '127.0.0.13')).statusCode, 429);
  });

  test('keyed routes count per key, not per IP: the fifth request of one key is 429, another key goes on', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await get('/v1/admin/products', '127.0.0.11', keys.owner)).statusCode);
    assert.deepEqual(statuses, [200, 200, 200, 200, 429], 'the IP that used up its public limit still uses its key');
    const r = await get('/v1/admin/products', '127.0.0.11', keys.operator);
    assert.deepEqual([r.statusCode, r.headers['ratelimit-limit'], r.headers['ratelimit-remaining']], [200, '4', '3']);
    const limited = await get('/v1/admin/products', '127.0.0.14', keys.owner);
    assert.match(limited.json().detail, /^too many requests with this API key: at most 4 in 60 s/);
  });

  test('attempts refused by role count against the key', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await app.inject({ method: 'POST', url: '/v1/admin/products', remoteAddress: '127.0.0.15', headers: { authorization: `Bearer ${keys.reader}` }, payload: {} })).statusCode);
    assert.deepEqual(statuses, [403, 403, 403, 403, 429]);
  });

  test('the audit reads of a change do not count: one change is one request of the key', async () => {
    // A fresh operator session: the change reads the product before and after through the API.
    const session = (await app.inject({ method: 'POST', url: '/v1/admin/sessions', remoteAddress: '127.0.0.17', payload: { email: 'ops@shop.example', password: 'correct horse battery staple' } })).json();
    const created = await app.inject({ method: 'POST', url: '/v1/admin/products', remoteAddress: '127.0.0.17', headers: { authorization: `Bearer ${session.token}` }, payload: sampleProduct('rl') });
    assert.equal(created.statusCode, 201, created.body);
    const patched = await app.inject({ method: 'PATCH', url: `/v1/admin/products/${created.json().id}`, remoteAddress: '127.0.0.17', headers: { authorization: `Bearer ${session.token}` }, payload: { status: 'draft' } });
    assert.deepEqual([patched.statusCode, patched.headers['ratelimit-remaining']], [200, '2'], 'two requests of four used, whatever the audit read');
  });

  test('failed authentications: after 2 from an IP, authentication from it is 429 until the window ends (keys and passwords alike)', async () => {
    const bad = `lf_0123456789abcdef_${'A'.repeat(43)}`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get('/v1/admin/products', '127.0.0.18', bad)).statusCode);
    assert.deepEqual(statuses, [401, 401, 429]);
    const blocked = await get('/v1/admin/products', '127.0.0.18', keys.operator);
    assert.deepEqual([blocked.statusCode, blocked.json().code], [429, 'RATE_LIMITED']);
    assert.match(blocked.json().detail, /^too many failed authentications from this address: at most 2 in 60 s/);
    assert.equal((await get('/v1/admin/products', '127.0.0.19', keys.operator)).statusCode, 200, 'other addresses are not affected');

    const signIn = (password: string) => app.inject({ method: 'POST', url: '/v1/admin/sessions', remoteAddress: '127.0.0.20', payload: { email: 'ops@shop.example', password } });
    assert.deepEqual([(await signIn('wrong password one')).statusCode, (await signIn('wrong password two')).statusCode], [401, 401]);
    const third = await signIn('correct horse battery staple');
    assert.deepEqual([third.statusCode, third.json().code], [429, 'RATE_LIMITED'], 'refused before the password is checked');
  });
});

describeWithDatabases('rate limit windows end', (db) => {
  test('after the window the count starts again; with no limits configured nothing is limited', async () => {
    const { app } = await buildHardenedApp(db(), { rateLimits: { windowSeconds: 1, publicPerIp: 1, perKey: null, authFailuresPerIp: null } });
    const get = () => app.inject({ method: 'GET', url: '/v1/store/markets', remoteAddress: '127.0.0.21' });
    assert.deepEqual([(await get()).statusCode, (await get()).statusCode], [200, 429]);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    assert.equal((await get()).statusCode, 200);
    await app.close();

    const { app: open, keys } = await buildHardenedApp(db());
    const statuses = new Set<number>();
    for (let i = 0; i < 30; i++) statuses.add((await open.inject({ method: 'GET', url: '/v1/admin/products', headers: { authorization: `Bearer ${keys.owner}` } })).statusCode);
    assert.deepEqual([...statuses], [200]);
    assert.equal((await open.inject({ method: 'GET', url: '/v1/store/markets' })).headers['ratelimit-limit'], undefined);
    await open.close();
  });
});
