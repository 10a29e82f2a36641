import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUuid } from '../../../core/ids/uuid.js';
import { addCartLine, createCart, getCart, patchCart, removeCartLine, setCartLine, type CartView } from '../../../services/checkout/carts.js';
import type { Deps } from '../../../services/deps.js';
import { renderCartPage, type CartNotice } from '../../../web/storefront/render-cart-page.js';
import { paths } from '../../../web/storefront/urls.js';
import type { RouteRegistrar } from '../../route.js';
import { CART_COOKIE, cookie, isHttps, readCookie, registerFormParser } from './storefront-forms.js';
import { registerCheckoutRoutes } from './storefront-checkout-routes.js';
import { createPageKit, type KitOptions, type Market, type PageKit, type R } from './storefront-page-kit.js';
import { registerPaymentRoutes } from './storefront-payment-routes.js';

/** Why the buyer's previous cart is not the one shown: another market, expired, ordered, or not found. */
export type Previous = { why: 'market' | 'expired' | 'ordered' | 'missing'; order?: string };

/**
 * The buyer's cart, found through the cart cookie. A cart serves one market and country (its
 * prices, taxes and delivery are that country's), so a cart of another one, an expired or an
 * ordered cart is not used: the next add starts a new cart, and the page says why.
 */
export function createCartSession(deps: Deps, kit: PageKit) {
  /** The open cart of this market and country, or why there is none. The cart takes the page's language. */
  async function open(request: FastifyRequest, m: Market): Promise<{ id: string } | { id?: undefined; previous?: Previous }> {
    const id = readCookie(request, CART_COOKIE);
    if (id === undefined) return {};
    if (!isUuid(id)) return { previous: { why: 'missing' } };
    const cart = await deps.carts.get(id);
    if (!cart) return { previous: { why: 'missing' } };
    if (cart.market !== m.market.id || cart.country !== m.country) return { previous: { why: 'market' } };
    if (cart.status !== 'open') {
      const order = await deps.orders.byCart(id);
      return { previous: { why: 'ordered', ...(order ? { order: order.number } : {}) } };
    }
    if (cart.expiresAt.getTime() <= deps.clock().getTime()) return { previous: { why: 'expired' } };
    // Line titles follow the cart's language: a buyer who switched language sees them in the new one.
    if (cart.locale !== m.locale) await patchCart(deps, id, { locale: m.locale }, { minimal: true });
    return { id };
  }

  /** The cart priced now, or null; 'unavailable' when prices cannot be made (no reference rate). */
  async function priced(id: string | undefined): Promise<CartView | null | 'unavailable'> {
    if (id === undefined) return null;
    const r = await getCart(deps, id);
    if (r.ok) return r.value;
    return r.code === 'FX_RATE_MISSING' ? 'unavailable' : null;
  }

  const setCart = (request: FastifyRequest, reply: FastifyReply, id: string) =>
    reply.header('set-cookie', cookie(CART_COOKIE, id, deps.cartTtlDays * 86_400, isHttps(request, kit.publicUrl)));

  return { open, priced, setCart };
}

export type CartSession = ReturnType<typeof createCartSession>;

const NOTICES = { added: 'cart.notice.added', updated: 'cart.notice.updated', removed: 'cart.notice.removed' } as const;
const STARTED = { market: 'cart.notice.startedMarket', expired: 'cart.notice.startedExpired', ordered: 'cart.notice.startedOrdered', missing: 'cart.notice.startedMissing' } as const;
const PREVIOUS = { market: 'cart.notice.otherMarket', expired: 'cart.notice.expired', ordered: 'cart.notice.ordered', missing: 'cart.notice.missing' } as const;

/** What a cart that could not be changed any more (expired, ordered, gone) says when a new one is needed. */
const GONE: Record<string, Previous['why']> = { CART_EXPIRED: 'expired', CART_CLOSED: 'ordered', CART_NOT_FOUND: 'missing' };

/** `/{m}/cart` with what just happened, as the page's query (only known words are shown). */
function cartUrl(segment: string, notice?: keyof typeof NOTICES, started?: Previous['why']): string {
  const q = new URLSearchParams();
  if (notice) q.set('notice', notice);
  if (started) q.set('started', started);
  const s = q.toString();
  return `${paths.cart(segment)}${s ? `?${s}` : ''}`;
}

