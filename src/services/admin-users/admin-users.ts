import { randomBytes } from 'node:crypto';
import { parseNewAdminUser, parseSignIn, scopesOfRole, type AdminRole } from '../../core/auth/admin-user-input.js';
import { formatApiKey } from '../../core/auth/api-key-format.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { createAdminUserRepository, type AdminUserRow } from '../../db/repositories/admin-user-repository.js';
import { digestApiKey } from '../api-keys/create-api-key.js';
import type { Deps } from '../deps.js';
import { DECOY_HASH, hashPassword, verifyPassword } from './password-hash.js';

export type AdminUserView = { id: string; email: string; name: string; role: AdminRole; lastSignInAt: string | null; locked: boolean; createdAt: string };
export type Session = { token: string; expiresAt: string; user: AdminUserView };

/** Failed sign-ins in a row that lock an account, and for how long. */
export const SIGN_IN_LIMIT = { attempts: 5, lockMinutes: 15 } as const;
/** How long a sign-in lasts. */
export const SESSION_HOURS = 12;

type UserDeps = Pick<Deps, 'database' | 'clock' | 'apiKeys'>;

export function toAdminUserView(row: AdminUserRow, now: Date): AdminUserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as AdminRole,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    locked: row.lockedUntil !== null && row.lockedUntil.getTime() > now.getTime(),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Add a person who signs in to the admin (owner, operator or read_only); the password is kept only as a scrypt hash. */
export async function createAdminUser(deps: UserDeps, input: unknown): Promise<Result<AdminUserView, 'VALIDATION_FAILED' | 'CONFLICT'>> {
  const parsed = parseNewAdminUser(input);
  if (!parsed.ok) return parsed;
  const u = parsed.value;
  const at = deps.clock();
  const saved = await createAdminUserRepository(deps.database.orm).insert({ email: u.email, name: u.name, role: u.role, passwordHash: await hashPassword(u.password) }, at);
  if (!saved) return fail('CONFLICT', `an admin user with the email ${u.email} already exists`, { field: 'email' });
  return ok(toAdminUserView(saved, at));
}

export async function listAdminUsers(deps: UserDeps): Promise<AdminUserView[]> {
  const at = deps.clock();
  return (await createAdminUserRepository(deps.database.orm).list()).map((r) => toAdminUserView(r, at));
}

/**
 * Sign in with email and password: a session token (used like an API key, Bearer) valid for
 * SESSION_HOURS with the role's scopes. A wrong password and an unknown email get the same answer
 * after the same work (the hash of a decoy is checked), so accounts cannot be probed. After
 * SIGN_IN_LIMIT.attempts failures in a row the account is locked for lockMinutes (429, with when it
 * opens again); a success resets the count.
 */
export async function signIn(deps: UserDeps, input: unknown): Promise<Result<Session, 'VALIDATION_FAILED' | 'INVALID_CREDENTIALS' | 'ACCOUNT_LOCKED'>> {
  const parsed = parseSignIn(input);
  if (!parsed.ok) return parsed;
  const users = createAdminUserRepository(deps.database.orm);
  const at = deps.clock();
  const user = await users.byEmail(parsed.value.email);
  const matches = await verifyPassword(parsed.value.password, user?.passwordHash ?? DECOY_HASH);
  if (!user || user.disabledAt !== null) return fail('INVALID_CREDENTIALS', 'the email or the password is not right', { field: 'password' });
  if (user.lockedUntil !== null && user.lockedUntil.getTime() > at.getTime()) {
    return fail('ACCOUNT_LOCKED', `too many failed sign-ins: try again after ${user.lockedUntil.toISOString()}`, { field: 'email' });
  }
  if (!matches) {
    await users.recordFailure(user.id, SIGN_IN_LIMIT.attempts, new Date(at.getTime() + SIGN_IN_LIMIT.lockMinutes * 60_000), at);
    return fail('INVALID_CREDENTIALS', 'the email or the password is not right', { field: 'password' });
  }
  await users.recordSuccess(user.id, at);
  const prefix = randomBytes(8).toString('hex');
  const token = formatApiKey(prefix, randomBytes(32).toString('base64url'));
  const expiresAt = new Date(at.getTime() + SESSION_HOURS * 3_600_000);
  await deps.apiKeys.insert({ name: `session: ${user.email}`, prefix, secretHash: digestApiKey(token), scopes: scopesOfRole(user.role as AdminRole), expiresAt, userId: user.id });
  return ok({ token, expiresAt: expiresAt.toISOString(), user: toAdminUserView({ ...user, lastSignInAt: at, failedAttempts: 0, lockedUntil: null }, at) });
}

/** End the caller's own session (the key it signed in with). */
export async function signOut(deps: UserDeps, principal: { keyId: string; userId?: string } | undefined): Promise<Result<true, 'VALIDATION_FAILED'>> {
  if (!principal?.userId) return fail('VALIDATION_FAILED', 'this is an API key, not a sign-in session; revoke keys with DELETE /v1/admin/api-keys/{id}', { field: 'authorization' });
  await deps.apiKeys.revoke(principal.keyId, deps.clock());
  return ok(true);
}

/** Who the caller is: the signed-in user, or for an API key its name and scopes. */
export async function whoAmI(deps: UserDeps, principal: { keyId: string; name: string; scopes: string[]; userId?: string }): Promise<{ kind: 'user' | 'api-key'; name: string; scopes: string[]; user: AdminUserView | null }> {
  const user = principal.userId ? await createAdminUserRepository(deps.database.orm).byId(principal.userId) : undefined;
  return { kind: user ? 'user' : 'api-key', name: principal.name, scopes: principal.scopes, user: user ? toAdminUserView(user, deps.clock()) : null };
}
