import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkEmail } from '../../../core/checkout/cart-input.js';
import type { FieldIssue } from '../../../core/result/result.js';
import { isLocalIpAddress } from '../../../core/fraud/risk-order.js';
import { getCart, patchCart, type CartView } from '../../../services/checkout/carts.js';
import { checkoutCart } from '../../../services/checkout/checkout.js';
import type { Deps } from '../../../services/deps.js';
import { confirmPayment } from '../../../services/payments/confirm-payment.js';
import type { CheckoutForm } from '../../../web/storefront/checkout-view.js';
import type { CartNotice } from '../../../web/storefront/render-cart-page.js';
import { renderCheckoutPage } from '../../../web/storefront/render-checkout-page.js';
import { paths } from '../../../web/storefront/urls.js';
import type { CartSession } from './storefront-cart-routes.js';
import { cookie, isHttps, ORDER_COOKIE, ORDER_COOKIE_SECONDS } from './storefront-forms.js';
import type { Market, PageKit, R } from './storefront-page-kit.js';

const FORM_FIELDS = ['email', 'name', 'line1', 'line2', 'city', 'postalCode', 'region', 'phone', 'deliveryOption', 'paymentMethod', 'expectedTotal', 'action'] as const;

/** Countries whose addresses need a state or province (sales tax and GST/HST differ by it). */
const REGION_REQUIRED = new Set(['US', 'CA']);
/** Countries where addresses are commonly written without a postal code. */
const POSTAL_CODE_OPTIONAL = new Set(['VN']);

/** A checkout that could not be saved or placed because the cart is gone: back to the cart, which says why. */
const GONE = new Set(['CART_EXPIRED', 'CART_CLOSED', 'CART_NOT_FOUND']);

/**
 * The form field a service names (`address.postalCode`, `address.lines[1]`, `payment.method`), or
 * undefined for one the form does not have; its message key is `checkout.error.<field>`.
 */
export function checkoutField(apiField: string): string | undefined {
  if (apiField === 'email' || apiField === 'deliveryOption') return apiField;
  if (apiField === 'payment.method') return 'paymentMethod';
  const a = /^address\.(name|city|postalCode|region|phone|country)$/.exec(apiField);
  if (a) return a[1];
  if (apiField === 'address' || apiField === 'address.lines' || apiField === 'address.lines[0]') return 'line1';
  if (/^address\.lines\[[12]\]$/.test(apiField)) return 'line2';
  return undefined;
}

/** Field errors from a service's refusal: every detail it names, mapped to the form's fields. */
function errorsOf(field: string | undefined, details: readonly FieldIssue[] | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of details?.map((d) => d.field) ?? [field ?? '']) {
    const name = checkoutField(f);
    if (name) errors[name] = `checkout.error.${name}`;
  }
  return Object.keys(errors).length > 0 ? errors : { form: 'checkout.error.generic' };
}

function formOfCart(cart: CartView): CheckoutForm {
  const a = cart.address;
  return { email: cart.email ?? '', name: a?.name ?? '', line1: a?.lines[0] ?? '', line2: a?.lines[1] ?? '', city: a?.city ?? '', postalCode: a?.postalCode ?? '', region: a?.region ?? '', phone: a?.phone ?? '', deliveryOption: '', paymentMethod: '' };
}

type Address = NonNullable<CartView['address']>;

/** Field by field (a stored address comes back from jsonb with its keys in another order). */
function sameAddress(a: Address, b: Address | null): boolean {
  return b !== null && a.name === b.name && a.lines.join('\n') === b.lines.join('\n') && a.city === b.city && a.postalCode === b.postalCode && a.region === b.region && a.country === b.country && a.phone === b.phone;
}

/** An email as the cart keeps it (the domain in lower case), to tell whether it changed. */
const normalEmail = (e: string) => {
  const at = e.lastIndexOf('@');
  return at < 0 ? e : `${e.slice(0, at)}@${e.slice(at + 1).toLowerCase()}`;
};

