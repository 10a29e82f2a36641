/**
 * A local stand-in for Stripe's REST API (v1), answering in the shapes Stripe documents
 * (docs.stripe.com/api: PaymentIntents, Refunds, Customers, Errors, Idempotent requests; test
 * PaymentMethods from docs.stripe.com/testing). It checks what Stripe would refuse: the Bearer
 * secret key, form-encoded bodies with bracketed keys, an Idempotency-Key reused with other
 * parameters (400 idempotency_error) and replays the first answer to a reused key, amounts that
 * are not whole units of Stripe's unit (ISK multiples of 100, three-decimal currencies ending in 0),
 * confirming or capturing in the wrong status, refunding more than is left.
 *
 * Test PaymentMethods: pm_card_visa (succeeds), pm_card_chargeDeclined (generic_decline),
 * pm_card_chargeDeclinedInsufficientFunds (insufficient_funds), pm_card_threeDSecure2Required
 * (a 3-D Secure challenge), and any pm_... of another type made "by Stripe.js" for local methods.
 */
import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const STRIPE_TEST_KEY = 'sk_test_51LandfallLocalStripeServer0001';
export const STRIPE_WEBHOOK_SECRET = 'whsec_LandfallLocalStripeWebhookSecret0001';

type Json = Record<string, any>;
export type Recorded = { method: string; path: string; route: string; body: Json; idempotencyKey: string | undefined; authorization: string | undefined; stripeVersion: string | undefined };
type Answer = { status: number; body: Json };

export type FakeStripe = {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  requests: Recorded[];
  intents: Map<string, Json>;
  refunds: Map<string, Json>;
  /** Answer the next `times` requests to `route` ("POST /v1/refunds", "POST /v1/payment_intents/:id/confirm") with this status and body. */
  failNext(route: string, times: number, status: number, body?: Json): void;
  /** Do the work of the next request to `route`, then close its socket without answering (a lost answer). */
  dropAnswerOnce(route: string): void;
  /** Do the work of the next `times` requests to `route`, then answer only after `ms` (past the client's timeout). */
  delayAnswer(route: string, times: number, ms: number): void;
  /** The buyer passes 3-D Secure or authorizes at the bank: requires_action -> succeeded or requires_capture. */
  authorize(intentId: string): Json;
  /** The buyer pays the voucher, QR code or transfer: -> succeeded. */
  pay(intentId: string): Json;
  count(route: string): number;
  /** An event as Stripe sends it to an endpoint (object "event", data.object a snapshot). */
  event(type: string, object: Json, id?: string): string;
  close(): Promise<void>;
};

const ZERO_DECIMAL = ['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf'];
const THREE_DECIMAL = ['bhd', 'jod', 'kwd', 'omr', 'tnd'];
const REDIRECT_TYPES = ['ideal', 'bancontact', 'paypal', 'klarna', 'afterpay_clearpay', 'twint', 'grabpay', 'paypay', 'kakao_pay', 'naver_pay', 'mobilepay'];
const KNOWN_TYPES = ['card', 'konbini', 'paynow', 'pix', 'customer_balance', 'sepa_debit', ...REDIRECT_TYPES];

/**
 * Stripe's form encoding (`a[b][0]=x`) back into objects and arrays; values stay strings, as Stripe
 * reads them against each parameter's type.
 */
