import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUuid } from '../../../core/ids/uuid.js';
import type { Deps } from '../../../services/deps.js';
import { getOrder, payOrder } from '../../../services/orders/order-operations.js';
import type { OrderView } from '../../../services/orders/order-view.js';
import { confirmPayment } from '../../../services/payments/confirm-payment.js';
import { getPayment } from '../../../services/payments/get-payment.js';
import type { PaymentView } from '../../../services/payments/payment-view.js';
import { renderConfirmationPage, renderOrderAccessPage } from '../../../web/storefront/render-confirmation-page.js';
import { renderPaymentPage } from '../../../web/storefront/render-payment-page.js';
import { paths } from '../../../web/storefront/urls.js';
import { confirmationOf, latestPayment, offeredMethods, paymentState } from './storefront-cart-views.js';
import { CART_COOKIE, ORDER_COOKIE, readCookie } from './storefront-forms.js';
import type { Market, PageKit, R } from './storefront-page-kit.js';

type Order = OrderView & { payments: PaymentView[] };

/** The service's card fields and the payment form's. */
const CARD_FIELD: Record<string, string> = { 'card.number': 'cardNumber', 'card.expMonth': 'expMonth', 'card.expYear': 'expYear', 'card.cvc': 'cvc', card: 'cardNumber' };

const isDone = (p: PaymentView) => p.status === 'succeeded' || p.status === 'authorized';

/**
 * The order's payment and confirmation pages. They show one buyer's order, so they open only in
 * the browser that placed it: its order cookie (or its cart cookie, until a new cart replaces it)
 * names the cart the order was made from, an unguessable id the order records. Elsewhere they send
 * the buyer to the order lookup, which asks for the email as well.
 */
