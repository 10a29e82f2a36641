import type { FastifyInstance, RouteOptions } from 'fastify';
import type { RateLimitSettings } from '../../config/rate-limit-config.js';
import type { Deps } from '../../services/deps.js';
import { AUTH_GUARDS, ROUTE_ACCESS, type AccessHook, type AuthGuards } from '../auth.js';
import { createAuditHooks, createInternalReads, isAuditedRoute } from './audit-hooks.js';
import { bodyLimitFor, DEFAULT_ROUTE_BODY_LIMITS, isProviderCallback, limitJsonComplexity, refuseLongUrls, type RouteBodyLimits } from './body-limits.js';
import { securityHeaders } from './headers.js';
import { registerRateLimits } from './rate-limit.js';

export type SecurityOptions = {
  publicUrl: string;
  /** The app's body limit (every route not named in body-limits.ts). */
  bodyLimitBytes: number;
  routeBodyLimits?: Partial<RouteBodyLimits> | undefined;
  /** Rate limits, or false/undefined for none. */
  rateLimits?: RateLimitSettings | false | undefined;
};

/** One registered route and what guards it: the access its authentication hook checks, if any, and what was attached. */
export type RouteSecurity = {
  method: string;
  url: string;
  access: AccessHook[typeof ROUTE_ACCESS] | undefined;
  /** public (no Landfall key), exempt (health, assets, provider callbacks: never rate limited) or key. */
  kind: 'key' | 'public' | 'exempt';
  audited: boolean;
  bodyLimit: number | undefined;
};

const ROUTE_TABLE = Symbol.for('landfall.routeTable');

/** Every route of an app built by buildApp, with its access requirement (for tests and docs). */
export function routeSecurityTable(app: FastifyInstance): readonly RouteSecurity[] {
  return (app as unknown as Record<symbol, RouteSecurity[]>)[ROUTE_TABLE] ?? [];
}

const EXEMPT_URLS = new Set(['/healthz', '/readyz']);

/** Routes never rate limited: health checks (load balancers poll them), static files, signed provider callbacks. */
export function isExemptFromRateLimits(url: string): boolean {
  return EXEMPT_URLS.has(url) || url.startsWith('/storefront/assets/') || url.startsWith('/media/demo/') || url.startsWith('/admin/assets/') || url.startsWith('/docs/static/') || isProviderCallback(url);
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? [...v] : [v]);

/**
 * Install the hardening on `app` before any route is registered: security headers on every answer,
 * URL and JSON limits, per-route body limits, rate limits and the audit log of admin changes. The
 * route hooks are attached by an onRoute hook from what each route declares (its requireScope).
 */
export async function registerSecurity(app: FastifyInstance, deps: Deps, options: SecurityOptions): Promise<void> {
  const limits: RouteBodyLimits = { ...DEFAULT_ROUTE_BODY_LIMITS, ...options.routeBodyLimits };
  const reads = createInternalReads();
  const audit = createAuditHooks(deps, reads);
  const table: RouteSecurity[] = [];
  app.decorate(ROUTE_TABLE, table);

  app.addHook('onRequest', refuseLongUrls);
  app.addHook('onSend', securityHeaders(options.publicUrl));
  limitJsonComplexity(app);

  const limiters = options.rateLimits ? await registerRateLimits(app, options.rateLimits, reads.isInternal) : undefined;
  if (limiters) app.decorate(AUTH_GUARDS, { afterAuthentication: limiters.afterAuthentication } satisfies AuthGuards);

  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = asArray(route.method).map(String);
    const onRequest = asArray(route.onRequest);
    const accessHook = onRequest.find((h) => typeof h === 'function' && ROUTE_ACCESS in h) as AccessHook | undefined;
    const access = accessHook?.[ROUTE_ACCESS];
    const kind: RouteSecurity['kind'] = access ? 'key' : isExemptFromRateLimits(route.url) ? 'exempt' : 'public';
    const isSignIn = route.url === '/v1/admin/sessions' && methods.includes('POST');

    const bodyLimit = bodyLimitFor({ method: methods[0] ?? 'GET', url: route.url, bodyLimit: route.bodyLimit, isPublic: kind === 'public' }, options.bodyLimitBytes, limits);
    if (bodyLimit !== undefined) route.bodyLimit = bodyLimit;

    if (limiters) {
      const before = [];
      if (kind === 'public') before.push(limiters.publicRoute);
      if (access || isSignIn) {
        before.push(limiters.authenticationGate);
        route.onResponse = [...asArray(route.onResponse), limiters.countFailure];
      }
      if (before.length > 0) route.onRequest = [...before, ...onRequest];
    }

    const audited = access?.scope === 'admin' && methods.some((m) => isAuditedRoute(m, route.url));
    if (audited) {
      route.preHandler = [...asArray(route.preHandler), audit.preHandler];
      route.onSend = [...asArray(route.onSend), audit.onSend];
    }
    for (const method of methods) table.push({ method, url: route.url, access, kind, audited, bodyLimit: route.bodyLimit });
  });
}
