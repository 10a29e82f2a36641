import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { DEMO_MARKETS } from '../../src/data/demo/markets.js';
import type { Database } from '../../src/db/create-db.js';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.js';
import { createPaymentRepository } from '../../src/db/repositories/payment-repository.js';
import { createTestGatewayRepository } from '../../src/db/repositories/test-gateway-repository.js';
import { toMarketWrite } from '../../src/services/markets/market-record.js';
import type { PaymentSettingsOptions } from '../../src/services/payments/payment-settings.js';
import { deliverTestGatewayEvents } from '../../src/services/test-gateway/deliver-events.js';
import { httpCaller } from '../support/http-call.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';

export type { Answer } from '../support/http-call.js';
import type { Answer } from '../support/http-call.js';

export type PaymentServer = TestApp & {
  base: string;
  /** Call Landfall (or the gateway) over real HTTP. */
  call(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string>; key?: string | null }): Promise<Answer>;
  /** Run the gateway's webhook delivery once (what its worker does every second). */
  deliver(): ReturnType<typeof deliverTestGatewayEvents>;
  gateway: ReturnType<typeof createTestGatewayRepository>;
  payments: ReturnType<typeof createPaymentRepository>;
  /** payment.* events in the outbox for one payment, oldest first. */
  events(paymentId: string): Promise<string[]>;
  close(): Promise<void>;
};

export const CARD_OK = { number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123' };

/**
 * Landfall listening on a free port, with the test gateway's URLs pointing at itself, so the
 * adapter calls the gateway over HTTP and the gateway's webhooks come back over HTTP (`payments`
 * adds other providers' settings, such as Stripe's). The demo
 * markets are stored, plus a Belgian market "be" that lists Bancontact.
 */
export async function startPaymentServer(db: Database, options: { clock?: () => Date; payments?: Omit<PaymentSettingsOptions, 'publicUrl'> } = {}): Promise<PaymentServer> {
  let base = '';
  const t = await buildTestApp(db, { deps: { payments: { publicUrl: () => base, ...options.payments }, ...(options.clock ? { clock: options.clock } : {}) } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const at = new Date();
  let position = 0;
  for (const market of DEMO_MARKETS) await t.deps.markets.upsert(toMarketWrite(market, { dutiesIncluded: true, isDefault: market.id === 'us', position: position++ }), at);
  const be = { ...DEMO_MARKETS.find((m) => m.id === 'eu')!, id: 'be', name: 'Belgium', countries: ['BE'], paymentMethods: ['card', 'bancontact', 'paypal'] };
  await t.deps.markets.upsert(toMarketWrite(be, { dutiesIncluded: true, isDefault: false, position: position++ }), at);

  const call: PaymentServer['call'] = httpCaller(() => base, t.adminKey);
  const outbox = createOutboxRepository(db.orm);
  return {
    ...t,
    base,
    call,
    deliver: () => deliverTestGatewayEvents(t.deps, { timeoutMs: 5_000 }),
    gateway: createTestGatewayRepository(db.orm),
    payments: createPaymentRepository(db.orm),
    async events(paymentId) {
      const rows = await outbox.listEvents({ subjectKind: 'payment', subjectId: paymentId }, { limit: 100 });
      return rows.reverse().map((r) => r.type);
    },
    close: () => t.app.close(),
  };
}

/** Create a payment through Landfall's API (api-scope key) and return its body. */
export async function createPaymentVia(s: PaymentServer, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<any> {
  const r = await s.call('POST', '/v1/payments', { body, headers, key: s.apiKey });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.body.status, 'requires_action');
  assert.deepEqual(r.body.nextAction, { type: 'confirm' });
  return r.body;
}

export const euro = (amount: string) => ({ amount, currency: 'EUR' });
