import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { count, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/create-db.js';
import type { AppOptions } from '../../src/http/build-app.js';
import { createInventoryRepository } from '../../src/db/repositories/inventory-repository.js';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.js';
import { carts, orders } from '../../src/db/schema/orders.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { deliverTestGatewayEvents } from '../../src/services/test-gateway/deliver-events.js';
import { httpCaller } from '../support/http-call.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';

export type { Answer } from '../support/http-call.js';
import type { Answer } from '../support/http-call.js';
export type Level = { warehouse: string; onHand: number; reserved: number; available: number };

export type CheckoutServer = TestApp & {
  base: string;
  /** Call Landfall over real HTTP; the key defaults to the buyer-side (api scope) key, null sends none. */
  call(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string>; key?: string | null }): Promise<Answer>;
  /** Call with the admin key. */
  admin(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string> }): Promise<Answer>;
  /** Stock of one SKU per warehouse code, through GET /v1/admin/inventory. */
  levels(sku: string): Promise<Record<string, Level>>;
  /** order.* and shipment.* event types of one order in the outbox, sorted by name (events of one transaction share a timestamp). */
  orderEvents(orderId: string): Promise<string[]>;
  /** The order's stock reservation (its reference is the order id). */
  reservation(orderId: string): ReturnType<ReturnType<typeof createInventoryRepository>['latest']>;
  orderCount(): Promise<number>;
  cartCount(): Promise<number>;
  /** Move a cart's expiry into the past, as if 30 days had gone by since its last change. */
  expireCart(cartId: string): Promise<void>;
  /** Run the test gateway's webhook delivery once. */
  deliver(): ReturnType<typeof deliverTestGatewayEvents>;
  close(): Promise<void>;
};

