import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createAdminUserRepository } from '../../src/db/repositories/admin-user-repository.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const PASSWORD = 'correct horse battery staple';

describeWithDatabases('admin users: passwords, sessions, roles', (db) => {
  let t: TestApp;
  let now = new Date('2026-11-27T10:00:00.000Z');
  const inject = (method: 'GET' | 'POST' | 'DELETE', url: string, options: { body?: unknown; token?: string } = {}) =>
    t.app.inject({ method, url, headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(options.body !== undefined ? { payload: JSON.stringify(options.body) } : {}) });
  const signIn = (email: string, password: string) => inject('POST', '/v1/admin/sessions', { body: { email, password } });

  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => now } });
    for (const [email, role] of [['owner@shop.example', 'owner'], ['reader@shop.example', 'read_only'], ['locked@shop.example', 'operator']] as const) {
      const r = await inject('POST', '/v1/admin/users', { token: t.adminKey, body: { email, name: email.split('@')[0], role, password: PASSWORD } });
      assert.equal(r.statusCode, 201, r.body);
    }
  });

  test('a user is stored with a scrypt hash, never the password; a taken email is 409; bad fields are named', async () => {
    const row = await createAdminUserRepository(db().orm).byEmail('owner@shop.example');
    assert.match(row!.passwordHash, /^scrypt\$15\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    assert.ok(!row!.passwordHash.includes('horse'));
    const again = await inject('POST', '/v1/admin/users', { token: t.adminKey, body: { email: 'OWNER@shop.example', name: 'x', role: 'owner', password: PASSWORD } });
    assert.deepEqual([again.statusCode, again.json().code], [409, 'CONFLICT']);
    const bad = await inject('POST', '/v1/admin/users', { token: t.adminKey, body: { email: 'x', name: '', role: 'boss', password: 'short' } });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().errors.map((e: { field: string }) => e.field).sort(), ['email', 'name', 'password', 'role']);
    const byApi = await inject('POST', '/v1/admin/users', { token: t.apiKey, body: { email: 'a@shop.example', name: 'a', role: 'owner', password: PASSWORD } });
    assert.equal(byApi.statusCode, 403);
  });

  test('sign in: a session token for 12 hours that acts with the role; sign out ends it', async () => {
    const r = await signIn('Owner@Shop.Example', PASSWORD);
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.headers['cache-control'], 'no-store');
    const { token, expiresAt, user } = r.json();
    assert.equal(expiresAt, '2026-11-27T22:00:00.000Z');
    assert.deepEqual([user.email, user.role], ['owner@shop.example', 'owner']);
    const me = await inject('GET', '/v1/admin/me', { token });
    assert.deepEqual([me.json().kind, me.json().user.email, me.json().scopes], ['user', 'owner@shop.example', ['admin']]);
    assert.equal((await inject('GET', '/v1/admin/orders', { token })).statusCode, 200);
    const keys = await inject('GET', '/v1/admin/api-keys', { token: t.adminKey });
    assert.ok(!keys.json().items.some((k: { name: string }) => k.name.startsWith('session:')), 'sessions are not listed as API keys');

    const out = await inject('DELETE', '/v1/admin/sessions/current', { token });
    assert.equal(out.statusCode, 204);
    assert.equal((await inject('GET', '/v1/admin/me', { token })).statusCode, 401);
    const notASession = await inject('DELETE', '/v1/admin/sessions/current', { token: t.adminKey });
    assert.deepEqual([notASession.statusCode, notASession.json().code], [400, 'VALIDATION_FAILED']);
  });

  test('a session ends by itself after 12 hours', async () => {
    const { token } = (await signIn('owner@shop.example', PASSWORD)).json();
    now = new Date(now.getTime() + 12 * 3_600_000 - 1_000);
    assert.equal((await inject('GET', '/v1/admin/me', { token })).statusCode, 200);
    now = new Date(now.getTime() + 2_000);
    assert.equal((await inject('GET', '/v1/admin/me', { token })).statusCode, 401);
  });

  test('a wrong password and an unknown email get the same answer; five failures lock the account for 15 minutes', async () => {
    const wrong = await signIn('locked@shop.example', 'not the password at all');
    const unknown = await signIn('nobody@shop.example', 'not the password at all');
    assert.deepEqual([wrong.statusCode, wrong.json().code, wrong.json().detail], [401, 'INVALID_CREDENTIALS', 'the email or the password is not right']);
    assert.deepEqual([unknown.statusCode, unknown.json().code, unknown.json().detail], [401, 'INVALID_CREDENTIALS', 'the email or the password is not right']);
    for (let i = 0; i < 4; i++) assert.equal((await signIn('locked@shop.example', `wrong guess number ${i}`)).statusCode, 401);
    const locked = await signIn('locked@shop.example', PASSWORD);
    assert.deepEqual([locked.statusCode, locked.json().code], [429, 'ACCOUNT_LOCKED'], 'even the right password waits');
    assert.equal(locked.headers['retry-after'], '900');
    now = new Date(now.getTime() + 15 * 60_000 + 1_000);
    const open = await signIn('locked@shop.example', PASSWORD);
    assert.equal(open.statusCode, 201, open.body);
    const malformed = await inject('POST', '/v1/admin/sessions', { body: { email: 'x', password: '', remember: true } });
    assert.deepEqual(malformed.json().errors.map((e: { field: string }) => e.field), ['remember', 'email', 'password']);
  });

  test('a read_only user reads the admin API and changes nothing', async () => {
    const { token } = (await signIn('reader@shop.example', PASSWORD)).json();
    assert.equal((await inject('GET', '/v1/admin/orders', { token })).statusCode, 200);
    assert.equal((await inject('GET', '/v1/admin/discount-codes', { token })).statusCode, 200);
    const write = await inject('POST', '/v1/admin/discount-codes', { token, body: { code: 'NOPE10', kind: 'percentage', percent: '10' } });
    assert.deepEqual([write.statusCode, write.json().detail], [403, 'this account may only read (role read_only)']);
    assert.equal((await inject('GET', '/v1/admin/discount-codes', { token: t.adminKey })).json().items.length, 0, 'nothing was created');
    assert.equal((await inject('DELETE', '/v1/admin/sessions/current', { token })).statusCode, 204, 'a reader can sign out');
  });
});
