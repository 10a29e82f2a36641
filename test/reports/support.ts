import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../src/db/create-db.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { addressIn, CARD_OK, said, type Answer } from '../checkout/support.js';
import { httpCaller } from '../support/http-call.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';

export { said, type Answer };

/**
 * The demo store on a clock the test moves (`setNow`), listening on a free port with the test
 * payment gateway, so that orders can be placed and refunded in different months through the
 * real checkout, payment and refund.
 */
export type ReportsServer = TestApp & {
  base: string;
  call(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string>; key?: string | null }): Promise<Answer>;
  admin(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string> }): Promise<Answer>;
  /** From now on the clock reads `iso` and runs on at real speed. */
  setNow(iso: string): void;
  /** A cart in `market` to `country`, checked out with a card and paid; the order as the admin API shows it. */
  placePaidOrder(market: string, country: string, lines: Array<{ sku: string; quantity: number }>): Promise<any>;
  refund(number: string, body: Record<string, unknown>): Promise<any>;
  close(): Promise<void>;
};

let buyers = 0;

export async function startReportsServer(db: Database, startAt = '2026-11-27T09:00:00.000Z'): Promise<ReportsServer> {
  let base = '';
  let origin = Date.parse(startAt);
  let began = performance.now();
  const clock = () => new Date(origin + Math.floor(performance.now() - began));
  const t = await buildTestApp(db, { deps: { payments: { publicUrl: () => base }, clock } });
  await seedDemoStore(t.deps);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const call = httpCaller(() => base, t.apiKey);
  const admin: ReportsServer['admin'] = (method, path, o = {}) => call(method, path, { ...o, key: t.adminKey });
  return {
    ...t,
    base,
    call,
    admin,
    setNow(iso) {
      origin = Date.parse(iso);
      began = performance.now();
    },
    async placePaidOrder(market, country, lines) {
      const n = ++buyers;
      const cart = await call('POST', '/v1/carts', { body: { market, country, email: `report-buyer-${n}@example.com`, address: { ...addressIn(country), lines: [`${n} Report Street`] }, lines } });
      assert.equal(cart.status, 201, said(cart));
      assert.deepEqual(cart.body.problems, [], JSON.stringify(cart.body.problems));
      const placed = await call('POST', `/v1/carts/${cart.body.id}/checkout`, { body: { payment: { method: 'card' } } });
      assert.equal(placed.status, 201, said(placed));
      const paid = await call('POST', `/v1/payments/${placed.body.payment.id}/confirm`, { body: { card: CARD_OK } });
      assert.equal(paid.body?.status, 'succeeded', said(paid));
      const order = await admin('GET', `/v1/admin/orders/${placed.body.order.number}`);
      assert.equal(order.body.status, 'paid', said(order));
      return order.body;
    },
    async refund(number, body) {
      const r = await admin('POST', `/v1/admin/orders/${number}/refunds`, { body, headers: { 'idempotency-key': `report-refund-${number}-${++buyers}` } });
      assert.equal(r.status, 201, said(r));
      return r.body;
    },
    close: () => t.app.close(),
  };
}

/** The store's IOSS registration (IM + 276 for Germany + 7 digits: the shape only, not a real number). */
export async function registerIoss(s: ReportsServer, number = 'IM2760000001'): Promise<void> {
  const r = await s.admin('POST', '/v1/admin/registrations', { body: { scheme: 'IOSS', number, validFrom: '2026-01-01' } });
  assert.equal(r.status, 201, said(r));
}

/** The scheme tax charges of an order's frozen quote, for checking figures by hand. */
export function schemeCharges(order: any): Array<{ sku: string; rate: string; base: string; tax: string }> {
  return order.quote.shipments.flatMap((s: any) => s.charges.filter((c: any) => c.program === 'low-value scheme').map((c: any) => ({ sku: c.sku, rate: c.rate, base: c.baseAmount.amount, tax: c.amount })));
}
