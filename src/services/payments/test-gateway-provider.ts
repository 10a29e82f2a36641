import { createHmac, timingSafeEqual } from 'node:crypto';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { PaymentSettings } from './payment-settings.js';
import type { PaymentProvider, ProviderEvent, ProviderFailure, ProviderPayment, ProviderRefund } from './provider.js';
import { callTestGateway } from './test-gateway-client.js';
import { toProviderPayment, toProviderRefund } from './test-gateway-mapping.js';

/** Signatures older (or further ahead) than this are refused: a captured delivery cannot be replayed later. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;
const SIGNATURE_HEADER = 'testgateway-signature';

/**
 * The adapter for the built-in test gateway: it calls the gateway's HTTP API (by default this same
 * server under /test-gateway/v1) exactly as it would a real provider's, and checks the gateway's
 * signed webhooks.
 */
export function createTestGatewayProvider(settings: PaymentSettings['testGateway']): PaymentProvider {
  const client = { url: settings.url, key: settings.key };
  const asPayment = (r: Result<Record<string, unknown>, ProviderFailure>): Result<ProviderPayment, ProviderFailure> => {
    if (!r.ok) return r;
    const payment = toProviderPayment(r.value);
    return payment ? ok(payment) : fail('PROVIDER_ERROR', 'the test gateway answered something that is not a payment intent');
  };
  const path = (id: string) => `/payment_intents/${encodeURIComponent(id)}`;

  return {
    name: 'test',
    async createPayment(input) {
      const body = { amount: input.amount.amount, currency: input.amount.currency, method: input.method, capture_method: input.capture, metadata: input.metadata, ...(input.threeDSecure === 'required' ? { payment_method_options: { card: { request_three_d_secure: 'any' } } } : {}) };
      return asPayment(await callTestGateway(client, 'POST', '/payment_intents', body, input.idempotencyKey));
    },
    async confirmPayment(id, input) {
      const card = input.card ? { number: input.card.number, exp_month: input.card.expMonth, exp_year: input.card.expYear, cvc: input.card.cvc } : undefined;
      return asPayment(await callTestGateway(client, 'POST', `${path(id)}/confirm`, { ...(card ? { card } : {}), ...(input.returnUrl ? { return_url: input.returnUrl } : {}) }));
    },
    async capturePayment(id, input) {
      return asPayment(await callTestGateway(client, 'POST', `${path(id)}/capture`, input.amountMinor === undefined ? {} : { amount_to_capture: input.amountMinor }));
    },
    async cancelPayment(id) {
      return asPayment(await callTestGateway(client, 'POST', `${path(id)}/cancel`, {}));
    },
    async getPayment(id) {
      return asPayment(await callTestGateway(client, 'GET', path(id)));
    },
    async refund(id, input): Promise<Result<ProviderRefund, ProviderFailure>> {
      const r = await callTestGateway(client, 'POST', '/refunds', { payment_intent: id, amount: input.amountMinor }, input.idempotencyKey);
      if (!r.ok) return r;
      const refund = toProviderRefund(r.value);
      return refund ? ok(refund) : fail('PROVIDER_ERROR', 'the test gateway answered something that is not a refund');
    },
    verifyWebhook(headers, rawBody, now) {
      const checked = verifySignature(headers[SIGNATURE_HEADER], rawBody, settings.webhookSecret, Math.floor(now.getTime() / 1000));
      if (!checked.ok) return checked;
      return readEvent(rawBody);
    },
  };
}

/**
 * `t=<seconds>,v1=<hex>`: one v1 must equal HMAC-SHA256("<t>.<raw body>") with the webhook secret
 * (compared in constant time) and t must be within the tolerance of now.
 */
function verifySignature(header: string | string[] | undefined, body: string, secret: string, nowSeconds: number): Result<void, 'SIGNATURE_INVALID'> {
  const field = 'headers.testgateway-signature';
  if (typeof header !== 'string' || header.length === 0 || header.length > 1000) return fail('SIGNATURE_INVALID', 'the TestGateway-Signature header is missing', { field });
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = parts.find(([k]) => k === 't')?.[1];
  const signatures = parts.filter(([k, v]) => k === 'v1' && v !== undefined && /^[0-9a-f]{64}$/.test(v)).map(([, v]) => v!);
  const timestamp = t !== undefined && /^\d{1,12}$/.test(t) ? Number(t) : NaN;
  if (Number.isNaN(timestamp) || signatures.length === 0) return fail('SIGNATURE_INVALID', 'the TestGateway-Signature header must read t=<seconds>,v1=<hex>', { field });
  const age = nowSeconds - timestamp;
  if (Math.abs(age) > WEBHOOK_TOLERANCE_SECONDS) return fail('SIGNATURE_INVALID', `the signature was made ${Math.abs(age)} s ${age >= 0 ? 'ago' : 'ahead'}; at most ${WEBHOOK_TOLERANCE_SECONDS} s is accepted`, { field });
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  const matches = signatures.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), expected));
  return matches ? ok(undefined) : fail('SIGNATURE_INVALID', 'the signature does not match the body', { field });
}

function readEvent(rawBody: string): Result<ProviderEvent, 'WEBHOOK_INVALID'> {
  let e: Record<string, unknown>;
  try {
    e = JSON.parse(rawBody) as Record<string, unknown>;
  } catch {
    return fail('WEBHOOK_INVALID', 'the webhook body is not JSON');
  }
  if (typeof e !== 'object' || e === null || typeof e.id !== 'string' || typeof e.type !== 'string' || e.id.length > 255) return fail('WEBHOOK_INVALID', 'the webhook body is not an event (id and type expected)');
  const object = (e.data as { object?: unknown } | undefined)?.object;
  if (e.type.startsWith('payment_intent.')) {
    const payment = toProviderPayment(object);
    return payment ? ok({ id: e.id, type: e.type, kind: 'payment', payment }) : fail('WEBHOOK_INVALID', `event ${e.id} carries no payment intent`);
  }
  if (e.type === 'charge.refunded') {
    const refund = toProviderRefund(object);
    return refund ? ok({ id: e.id, type: e.type, kind: 'refund', refund }) : fail('WEBHOOK_INVALID', `event ${e.id} carries no refund`);
  }
  return ok({ id: e.id, type: e.type, kind: 'other' });
}