export function registerCheckoutRoutes(app: FastifyInstance, deps: Deps, kit: PageKit, session: CartSession): void {
  const { handle } = kit;
  const cartUrl = (m: Market, started?: string) => `${paths.cart(m.segment)}${started ? `?started=${started}` : ''}`;

  const render = async (reply: FastifyReply, m: Market, status: number, cart: CartView, form: CheckoutForm, errors: Record<string, string>, notices: CartNotice[] = []) =>
    kit.send(
      reply,
      status,
      renderCheckoutPage(await kit.contextFor(m, '/checkout'), { cart, form, errors, notices, postalCodeRequired: !POSTAL_CODE_OPTIONAL.has(m.country), regionRequired: REGION_REQUIRED.has(m.country) }),
    );

  app.get<R>('/:market/checkout', { schema: { hide: true } }, handle(async (request, reply, m) => {
    const found = await session.open(request, m);
    if (found.id === undefined) return kit.seeOther(reply, cartUrl(m, found.previous?.why));
    const cart = await session.priced(found.id);
    if (cart === 'unavailable') return kit.errorPage(reply, m, 503, { kind: 'unavailable' }, '/checkout');
    if (!cart || cart.lines.length === 0) return kit.seeOther(reply, cartUrl(m));
    const notices: CartNotice[] = request.query.saved === '1' ? [{ key: 'checkout.notice.saved' }] : [];
    return render(reply, m, 200, cart, formOfCart(cart), {}, notices);
  }));

  /**
   * Save the details (and the delivery option), then with action=place check out: the amount shown
   * as due now goes with it (QUOTE_CHANGED shows the new amount and asks again), and the
   * Idempotency-Key is the cart's id and version, so a second submit of the same form answers the
   * same order and payment instead of making another.
   */
  app.post<R>('/:market/checkout', { schema: { hide: true } }, handle(async (request, reply, m) => {
    const form = await kit.formOf(request, reply, m, FORM_FIELDS);
    if (!form) return reply;
    const action = form.fields.get('action') ?? 'save';
    if (action !== 'save' && action !== 'place') return kit.errorPage(reply, m, 400, { kind: 'bad-form' });
    const found = await session.open(request, m);
    // The form sent again after its order was placed (a reload, a second click): on to that order.
    if (found.id === undefined && found.previous?.why === 'ordered' && found.previous.order) return kit.seeOther(reply, paths.pay(m.segment, found.previous.order));
    if (found.id === undefined) return kit.seeOther(reply, cartUrl(m, found.previous?.why));
    const id = found.id;
    let cart = await session.priced(id);
    if (cart === 'unavailable') return kit.errorPage(reply, m, 503, { kind: 'unavailable' }, '/checkout');
    if (!cart || cart.lines.length === 0) return kit.seeOther(reply, cartUrl(m));

    const v = (name: string) => (form.fields.get(name) ?? '').slice(0, 300);
    const typed: CheckoutForm = { email: v('email'), name: v('name'), line1: v('line1'), line2: v('line2'), city: v('city'), postalCode: v('postalCode'), region: v('region'), phone: v('phone'), deliveryOption: v('deliveryOption'), paymentMethod: v('paymentMethod') };
    const trimmed = (s: string) => s.trim();
    const errors: Record<string, string> = {};
    for (const name of ['email', 'name', 'line1', 'city'] as const) if (trimmed(typed[name]) === '') errors[name] = `checkout.error.${name}`;
    if (!errors.email && !checkEmail(trimmed(typed.email), 'email', () => undefined)) errors.email = 'checkout.error.email';
    if (!POSTAL_CODE_OPTIONAL.has(m.country) && trimmed(typed.postalCode) === '') errors.postalCode = 'checkout.error.postalCode';
    if (REGION_REQUIRED.has(m.country) && trimmed(typed.region) === '') errors.region = 'checkout.error.region';
    if (Object.keys(errors).length > 0) return render(reply, m, 400, cart, typed, errors);

    // Only what changed is written, so a second submit of the same form finds the same cart version.
    const patch: Record<string, unknown> = {};
    if (normalEmail(trimmed(typed.email)) !== cart.email) patch.email = trimmed(typed.email);
    const address = {
      name: trimmed(typed.name),
      lines: trimmed(typed.line2) ? [trimmed(typed.line1), trimmed(typed.line2)] : [trimmed(typed.line1)],
      city: trimmed(typed.city),
      postalCode: trimmed(typed.postalCode) ? trimmed(typed.postalCode).toUpperCase() : null,
      // Only where the form asks for it (the US and Canada): anywhere else a state code means nothing.
      region: REGION_REQUIRED.has(m.country) && trimmed(typed.region) ? trimmed(typed.region).toUpperCase() : null,
      country: m.country,
      phone: trimmed(typed.phone) || null,
    };
    if (!sameAddress(address, cart.address)) patch.address = address;
    const chosen = cart.deliveryOptions.find((o) => o.chosen)?.id;
    if (typed.deliveryOption !== '' && typed.deliveryOption !== chosen) patch.deliveryOption = typed.deliveryOption;
    if (Object.keys(patch).length > 0) {
      const saved = await patchCart(deps, id, patch);
      if (!saved.ok) {
        if (GONE.has(saved.code)) return kit.seeOther(reply, cartUrl(m, saved.code === 'CART_EXPIRED' ? 'expired' : 'ordered'));
        if (saved.code === 'FX_RATE_MISSING') return kit.errorPage(reply, m, 503, { kind: 'unavailable' }, '/checkout');
        return render(reply, m, 400, cart, typed, errorsOf(saved.field, saved.details));
      }
      cart = saved.value;
    }
    if (action === 'save') return kit.seeOther(reply, `${paths.checkout(m.segment)}?saved=1`);

    const method = cart.paymentMethods.find((p) => p.id === typed.paymentMethod);
    if (!method) return render(reply, m, 400, cart, typed, { paymentMethod: 'checkout.error.paymentMethod' });
    const expected = form.fields.get('expectedTotal');
    if (expected === undefined || !/^\d{1,15}(\.\d{1,4})?$/.test(expected)) return kit.errorPage(reply, m, 400, { kind: 'bad-form' });

    const placed = await checkoutCart(deps, id, { payment: { method: method.id }, expectedTotal: { amount: expected, currency: cart.currency }, risk: buyerSession(request, deps.countryHeader) }, { providerKey: `storefront:${id}:${cart.version}` });
    const orderCookie = cookie(ORDER_COOKIE, id, ORDER_COOKIE_SECONDS, isHttps(request, kit.publicUrl));
    if (placed.ok) {
      const { order, payment } = placed.value;
      reply.header('set-cookie', orderCookie);
      // Offline methods (transfer, cash on delivery) have nothing to type: ask for their instructions now.
      if (payment && payment.nextAction?.type === 'confirm' && method.flow === 'offline') await confirmPayment(deps, payment.id, {});
      return kit.seeOther(reply, order.status === 'pending_payment' ? paths.pay(m.segment, order.number) : paths.confirmation(m.segment, order.number));
    }
    if (placed.code === 'CART_CLOSED') {
      // Placed already (a second submit after the first finished): go on with that order.
      const order = await deps.orders.byCart(id);
      if (order) {
        reply.header('set-cookie', orderCookie);
        return kit.seeOther(reply, paths.pay(m.segment, order.number));
      }
    }
    if (GONE.has(placed.code)) return kit.seeOther(reply, cartUrl(m, placed.code === 'CART_EXPIRED' ? 'expired' : 'missing'));
    if (placed.code === 'FX_RATE_MISSING') return kit.errorPage(reply, m, 503, { kind: 'unavailable' }, '/checkout');
    if (placed.code === 'PAYMENT_METHOD_NOT_AVAILABLE') return render(reply, m, 400, cart, typed, { paymentMethod: 'checkout.error.paymentMethod' });
    if (placed.code === 'VALIDATION_FAILED') return kit.errorPage(reply, m, 400, { kind: 'bad-form' });
    if (placed.code === 'ORDER_DECLINED') return render(reply, m, 402, cart, typed, {}, [{ key: 'checkout.notice.declined' }]);
    if (placed.code === 'PARTY_BLOCKED') return render(reply, m, 451, cart, typed, {}, [{ key: 'checkout.notice.declined' }]);
    const fresh = await getCart(deps, id);
    const now = fresh.ok ? fresh.value : cart;
    if (placed.code === 'QUOTE_CHANGED') {
      const due = now.totals?.payableAtCheckout;
      const ctx = await kit.contextFor(m, '/checkout');
      const notices = due ? [{ key: 'checkout.notice.quoteChanged', values: { amount: ctx.t.money(due.amount, due.currency) } }] : [];
      return render(reply, m, 409, now, typed, {}, notices);
    }
    // Stock, a discount that stopped applying, an incomplete landed cost: the cart's problems say what.
    return render(reply, m, 409, now, typed, {}, [{ key: 'checkout.notice.blocked' }]);
  }));
}

/**
 * What the storefront knows of the buyer's session for fraud screening: the address the request
 * came from (behind a proxy: LANDFALL_TRUST_PROXY), the edge's country header, the browser's
 * language and user agent. No device id or card details here: the assessment states them missing.
 */
function buyerSession(request: FastifyRequest, countryHeader: string): Record<string, unknown> {
  const country = request.headers[countryHeader];
  const language = request.headers['accept-language']?.split(',')[0]?.split(';')[0]?.trim();
  const userAgent = request.headers['user-agent'];
  return {
    // A local address is the proxy's or the test's, not the buyer's: left out (set LANDFALL_TRUST_PROXY behind a proxy).
    ip: { ...(isLocalIpAddress(request.ip) ? {} : { address: request.ip }), ...(typeof country === 'string' && /^[A-Za-z]{2}$/.test(country) ? { country: country.toUpperCase() } : {}) },
    device: { ...(language ? { language } : {}), ...(userAgent ? { userAgent: userAgent.slice(0, 500) } : {}) },
  };
}