export function parseForm(text: string): Json {
  const out: Json = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const path = key.split(/\[|\]\[|\]/).filter((p) => p !== '');
    let node: any = out;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(path[i + 1]!);
      if (last) node[part] = value;
      else node = node[part] ??= nextIsIndex ? [] : {};
    });
  }
  return out;
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: Recorded[] = [];
  const intents = new Map<string, Json>();
  const refunds = new Map<string, Json>();
  const customers = new Map<string, Json>();
  const idempotency = new Map<string, { hash: string; answer: Answer }>();
  const failures = new Map<string, Array<{ status: number; body?: Json }>>();
  const drops = new Set<string>();
  const delays = new Map<string, { times: number; ms: number }>();
  const sockets = new Set<import('node:net').Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let seq = 0;
  const newId = (prefix: string) => `${prefix}_3Lf${(++seq).toString().padStart(6, '0')}TestObject`;
  const now = () => Math.floor(Date.now() / 1000);
  let origin = '';

  const error = (status: number, type: string, message: string, extra: Json = {}): Answer => ({ status, body: { error: { type, message, ...extra } } });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const method = req.method ?? 'GET';
      const text = Buffer.concat(chunks).toString('utf8');
      const body = method === 'POST' ? parseForm(text) : Object.fromEntries(url.searchParams);
      const parts = url.pathname.split('/').filter((p) => p !== '');
      const route = `${method} /${parts.map((p, i) => (i === 2 && parts.length > 2 ? ':id' : p)).join('/')}`;
      const idempotencyKey = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : undefined;
      requests.push({ method, path: url.pathname, route, body, idempotencyKey, authorization: req.headers.authorization, stripeVersion: req.headers['stripe-version'] as string | undefined });
      const send = (a: Answer) => {
        const data = Buffer.from(JSON.stringify(a.body));
        res.writeHead(a.status, { 'content-type': 'application/json', 'content-length': data.length, 'request-id': `req_${seq}` }).end(data);
      };

      const queued = failures.get(route);
      if (queued && queued.length > 0) {
        const f = queued.shift()!;
        return send({ status: f.status, body: f.body ?? { error: { type: 'api_error', message: 'An unknown error occurred' } } });
      }
      if (req.headers.authorization !== `Bearer ${STRIPE_TEST_KEY}`) {
        return send(error(401, 'invalid_request_error', 'Invalid API Key provided: sk_test_****', { code: 'api_key_invalid' }));
      }

      let answer: Answer;
      const hash = createHash('sha256').update(`${method} ${url.pathname} ${text}`).digest('hex');
      const stored = method === 'POST' && idempotencyKey ? idempotency.get(idempotencyKey) : undefined;
      if (stored && stored.hash !== hash) {
        answer = error(400, 'idempotency_error', `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`);
      } else if (stored) {
        answer = stored.answer; // Stripe replays the first answer, whatever it was
      } else {
        answer = handle(method, parts, body);
        if (method === 'POST' && idempotencyKey) idempotency.set(idempotencyKey, { hash, answer });
      }

      if (drops.delete(route)) {
        req.socket.destroy();
        return;
      }
      const delay = delays.get(route);
      if (delay && delay.times > 0) {
        delay.times--;
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) send(answer);
        }, delay.ms);
        timers.add(timer);
        return;
      }
      send(answer);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function stripeUnitError(amount: number, currency: string): Answer | undefined {
    if (currency === 'isk' && amount % 100 !== 0) return error(400, 'invalid_request_error', 'Invalid amount. Currency ISK has become effectively zero-decimal and charged amounts must be evenly divisible by 100.', { code: 'invalid_charge_amount_no_decimal_compatible', param: 'amount' });
    if (THREE_DECIMAL.includes(currency) && amount % 10 !== 0) return error(400, 'invalid_request_error', `Invalid amount. Amounts in ${currency.toUpperCase()} must end in 0.`, { code: 'invalid_charge_amount', param: 'amount' });
    return undefined;
  }

  function handle(method: string, parts: string[], body: Json): Answer {
    const [version, resource, id, action] = parts;
    const missing = (what: string) => error(404, 'invalid_request_error', `No such ${what}: '${id}'`, { code: 'resource_missing', param: 'id' });
    if (version !== 'v1') return error(404, 'invalid_request_error', 'Unrecognized request URL.');
    if (resource === 'customers' && method === 'POST' && !id) {
      const customer = { id: newId('cus'), object: 'customer', created: now(), metadata: body.metadata ?? {}, livemode: false };
      customers.set(customer.id, customer);
      return { status: 200, body: customer };
    }
    if (resource === 'payment_intents' && method === 'POST' && !id) return createIntent(body);
    if (resource === 'payment_intents' && id) {
      const pi = intents.get(id);
      if (!pi) return missing('payment_intent');
      if (method === 'GET' && !action) return { status: 200, body: pi };
      if (method === 'POST' && action === 'confirm') return confirmIntent(pi, body);
      if (method === 'POST' && action === 'capture') return captureIntent(pi, body);
      if (method === 'POST' && action === 'cancel') {
        if (!['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action', 'processing'].includes(pi.status)) return unexpected(pi, 'cancel');
        Object.assign(pi, { status: 'canceled', canceled_at: now(), cancellation_reason: body.cancellation_reason ?? null, next_action: null });
        return { status: 200, body: pi };
      }
    }
    if (resource === 'refunds' && method === 'POST' && !id) return createRefund(body);
    if (resource === 'refunds' && method === 'GET' && id) {
      const refund = refunds.get(id);
      return refund ? { status: 200, body: refund } : missing('refund');
    }
    return error(404, 'invalid_request_error', `Unrecognized request URL (${method}: /${parts.join('/')}).`);
  }

  function createIntent(body: Json): Answer {
    const amount = Number(body.amount);
    if (body.amount === undefined) return error(400, 'invalid_request_error', 'Missing required param: amount.', { code: 'parameter_missing', param: 'amount' });
    if (!/^\d+$/.test(String(body.amount)) || amount < 1 || amount > 99_999_999) return error(400, 'invalid_request_error', 'Invalid integer: ' + body.amount, { code: 'parameter_invalid_integer', param: 'amount' });
    if (typeof body.currency !== 'string' || !/^[a-z]{3}$/.test(body.currency)) return error(400, 'invalid_request_error', 'Invalid currency: ' + body.currency, { code: 'parameter_invalid_string_empty', param: 'currency' });
    if (body.payment_method_types !== undefined) return error(400, 'invalid_request_error', 'Received unknown parameter: payment_method_types', { code: 'parameter_unknown', param: 'payment_method_types' });
    const types: string[] = Array.isArray(body.allowed_payment_method_types) ? body.allowed_payment_method_types : ['card'];
    const unknown = types.find((t) => !KNOWN_TYPES.includes(t));
    if (unknown) return error(400, 'invalid_request_error', `The payment method type "${unknown}" is invalid.`, { code: 'payment_method_unsupported', param: 'allowed_payment_method_types' });
    if (types.includes('customer_balance') && !(typeof body.customer === 'string' && customers.has(body.customer))) {
      return error(400, 'invalid_request_error', 'A customer is required to use the customer_balance payment method.', { param: 'customer' });
    }
    const unitError = stripeUnitError(amount, body.currency);
    if (unitError) return unitError;
    const id = newId('pi');
    const pi: Json = {
      id,
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_received: 0,
      allowed_payment_method_types: types,
      payment_method_types: types,
      capture_method: body.capture_method ?? 'automatic_async',
      client_secret: `${id}_secret_test`,
      confirmation_method: 'automatic',
      created: now(),
      currency: body.currency,
      customer: body.customer ?? null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: body.metadata ?? {},
      next_action: null,
      payment_method: null,
      payment_method_options: body.payment_method_options ?? {},
      status: 'requires_payment_method',
      refunded: 0,
    };
    intents.set(id, pi);
    return { status: 200, body: pi };
  }

  function unexpected(pi: Json, what: string): Answer {
    return error(400, 'invalid_request_error', `You cannot ${what} this PaymentIntent because it has a status of ${pi.status}.`, { code: 'payment_intent_unexpected_state', payment_intent: pi });
  }

  function settle(pi: Json): void {
    pi.next_action = null;
    pi.latest_charge = pi.latest_charge ?? newId('ch');
    if (pi.capture_method === 'manual') Object.assign(pi, { status: 'requires_capture', amount_capturable: pi.amount });
    else Object.assign(pi, { status: 'succeeded', amount_received: pi.amount });
  }

  function confirmIntent(pi: Json, body: Json): Answer {
    if (!['requires_payment_method', 'requires_confirmation'].includes(pi.status)) return unexpected(pi, 'confirm');
    const pm: string | undefined = body.payment_method;
    const type: string = pm ? (pm.startsWith('pm_card_') ? 'card' : pi.allowed_payment_method_types[0]) : body.payment_method_data?.type;
    if (!type) return error(400, 'invalid_request_error', 'You must provide a payment_method or payment_method_data.', { code: 'parameter_missing', param: 'payment_method' });
    if (type !== pi.allowed_payment_method_types[0]) return error(400, 'invalid_request_error', `The PaymentMethod provided (${type}) is not allowed for this PaymentIntent.`, { code: 'payment_intent_incompatible_payment_method', param: 'payment_method' });
    if (type === 'card' && !pm) return error(400, 'invalid_request_error', 'Sending raw card data is not allowed: use a PaymentMethod.', { param: 'payment_method_data[card]' });
    pi.payment_method = pm ?? newId('pm');
    pi.last_payment_error = null;
    const returnUrl: string | undefined = body.return_url;

    if (type === 'card') {
      const decline = pm === 'pm_card_chargeDeclined' ? 'generic_decline' : pm === 'pm_card_chargeDeclinedInsufficientFunds' ? 'insufficient_funds' : undefined;
      if (decline) {
        const message = decline === 'insufficient_funds' ? 'Your card has insufficient funds.' : 'Your card was declined.';
        const charge = newId('ch');
        pi.status = 'requires_payment_method';
        pi.payment_method = null;
        pi.last_payment_error = { type: 'card_error', code: 'card_declined', decline_code: decline, message, charge, payment_method: { id: pm, object: 'payment_method', type: 'card' } };
        return error(402, 'card_error', message, { code: 'card_declined', decline_code: decline, charge, payment_intent: pi });
      }
      const challenge = pm === 'pm_card_threeDSecure2Required' || pi.payment_method_options?.card?.request_three_d_secure === 'any';
      if (challenge) {
        pi.status = 'requires_action';
        pi.next_action = returnUrl
          ? { type: 'redirect_to_url', redirect_to_url: { url: `${origin}/3ds/${pi.id}`, return_url: returnUrl } }
          : { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: `${origin}/3ds/${pi.id}` } };
        return { status: 200, body: pi };
      }
      settle(pi);
      return { status: 200, body: pi };
    }
    if (REDIRECT_TYPES.includes(type)) {
      if (!returnUrl) return error(400, 'invalid_request_error', `A return_url must be specified because this Payment Intent is configured to automatically accept the payment methods enabled in the Dashboard, some of which may require a full page redirect to succeed.`, { param: 'return_url' });
      pi.status = 'requires_action';
      pi.next_action = { type: 'redirect_to_url', redirect_to_url: { url: `${origin}/authorize/${pi.id}`, return_url: returnUrl } };
      return { status: 200, body: pi };
    }
    pi.status = 'requires_action';
    const expires = now() + 3 * 86_400;
    if (type === 'konbini') {
      pi.next_action = {
        type: 'konbini_display_details',
        konbini_display_details: {
          expires_at: expires,
          hosted_voucher_url: `${origin}/vouchers/${pi.id}`,
          stores: { familymart: { confirmation_number: '12345678901', payment_code: '123456' }, lawson: { confirmation_number: null, payment_code: '123456' }, ministop: { confirmation_number: null, payment_code: '123456' }, seicomart: { confirmation_number: null, payment_code: '123456' } },
        },
      };
    } else if (type === 'paynow' || type === 'pix') {
      const key = `${type}_display_qr_code`;
      pi.next_action = { type: key, [key]: { data: `00020101021226${pi.id}`, expires_at: expires, hosted_instructions_url: `${origin}/qr/${pi.id}`, image_url_png: `${origin}/qr/${pi.id}.png`, image_url_svg: `${origin}/qr/${pi.id}.svg` } };
    } else if (type === 'customer_balance') {
      const bt = pi.payment_method_options?.customer_balance?.bank_transfer ?? {};
      pi.next_action = {
        type: 'display_bank_transfer_instructions',
        display_bank_transfer_instructions: {
          amount_remaining: pi.amount,
          currency: pi.currency,
          financial_addresses: [{ type: 'iban', iban: { account_holder_name: 'Landfall Test Shop', bic: 'SOGEDEFFXXX', country: bt.eu_bank_transfer?.country ?? 'DE', iban: 'DE00123456789012345678' }, supported_networks: ['sepa'] }],
          hosted_instructions_url: `${origin}/bank/${pi.id}`,
          reference: 'LF3QWE8R',
          type: bt.type ?? 'eu_bank_transfer',
        },
      };
    } else {
      pi.status = 'processing'; // sepa_debit
      pi.next_action = null;
    }
    return { status: 200, body: pi };
  }

  function captureIntent(pi: Json, body: Json): Answer {
    if (pi.status !== 'requires_capture') return unexpected(pi, 'capture');
    const amount = body.amount_to_capture === undefined ? pi.amount : Number(body.amount_to_capture);
    if (amount > pi.amount) return error(400, 'invalid_request_error', 'Amount to capture must be less than or equal to the original amount.', { code: 'amount_too_large', param: 'amount_to_capture' });
    const unitError = stripeUnitError(amount, pi.currency);
    if (unitError) return unitError;
    Object.assign(pi, { status: 'succeeded', amount_received: amount, amount_capturable: 0 });
    return { status: 200, body: pi };
  }

  function createRefund(body: Json): Answer {
    const pi = typeof body.payment_intent === 'string' ? intents.get(body.payment_intent) : undefined;
    if (!pi) return error(400, 'invalid_request_error', `No such payment_intent: '${body.payment_intent}'`, { code: 'resource_missing', param: 'payment_intent' });
    if (pi.status !== 'succeeded') return error(400, 'invalid_request_error', `This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, { code: 'charge_not_refundable', param: 'payment_intent' });
    const left = pi.amount_received - pi.refunded;
    const amount = body.amount === undefined ? left : Number(body.amount);
    if (amount > left) return error(400, 'invalid_request_error', `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`, { code: 'amount_too_large', param: 'amount' });
    const unitError = stripeUnitError(amount, pi.currency);
    if (unitError) return unitError;
    pi.refunded += amount;
    const refund = { id: newId('re'), object: 'refund', amount, charge: pi.latest_charge, created: now(), currency: pi.currency, metadata: {}, payment_intent: pi.id, reason: null, status: 'succeeded' };
    refunds.set(refund.id, refund);
    return { status: 200, body: refund };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  const get = (id: string) => {
    const pi = intents.get(id);
    if (!pi) throw new Error(`no intent ${id}`);
    return pi;
  };
  return {
    origin,
    port,
    requests,
    intents,
    refunds,
    failNext(route, times, status, body) {
      failures.set(route, Array.from({ length: times }, () => ({ status, ...(body ? { body } : {}) })));
    },
    dropAnswerOnce: (route) => void drops.add(route),
    delayAnswer: (route, times, ms) => void delays.set(route, { times, ms }),
    authorize(id) {
      const pi = get(id);
      if (pi.status !== 'requires_action') throw new Error(`${id} is ${pi.status}`);
      settle(pi);
      return pi;
    },
    pay(id) {
      const pi = get(id);
      Object.assign(pi, { status: 'succeeded', amount_received: pi.amount, next_action: null, latest_charge: newId('ch') });
      return pi;
    },
    count: (route) => requests.filter((r) => r.route === route).length,
    event(type, object, id = newId('evt')) {
      return JSON.stringify({ id, object: 'event', api_version: '2026-10-28.endive', created: now(), data: { object: structuredClone(object) }, livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type }, null, 2);
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A Stripe-Signature header made the way Stripe documents it (docs.stripe.com/webhooks, "Verify
 * signatures manually"): t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the secret>.
 */
export function signStripe(secret: string, body: string, at: Date = new Date()): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}