export function registerPaymentRoutes(app: FastifyInstance, deps: Deps, kit: PageKit): void {
  const { handle } = kit;

  const owned = async (request: FastifyRequest<R>): Promise<Order | undefined> => {
    const wanted = (request.params.number ?? '').trim().toUpperCase();
    for (const name of [ORDER_COOKIE, CART_COOKIE]) {
      const id = readCookie(request, name);
      if (!isUuid(id)) continue;
      const order = await deps.orders.byCart(id);
      if (order && order.number === wanted) {
        const full = await getOrder(deps, order.number);
        return full.ok ? full.value : undefined;
      }
    }
    return undefined;
  };

  const noAccess = async (request: FastifyRequest<R>, reply: FastifyReply, m: Market) =>
    kit.send(reply, 403, renderOrderAccessPage(await kit.contextFor(m, ''), (request.params.number ?? '').slice(0, 40)));

  const methodsFor = async (order: Order) => {
    const market = (await kit.data.markets()).find((x) => x.id === order.market);
    return market ? offeredMethods(market, order.country) : [];
  };

  const showPayment = async (reply: FastifyReply, m: Market, status: number, order: Order, extra: { errors?: Record<string, string>; typed?: { expMonth: string; expYear: string }; declined?: string; providerError?: boolean } = {}) => {
    const methods = await methodsFor(order);
    const payment = latestPayment(order.payments);
    const html = renderPaymentPage(await kit.contextFor(m, ''), {
      number: order.number,
      amount: order.totals.total,
      state: paymentState(order, payment, methods),
      methods: methods.map(({ id, name }) => ({ id, name })),
      errors: extra.errors ?? {},
      typed: extra.typed ?? { expMonth: '', expYear: '' },
      declined: extra.declined,
      providerError: extra.providerError ?? false,
      testMode: payment ? payment.provider === 'test' : true,
    });
    return kit.send(reply, status, html);
  };

  /** Where a payment's answer sends the buyer: the confirmation, the provider's page, or back here (with the decline). */
  const after = (reply: FastifyReply, m: Market, order: Order, p: PaymentView) => {
    if (isDone(p)) return kit.seeOther(reply, paths.confirmation(m.segment, order.number));
    if (p.status === 'requires_action' && p.nextAction?.type === 'redirect') return kit.seeOther(reply, p.nextAction.url);
    if (p.status === 'failed') return kit.seeOther(reply, `${paths.pay(m.segment, order.number)}?declined=${encodeURIComponent(p.failure?.code ?? 'payment_failed')}`);
    return kit.seeOther(reply, paths.pay(m.segment, order.number));
  };

  const reload = async (order: Order): Promise<Order> => {
    const r = await getOrder(deps, order.number);
    return r.ok ? r.value : order;
  };

  app.get<R>('/:market/order/:number/pay', { schema: { hide: true } }, handle(async (request, reply, m) => {
    const order = await owned(request);
    if (!order) return noAccess(request, reply, m);
    if (order.status !== 'pending_payment' && order.status !== 'cancelled') return kit.seeOther(reply, paths.confirmation(m.segment, order.number));
    const declined = typeof request.query.declined === 'string' && /^[a-z_]{1,40}$/.test(request.query.declined) ? request.query.declined : undefined;
    return showPayment(reply, m, 200, order, { declined });
  }));

  // Pay: card details for a card, nothing for a redirect or offline method. After a failed attempt
  // the same method is tried again as a new payment (keyed by the failed one, so a double submit
  // makes one payment, confirmable once).
  app.post<R>('/:market/order/:number/pay', { schema: { hide: true } }, handle(async (request, reply, m) => {
    const form = await kit.formOf(request, reply, m, ['attempt', 'cardNumber', 'expMonth', 'expYear', 'cvc']);
    if (!form) return reply;
    let order = await owned(request);
    if (!order) return noAccess(request, reply, m);
    const latest = latestPayment(order.payments);
    if (order.status !== 'pending_payment' || !latest || latest.id !== form.fields.get('attempt')) return kit.seeOther(reply, paths.pay(m.segment, order.number));
    let target = latest;
    if (latest.status === 'failed' || latest.status === 'cancelled') {
      const again = await payOrder(deps, order.number, { method: latest.method }, { providerKey: `storefront-retry:${latest.id}` });
      if (!again.ok) return showPayment(reply, m, 502, order, { providerError: true });
      target = again.value;
      order = await reload(order);
    }
    if (target.status !== 'requires_action' || target.nextAction?.type !== 'confirm') return after(reply, m, order, target);
    const flow = (await methodsFor(order)).find((x) => x.id === target.method)?.flow;
    const f = (name: string) => form.fields.get(name) ?? '';
    const typed = { expMonth: f('expMonth').slice(0, 4), expYear: f('expYear').slice(0, 6) };
    const whole = (s: string) => (/^\s*\d{1,4}\s*$/.test(s) ? Number(s) : s);
    const returnUrl = `${form.origin}${paths.payReturn(m.segment, order.number)}`;
    const input = flow === 'card' ? { card: { number: f('cardNumber'), expMonth: whole(f('expMonth')), expYear: whole(f('expYear')), cvc: f('cvc').trim() }, returnUrl } : flow === 'redirect' ? { returnUrl } : {};
    const r = await confirmPayment(deps, target.id, input);
    if (r.ok) return after(reply, m, order, r.value);
    if (r.code === 'VALIDATION_FAILED') {
      const errors: Record<string, string> = {};
      for (const d of r.details ?? [{ field: r.field ?? 'card' }]) {
        const name = CARD_FIELD[d.field];
        if (name) errors[name] = `pay.error.${name}`;
      }
      return showPayment(reply, m, 400, order, { errors: Object.keys(errors).length > 0 ? errors : { form: 'pay.error.generic' }, typed });
    }
    if (r.code === 'PAYMENT_STATE_CONFLICT') return kit.seeOther(reply, paths.pay(m.segment, order.number));
    return showPayment(reply, m, 502, await reload(order), { providerError: true, typed });
  }));

  // Another way to pay, after a failure or when no payment could be started.
  app.post<R>('/:market/order/:number/pay/method', { schema: { hide: true } }, handle(async (request, reply, m) => {
    const form = await kit.formOf(request, reply, m, ['attempt', 'method']);
    if (!form) return reply;
    const order = await owned(request);
    if (!order) return noAccess(request, reply, m);
    const latest = latestPayment(order.payments);
    const open = latest && latest.status !== 'failed' && latest.status !== 'cancelled';
    if (order.status !== 'pending_payment' || open || latest?.id !== form.fields.get('attempt')) return kit.seeOther(reply, paths.pay(m.segment, order.number));
    const method = (await methodsFor(order)).find((x) => x.id === form.fields.get('method'));
    if (!method) return kit.errorPage(reply, m, 400, { kind: 'bad-form' });
    const started = await payOrder(deps, order.number, { method: method.id }, { providerKey: `storefront-method:${latest?.id ?? order.id}:${method.id}` });
    if (!started.ok) return showPayment(reply, m, 502, order, { providerError: true });
    if (method.flow === 'offline' && started.value.nextAction?.type === 'confirm') await confirmPayment(deps, started.value.id, {});
    return kit.seeOther(reply, paths.pay(m.segment, order.number));
  }));

  // Back from the provider's page (3-D Secure, a bank or wallet): ask the provider how it went,
  // since the buyer may be back before its webhook.
  app.get<R>('/:market/order/:number/pay/return', { schema: { hide: true } }, handle(async (request, reply, m) => {
    const order = await owned(request);
    if (!order) return noAccess(request, reply, m);
    const intent = request.query.payment_intent;
    const payment = order.payments.find((p) => p.providerPaymentId === intent) ?? latestPayment(order.payments);
    if (!payment) return kit.seeOther(reply, paths.pay(m.segment, order.number));
    const r = await getPayment(deps, payment.id, { refresh: true });
    if (!r.ok) return kit.seeOther(reply, paths.pay(m.segment, order.number));
    return after(reply, m, order, r.value);
  }));

  app.get<R>('/:market/order/:number/confirmation', { schema: { hide: true } }, handle(async (request, reply, m) => {
    const order = await owned(request);
    if (!order) return noAccess(request, reply, m);
    const html = renderConfirmationPage(await kit.contextFor(m, ''), confirmationOf(order, await methodsFor(order)));
    return kit.send(reply, 200, html);
  }));
}
