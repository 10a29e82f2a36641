import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { handleError, sendProblem } from '../errors.js';
import { applySecurityHeaders, baseSecurityHeaders } from './headers.js';

/**
 * Request size limits. Every route reads bodies up to the app's body limit (LANDFALL_BODY_LIMIT,
 * default 1 MiB) except the routes named here: larger where a real request needs it, smaller on
 * the routes anyone may call without a key. A body over its route's limit is 413
 * PAYLOAD_TOO_LARGE naming the limit (errors.ts).
 */
export type RouteBodyLimits = {
  /** POST /v1/admin/catalog/imports: a CSV or JSON catalog file (default 32 MiB). */
  catalogImport: number;
  /** POST /v1/landed-cost/quotes/batch: 100 requests of up to 500 items each (default 4 MiB). */
  quoteBatch: number;
  /** POST /v1/admin/sessions: an email and a password (default 16 KiB, never above the body limit). */
  signIn: number;
  /** Storefront forms and every other route without a key (default 64 KiB, never above the body limit). */
  publicBody: number;
};

export const DEFAULT_ROUTE_BODY_LIMITS: Readonly<RouteBodyLimits> = Object.freeze({
  catalogImport: 32 * 1_048_576,
  quoteBatch: 4 * 1_048_576,
  signIn: 16 * 1_024,
  publicBody: 64 * 1_024,
});

/** The routes with a larger limit than the app's, by method and URL as registered. */
const LARGER: Readonly<Record<string, keyof RouteBodyLimits>> = {
  'POST /v1/admin/catalog/imports': 'catalogImport',
  'POST /v1/landed-cost/quotes/batch': 'quoteBatch',
};

/** Provider callbacks (payment and carrier webhooks, inbound email) carry the provider's own bodies, checked by signature or credentials: they keep the app's limit and are not rate limited. */
export function isProviderCallback(url: string): boolean {
  return /\/webhooks(\/|$)/.test(url) || /^\/v1\/[a-z-]+\/inbound\//.test(url) || url.startsWith('/test-gateway/');
}

/**
 * The body limit a route gets, or undefined to keep the app's: larger routes their own, sign-in
 * and other routes without a key the smaller of theirs and the app's. A route that sets its own
 * `bodyLimit` keeps it.
 */
export function bodyLimitFor(route: { method: string; url: string; bodyLimit?: number | undefined; isPublic: boolean }, appLimit: number, limits: RouteBodyLimits): number | undefined {
  if (route.bodyLimit !== undefined) return undefined;
  if (route.method === 'GET' || route.method === 'HEAD') return undefined;
  const larger = LARGER[`${route.method} ${route.url}`];
  if (larger) return Math.max(limits[larger], appLimit);
  if (route.method === 'POST' && route.url === '/v1/admin/sessions') return Math.min(limits.signIn, appLimit);
  if (route.isPublic && !isProviderCallback(route.url)) return Math.min(limits.publicBody, appLimit);
  return undefined;
}

/** JSON bodies nesting deeper than this, or with an object of more properties, are refused before validation. */
export const JSON_LIMITS = Object.freeze({ maxDepth: 32, maxProperties: 1_000 });

/**
 * Why a parsed JSON value is too complex, or undefined: the path where it nests deeper than
 * `maxDepth` or holds an object with more than `maxProperties` properties. Walks each node once and
 * stops at the first problem, so a refusal costs no more than the body it refuses.
 */
export function jsonComplexity(value: unknown, limits = JSON_LIMITS): { field: string; message: string } | undefined {
  const stack: Array<{ v: unknown; depth: number; path: string }> = [{ v: value, depth: 0, path: 'body' }];
  while (stack.length > 0) {
    const { v, depth, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limits.maxDepth) return { field: path, message: `nests deeper than ${limits.maxDepth} levels` };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) if (v[i] !== null && typeof v[i] === 'object') stack.push({ v: v[i], depth: depth + 1, path: `${path}[${i}]` });
      continue;
    }
    const keys = Object.keys(v);
    if (keys.length > limits.maxProperties) return { field: path, message: `has ${keys.length} properties; at most ${limits.maxProperties} are accepted` };
    for (const k of keys) {
      const child = (v as Record<string, unknown>)[k];
      if (child !== null && typeof child === 'object') stack.push({ v: child, depth: depth + 1, path: `${path}.${k}` });
    }
  }
  return undefined;
}

