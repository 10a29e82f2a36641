import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Plain HTML forms for the storefront: the urlencoded body parser (registered in the storefront's
 * own scope only, so the API still reads JSON alone), reading a form strictly, the same-origin
 * check that stands against cross-site form posts, and the cookies that carry the buyer's cart.
 */

/** A parsed `application/x-www-form-urlencoded` body: each field's first value, and the names given more than once. */
export class FormBody {
  constructor(
    readonly values: ReadonlyMap<string, string>,
    readonly repeated: ReadonlySet<string>,
  ) {}
}

/**
 * Read urlencoded bodies as `FormBody` in `scope`. The body limit is the app's (Fastify's default
 * for a parser that sets none). Nothing is refused here: the route decides, so that it can answer
 * with a page in the buyer's language.
 */
export function registerFormParser(scope: FastifyInstance): void {
  scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    const values = new Map<string, string>();
    const repeated = new Set<string>();
    for (const [name, value] of new URLSearchParams(body as string)) {
      if (values.has(name)) repeated.add(name);
      else values.set(name, value);
    }
    done(null, new FormBody(values, repeated));
  });
}

/** A form's fields, or undefined when the body is not a form, repeats a field or has one not in `allowed`. */
export function readForm(body: unknown, allowed: readonly string[]): ReadonlyMap<string, string> | undefined {
  if (!(body instanceof FormBody) || body.repeated.size > 0) return undefined;
  for (const name of body.values.keys()) if (!allowed.includes(name)) return undefined;
  return body.values;
}

function header(request: FastifyRequest, name: string): string | undefined {
  const v = request.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The origin a form was posted from, when it is this site: the `Origin` header (every current
 * browser sends it on a POST), else the `Referer`'s origin; "this site" is the configured public
 * URL or the host the request came to. Undefined for another site, a `null` origin or neither
 * header: the post is refused (with SameSite=Lax cookies this stops cross-site form posts).
 */
export function sameOriginOf(request: FastifyRequest, publicUrl: string): string | undefined {
  const own = new Set<string>([`${request.protocol}://${request.host}`]);
  try {
    own.add(new URL(publicUrl).origin);
  } catch {
    // A public URL that does not parse names no origin; the request's own host still does.
  }
  const origin = header(request, 'origin');
  if (origin !== undefined) return origin !== 'null' && own.has(origin) ? origin : undefined;
  const referer = header(request, 'referer');
  if (referer === undefined) return undefined;
  try {
    const from = new URL(referer).origin;
    return own.has(from) ? from : undefined;
  } catch {
    return undefined;
  }
}

/** The cookie holding the id of the buyer's open cart. */
export const CART_COOKIE = 'lf_cart';
/** The cookie holding the id of the cart the buyer last ordered: it opens that order's payment and confirmation pages. */
export const ORDER_COOKIE = 'lf_order';
/** How long the ordered cart's cookie opens its order's pages (the order lookup works after that). */
export const ORDER_COOKIE_SECONDS = 86_400;

/** One cookie's value from the Cookie header (the first of that name), or undefined. */
export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const raw = header(request, 'cookie');
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * A Set-Cookie value: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts),
 * path /, and Secure when the site is served over https.
 */
export function cookie(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${name}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** Whether cookies must be Secure: the request came over https, or the site's public URL is https (TLS ended at a proxy). */
export function isHttps(request: FastifyRequest, publicUrl: string): boolean {
  return request.protocol === 'https' || publicUrl.startsWith('https:');
}
