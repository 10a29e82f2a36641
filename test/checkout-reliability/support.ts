/**
 * `landfall serve` as a real child process (the same entry point an operator starts), and a small
 * HTTP client for it that tells a refused connection or a cut socket (the server died) apart from
 * an answer, and the checks of what the database must show after checkouts were interrupted.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

const BIN = fileURLToPath(new URL('../../bin/landfall.js', import.meta.url));

export type Answer = { status: number; body: any; text: string };

export type ServerProcess = {
  child: ChildProcess;
  base: string;
  /** The startup summary `serve --json` printed (adminApiKey only on the first start of a database). */
  summary: { urls: { storefront: string }; adminApiKey?: string; seeded?: string[] };
  /** Resolves when the process has ended, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the process wrote to stderr so far (for failure messages). */
  stderr(): string;
};

/** A TCP port that was free a moment ago: the server is restarted on the same one, as a real deployment would be. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Start `node bin/landfall.js serve --json` on 127.0.0.1:`port` against `databaseUrl` and wait for
 * its "listening" line. The public URL is set to the same address so that the built-in test
 * payment gateway, which Landfall calls over HTTP, is reached on the interface it listens on.
 */
export async function startServe(options: { databaseUrl: string; port: number; env?: Record<string, string>; timeoutMs?: number }): Promise<ServerProcess> {
  const base = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, [BIN, 'serve', '--json'], {
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      LANDFALL_PUBLIC_URL: base,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let ended = false;
  void exited.then(() => (ended = true));
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    const line = out.split('\n').find((l) => l.includes('"event":"listening"'));
    if (line) return { child, base, summary: JSON.parse(line), exited, stderr: () => err };
    if (ended) throw new Error(`landfall serve exited before listening:\n${err}${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`landfall serve did not start within ${options.timeoutMs ?? 60_000} ms:\n${err}${out}`);
    }
    await sleep(25);
  }
}

/** Thrown when no answer came back: the connection was refused or cut (the server is down or died mid-request). */
export class NoAnswer extends Error {}

/** One JSON request; a network failure is a NoAnswer, any HTTP answer (even 5xx) is returned. */
export async function request(base: string, method: string, path: string, o: { key?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(base + path, {
      method,
      headers: { ...(o.key ? { authorization: `Bearer ${o.key}` } : {}), ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}), ...o.headers },
      ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    text = await response.text();
  } catch (error) {
    throw new NoAnswer(`${method} ${path}: ${(error as Error).message} (${String((error as { cause?: { code?: string } }).cause?.code ?? '')})`);
  }
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text };
}

/** Wait `ms`; with `ref: false` the wait does not keep the process alive (for time limits raced against work). */
export function sleep(ms: number, options: { ref?: boolean } = {}): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    if (options.ref === false) timer.unref();
  });
}

/** A promise with its resolve function outside, for gates the buyers wait on. */
export function deferred<T = void>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export type StockLevelFact = { sku: string; warehouse: string; onHand: number; reserved: number };

/**
 * What the database must show once every buyer is done (the server stopped, so nothing moves):
 * - no order duplicated: at most one per cart, numbers unique;
 * - no order lost: the orders are exactly those the buyers were given (`paid`, each on its cart),
 *   every one paid, and no refused buyer's cart became an order;
 * - every paid order's reservation converted, and its sale movements equal to its lines;
 * - no drift: on hand = the sum of the ledger (the opening receipts included) for every stock level,
 *   reserved = the lines of active reservations, nothing below zero or over-reserved;
 * - no leaked reservation: an active one belongs to an order waiting for payment (none is left here);
 * - order.created and order.paid exactly once per order;
 * - one succeeded payment per order, for its total, and one succeeded charge at the provider.
 */
export async function assertCheckoutInvariants(
  db: pg.Client,
  expected: { paid: Array<{ cartId: string; orderNumber: string }>; refusedCartIds: string[] },
): Promise<{ orders: number; levels: StockLevelFact[]; openPayments: number }> {
  const q = async <T extends Record<string, unknown>>(sql: string) => (await db.query<T>(sql)).rows;
  const orders = await q<{ id: string; number: string; cart_id: string; status: string; total_minor: string; captured_minor: string }>('select id, number, cart_id, status, total_minor, captured_minor from orders');
  const byCart = new Map<string, typeof orders>();
  for (const o of orders) byCart.set(o.cart_id, [...(byCart.get(o.cart_id) ?? []), o]);

  assert.deepEqual([...byCart.entries()].filter(([, os]) => os.length > 1), [], 'a cart became more than one order');
  assert.equal(new Set(orders.map((o) => o.number)).size, orders.length, 'order numbers are unique');
  assert.deepEqual(orders.map((o) => o.number).sort(), expected.paid.map((b) => b.orderNumber).sort(), 'orders in the database = orders the buyers were given');
  for (const b of expected.paid) assert.equal(byCart.get(b.cartId)?.[0]?.number, b.orderNumber, `cart ${b.cartId} is order ${b.orderNumber}`);
  for (const cartId of expected.refusedCartIds) assert.equal(byCart.get(cartId), undefined, `refused cart ${cartId} has no order`);
  assert.deepEqual(orders.filter((o) => o.status !== 'paid').map((o) => `${o.number} ${o.status}`), [], 'every order is paid');

  const reservations = await q<{ reference: string; status: string }>('select reference, status from reservations');
  for (const o of orders) assert.deepEqual(reservations.filter((r) => r.reference === o.id).map((r) => r.status), ['converted'], `order ${o.number}'s reservation`);
  const lines = await q<{ number: string; sku: string; warehouse: string; quantity: number }>('select o.number, l.sku, l.warehouse, l.quantity from order_lines l join orders o on o.id = l.order_id');
  const sales = await q<{ reference: string; sku: string; warehouse: string; quantity: number }>(`select m.reference, m.sku, w.code as warehouse, -m.quantity as quantity from stock_movements m join warehouses w on w.id = m.warehouse_id where m.kind = 'sale'`);
  const asSet = (rows: Array<{ sku: string; warehouse: string; quantity: number }>) => rows.map((r) => `${r.sku}@${r.warehouse}x${r.quantity}`).sort();
  for (const o of orders) assert.deepEqual(asSet(sales.filter((s) => s.reference === o.number)), asSet(lines.filter((l) => l.number === o.number)), `order ${o.number}'s sales = its lines`);
  assert.equal(sales.length, lines.length, 'no sale movement without an order line');

  const levels = await q<{ sku: string; warehouse: string; on_hand: number; reserved: number; ledger: number; held: number }>(`
    select v.sku, w.code as warehouse, s.on_hand, s.reserved,
      coalesce((select sum(m.quantity) from stock_movements m where m.variant_id = s.variant_id and m.warehouse_id = s.warehouse_id), 0)::int as ledger,
      coalesce((select sum(rl.quantity) from reservation_lines rl join reservations r on r.id = rl.reservation_id
                where r.status = 'active' and rl.variant_id = s.variant_id and rl.warehouse_id = s.warehouse_id), 0)::int as held
    from stock_levels s join variants v on v.id = s.variant_id join warehouses w on w.id = s.warehouse_id`);
  assert.deepEqual(levels.filter((l) => l.on_hand !== l.ledger).map((l) => `${l.sku}@${l.warehouse} on hand ${l.on_hand}, ledger ${l.ledger}`), [], 'on hand = opening stock + movements');
  assert.deepEqual(levels.filter((l) => l.reserved !== l.held).map((l) => `${l.sku}@${l.warehouse} reserved ${l.reserved}, held ${l.held}`), [], 'reserved = active reservation lines');
  assert.deepEqual(levels.filter((l) => l.on_hand < 0 || l.reserved > l.on_hand).map((l) => `${l.sku}@${l.warehouse}`), [], 'never oversold');

  const active = await q<{ reference: string; status: string | null }>(`select r.reference, o.status from reservations r left join orders o on o.id::text = r.reference where r.status = 'active'`);
  assert.deepEqual(active.filter((r) => r.status !== 'pending_payment'), [], 'active reservations without a pending order');
  assert.equal(active.length, 0, 'no reservation is still held once every order is paid');

  const events = await q<{ type: string; subject_id: string; n: number }>(`select type, subject_id, count(*)::int as n from outbox_events where type in ('order.created', 'order.paid') group by type, subject_id`);
  for (const type of ['order.created', 'order.paid']) {
    const seen = events.filter((e) => e.type === type);
    assert.deepEqual(seen.filter((e) => e.n !== 1), [], `${type} more than once`);
    assert.deepEqual(seen.map((e) => e.subject_id).sort(), orders.map((o) => o.id).sort(), `${type} once for every order`);
  }

  const payments = await q<{ reference: string; succeeded: number; captured: string; open: number }>(`
    select reference, count(*) filter (where status in ('succeeded', 'authorized'))::int as succeeded,
      coalesce(sum(captured_minor) filter (where status in ('succeeded', 'authorized')), 0)::text as captured,
      count(*) filter (where status = 'requires_action')::int as open
    from payments group by reference`);
  for (const o of orders) {
    const p = payments.find((x) => x.reference === o.number);
    assert.equal(p?.succeeded, 1, `order ${o.number} has exactly one succeeded payment`);
    assert.equal(p.captured, o.total_minor, `order ${o.number} captured its total`);
    assert.equal(o.captured_minor, o.total_minor, `order ${o.number} records its capture`);
  }
  const charged = await q<{ reference: string; n: number }>(`select metadata->>'reference' as reference, count(*)::int as n from test_gateway_intents where status = 'succeeded' group by 1`);
  assert.deepEqual(charged.filter((c) => c.n !== 1), [], 'the provider charged an order twice');
  assert.equal(charged.length, orders.length, 'one charge at the provider per order');

  return {
    orders: orders.length,
    levels: levels.map((l) => ({ sku: l.sku, warehouse: l.warehouse, onHand: l.on_hand, reserved: l.reserved })),
    openPayments: payments.reduce((n, p) => n + p.open, 0),
  };
}
