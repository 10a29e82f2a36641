import { acceptQuote } from '../../../services/b2b/quotes/accept-quote.js';
import { cancelQuote } from '../../../services/b2b/quotes/cancel-quote.js';
import { createQuote } from '../../../services/b2b/quotes/create-quote.js';
import { getQuote } from '../../../services/b2b/quotes/get-quote.js';
import { listQuotes } from '../../../services/b2b/quotes/list-quotes.js';
import { orderQuote } from '../../../services/b2b/quotes/order-quote.js';
import { quoteProForma } from '../../../services/b2b/quotes/quote-pro-forma.js';
import { sendQuote } from '../../../services/b2b/quotes/send-quote.js';
import { renderInvoicePdf } from '../../../web/documents/render-invoice.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { optionalObjectBody } from '../payments/schemas.js';
import { acceptBody, orderBody, quoteListSchema, quoteOrderSchema, quoteRequestBody, quoteSchema, sentQuoteSchema } from './quotes-schemas.js';

type NumberRoute = { Params: { number: string } };
const tags = ['distributors'];
const params = { type: 'object', required: ['number'], properties: { number: { type: 'string', examples: ['Q-1001'] } } } as const;

/**
 * Distributor quotes (admin scope): make one under any Incoterms 2020 rule, read them, and take
 * them through sent -> accepted (pro forma invoice) -> ordered, or cancel. Refusals are problem+json
 * naming the field: a rule the transport mode cannot use 422 INCOTERM_NOT_APPLICABLE (`incoterm`),
 * a quantity under the MOQ 422 BELOW_MINIMUM_ORDER (`lines[i].quantity`), an expired quote 409
 * QUOTE_EXPIRED (`validUntil`), a step out of order 409 QUOTE_STATE_CONFLICT (`status`).
 */
export const quoteRoutes = (publicUrl: string): RouteRegistrar => (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const operator = requireScope(deps, 'admin', 'operator');

  app.post('/v1/admin/quotes', {
    onRequest: operator,
    validatorCompiler: objectBodyOnly,
    schema: {
      tags,
      summary: "Quote a distributor's order under an Incoterms 2020 rule: who bears each cost and the risk, the seller's price, the buyer's extra, the landed cost at the door, and every usable rule compared",
      security: bearerSecurity,
      body: quoteRequestBody,
      response: { 201: quoteSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
    },
  }, async (request, reply) => {
    const r = await createQuote(deps, request.body);
    if (!r.ok) return sendFailure(request, reply, r);
    return reply.code(201).header('location', `/v1/admin/quotes/${r.value.number}`).send(r.value);
  });

  app.get<{ Querystring: { limit?: number; cursor?: string; companyId?: string; status?: string } }>('/v1/admin/quotes', {
    onRequest: readOnly,
    schema: { tags, summary: 'Distributor quotes, newest first (?companyId=, ?status=)', security: bearerSecurity, querystring: { type: 'object', properties: { ...PAGE_QUERY, companyId: { type: 'string' }, status: { type: 'string' } } }, response: { 200: quoteListSchema, ...problemResponses(400, 401, 403) } },
  }, async (request, reply) => {
    const r = await listQuotes(deps, request.query);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.get<NumberRoute>('/v1/admin/quotes/:number', {
    onRequest: readOnly,
    schema: { tags, summary: 'A distributor quote with its calculation', security: bearerSecurity, params, response: { 200: quoteSchema, ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    const r = await getQuote(deps, request.params.number);
    return r.ok ? r.value : sendFailure(request, reply, r);
  });

  app.get<NumberRoute>('/v1/admin/quotes/:number/pro-forma', {
    onRequest: readOnly,
    schema: { tags, summary: "An accepted quote's pro forma invoice as PDF (Incoterm and named place, payment terms, bank details)", security: bearerSecurity, params, response: { 200: { description: 'the pro forma invoice', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...problemResponses(401, 403, 404, 409, 422) } },
  }, async (request, reply) => {
    const r = await quoteProForma(deps, request.params.number);
    if (!r.ok) return sendFailure(request, reply, r);
    const pdf = await renderInvoicePdf([r.value], deps.clock());
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${r.value.number}.pdf"`).header('cache-control', 'no-store').send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
  });

  const step = (path: string, summary: string, run: (number: string, body: unknown) => Promise<{ ok: true; value: unknown } | { ok: false; code: string; message: string; field?: string }>, body?: object, answer: object = quoteSchema) =>
    app.post<NumberRoute>(`/v1/admin/quotes/:number/${path}`, {
      onRequest: operator,
      validatorCompiler: optionalObjectBody,
      schema: { tags, summary, security: bearerSecurity, params, ...(body ? { body } : {}), response: { 200: answer, ...problemResponses(400, 401, 403, 404, 409, 415, 422) } },
    }, async (request, reply) => {
      const r = await run(request.params.number, request.body);
      return r.ok ? r.value : sendFailure(request, reply, r);
    });

  step('send', "Send the quote to the distributor (draft or sent -> sent): emails its buyer a new link to the quote (the old one stops working) and answers it once as `buyerLink`; an expired one is 409 QUOTE_EXPIRED", (n) => sendQuote(deps, n, { publicUrl }), undefined, sentQuoteSchema);
  step('accept', "The distributor accepts: issues the pro forma invoice number, with the account to pay into (`payTo`, default the store's bank account)", (n, b) => acceptQuote(deps, n, b), acceptBody);
  step('order', 'Place the order of an accepted quote: stock held (prepayment) or taken (net terms), payment terms and due date', (n, b) => orderQuote(deps, n, b), orderBody, quoteOrderSchema);
  step('cancel', 'Call a quote off before it is ordered', (n) => cancelQuote(deps, n));
};
