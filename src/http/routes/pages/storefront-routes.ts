import { productTextFallback } from '../../../services/store/localize-products.js';
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { checkEmail } from '../../../core/checkout/cart-input.js';
import { parseOrderNumber } from '../../../core/orders/order-number.js';
import { lookUpOrder } from '../../../services/orders/order-operations.js';
import { orderPageExtras } from './storefront-return-data.js';
import { getLocalizedProduct, listLocalizedProducts, type StoreContext } from '../../../services/store/localize-products.js';
import type { Catalogs } from '../../../web/i18n/catalogs.js';
import { createI18n } from '../../../web/i18n/translator.js';
import { renderErrorPage, renderUnknownMarketPage, type StorefrontError } from '../../../web/storefront/render-error-page.js';
import { renderHomePage, renderNoStorePage } from '../../../web/storefront/render-home-page.js';
import { renderHelpPage } from '../../../web/storefront/render-help-page.js';
import { renderOrderLookupPage, type LookupErrors } from '../../../web/storefront/render-order-lookup-page.js';
import { renderProductPage } from '../../../web/storefront/render-product-page.js';
import { renderCategoryPage, renderSearchPage } from '../../../web/storefront/render-product-list-page.js';
import { renderRegionsPage } from '../../../web/storefront/render-regions-page.js';
import { marketSegment, paths, urlLanguage } from '../../../web/storefront/urls.js';
import type { RouteRegistrar } from '../../route.js';
import type { StorefrontAssets } from './storefront-assets.js';
import { pageContexts, type PageMarket } from './storefront-context.js';
import { createStorefrontData, termsOf } from './storefront-data.js';
import { helpPageView } from './storefront-help-data.js';
import { pageNumber, pageStartCursor, safeReturnPath } from './storefront-query.js';

/** Products on a category or search page. */
export const PAGE_SIZE = 24;
/** The deepest page served: pages are reached by walking keyset cursors, so depth costs reads. */
export const MAX_PAGE = 100;
/** How long a rendered page is reused, like the store API's pages (catalog and price edits show within this). */
export const STOREFRONT_PAGE_TTL_MS = 15_000;

/** Storefront pages load only this server's stylesheet, script and forms; images may come from https hosts. */
export const PAGE_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' https: data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

export type StorefrontOptions = {
  /** Absolute base URL for canonical and hreflang links. */
  publicUrl: string;
  catalogs: Catalogs;
  assets: StorefrontAssets;
  /** Rendered-page reuse (default STOREFRONT_PAGE_TTL_MS; 0 renders every request). */
  pageCacheMs?: number;
  /** Markets and store facts reuse (default STOREFRONT_PAGE_TTL_MS). */
  dataCacheMs?: number;
};

/** `referrer`: a private page with its own form posts keeps same-origin, so that they carry an Origin (no-referrer sends `Origin: null`). */
type Page = { status: number; html: string; cacheable?: boolean; private?: boolean; redirect?: string; referrer?: 'same-origin' };
type R = { Params: Record<string, string>; Querystring: Query };
type Market = PageMarket;
type Query = Record<string, unknown>;

/**
 * The storefront under /{language}-{country}/: home, category, search, product, order lookup and
 * the country and language switcher, plus `/` and `/regions`, which send the buyer to their market.
 * Segments that are not `xx-yy` are not storefront URLs and get the API's 404, except for
 * browsers (Accept: text/html), which get the English "choose your country" page.
 */
