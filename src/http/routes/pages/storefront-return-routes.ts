import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../services/deps.js';
import { lookUpOrder } from '../../../services/orders/order-operations.js';
import { returnLabelPdf } from '../../../services/returns/approve-return.js';
import { listBuyerReturns, requestReturn } from '../../../services/returns/request-return.js';
import { renderOrderLookupPage } from '../../../web/storefront/render-order-lookup-page.js';
import type { ReturnFormState } from '../../../web/storefront/render-return-parts.js';
import { paths } from '../../../web/storefront/urls.js';
import type { RouteRegistrar } from '../../route.js';
import { registerFormParser } from './storefront-forms.js';
import { orderPageExtras } from './storefront-return-data.js';
import { createPageKit, type KitOptions, type Market, type R } from './storefront-page-kit.js';

/** Which message a refused return form shows, by the service's code and field. */
function errorKey(code: string, field: string | undefined): string {
  if (code === 'VALIDATION_FAILED' && field?.endsWith('.quantity')) return 'returns.error.quantity';
  if (code === 'VALIDATION_FAILED' && field?.endsWith('.reason')) return 'returns.error.reason';
  if (code === 'VALIDATION_FAILED' && field?.endsWith('.note')) return 'returns.error.note';
  if (code === 'RETURN_NOT_RETURNABLE' && field?.endsWith('.quantity')) return 'returns.error.quantity';
  return 'returns.error.notReturnable';
}

/**
 * The order page's return form (a plain POST, no script) and the return label's PDF for the
 * buyer, in a scope of their own that reads urlencoded forms. Every post must come from this site
 * (403 otherwise, as the cart forms). A request made goes back to the order page (303) with a
 * notice; a refused one shows the order page again, the error at the line's form in the buyer's
 * language, nothing stored.
 */
export const storefrontReturnRoutes =
  (options: KitOptions): RouteRegistrar =>
  (app, deps) => {
    void app.register(async (scope) => {
      registerFormParser(scope);
      const kit = createPageKit(options, deps);
      // Errors Fastify raises before a handler (a body over the limit, not a form) are pages in the buyer's language, as for the cart forms.
      scope.setErrorHandler(async (error: { statusCode?: number }, request: FastifyRequest<R>, reply) => {
        const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
        if (status === 500) request.log.error({ err: error }, 'storefront return form failed');
        const m = await kit.resolve(request, reply);
        if (!m) return reply;
        return kit.errorPage(reply, m, status, status === 500 ? { kind: 'server-error' } : { kind: 'bad-form' });
      });

      const orderPage = async (reply: FastifyReply, m: Market, status: number, number: string, email: string, returnForm: ReturnFormState) => {
        const ctx = await kit.contextFor(m, '/order');
        const order = await lookUpOrder(deps, number, email);
        if (!order.ok) return kit.send(reply, 404, renderOrderLookupPage(ctx, { number: number.slice(0, 40), email: email.slice(0, 254), notFound: true }));
        const html = renderOrderLookupPage(ctx, { order: order.value, ...(await orderPageExtras(deps, order.value, email)), returnForm });
        return kit.send(reply, status, html);
      };

      scope.post<R>('/:market/order/returns', { schema: { hide: true } }, kit.handle(async (request, reply, m) => {
        const form = await kit.formOf(request, reply, m, ['number', 'email', 'sku', 'quantity', 'reason', 'note']);
        if (!form) return reply;
        const f = (name: string) => form.fields.get(name) ?? '';
        const number = f('number').trim();
        const email = f('email').trim();
        const sku = f('sku');
        const typedQuantity = f('quantity').trim();
        const quantity = /^\d{1,6}$/.test(typedQuantity) ? Number(typedQuantity) : typedQuantity;
        const note = f('note').trim();
        const made = await requestReturn(deps, number, { email, lines: [{ sku, quantity, reason: f('reason'), ...(note ? { note } : {}) }] });
        if (made.ok) return kit.seeOther(reply, `${paths.order(m.segment)}?${new URLSearchParams({ number, email, returned: '1' })}#returns`);
        if (made.code === 'ORDER_NOT_FOUND') return orderPage(reply, m, 404, number, email, {});
        const status = made.code === 'VALIDATION_FAILED' ? 400 : made.code === 'ORDER_STATE_CONFLICT' ? 409 : 422;
        return orderPage(reply, m, status, number, email, { error: { sku, key: errorKey(made.code, made.field) }, typed: { quantity: typedQuantity.slice(0, 7), reason: f('reason').slice(0, 40), note: note.slice(0, 500) } });
      }));

      // The return label for the buyer to print: the order's number and email, like the lookup.
      scope.get<R>('/:market/order/returns/:id/label', { schema: { hide: true } }, kit.handle(async (request: FastifyRequest<R>, reply, m) => {
        const { number, email } = request.query;
        const mine = typeof number === 'string' ? await listBuyerReturns(deps, number, email) : undefined;
        const id = request.params.id ?? '';
        if (!mine?.ok || !mine.value.items.some((r) => r.id === id)) return kit.errorPage(reply, m, 404, { kind: 'not-found' });
        const pdf = await returnLabelPdf(deps, id);
        if (!pdf.ok) return kit.errorPage(reply, m, 404, { kind: 'not-found' });
        return reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').type('application/pdf').header('content-disposition', `inline; filename="return-label-${pdf.value.trackingNumber}.pdf"`).send(Buffer.from(pdf.value.pdf));
      }));
    });
  };
