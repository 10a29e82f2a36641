import type { FastifyInstance, FastifyReply } from 'fastify';
import { formatMoney } from '../../../core/money/money.js';
import type { Deps } from '../../../services/deps.js';
import { getGatewayIntent } from '../../../services/test-gateway/get-intent.js';
import { declineSentence, describeChallenge, resolveGatewayChallenge } from '../../../services/test-gateway/resolve-challenge.js';
import { html, type SafeHtml } from '../../../web/html.js';

type IdRoute = { Params: { id: string } };

/**
 * The buyer-facing page of the test gateway: the 3-D Secure challenge of a card, or the bank's or
 * wallet's approval page of a redirect method. Two buttons post back; the buyer is then sent to the
 * intent's return URL with `payment_intent` and `redirect_status` added, as providers do. No API
 * key: the intent's unguessable id is what reaches it. Works without JavaScript.
 */
export function registerChallengePage(gw: FastifyInstance, deps: Deps): void {
  const params = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } } as const;

  gw.get<IdRoute>('/challenge/:id', { schema: { hide: true, params } }, async (request, reply) => {
    const found = await getGatewayIntent(deps, request.params.id);
    if (!found.ok) return page(reply.code(404), 'Payment not found', html`<p>There is no payment ${request.params.id} at the test gateway.</p>`);
    const intent = found.value;
    const { isCard, methodName } = describeChallenge(intent);
    const what = isCard ? '3-D Secure authentication' : `Authorize the ${methodName} payment`;
    if (intent.status !== 'requires_action') {
      return page(reply, what, html`<p>This payment is no longer waiting for you: it is <strong>${intent.status}</strong>.</p>`);
    }
    return page(
      reply,
      what,
      html`<p>${isCard ? 'Your bank asks you to confirm this card payment.' : `You are paying with ${methodName}.`}</p>
<p class="amount">${formatMoney({ amount: intent.amount, currency: intent.currency })}</p>
${intent.metadata.reference ? html`<p>Reference: <code>${intent.metadata.reference}</code></p>` : ''}
<form method="post" action="${request.params.id}">
<button name="action" value="authenticate" type="submit">${isCard ? 'Authenticate' : 'Authorize payment'}</button>
<button name="action" value="fail" type="submit" class="fail">${isCard ? 'Fail authentication' : 'Decline'}</button>
</form>
<p class="note">Landfall test gateway: no real bank is involved and no money moves.</p>`,
    );
  });

  gw.post<IdRoute & { Body: { action: 'authenticate' | 'fail' } }>(
    '/challenge/:id',
    { schema: { hide: true, params, body: { type: 'object', required: ['action'], properties: { action: { type: 'string', enum: ['authenticate', 'fail'] } } } } },
    async (request, reply) => {
      const r = await resolveGatewayChallenge(deps, request.params.id, request.body.action);
      if (!r.ok) {
        const status = r.code === 'resource_missing' ? 404 : 400;
        return page(reply.code(status), 'Payment not waiting', html`<p>${r.message}</p>`);
      }
      const { intent, returnUrl } = r.value;
      const redirectStatus = intent.status === 'failed' ? 'failed' : 'succeeded';
      if (returnUrl) {
        const back = new URL(returnUrl);
        back.searchParams.set('payment_intent', intent.id);
        back.searchParams.set('redirect_status', redirectStatus);
        return reply.code(303).header('location', back.toString()).send();
      }
      const error = intent.last_payment_error as { code?: string } | null;
      return page(reply, redirectStatus === 'failed' ? 'Payment failed' : 'Payment authorized', html`<p>${redirectStatus === 'failed' ? declineSentence(error?.code ?? 'card_declined') : 'Done. You can close this page.'}</p>`);
    },
  );
}

function page(reply: FastifyReply, title: string, main: SafeHtml): FastifyReply {
  const body = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · Test gateway</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; color: #1d232a; }
  .amount { font-size: 1.75rem; font-weight: 600; }
  button { font: inherit; padding: .6rem 1rem; margin: 0 .5rem .5rem 0; border: 0; border-radius: .3rem; background: #0f3d3e; color: #fff; cursor: pointer; }
  button.fail { background: #8a1c1c; }
  .note { color: #5b6570; font-size: .875rem; }
</style>
</head>
<body>
<main>
<h1>${title}</h1>
${main}
</main>
</body>
</html>
`;
  return reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
    .header('referrer-policy', 'no-referrer')
    .send(body.value);
}
