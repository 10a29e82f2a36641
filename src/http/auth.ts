import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { AdminRole } from '../core/auth/admin-user-input.js';
import type { ApiScope } from '../core/auth/api-key-format.js';
import { decideAccess, type RouteAccess } from '../core/auth/roles.js';
import { authenticatePrincipal, type AdminPrincipal } from '../services/admin-users/authenticate-principal.js';
import type { Deps } from '../services/deps.js';
import { sendFailure, sendProblem } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller (set before its role is checked, so a refusal can be audited). */
    principal?: AdminPrincipal;
  }
}

/** Where a route's authentication hook carries the route's access requirement (read by security/route-access.ts). */
export const ROUTE_ACCESS = Symbol.for('landfall.routeAccess');

/**
 * What the app runs right after a key authenticated and before its role is checked (the per-key
 * rate limit, security/rate-limit.ts), decorated on the app under AUTH_GUARDS. True when it answered.
 */
export const AUTH_GUARDS = Symbol.for('landfall.authGuards');
export type AuthGuards = { afterAuthentication(request: FastifyRequest, reply: FastifyReply): Promise<boolean> };

/** An authentication hook, with the access it checks: `declared` is false for an admin route that named no role. */
export type AccessHook = onRequestHookHandler & { [ROUTE_ACCESS]: RouteAccess & { readonly declared: boolean } };

/**
 * An onRequest hook that admits only callers whose API key grants `scope` and, for admin routes,
 * whose role reaches `role` (read_only < operator < owner; see core/auth/roles.ts). Every admin
 * route names its role here; one that does not is treated as owner-only and fails the route
 * matrix test. It runs before the body is read, so an unauthenticated caller cannot make the
 * server parse a large body.
 * @example app.patch('/v1/admin/products/:id', { onRequest: requireScope(deps, 'admin', 'operator') }, ...)
 */
export function requireScope(deps: Deps, scope: 'api'): AccessHook;
export function requireScope(deps: Deps, scope: 'admin' | 'admin:read', role?: AdminRole): AccessHook;
export function requireScope(deps: Deps, scope: ApiScope, role?: AdminRole): AccessHook {
  const access: RouteAccess = scope === 'api' ? { scope: 'api' } : { scope: 'admin', role: role ?? (scope === 'admin:read' ? 'read_only' : 'owner') };
  const checkApiKey = async function checkApiKey(request: FastifyRequest, reply: FastifyReply) {
    const result = await authenticatePrincipal(deps, request.headers.authorization);
    if (!result.ok) {
      reply.header('www-authenticate', 'Bearer realm="landfall"');
      return sendFailure(request, reply, result);
    }
    request.principal = result.value;
    const guards = (request.server as unknown as Record<symbol, AuthGuards | undefined>)[AUTH_GUARDS];
    if (guards && (await guards.afterAuthentication(request, reply))) return reply;
    const decision = decideAccess(result.value, access);
    if (!decision.ok) return sendProblem(request, reply, 403, 'FORBIDDEN', decision.reason);
  };
  const declared = scope === 'api' || role !== undefined || scope === 'admin:read';
  return Object.assign(checkApiKey, { [ROUTE_ACCESS]: { ...access, declared } }) as AccessHook;
}

/** OpenAPI security requirement for routes behind an API key. */
export const bearerSecurity = [{ bearerAuth: [] }];