export const storefrontRoutes =
  (options: StorefrontOptions): RouteRegistrar =>
  (app, deps) => {
    const i18n = createI18n(options.catalogs);
    const data = createStorefrontData(deps, { cacheMs: options.dataCacheMs ?? STOREFRONT_PAGE_TTL_MS });
    const pageTtl = options.pageCacheMs ?? STOREFRONT_PAGE_TTL_MS;
    const rendered = new Map<string, { page: Page; etag: string; expires: number }>();
    const publicUrl = options.publicUrl.replace(/\/+$/, '');

    const contextFor = pageContexts({ i18n, data, publicUrl, assets: options.assets });

    /**
     * A well-formed segment for a country no market sells to (`/vi-th/`, `/xx-zz/p/...`): the buyer
     * goes to the market their signals pick (edge country header, Accept-Language, the default
     * market), the same page there, and the page says that country is not sold to; without a store,
     * the plain "unknown market" page.
     */
    const toSensibleMarket = async (request: FastifyRequest<R>, reply: FastifyReply, segment: string, rest: string) => {
      const header = request.headers[deps.countryHeader];
      const r = await data.resolveBuyer({ countryHeader: typeof header === 'string' ? header : undefined, acceptLanguage: request.headers['accept-language'] });
      if (!r.ok) return unknownMarket(reply);
      const asked = segment.slice(segment.indexOf('-') + 1).toLowerCase();
      const [pathPart, queryPart] = (rest || '/').split('?') as [string, string | undefined];
      const params = new URLSearchParams(queryPart ?? '');
      params.set('unsold', asked);
      reply.header('vary', `accept-language, ${deps.countryHeader}`).header('cache-control', 'no-cache');
      return reply.redirect(`/${marketSegment(r.value.locale, r.value.country)}${pathPart || '/'}?${params}`, 302);
    };

    const send = (request: FastifyRequest, reply: FastifyReply, page: Page, etag?: string) => {
      reply.headers(PAGE_HEADERS).code(page.status).type('text/html; charset=utf-8');
      if (page.private) return reply.header('cache-control', 'no-store').header('referrer-policy', page.referrer ?? 'no-referrer').send(page.html);
      if (!page.cacheable || !etag) return reply.header('cache-control', 'no-cache').send(page.html);
      reply.header('etag', etag).header('cache-control', 'public, max-age=60');
      const match = request.headers['if-none-match'];
      if (typeof match === 'string' && match.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`)) return reply.code(304).send();
      return reply.send(page.html);
    };

    const unknownMarket = async (reply: FastifyReply) => {
      const store = await data.store();
      return reply
        .headers(PAGE_HEADERS)
        .header('cache-control', 'no-cache')
        .code(404)
        .type('text/html; charset=utf-8')
        .send(renderUnknownMarketPage({ storeName: store?.name ?? 'Landfall', css: options.assets.css.url }));
    };

    /**
     * Every storefront page: check the segment (lowercase it, resolve it, redirect a language the
     * market does not speak), reuse a rendered page of the same URL and day, else build it; a bug
     * becomes a 500 page in the buyer's language.
     */
    const page =
      (build: (request: FastifyRequest<R>, m: Market) => Promise<Page>) =>
      async (request: FastifyRequest<R>, reply: FastifyReply) => {
        const segment = request.params.market ?? '';
        if (!/^[a-z]{2,3}-[a-z]{2}$/i.test(segment)) {
          if (/\btext\/html\b/.test(String(request.headers.accept ?? ''))) return unknownMarket(reply);
          return reply.callNotFound();
        }
        const rest = request.url.slice(1 + segment.length);
        if (segment !== segment.toLowerCase()) return reply.code(301).header('cache-control', 'no-cache').redirect(`/${segment.toLowerCase()}${rest}`, 301);
        const match = await data.resolveSegment(segment);
        if (match.kind === 'unknown') return toSensibleMarket(request, reply, segment, rest);
        if (match.kind === 'redirect') return reply.header('cache-control', 'no-cache').redirect(`/${match.segment}${rest || '/'}`, 302);
        const unsold = typeof request.query.unsold === 'string' && /^[a-z]{2}$/.test(request.query.unsold) ? request.query.unsold.toUpperCase() : undefined;
        const m: Market = { ...match, segment, ...(unsold ? { unsold } : {}) };

        const key = `${deps.clock().toISOString().slice(0, 10)} ${request.url}`;
        const now = performance.now();
        const hit = rendered.get(key);
        if (hit && hit.expires > now) return send(request, reply, hit.page, hit.etag);
        let built: Page;
        try {
          built = await build(request, m);
        } catch (error) {
          request.log.error({ err: error }, 'storefront page failed');
          built = { status: 500, html: renderErrorPage(await contextFor(m, ''), { kind: 'server-error' }) };
        }
        if (built.redirect) return reply.header('cache-control', 'no-cache').redirect(built.redirect, 302);
        if (!built.cacheable || built.private) return send(request, reply, built);
        const etag = `"${createHash('sha256').update(built.html).digest('base64url').slice(0, 27)}"`;
        if (pageTtl > 0) {
          if (rendered.size >= 1_000) rendered.delete(rendered.keys().next().value!);
          rendered.set(key, { page: built, etag, expires: now + pageTtl });
        }
        return send(request, reply, built, etag);
      };

    const errorPage = async (m: Market, status: number, error: StorefrontError): Promise<Page> => ({ status, html: renderErrorPage(await contextFor(m, ''), error) });
    const storeContext = (m: Market): StoreContext => ({ market: m.market.id, country: m.country, locale: m.locale });

    const cursorFor = async (m: Market, page: number, filter: { category?: string; q?: string }) =>
      pageStartCursor(deps, { locale: m.locale, fallbackLocale: await productTextFallback(deps), page, pageSize: PAGE_SIZE, ...filter });

    const hasArrays = (query: Query) => Object.values(query).some((v) => typeof v !== 'string');

    // Home: what prices include, categories, the newest products, ways to pay.
    app.get<R>('/:market', { schema: { hide: true } }, page(async (request, m) => {
      if (hasArrays(request.query)) return errorPage(m, 400, { kind: 'bad-request' });
      const listed = await listLocalizedProducts(deps, storeContext(m), { limit: 8 });
      if (!listed.ok) return errorPage(m, listed.code === 'FX_RATE_MISSING' ? 503 : 404, { kind: listed.code === 'FX_RATE_MISSING' ? 'unavailable' : 'not-found' });
      const [ctx, store] = await Promise.all([contextFor(m, ''), data.store()]);
      const html = renderHomePage(ctx, {
        originCountry: store?.originCountry,
        featured: listed.value.items,
        terms: termsOf(listed.value),
        paymentMethods: data.paymentMethods(m.market, m.country),
      });
      return { status: 200, html, cacheable: true };
    }));

    // Category: 24 products a page, newest first.
    app.get<R>('/:market/c/:category', { schema: { hide: true } }, page(async (request, m) => {
      const slug = request.params.category!;
      const n = pageNumber(request.query.page, MAX_PAGE);
      if (n === undefined || hasArrays(request.query)) return errorPage(m, 400, { kind: 'bad-request' });
      const start = await cursorFor(m, n, { category: slug });
      if (start === 'invalid') return errorPage(m, 404, { kind: 'not-found' });
      if (start === 'past-end') return errorPage(m, 404, { kind: 'page-out-of-range', page: n, firstPage: paths.category(m.segment, slug) });
      const listed = await listLocalizedProducts(deps, storeContext(m), { limit: PAGE_SIZE, category: slug, ...(start.cursor ? { cursor: start.cursor } : {}) });
      if (!listed.ok) return listed.code === 'FX_RATE_MISSING' ? errorPage(m, 503, { kind: 'unavailable' }) : errorPage(m, 404, { kind: 'not-found' });
      if (listed.value.items.length === 0) {
        return n === 1 ? errorPage(m, 404, { kind: 'not-found' }) : errorPage(m, 404, { kind: 'page-out-of-range', page: n, firstPage: paths.category(m.segment, slug) });
      }
      const ctx = await contextFor(m, paths.category(m.segment, slug, n).slice(1 + m.segment.length));
      const parent = ctx.categories.find((c) => c.children.includes(slug) && c.slug !== slug)?.slug;
      const html = renderCategoryPage(ctx, { slug, parent, page: n, hasNext: listed.value.nextCursor !== null, products: listed.value.items, terms: termsOf(listed.value) });
      return { status: 200, html, cacheable: true };
    }));

    // Search in the buyer's language: the text is checked by the catalog service (1 to 200
    // characters, no control characters); anything else is a 400 page that does not repeat it.
    app.get<R>('/:market/search', { schema: { hide: true } }, page(async (request, m) => {
      const n = pageNumber(request.query.page, MAX_PAGE);
      const raw = request.query.q;
      const q = typeof raw === 'string' ? raw.trim() : raw;
      const ctxPath = (query?: string, p = 1) => paths.search(m.segment, query, p).slice(1 + m.segment.length);
      const refused = async (): Promise<Page> => ({ status: 400, html: renderSearchPage(await contextFor(m, ctxPath()), { q: undefined, invalid: true }) });
      if (n === undefined || hasArrays(request.query) || (q !== undefined && typeof q !== 'string')) return refused();
      if (q === undefined || q === '') return { status: 200, html: renderSearchPage(await contextFor(m, ctxPath()), { q: undefined }), cacheable: true };
      const start = await cursorFor(m, n, { q });
      if (start === 'invalid') return refused();
      if (start === 'past-end') return errorPage(m, 404, { kind: 'page-out-of-range', page: n, firstPage: paths.search(m.segment, q) });
      const listed = await listLocalizedProducts(deps, storeContext(m), { limit: PAGE_SIZE, q, ...(start.cursor ? { cursor: start.cursor } : {}) });
      if (!listed.ok) {
        if (listed.code === 'FX_RATE_MISSING') return errorPage(m, 503, { kind: 'unavailable' });
        return refused();
      }
      if (n > 1 && listed.value.items.length === 0) return errorPage(m, 404, { kind: 'page-out-of-range', page: n, firstPage: paths.search(m.segment, q) });
      const html = renderSearchPage(await contextFor(m, ctxPath(q, n)), { q, page: n, hasNext: listed.value.nextCursor !== null, products: listed.value.items, terms: termsOf(listed.value) });
      return { status: 200, html, cacheable: true };
    }));

    // Product: price, variants, landed cost, delivery windows, payment methods.
    app.get<R>('/:market/p/:handle', { schema: { hide: true } }, page(async (request, m) => {
      if (hasArrays(request.query)) return errorPage(m, 400, { kind: 'bad-request' });
      const found = await getLocalizedProduct(deps, storeContext(m), request.params.handle!);
      if (!found.ok) return found.code === 'FX_RATE_MISSING' ? errorPage(m, 503, { kind: 'unavailable' }) : errorPage(m, 404, { kind: 'product-not-found' });
      const product = found.value.items[0]!;
      const wanted = request.query.variant;
      const selected = product.variants.find((v) => v.sku === wanted) ?? product.variants[0];
      if (!selected) return errorPage(m, 404, { kind: 'product-not-found' });
      const [ctx, delivery] = await Promise.all([contextFor(m, paths.product(m.segment, product.handle).slice(1 + m.segment.length)), data.delivery(m.market, m.country, selected.sku)]);
      const html = renderProductPage(ctx, { product, selected, terms: termsOf(found.value), delivery, paymentMethods: data.paymentMethods(m.market, m.country) });
      return { status: 200, html, cacheable: true };
    }));

    // Help for the buyer's country: import charges, delivery, returns and ways to pay, from the rules
    // in effect today; cached like the other public pages (per day and URL, STOREFRONT_PAGE_TTL_MS).
    app.get<R>('/:market/help', { schema: { hide: true } }, page(async (request, m) => {
      if (hasArrays(request.query)) return errorPage(m, 400, { kind: 'bad-request' });
      const [ctx, view] = await Promise.all([contextFor(m, '/help'), helpPageView(deps, data, m)]);
      return { status: 200, html: renderHelpPage(ctx, view), cacheable: true };
    }));

    // Order lookup by number and email. Never cached or kept: it shows a buyer's order.
    app.get<R>('/:market/order', { schema: { hide: true } }, page(async (request, m) => {
      const ctx = await contextFor(m, '/order');
      const { number, email } = request.query;
      if (number === undefined && email === undefined) return { status: 200, html: renderOrderLookupPage(ctx, {}), private: true };
      const shown = (v: unknown) => (typeof v === 'string' ? v.slice(0, 254).replace(/[\u0000-\u001f\u007f]/g, '') : undefined);
      const errors: LookupErrors = {};
      const parsed = parseOrderNumber(number);
      if (!parsed.ok) errors.number = typeof number === 'string' && /^LF-?[1-9][0-9]+$/i.test(number.trim()) ? 'order.error.numberTypo' : 'order.error.numberShape';
      if (!checkEmail(email, 'email', () => undefined)) errors.email = 'order.error.email';
      if (errors.number || errors.email) return { status: 400, html: renderOrderLookupPage(ctx, { number: shown(number), email: shown(email), errors }), private: true };
      const r = await lookUpOrder(deps, number as string, email);
      if (r.ok) {
        // What the carriers reported, shown per parcel in the buyer's language.
        // What the carriers reported, the buyer's returns with the return form, and the notice after a request.
        const returnForm = request.query.returned === '1' ? { notice: 'requested' as const } : {};
        return { status: 200, html: renderOrderLookupPage(ctx, { order: r.value, ...(await orderPageExtras(deps, r.value, email)), returnForm }), private: true, referrer: 'same-origin' as const };
      }
      if (r.code === 'VALIDATION_FAILED') return { status: 400, html: renderOrderLookupPage(ctx, { number: shown(number), email: shown(email), errors: { email: 'order.error.email' } }), private: true };
      return { status: 404, html: renderOrderLookupPage(ctx, { number: shown(number), email: shown(email), notFound: true }), private: true };
    }));

    // The switcher: with ?country= it sends the buyer to that country's market (in the chosen
    // language when the market speaks it, else its default); without, it lists every choice.
    app.get<R>('/:market/regions', { schema: { hide: true } }, page(async (request, m) => {
      if (hasArrays(request.query)) return errorPage(m, 400, { kind: 'bad-request' });
      const { country, language, path } = request.query as Record<string, string | undefined>;
      const returnPath = safeReturnPath(path);
      if (country === undefined) return { status: 200, html: renderRegionsPage(await contextFor(m, '/regions'), returnPath), cacheable: path === undefined };
      const code = country.toUpperCase();
      const target = /^[A-Z]{2}$/.test(code) ? (await data.markets()).find((x) => x.countries.includes(code)) : undefined;
      if (!target) return errorPage(m, 400, { kind: 'bad-request' });
      const locale = target.locales.find((l) => l === language) ?? target.locales.find((l) => language !== undefined && urlLanguage(l) === urlLanguage(language)) ?? target.locales[0]!;
      return { status: 302, html: '', redirect: `/${marketSegment(locale, code)}${returnPath || '/'}` };
    }));

    // `/` and `/regions`: the buyer's market from the edge's country header and Accept-Language.
    const toBuyerMarket = (suffix: string) => async (request: FastifyRequest, reply: FastifyReply) => {
      const header = request.headers[deps.countryHeader];
      const [store, r] = await Promise.all([data.store(), data.resolveBuyer({ countryHeader: typeof header === 'string' ? header : undefined, acceptLanguage: request.headers['accept-language'] })]);
      reply.header('vary', `accept-language, ${deps.countryHeader}`).header('cache-control', 'no-cache');
      // Before the seed there is no store to send anyone to: say how to make one.
      if (!store || !r.ok) return reply.type('text/html; charset=utf-8').send(renderNoStorePage());
      return reply.redirect(`/${marketSegment(r.value.locale, r.value.country)}${suffix}`, 302);
    };
    app.get('/', { schema: { hide: true } }, toBuyerMarket('/'));
    app.get('/regions', { schema: { hide: true } }, toBuyerMarket('/regions'));
  };