/**
 * Replace the app's JSON parser with the same parser followed by the complexity check, so a body
 * nested thousands of levels deep never reaches schema validation or a service (400
 * JSON_TOO_COMPLEX naming where). Routes that install their own JSON parser keep theirs.
 */
export function limitJsonComplexity(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parse(request, body as string, (error: Error | null, value?: unknown) => {
      if (error) return done(error);
      const problem = jsonComplexity(value);
      // errors.ts answers this code as 400 JSON_TOO_COMPLEX naming the field.
      if (problem) return done(Object.assign(new Error(`${problem.field} ${problem.message}`), { statusCode: 400, code: 'LANDFALL_JSON_TOO_COMPLEX', field: problem.field, reason: problem.message }));
      done(null, value);
    });
  });
}

/** The longest request target (path and query) accepted; longer is 414 URI_TOO_LONG. */
export const MAX_URL_LENGTH = 8_192;
/** Node's limit on the request line and headers together (its default, stated here so it is one decision); over it the connection gets 431. */
export const MAX_HEADER_BYTES = 16_384;
/** The longest path parameter (Fastify's maxParamLength); a longer one is 414 URI_TOO_LONG too. */
export const MAX_PARAM_LENGTH = 100;

/** onRequest: 414 for a request target longer than MAX_URL_LENGTH or a path segment longer than MAX_PARAM_LENGTH. */
export async function refuseLongUrls(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  const url = request.raw.url ?? '';
  if (url.length > MAX_URL_LENGTH) {
    return sendProblem(request, reply, 414, 'URI_TOO_LONG', `the request URL is ${url.length} characters; at most ${MAX_URL_LENGTH} are accepted`, [{ field: 'url', message: `must be at most ${MAX_URL_LENGTH} characters` }]);
  }
  return undefined;
}

/**
 * Errors Fastify's router meets before a route runs, as problem documents: a path parameter over
 * MAX_PARAM_LENGTH is 414 URI_TOO_LONG, a URL that does not decode is 400 BAD_REQUEST; anything
 * else goes to the app's error handler.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply, publicUrl: string): FastifyReply {
  // These answers are sent before the app's hooks run: the security headers and request id are set here.
  reply.header('x-request-id', request.id);
  reply.type('application/problem+json; charset=utf-8');
  applySecurityHeaders(request, reply, baseSecurityHeaders(publicUrl));
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(request, reply, 414, 'URI_TOO_LONG', `a path segment is longer than the ${MAX_PARAM_LENGTH} characters a route accepts`, [{ field: 'url', message: `path segments must be at most ${MAX_PARAM_LENGTH} characters` }]);
  }
  if (error.code === 'FST_ERR_BAD_URL') return sendProblem(request, reply, 400, 'BAD_REQUEST', 'the request URL is not valid (a percent-encoding that does not decode)', [{ field: 'url', message: 'is not a valid URL' }]);
  return handleError(error, request, reply);
}

/** Routes a body limit applies to: the routeOptions fields bodyLimitFor reads. */
export function routeBodyLimitInput(route: RouteOptions, isPublic: boolean) {
  return { method: String(route.method), url: route.url, bodyLimit: route.bodyLimit, isPublic };
}

/**
 * Errors Node's HTTP parser meets before Fastify sees a request: headers over MAX_HEADER_BYTES are
 * 431 HEADERS_TOO_LARGE, a timeout 408, anything else 400, each as a problem document; then the
 * connection is closed (as Node and Fastify do).
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HEADERS_TOO_LARGE', `the request line and headers are larger than the ${MAX_HEADER_BYTES} bytes this server accepts`]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'REQUEST_TIMEOUT', 'the request was not received in time']
        : [400, 'BAD_REQUEST', 'the request is not valid HTTP'];
  const title = status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
  const body = JSON.stringify({ type: `urn:landfall:problem:${code.toLowerCase().replace(/_/g, '-')}`, title, status, code, detail });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
