import type { AdminRole } from '../../core/auth/admin-user-input.js';
import { isAdminRole, roleOfScopes } from '../../core/auth/roles.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { createAdminUserRepository } from '../../db/repositories/admin-user-repository.js';
import { authenticateApiKey, type Principal } from '../api-keys/authenticate-api-key.js';
import type { Deps } from '../deps.js';

/**
 * The caller with its admin role: for a sign-in session the role its user has now (and the user's
 * email), for an API key the role its scopes give (`roleOfScopes`); undefined for an `api`-only key.
 */
export type AdminPrincipal = Principal & { role?: AdminRole; email?: string };

/**
 * Authenticate an `Authorization` header and find the caller's role. A session's role is read
 * from its user at every request (sessions are not cached), so a session signed in before its
 * user's role or scopes changed cannot act with the old ones; a session whose user is gone or
 * disabled is refused like a revoked key.
 */
export async function authenticatePrincipal(
  deps: Pick<Deps, 'apiKeys' | 'principals' | 'clock' | 'database'>,
  authorization: string | undefined,
): Promise<Result<AdminPrincipal, 'UNAUTHENTICATED'>> {
  const r = await authenticateApiKey(deps, authorization);
  if (!r.ok) return r;
  const principal = r.value;
  if (principal.userId === undefined) {
    const role = roleOfScopes(principal.scopes);
    return ok(role ? { ...principal, role } : principal);
  }
  const user = await createAdminUserRepository(deps.database.orm).byId(principal.userId);
  if (!user || user.disabledAt !== null || !isAdminRole(user.role)) {
    return fail('UNAUTHENTICATED', 'API key is not valid or has been revoked', { field: 'authorization' });
  }
  return ok({ ...principal, role: user.role, email: user.email });
}