export const CARD_OK = { number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123' };
export const CARD_DECLINED = { ...CARD_OK, number: '4000000000000002' };

/**
 * The day the suite's expected amounts were worked out for: the rules in effect then (the EU's
 * EUR 3 per-item duty on low-value parcels applies from 2026-07-01) and the demo's ECB rates.
 */
export const TEST_START = '2026-11-27T09:00:00.000Z';

/** A clock that starts at `start` and runs at real speed, so timestamps still order events. */
function runningClock(start: string): () => Date {
  const origin = Date.parse(start);
  const began = performance.now();
  return () => new Date(origin + Math.floor(performance.now() - began));
}

/**
 * The demo store (markets, catalog, warehouses with their stock, FX rates, shipping rate cards)
 * seeded into `db`, and Landfall listening on a free port with the test payment gateway calling
 * back to it over HTTP.
 */
export async function startCheckoutServer(db: Database, options: { support?: AppOptions['support'] } = {}): Promise<CheckoutServer> {
  let base = '';
  const t = await buildTestApp(db, { deps: { payments: { publicUrl: () => base }, clock: runningClock(TEST_START) }, ...options });
  await seedDemoStore(t.deps);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;

  const call: CheckoutServer['call'] = httpCaller(() => base, t.apiKey);
  const outbox = createOutboxRepository(db.orm);
  const inventory = createInventoryRepository(db.orm);
  return {
    ...t,
    base,
    call,
    admin: (method, path, o = {}) => call(method, path, { ...o, key: t.adminKey }),
    async levels(sku) {
      const r = await call('GET', `/v1/admin/inventory?sku=${encodeURIComponent(sku)}`, { key: t.adminKey });
      assert.equal(r.status, 200, said(r));
      return Object.fromEntries(r.body.items.map((l: Level & { sku: string }) => [l.warehouse, { warehouse: l.warehouse, onHand: l.onHand, reserved: l.reserved, available: l.available }]));
    },
    async orderEvents(orderId) {
      const rows = await outbox.listEvents({ subjectKind: 'order', subjectId: orderId }, { limit: 100 });
      return rows.map((r) => r.type).sort();
    },
    reservation: (orderId) => inventory.latest(orderId),
    async orderCount() {
      const [row] = await db.orm.select({ n: count() }).from(orders);
      return Number(row!.n);
    },
    async cartCount() {
      const [row] = await db.orm.select({ n: count() }).from(carts);
      return Number(row!.n);
    },
    async expireCart(cartId) {
      await db.orm.update(carts).set({ expiresAt: new Date(t.deps.clock().getTime() - 60_000) }).where(eq(carts.id, cartId));
    },
    deliver: () => deliverTestGatewayEvents(t.deps, { timeoutMs: 5_000 }),
    close: () => t.app.close(),
  };
}

/** An amount as integer minor units, read from its text ("231.51" -> 23151, JPY "58239" -> 58239). */
export function minor(m: { amount: string }): number {
  assert.match(m.amount, /^\d+(\.\d+)?$/, `not an amount: ${m.amount}`);
  return Number(m.amount.replace('.', ''));
}

/** A delivery address in `country` (postal codes of the right shape for the countries the tests use). */
export function addressIn(country: string) {
  const postal: Record<string, string> = { DE: '10115', NL: '1012 AB', FR: '75001', US: '10001', JP: '100-0001', GB: 'SW1A 1AA' };
  return { name: 'Ana Buyer', lines: ['1 Test Street'], city: 'Testville', postalCode: postal[country] ?? '10000', country, ...(country === 'US' ? { region: 'NY' } : {}) };
}

/** Start a cart; asserts 201 and returns its body. */
export async function createCart(s: CheckoutServer, body: Record<string, unknown>): Promise<any> {
  const r = await s.call('POST', '/v1/carts', { body });
  assert.equal(r.status, 201, said(r));
  return r.body;
}

/** A cart with an email and an address, so that nothing but its lines stands between it and checkout. */
let buyers = 0;

/** A new buyer's email for each cart (one buyer placing dozens of orders an hour is what fraud screening flags). */
export function buyerEmail(): string {
  return `buyer-${++buyers}@example.com`;
}

export async function readyCart(s: CheckoutServer, market: string, country: string, lines: Array<{ sku: string; quantity: number }>, email = buyerEmail()): Promise<any> {
  // Each ready cart is a different buyer at a different door, as real orders are.
  const cart = await createCart(s, { market, country, email, address: { ...addressIn(country), lines: [`${buyers + 1} Test Street`] }, lines });
  assert.deepEqual(cart.problems, [], JSON.stringify(cart.problems));
  assert.equal(cart.checkoutReady, true);
  return cart;
}

export function checkout(s: CheckoutServer, cartId: string, body: unknown = { payment: { method: 'card' } }, headers: Record<string, string> = {}): Promise<Answer> {
  return s.call('POST', `/v1/carts/${cartId}/checkout`, { body, headers });
}

/** Check out with a card and pay with `card`; asserts the order is paid and returns it. */
export async function placePaidOrder(s: CheckoutServer, cartId: string, card = CARD_OK): Promise<any> {
  const placed = await checkout(s, cartId);
  assert.equal(placed.status, 201, said(placed));
  const paid = await s.call('POST', `/v1/payments/${placed.body.payment.id}/confirm`, { body: { card } });
  assert.equal(paid.status, 200, said(paid));
  assert.equal(paid.body.status, 'succeeded', said(paid));
  const order = await s.admin('GET', `/v1/admin/orders/${placed.body.order.number}`);
  assert.equal(order.body.status, 'paid');
  return order.body;
}

/** total = goods - discount + shipping + duties + taxes - taxesIncluded + fees, in minor units; returns the parts. */
export function assertTotalsAddUp(totals: Record<string, { amount: string; currency: string }>) {
  const t = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, minor(v)])) as Record<string, number>;
  // The buyer pays the shelf price of the goods plus shipping, duties, fees and whatever tax is due beyond what the prices hold.
  assert.equal(t.total, t.goods! - t.discount! + t.shipping! + t.duties! + t.fees! + Math.max(0, t.taxes! - t.taxesIncluded!), JSON.stringify(totals));
  assert.equal(t.total, t.payableAtCheckout! + t.payableOnDelivery!, JSON.stringify(totals));
  return t;
}

/** The cart as stored (through GET), for "nothing changed" checks: version, lines and fields, not the live pricing. */
export async function cartState(s: CheckoutServer, cartId: string) {
  const r = await s.call('GET', `/v1/carts/${cartId}`);
  assert.equal(r.status, 200, said(r));
  const c = r.body;
  return { status: c.status, version: c.version, lines: c.lines.map((l: { sku: string; quantity: number }) => [l.sku, l.quantity]), email: c.email, address: c.address, locale: c.locale, discountCode: c.discountCode, deliveryOption: c.deliveryOption, country: c.country };
}

/** A short account of an answer for assertion messages: status, problem code and detail. */
export function said(r: Answer): string {
  return `${r.status} ${r.body?.code ?? ''} ${r.body?.detail ?? r.text.slice(0, 300)}`;
}

/** The fields named by a problem answer. */
export function fields(r: Answer): string[] {
  return (r.body?.errors ?? []).map((e: { field: string }) => e.field);
}
