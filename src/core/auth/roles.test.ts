import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AdminRole } from './admin-user-input.js';
import { decideAccess, roleOfScopes, roleReaches, type RouteAccess } from './roles.js';

test('a key acts as the highest role its scopes give', () => {
  assert.equal(roleOfScopes(['admin']), 'owner');
  assert.equal(roleOfScopes(['api', 'admin']), 'owner');
  assert.equal(roleOfScopes(['admin:operator']), 'operator');
  assert.equal(roleOfScopes(['admin:read', 'admin:operator']), 'operator');
  assert.equal(roleOfScopes(['admin:read']), 'read_only');
  assert.equal(roleOfScopes(['api']), undefined);
  assert.equal(roleOfScopes([]), undefined);
});

test('roles are ordered read_only < operator < owner', () => {
  const roles: AdminRole[] = ['read_only', 'operator', 'owner'];
  const reached = roles.map((caller) => roles.filter((least) => roleReaches(caller, least)));
  assert.deepEqual(reached, [['read_only'], ['read_only', 'operator'], ['read_only', 'operator', 'owner']]);
});

const callers = {
  owner: { scopes: ['admin'], role: 'owner' },
  operator: { scopes: ['admin:operator'], role: 'operator' },
  read_only: { scopes: ['admin:read'], role: 'read_only' },
  api: { scopes: ['api'] },
} as const;

const table: Array<[RouteAccess, Record<keyof typeof callers, boolean>]> = [
  [{ scope: 'admin', role: 'owner' }, { owner: true, operator: false, read_only: false, api: false }],
  [{ scope: 'admin', role: 'operator' }, { owner: true, operator: true, read_only: false, api: false }],
  [{ scope: 'admin', role: 'read_only' }, { owner: true, operator: true, read_only: true, api: false }],
  [{ scope: 'api' }, { owner: true, operator: true, read_only: false, api: true }],
];

for (const [access, expected] of table) {
  test(`who reaches ${JSON.stringify(access)}`, () => {
    const got = Object.fromEntries(Object.entries(callers).map(([name, caller]) => [name, decideAccess(caller, access).ok]));
    assert.deepEqual(got, expected);
  });
}

test('a refusal says what is needed and what the caller is', () => {
  assert.deepEqual(decideAccess(callers.operator, { scope: 'admin', role: 'owner' }), { ok: false, reason: "this needs the owner role; the caller's role is operator" });
  assert.deepEqual(decideAccess(callers.read_only, { scope: 'admin', role: 'operator' }), { ok: false, reason: 'this account may only read (role read_only)' });
  assert.deepEqual(decideAccess(callers.api, { scope: 'admin', role: 'read_only' }), { ok: false, reason: 'this API key has no admin role (scopes admin, admin:operator or admin:read)' });
  assert.deepEqual(decideAccess({ scopes: [] }, { scope: 'api' }), { ok: false, reason: 'this API key lacks the "api" scope' });
});
