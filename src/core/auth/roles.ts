import { ADMIN_ROLES, type AdminRole } from './admin-user-input.js';

/**
 * Who may call a route. `api`: server-to-server calls (an `api` key, or an owner or operator);
 * `admin` with the least role that may call it: read_only < operator < owner. The role of every
 * admin route is declared next to its authentication (`requireScope(deps, 'admin', role)`), and
 * docs/security.md lists them all.
 */
export type RouteAccess = { readonly scope: 'api' } | { readonly scope: 'admin'; readonly role: AdminRole };

/** The caller as authentication found it: its key's scopes and, for an admin, its role. */
export type Caller = { readonly scopes: readonly string[]; readonly role?: AdminRole | undefined };

const RANK: Readonly<Record<AdminRole, number>> = { read_only: 0, operator: 1, owner: 2 };

/** Whether `role` reaches what `least` may: an owner reaches everything, read_only only read_only routes. */
export function roleReaches(role: AdminRole, least: AdminRole): boolean {
  return RANK[role] >= RANK[least];
}

/**
 * The admin role an API key acts as, from its scopes (the highest one it holds): `admin` is the
 * owner (only owners make keys, and the first-start key is the owner's), `admin:operator` the
 * operator, `admin:read` read_only; a key with none of them (`api` only) is no admin.
 * @example roleOfScopes(['api', 'admin:operator']) // 'operator'
 */
export function roleOfScopes(scopes: readonly string[]): AdminRole | undefined {
  if (scopes.includes('admin')) return 'owner';
  if (scopes.includes('admin:operator')) return 'operator';
  if (scopes.includes('admin:read')) return 'read_only';
  return undefined;
}

export function isAdminRole(value: unknown): value is AdminRole {
  return typeof value === 'string' && (ADMIN_ROLES as readonly string[]).includes(value);
}

export type AccessDecision = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Whether `caller` may call a route with `access`. The reason of a refusal names what the route
 * needs and what the caller is, for the 403 problem's detail.
 * @example decideAccess({ scopes: ['admin:operator'], role: 'operator' }, { scope: 'admin', role: 'owner' }).ok // false
 */
export function decideAccess(caller: Caller, access: RouteAccess): AccessDecision {
  const role = caller.role;
  if (access.scope === 'api') {
    if (caller.scopes.includes('api') || (role !== undefined && role !== 'read_only')) return { ok: true };
    return { ok: false, reason: role === 'read_only' ? 'this account may only read (role read_only)' : 'this API key lacks the "api" scope' };
  }
  if (role === undefined) return { ok: false, reason: 'this API key has no admin role (scopes admin, admin:operator or admin:read)' };
  if (roleReaches(role, access.role)) return { ok: true };
  if (role === 'read_only') return { ok: false, reason: 'this account may only read (role read_only)' };
  return { ok: false, reason: `this needs the ${access.role} role; the caller's role is ${role}` };
}
