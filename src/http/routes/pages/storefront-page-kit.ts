import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../services/deps.js';
import type { Catalogs } from '../../../web/i18n/catalogs.js';
import { createI18n } from '../../../web/i18n/translator.js';
import { renderErrorPage, renderUnknownMarketPage, type StorefrontError } from '../../../web/storefront/render-error-page.js';
import type { PaymentMethodView } from '../../../web/storefront/view.js';
import type { StorefrontAssets } from './storefront-assets.js';
import { createStorefrontData } from './storefront-data.js';
import { pageContexts, type PageMarket } from './storefront-context.js';
import { readForm, sameOriginOf } from './storefront-forms.js';
import { PAGE_HEADERS, STOREFRONT_PAGE_TTL_MS } from './storefront-routes.js';

export type KitOptions = { publicUrl: string; catalogs: Catalogs; assets: StorefrontAssets };

/** The page's market, country and language, from its `/{language}-{country}/` segment. */
export type Market = PageMarket;

export type R = { Params: Record<string, string>; Querystring: Record<string, unknown>; Body: unknown };

/**
 * What the cart, checkout and payment pages share with the other storefront pages: the market from
 * the URL segment (redirects and the unknown-market page as they do), the page context for the
 * layout, and sending a page. These pages show one buyer's cart or order, so they are never cached
 * or kept; their referrer policy stays same-origin so that their own form posts carry an Origin.
 */
export function createPageKit(options: KitOptions, deps: Deps) {
  const i18n = createI18n(options.catalogs);
  const data = createStorefrontData(deps, { cacheMs: STOREFRONT_PAGE_TTL_MS });
  const publicUrl = options.publicUrl.replace(/\/+$/, '');

  const contextFor = pageContexts({ i18n, data, publicUrl, assets: options.assets });

  const send = (reply: FastifyReply, status: number, page: string) =>
    reply.headers(PAGE_HEADERS).header('cache-control', 'no-store').code(status).type('text/html; charset=utf-8').send(page);

  /** After a form post: 303, so the browser GETs the next page and a reload does not post again. */
  const seeOther = (reply: FastifyReply, location: string) => reply.header('cache-control', 'no-store').code(303).redirect(location, 303);

  const errorPage = async (reply: FastifyReply, m: Market, status: number, error: StorefrontError, path = '') => send(reply, status, renderErrorPage(await contextFor(m, path), error));

  /**
   * The market of the request's segment, or undefined once the reply is sent: a malformed segment
   * (404), upper case (301), a language the market does not speak (its default; 307 keeps a post a
   * post), a country no market sells to (the English "choose your country" page).
   */
  const resolve = async (request: FastifyRequest<R>, reply: FastifyReply): Promise<Market | undefined> => {
    const segment = request.params.market ?? '';
    const unknown = async () => {
      const store = await data.store();
      send(reply, 404, renderUnknownMarketPage({ storeName: store?.name ?? 'Landfall', css: options.assets.css.url }));
      return undefined;
    };
    if (!/^[a-z]{2,3}-[a-z]{2}$/i.test(segment)) {
      if (/\btext\/html\b/.test(String(request.headers.accept ?? ''))) return unknown();
      reply.callNotFound();
      return undefined;
    }
    const rest = request.url.slice(1 + segment.length);
    const again = request.method === 'GET' ? 302 : 307;
    if (segment !== segment.toLowerCase()) {
      reply.header('cache-control', 'no-cache').redirect(`/${segment.toLowerCase()}${rest}`, request.method === 'GET' ? 301 : 308);
      return undefined;
    }
    const match = await data.resolveSegment(segment);
    if (match.kind === 'unknown') return unknown();
    if (match.kind === 'redirect') {
      reply.header('cache-control', 'no-cache').redirect(`/${match.segment}${rest}`, again);
      return undefined;
    }
    return { market: match.market, country: match.country, locale: match.locale, segment };
  };

  /**
   * A form post's fields, or undefined once a refusal is sent: 403 for a post from another site
   * (or with neither Origin nor Referer), 400 for a body that is not a form, repeats a field or
   * has one the form does not have.
   */
  const formOf = async (request: FastifyRequest<R>, reply: FastifyReply, m: Market, allowed: readonly string[]): Promise<{ fields: ReadonlyMap<string, string>; origin: string } | undefined> => {
    const origin = sameOriginOf(request, publicUrl);
    if (origin === undefined) {
      await errorPage(reply, m, 403, { kind: 'forbidden' });
      return undefined;
    }
    const fields = readForm(request.body, allowed);
    if (!fields) {
      await errorPage(reply, m, 400, { kind: 'bad-form' });
      return undefined;
    }
    return { fields, origin };
  };

  /**
   * Every cart page handler: resolve the market first; a bug becomes a 500 page in the buyer's
   * language (nothing half-done is shown as done).
   */
  const handle =
    (build: (request: FastifyRequest<R>, reply: FastifyReply, m: Market) => Promise<FastifyReply | undefined>) =>
    async (request: FastifyRequest<R>, reply: FastifyReply) => {
      const m = await resolve(request, reply);
      if (!m) return reply;
      try {
        return (await build(request, reply, m)) ?? reply;
      } catch (error) {
        request.log.error({ err: error }, 'storefront cart page failed');
        return errorPage(reply, m, 500, { kind: 'server-error' });
      }
    };

  return {
    data,
    publicUrl,
    contextFor,
    send,
    seeOther,
    errorPage,
    resolve,
    formOf,
    handle,
    paymentMethods: (m: Market): PaymentMethodView[] => data.paymentMethods(m.market, m.country),
  };
}

export type PageKit = ReturnType<typeof createPageKit>;