/** A quantity as typed: digits only ("3"), else undefined (the services check the range). */
export function quantityOf(text: string | undefined): number | undefined {
  const v = (text ?? '').trim();
  return /^\d{1,6}$/.test(v) ? Number(v) : undefined;
}

function registerCartRoutes(app: FastifyInstance, deps: Deps, kit: PageKit, session: CartSession): void {
  const { handle } = kit;

  /** The cart page, with refused input when there is some. */
  const show = async (reply: FastifyReply, m: Market, status: number, extra: { notices?: CartNotice[]; errors?: Record<string, string>; typed?: Record<string, string>; id?: string | undefined; previous?: Previous | undefined }) => {
    const cart = await session.priced(extra.id);
    if (cart === 'unavailable') return kit.errorPage(reply, m, 503, { kind: 'unavailable' }, '/cart');
    const notices = [...(extra.notices ?? [])];
    const p = extra.previous;
    if (p) notices.push({ key: PREVIOUS[p.why], values: { country: (await kit.contextFor(m, '')).t.regionName(m.country), number: p.order ?? '' }, ...(p.why === 'ordered' && p.order ? { href: paths.confirmation(m.segment, p.order) } : {}) });
    const html = renderCartPage(await kit.contextFor(m, '/cart'), { cart, notices, errors: extra.errors ?? {}, typed: extra.typed ?? {}, paymentMethods: kit.paymentMethods(m) });
    return kit.send(reply, status, html);
  };

  app.get<R>('/:market/cart', { schema: { hide: true } }, handle(async (request, reply, m) => {
    const found = await session.open(request, m);
    const q = request.query;
    const notices: CartNotice[] = [];
    const country = (await kit.contextFor(m, '')).t.regionName(m.country);
    if (typeof q.started === 'string' && q.started in STARTED) notices.push({ key: STARTED[q.started as Previous['why']], values: { country } });
    if (typeof q.notice === 'string' && q.notice in NOTICES) notices.push({ key: NOTICES[q.notice as keyof typeof NOTICES] });
    return show(reply, m, 200, { notices, id: found.id, previous: found.id === undefined ? found.previous : undefined });
  }));

  // Add to cart (the product page's form): to the open cart, else to a new one for this market.
  app.post<R>('/:market/cart', { schema: { hide: true } }, handle(async (request, reply, m) => {
    const form = await kit.formOf(request, reply, m, ['sku', 'quantity']);
    if (!form) return reply;
    const sku = form.fields.get('sku') ?? '';
    const quantity = quantityOf(form.fields.get('quantity'));
    const found = await session.open(request, m);
    if (quantity === undefined) return show(reply, m, 400, { errors: { add: 'cart.error.addQuantity' }, id: found.id });
    let started = found.id === undefined ? found.previous?.why : undefined;
    if (found.id !== undefined) {
      const added = await addCartLine(deps, found.id, { sku, quantity }, { minimal: true });
      if (added.ok) return kit.seeOther(reply, cartUrl(m.segment, 'added'));
      const gone = GONE[added.code];
      if (!gone) return addRefused(reply, m, added.code, added.field, found.id);
      started = gone;
    }
    const created = await createCart(deps, { market: m.market.id, country: m.country, locale: m.locale, lines: [{ sku, quantity }] }, { minimal: true });
    if (!created.ok) return addRefused(reply, m, created.code, created.field, undefined);
    session.setCart(request, reply, created.value.id);
    return kit.seeOther(reply, cartUrl(m.segment, 'added', started));
  }));

  /** An add-to-cart that was refused: the reason at the top of the cart page (the fields are on the product page). */
  const addRefused = (reply: FastifyReply, m: Market, code: string, field: string | undefined, id: string | undefined) => {
    if (code === 'FX_RATE_MISSING') return kit.errorPage(reply, m, 503, { kind: 'unavailable' }, '/cart');
    const [status, key] =
      code === 'INSUFFICIENT_STOCK'
        ? [409, 'cart.error.addStock']
        : code === 'VARIANT_NOT_FOUND' || (code === 'VALIDATION_FAILED' && /sku$/.test(field ?? ''))
          ? [code === 'VARIANT_NOT_FOUND' ? 422 : 400, 'cart.error.addSku']
          : code === 'VALIDATION_FAILED' && /quantity$/.test(field ?? '')
            ? [400, 'cart.error.addQuantity']
            : [409, 'cart.error.add'];
    return show(reply, m, status, { errors: { add: key }, id });
  };

  // A line's quantity (0 removes it).
  app.post<R>('/:market/cart/update', { schema: { hide: true } }, handle(async (request, reply, m) => {
    const form = await kit.formOf(request, reply, m, ['sku', 'quantity']);
    if (!form) return reply;
    const sku = form.fields.get('sku') ?? '';
    const typed = form.fields.get('quantity') ?? '';
    const found = await session.open(request, m);
    if (found.id === undefined) return kit.seeOther(reply, cartUrl(m.segment, undefined, found.previous?.why));
    const quantity = quantityOf(typed);
    const refuse = (status: number, key: string) => show(reply, m, status, { errors: { [`quantity:${sku}`]: key }, typed: { [sku]: typed.slice(0, 20) }, id: found.id });
    if (quantity === undefined) return refuse(400, 'cart.error.quantity');
    const r = await setCartLine(deps, found.id, sku, { quantity }, { minimal: true });
    if (r.ok) return kit.seeOther(reply, cartUrl(m.segment, quantity === 0 ? 'removed' : 'updated'));
    if (GONE[r.code]) return kit.seeOther(reply, cartUrl(m.segment, undefined, GONE[r.code]));
    if (r.code === 'VALIDATION_FAILED') return refuse(400, 'cart.error.quantity');
    if (r.code === 'INSUFFICIENT_STOCK') return refuse(409, 'cart.error.stock');
    if (r.code === 'FX_RATE_MISSING') return kit.errorPage(reply, m, 503, { kind: 'unavailable' }, '/cart');
    return show(reply, m, 422, { errors: { cart: 'cart.error.noLine' }, id: found.id });
  }));

  app.post<R>('/:market/cart/remove', { schema: { hide: true } }, handle(async (request, reply, m) => {
    const form = await kit.formOf(request, reply, m, ['sku']);
    if (!form) return reply;
    const found = await session.open(request, m);
    if (found.id === undefined) return kit.seeOther(reply, cartUrl(m.segment, undefined, found.previous?.why));
    const r = await removeCartLine(deps, found.id, form.fields.get('sku') ?? '', { minimal: true });
    if (r.ok) return kit.seeOther(reply, cartUrl(m.segment, 'removed'));
    if (GONE[r.code]) return kit.seeOther(reply, cartUrl(m.segment, undefined, GONE[r.code]));
    return show(reply, m, 422, { errors: { cart: 'cart.error.noLine' }, id: found.id });
  }));
}

