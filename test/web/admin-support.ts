import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/db/create-db.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { addressIn, CARD_OK, TEST_START } from '../checkout/support.js';
import { ensureAdminBuild, launchBrowser } from '../support/browser.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';

/** The admin app built for these tests (see ensureAdminBuild). */
export const buildAdminForTests = ensureAdminBuild;

export type Answer = { status: number; body: any };

export type AdminBrowser = {
  t: TestApp;
  base: string;
  browser: Browser;
  page: Page;
  /** Call the API over HTTP with the admin key (or `key`). */
  call(method: string, path: string, body?: unknown, options?: { key?: string; headers?: Record<string, string> }): Promise<Answer>;
  /** Place an order through the API as a buyer would: a cart, a checkout, and (unless `pay` is false) a card payment. */
  placeOrder(market: string, country: string, lines: Array<{ sku: string; quantity: number }>, options?: { pay?: boolean; email?: string }): Promise<any>;
  /** Errors the page logged, besides the 4xx answers the screens show as messages. */
  errors(): string[];
  /** Open /admin and sign in with the admin API key; resolves when the main navigation is there. */
  signIn(): Promise<void>;
  close(): Promise<void>;
};

/**
 * The demo store on the checkout suite's clock (from 2026-11-27 09:00 UTC, running), listening on
 * a free port with the test payment gateway, the admin app served, and Chromium open on it.
 */
export async function startAdminBrowser(db: Database): Promise<AdminBrowser> {
  const adminAppDir = await buildAdminForTests();
  let base = '';
  const origin = Date.parse(TEST_START);
  const began = performance.now();
  const t = await buildTestApp(db, { adminAppDir, deps: { payments: { publicUrl: () => base }, clock: () => new Date(origin + Math.floor(performance.now() - began)) } });
  await seedDemoStore(t.deps);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;

  const call: AdminBrowser['call'] = async (method, p, body, options = {}) => {
    const response = await fetch(base + p, {
      method,
      headers: { authorization: `Bearer ${options.key ?? t.adminKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const said = (r: Answer) => `${r.status} ${r.body?.code ?? ''} ${r.body?.detail ?? ''}`;

  const browser = await launchBrowser();
  const page = await browser.newPage();
  const logged: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') logged.push(m.text());
  });
  page.on('pageerror', (e) => logged.push(e.message));

  return {
    t,
    base,
    browser,
    page,
    call,
    async placeOrder(market, country, lines, options = {}) {
      const cart = await call('POST', '/v1/carts', { market, country, email: options.email ?? 'buyer@example.com', address: addressIn(country), lines }, { key: t.apiKey });
      assert.equal(cart.status, 201, said(cart));
      assert.deepEqual(cart.body.problems, []);
      const placed = await call('POST', `/v1/carts/${cart.body.id}/checkout`, { payment: { method: 'card' } }, { key: t.apiKey });
      assert.equal(placed.status, 201, said(placed));
      if (options.pay !== false) {
        const paid = await call('POST', `/v1/payments/${placed.body.payment.id}/confirm`, { card: CARD_OK }, { key: t.apiKey });
        assert.equal(paid.body?.status, 'succeeded', said(paid));
      }
      const order = await call('GET', `/v1/admin/orders/${placed.body.order.number}`);
      assert.equal(order.body.status, options.pay === false ? 'pending_payment' : 'paid');
      return order.body;
    },
    errors: () => logged.filter((e) => !/status of 4\d\d/.test(e)),
    async signIn() {
      await page.goto(`${base}/admin`);
      await page.getByLabel('Admin API key').fill(t.adminKey);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
    },
    async close() {
      await browser.close();
      await t.app.close();
    },
  };
}
