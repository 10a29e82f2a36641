import type { FastifyReply, FastifyRequest } from 'fastify';
import { acceptQuoteByLink } from '../../../services/b2b/quotes/buyer-accept-quote.js';
import { buyerProForma } from '../../../services/b2b/quotes/buyer-pro-forma.js';
import { openBuyerQuote } from '../../../services/b2b/quotes/buyer-quote.js';
import { renderInvoicePdf } from '../../../web/documents/render-invoice.js';
import { renderQuoteNotFoundPage, renderQuotePage } from '../../../web/storefront/render-quote-page.js';
import type { RouteRegistrar } from '../../route.js';
import { loadStorefrontAssets } from '../pages/storefront-assets.js';
import { readForm, registerFormParser } from '../pages/storefront-forms.js';
import { PAGE_HEADERS } from '../pages/storefront-routes.js';

type R = { Params: { number: string }; Querystring: Record<string, unknown>; Body: unknown };

/** Private pages: the link's token is in the URL, so nothing keeps them and no referrer carries it away. */
const PRIVATE = { ...PAGE_HEADERS, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };

const REFUSED: Readonly<Record<string, [number, string]>> = {
  QUOTE_EXPIRED: [409, 'This quote has expired and can no longer be accepted. Please ask us for a new one.'],
  QUOTE_STATE_CONFLICT: [409, 'This quote cannot be accepted now: it was already accepted, or is no longer open.'],
  VALIDATION_FAILED: [409, 'This quote cannot be accepted online yet. Please contact us to accept it.'],
};

/**
 * The distributor's quote link (no API key; the token of the emailed link opens it):
 * `GET /quotes/{number}?t=` the quote page, `POST /quotes/{number}/accept` (form field `t`) accepts
 * it and comes back to the page (303), `GET /quotes/{number}/pro-forma.pdf?t=` the pro forma
 * invoice once accepted. A wrong or missing token, a replaced link or a withdrawn quote are one and
 * the same 404 page. The accept form is not checked for its origin as the cart's are: the page
 * sends no referrer (so browsers post `Origin: null`), and the token it carries is what another
 * site cannot forge.
 */
export const quotePageRoutes: RouteRegistrar = (app, deps) => {
  const css = loadStorefrontAssets().css.url;
  const storeName = async () => (await deps.store.get())?.name ?? 'Landfall';
  const send = (reply: FastifyReply, status: number, page: string) => reply.headers(PRIVATE).code(status).type('text/html; charset=utf-8').send(page);
  const notFound = async (reply: FastifyReply, status = 404) => send(reply, status, renderQuoteNotFoundPage({ storeName: await storeName(), css }));

  const showQuote = async (reply: FastifyReply, number: string, token: unknown, status: number, extra: { justAccepted?: boolean; error?: string } = {}) => {
    const q = await openBuyerQuote(deps, number, token);
    if (!q.ok) return notFound(reply);
    return send(reply, status, renderQuotePage({ ...q.value, css, token: token as string, justAccepted: extra.justAccepted === true && q.value.proForma !== null, error: extra.error ?? null }));
  };

  void app.register(async (scope) => {
    registerFormParser(scope);
    scope.setErrorHandler(async (error: { statusCode?: number }, request: FastifyRequest, reply) => {
      const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) request.log.error({ err: error }, 'quote page failed');
      return send(reply, status, renderQuoteNotFoundPage({ storeName: await storeName(), css }));
    });

    scope.get<R>('/quotes/:number', { schema: { hide: true } }, async (request, reply) => showQuote(reply, request.params.number, request.query.t, 200, { justAccepted: request.query.accepted === '1' }));

    scope.post<R>('/quotes/:number/accept', { schema: { hide: true } }, async (request, reply) => {
      const form = readForm(request.body, ['t']);
      const token = form?.get('t');
      if (token === undefined) return notFound(reply);
      const r = await acceptQuoteByLink(deps, request.params.number, token);
      if (r.ok) return reply.headers(PRIVATE).code(303).redirect(`/quotes/${encodeURIComponent(r.value.number)}?${new URLSearchParams({ t: token, accepted: '1' })}`, 303);
      const refused = REFUSED[r.code];
      if (!refused) return notFound(reply);
      return showQuote(reply, request.params.number, token, refused[0], { error: refused[1] });
    });

    scope.get<R>('/quotes/:number/pro-forma.pdf', { schema: { hide: true } }, async (request, reply) => {
      const r = await buyerProForma(deps, request.params.number, request.query.t);
      if (!r.ok) return notFound(reply);
      const pdf = await renderInvoicePdf([r.value], deps.clock());
      return reply
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .header('x-content-type-options', 'nosniff')
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${r.value.number}.pdf"`)
        .send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    });
  });
};