/**
 * The storefront's cart, checkout, payment and confirmation pages, in a scope of their own: only
 * here are urlencoded form posts read, every post must come from this site (403 otherwise), and
 * errors Fastify raises before a handler runs (a body over the limit, a body that is not a form)
 * are pages in the buyer's language, not the API's problem documents.
 */
export const storefrontCartRoutes =
  (options: KitOptions): RouteRegistrar =>
  (app, deps) => {
    void app.register(async (scope) => {
      registerFormParser(scope);
      const kit = createPageKit(options, deps);
      scope.setErrorHandler(async (error: { statusCode?: number }, request: FastifyRequest<R>, reply) => {
        const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
        if (status === 500) request.log.error({ err: error }, 'storefront cart page failed');
        const segment = request.params?.market ?? '';
        const match = /^[a-z]{2,3}-[a-z]{2}$/.test(segment) ? await kit.data.resolveSegment(segment) : undefined;
        if (match?.kind === 'market') return kit.errorPage(reply, { ...match, segment }, status, status === 500 ? { kind: 'server-error' } : { kind: 'bad-form' });
        return reply.code(status).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send(status === 500 ? 'Something went wrong.' : 'This request could not be read.');
      });
      const session = createCartSession(deps, kit);
      registerCartRoutes(scope, deps, kit, session);
      registerCheckoutRoutes(scope, deps, kit, session);
      registerPaymentRoutes(scope, deps, kit);
    });
  };
