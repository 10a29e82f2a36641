import rateLimitPlugin from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimitSettings } from '../../config/rate-limit-config.js';
import { sendProblem } from '../errors.js';

/**
 * Rate limits with @fastify/rate-limit's counters (fixed windows, kept in this process's memory):
 * per client IP on routes without a key, per API key on routes behind one (counted after the key
 * is authenticated, before its role is checked, so refused attempts count too), and failed
 * authentications per IP. An answer over a limit is 429 RATE_LIMITED with Retry-After; every
 * limited answer carries RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset and
 * RateLimit-Policy. Counters are per process: N processes behind a load balancer allow up to N
 * times each limit.
 */
export type RateLimiters = {
  readonly settings: RateLimitSettings;
  /** onRequest of a route without a key: count the request against its IP. */
  publicRoute(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined>;
  /** After a key authenticated: count the request against the key. True when it answered 429. */
  afterAuthentication(request: FastifyRequest, reply: FastifyReply): Promise<boolean>;
  /** onRequest before authentication: 429 when the IP has used up its failed authentications. */
  authenticationGate(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined>;
  /** onResponse: a 401 (or a refused sign-in) counts against the IP's failed authentications. */
  countFailure(request: FastifyRequest, reply: FastifyReply): Promise<void>;
};

type Limiter = (request: FastifyRequest, options?: { increment?: boolean }) => Promise<{ isAllowed: boolean; max?: number; remaining?: number; ttlInSeconds?: number; isExceeded?: boolean }>;

/** Counters kept per limiter; the least recently used are dropped past this (an attacker with more addresses than this gets a fresh count for some). */
const MAX_TRACKED = 20_000;

/** IPv4 as is, IPv6 by its /64 network (one subscriber's addresses), as @fastify/rate-limit does. */
function ipKey(request: FastifyRequest): string {
  return `ip:${rateLimitPlugin.normalizeIP(request.ip, 64)}`;
}

/** Register the counters on `app` (before its routes) and return the hooks that use them. */
export async function registerRateLimits(app: FastifyInstance, settings: RateLimitSettings, isInternal: (request: FastifyRequest) => boolean): Promise<RateLimiters> {
  // global: false: no route is limited by the plugin's own hook; the hooks below decide.
  await app.register(rateLimitPlugin, { global: false });
  const timeWindow = settings.windowSeconds * 1_000;
  const make = (max: number | null, keyGenerator: (request: FastifyRequest) => string): Limiter | undefined =>
    max === null ? undefined : (app.createRateLimit({ max, timeWindow, keyGenerator, cache: MAX_TRACKED } as Parameters<typeof app.createRateLimit>[0]) as Limiter);

  const byIp = make(settings.publicPerIp, ipKey);
  const byKey = make(settings.perKey, (request) => `key:${request.principal?.keyId ?? ipKey(request)}`);
  const failures = make(settings.authFailuresPerIp, (request) => `auth:${ipKey(request)}`);
  const window = settings.windowSeconds;

  /** Count the request and answer 429 when it is over the limit; undefined when it may go on. */
  async function apply(limiter: Limiter | undefined, request: FastifyRequest, reply: FastifyReply, what: string): Promise<FastifyReply | undefined> {
    if (!limiter || isInternal(request)) return undefined;
    const r = await limiter(request);
    if (r.isAllowed || r.max === undefined) return undefined;
    const reset = Math.max(1, r.ttlInSeconds ?? window);
    const exceeded = r.isExceeded === true;
    reply.header('ratelimit-limit', r.max);
    reply.header('ratelimit-remaining', exceeded ? 0 : (r.remaining ?? 0));
    reply.header('ratelimit-reset', reset);
    reply.header('ratelimit-policy', `${r.max};w=${window}`);
    if (!exceeded) return undefined;
    reply.header('retry-after', reset);
    return sendProblem(request, reply, 429, 'RATE_LIMITED', `too many ${what}: at most ${r.max} in ${window} s; try again in ${reset} s`);
  }

  return {
    settings,
    publicRoute: (request, reply) => apply(byIp, request, reply, 'requests from this address'),
    async afterAuthentication(request, reply) {
      return (await apply(byKey, request, reply, 'requests with this API key')) !== undefined;
    },
    async authenticationGate(request, reply) {
      if (!failures || isInternal(request)) return undefined;
      const r = await failures(request, { increment: false });
      if (r.isAllowed || r.max === undefined || (r.remaining ?? 1) > 0 || !r.ttlInSeconds) return undefined;
      const reset = Math.max(1, r.ttlInSeconds);
      reply.header('retry-after', reset);
      reply.header('ratelimit-limit', r.max);
      reply.header('ratelimit-remaining', 0);
      reply.header('ratelimit-reset', reset);
      reply.header('ratelimit-policy', `${r.max};w=${window}`);
      return sendProblem(request, reply, 429, 'RATE_LIMITED', `too many failed authentications from this address: at most ${r.max} in ${window} s; try again in ${reset} s`);
    },
    async countFailure(request, reply) {
      if (!failures || isInternal(request)) return;
      if (reply.statusCode === 401) await failures(request);
    },
  };
}
