import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Security headers on every answer: API JSON, problem documents, storefront and admin pages, the
 * API docs, files. A route that sets one of them itself (the storefront's and the admin's CSP, a
 * private page's Referrer-Policy) keeps its own; these fill in what is missing.
 */

/** The CSP of answers that are data, not pages (JSON, problem documents, NDJSON): nothing may load or frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The CSP of the API docs (Swagger UI: its own scripts and styles from /docs/static, inline style attributes). */
export const DOCS_CSP = "default-src 'self'; base-uri 'self'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'";

/** Browser features no Landfall page uses are switched off for it and anything it embeds. */
export const PERMISSIONS_POLICY = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), usb=(), browsing-topics=(), payment=(self)';

/** One year, as HSTS preload lists expect; without includeSubDomains, which is the merchant's decision for their domain. */
export const HSTS = 'max-age=31536000';

const DATA_TYPES = /^application\/(?:json|problem\+json|x-ndjson|[a-z.+-]*\+json)\b/i;

/** The headers every answer gets unless the route set its own, for a server whose public URL is `publicUrl`. */
export function baseSecurityHeaders(publicUrl: string): ReadonlyArray<readonly [string, string]> {
  const https = publicUrl.startsWith('https://');
  return [
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
    ['cross-origin-opener-policy', 'same-origin'],
    ['permissions-policy', PERMISSIONS_POLICY],
    ...(https ? ([['strict-transport-security', HSTS]] as const) : []),
  ];
}

/** Pages and files whose route sent no CSP may still not be framed (a CSP that loads nothing could break a page or a browser's PDF viewer). */
export const FRAME_CSP = "frame-ancestors 'none'";

/** The CSP an answer gets when its route set none: data answers API_CSP, the docs DOCS_CSP, anything else FRAME_CSP. */
export function defaultCspFor(url: string, contentType: string): string {
  if (DATA_TYPES.test(contentType)) return API_CSP;
  if (url === '/docs' || url.startsWith('/docs/')) return DOCS_CSP;
  return FRAME_CSP;
}

/** Add the security headers a reply lacks (see the file comment). */
export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply, base: ReadonlyArray<readonly [string, string]>): void {
  for (const [name, value] of base) if (!reply.hasHeader(name)) reply.header(name, value);
  if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', defaultCspFor(request.url, String(reply.getHeader('content-type') ?? '')));
}

/** An onSend hook adding the security headers (see the file comment). */
export function securityHeaders(publicUrl: string) {
  const base = baseSecurityHeaders(publicUrl);
  return async function addSecurityHeaders(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    applySecurityHeaders(request, reply, base);
  };
}
