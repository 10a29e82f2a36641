import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeEmail, parseNewAdminUser, parseSignIn, passwordProblem, scopesOfRole } from './admin-user-input.js';

const fields = (r: { ok: boolean; details?: readonly { field: string }[] }) => (r.ok ? [] : (r.details ?? []).map((d) => d.field));

test('a new admin user: email lower-cased, name trimmed, a role, a password long enough', () => {
  const r = parseNewAdminUser({ email: ' Ops@Example.COM ', name: ' Lan ', role: 'operator', password: 'correct horse battery staple' });
  assert.deepEqual(r, { ok: true, value: { email: 'ops@example.com', name: 'Lan', role: 'operator', password: 'correct horse battery staple' } });
});

test('every bad field of a new admin user is named at once', () => {
  assert.deepEqual(fields(parseNewAdminUser({ email: 'nope', name: '', role: 'god', password: 'short', extra: 1 })).sort(), ['email', 'extra', 'name', 'password', 'role']);
  assert.deepEqual(fields(parseNewAdminUser(null)), ['body']);
});

test('passwords: at least 12 characters counted as characters, not one repeated, not the email', () => {
  assert.match(passwordProblem('elevenchars', 'a@b.co')!, /at least 12/);
  assert.equal(passwordProblem('twelve chars', 'a@b.co'), undefined);
  assert.equal(passwordProblem('ありがとうございますねこ', 'a@b.co'), undefined, '12 characters of Japanese');
  assert.match(passwordProblem('aaaaaaaaaaaaaaaa', 'a@b.co')!, /repeated/);
  assert.match(passwordProblem('Operations.Team@shop.example', 'operations.team@shop.example')!, /email/);
  assert.match(passwordProblem('x'.repeat(200) + 'y'.repeat(57), undefined)!, /at most 256/);
});

test('sign-in input: shape only; emails compare lower-cased', () => {
  assert.deepEqual(parseSignIn({ email: 'OPS@example.com', password: 'x' }), { ok: true, value: { email: 'ops@example.com', password: 'x' } });
  assert.deepEqual(fields(parseSignIn({ email: 'ops', password: '' })), ['email', 'password']);
  assert.equal(normalizeEmail('a@b'), undefined, 'a domain needs a dot');
});

test('roles map to scopes: read_only may only read the admin API', () => {
  assert.deepEqual(scopesOfRole('owner'), ['admin']);
  assert.deepEqual(scopesOfRole('operator'), ['admin:operator']);
  assert.deepEqual(scopesOfRole('read_only'), ['admin:read']);
});
