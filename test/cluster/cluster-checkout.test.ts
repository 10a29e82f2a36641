/**
 * `landfall serve --workers 2 --port 0` on real PostgreSQL under load: 320 buyers check out at once
 * through the one port (cart, checkout with a card payment, the card confirmed at the built-in
 * test gateway, whose webhooks come back through the same port), a quarter of them sending their
 * checkout twice at once with the same Idempotency-Key and some sending it again after the
 * answer. One worker is killed with SIGKILL while checkouts are in flight; the primary replaces it.
 * Every buyer whose request was cut retries with the same cart and the same key until it is done.
 *
 * Then the database must show: every order a buyer was told about exists exactly once, no other
 * order exists (an answer lost with the worker did not become a second order), order numbers are
 * unique, one succeeded payment and one charge per order, on hand = the ledger and reserved = the
 * active reservations everywhere, nothing oversold of the one contended product; and both first
 * workers served requests, the replacement serves requests, and SIGTERM stops everything with
 * exit code 0.
 *
 * A checkout cut by the kill keeps its Idempotency-Key claimed; a retry takes the key over only once
 * the claim is 5 minutes old (src/services/idempotency/with-idempotency.ts) and until then is
 * answered 409 IDEMPOTENCY_KEY_IN_USE. Rather than wait, the test ages such a claim by 10 minutes,
 * which is what the clock would do: a claim made before the kill and still open once every request
 * with its key that was in flight at the kill has ended (so never a claim a live worker is working
 * on: a worker completes or gives back its claim before it answers).
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { assertCheckoutInvariants } from '../checkout-reliability/support.js';
import { createScratchPostgresUrl, TEST_DATABASE_URL } from '../support/test-database.js';
import { isAlive, NoAnswer, request, sleep, startCluster, type Answer, type ClusterProcess } from './support.js';

const BUYERS = 320;
/** SIGKILL one worker once this many checkouts have been answered. */
const KILL_AFTER_CHECKOUTS = 90;
/** Keep-alive connections the client keeps to the one port (the primary spreads them over the workers). */
const CONNECTIONS = 96;
const PLENTIFUL = ['COF-ROB-250', 'COF-ARA-250', 'NUT-W320-250', 'TEE-LAN-M', 'BAM-CHP-5'];
/** Every fifth buyer also wants this one, of which only CONTENDED_STOCK units are in each warehouse. */
const CONTENDED = 'CER-MUG-CEL';
const CONTENDED_STOCK: Record<string, number> = { 'us-nj': 8, 'nl-venlo': 8, 'vn-hoian': 0 };
/** One API key sends every buyer's requests here: the per-key rate limit (per process) is not what this test is about. */
const UNLIMITED = { LANDFALL_RATE_LIMIT: 'off' };
const CARD = { number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123' };
const ADDRESS: Record<string, object> = {
  US: { name: 'Ann Buyer', lines: ['1 Test Street'], city: 'New York', postalCode: '10001', region: 'NY', country: 'US' },
  DE: { name: 'Anna Käufer', lines: ['Invalidenstr. 1'], city: 'Berlin', postalCode: '10115', country: 'DE' },
  NL: { name: 'Anne Koper', lines: ['Damrak 1'], city: 'Amsterdam', postalCode: '1012 AB', country: 'NL' },
};

type Buyer = {
  index: number;
  market: string;
  country: string;
  email: string;
  lines: Array<{ sku: string; quantity: number }>;
  key: string;
  /** Sends its checkout twice at once with the same key. */
  twice: boolean;
  /** Sends its checkout once more after the answer, with the same key. */
  again: boolean;
  cartId?: string;
  orderNumber?: string;
  paymentId?: string;
  outcome?: 'paid' | 'refused';
  refusedWith?: string;
  cut: number;
};

/** A keyed request in flight. */
type Open = { key: string };

const skip = TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set: this test needs a real PostgreSQL server (the workers of serve --workers share one database)';

describe('serve --workers 2 on one port under load, one worker killed [postgres]', { skip }, () => {
  let drop: (() => Promise<void>) | undefined;
  let server: ClusterProcess | undefined;
  let db: pg.Client | undefined;
  after(async () => {
    if (server) for (const pid of [server.child.pid!, ...server.events().flatMap((e) => ('workers' in e ? e.workers.map((w) => w.pid) : 'worker' in e ? [e.worker.pid] : []))]) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    await db?.end();
    await drop?.();
  });

  test('no order lost or duplicated, one payment each, the stock ledger holds, the dead worker is replaced', { timeout: 240_000 }, async (t) => {
    const started = performance.now();
    const scratch = await createScratchPostgresUrl();
    drop = scratch.drop;
    server = await startCluster({ databaseUrl: scratch.url, args: ['--workers', '2', '--port', '0', '--host', '127.0.0.1'], env: { LANDFALL_WORKER_HEADER: 'true', ...UNLIMITED } });
    const startedInMs = performance.now() - started;
    const { summary, base } = server;
    assert.deepEqual(summary.workers.map((w) => [w.id, w.slot]), [[1, 1], [2, 2]], 'two workers, ids 1 and 2');
    assert.ok(summary.adminApiKey, 'the startup summary carries the admin API key');
    assert.equal(server.events().filter((e) => e.event === 'listening').length, 1, 'one startup summary');
    const adminKey = summary.adminApiKey;
    db = new pg.Client({ connectionString: scratch.url });
    await db.connect();

    const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const created = await request(agent, base, 'POST', '/v1/admin/api-keys', { key: adminKey, body: { name: 'storefront', scopes: ['api'] } });
    assert.equal(created.status, 201, created.text);
    const apiKey: string = created.body.key;
    await stockUp(agent, base, adminKey);

    const served = new Map<number, number>();
    let answered5xx = 0;
    let checkoutsAnswered = 0;
    let killedAt: Date | undefined;
    let killNow!: () => void;
    const kill = new Promise<void>((resolve) => (killNow = resolve));
    const deadline = Date.now() + 170_000;
    let aged = 0;
    const open = new Set<Open>();
    let openAtKill = new Set<Open>();

    /** One request of a buyer; no answer (the worker died) or a 5xx: sent again as it was. */
    const send = async (buyer: Buyer, method: string, path: string, o: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> => {
      const key = o.headers?.['idempotency-key'];
      for (let attempt = 0; ; attempt++) {
        if (Date.now() > deadline) throw new Error(`buyer ${buyer.index} still at ${method} ${path} when the time ran out`);
        const token: Open | undefined = key ? { key } : undefined;
        if (token) open.add(token);
        try {
          const answer = await request(agent, base, method, path, { key: apiKey, ...o });
          if (answer.worker !== undefined) served.set(answer.worker, (served.get(answer.worker) ?? 0) + 1);
          if (answer.status < 500) return answer;
          answered5xx++;
        } catch (error) {
          if (!(error instanceof NoAnswer)) throw error;
          buyer.cut++;
        } finally {
          if (token) open.delete(token);
        }
        await sleep(50 + Math.min(attempt, 10) * 20);
      }
    };

    /** A keyed POST until it is not 409 IDEMPOTENCY_KEY_IN_USE; a claim the dead worker left is aged (see the header). */
    const sendKeyed = async (buyer: Buyer, path: string, body: unknown, key: string): Promise<Answer> => {
      for (;;) {
        const r = await send(buyer, 'POST', path, { body, headers: { 'idempotency-key': key } });
        if (!(r.status === 409 && r.body?.code === 'IDEMPOTENCY_KEY_IN_USE')) return r;
        // Once every request with this key that was in flight at the kill has ended, a claim older than
        // the kill can only be the dead worker's: a live worker completes or gives back its claim before it answers.
        if (killedAt && ![...openAtKill].some((x) => x.key === key && open.has(x))) {
          const done = await db!.query(`update idempotency_keys set created_at = created_at - interval '10 minutes' where key = $1 and status = 'in_progress' and created_at <= $2`, [key, killedAt]);
          aged += done.rowCount ?? 0;
        }
        await sleep(100);
      }
    };

    /** The order a checkout answer names, or the refusal. */
    const outcomeOf = (buyer: Buyer, r: Answer): { number: string; paymentId?: string } | { refused: string } => {
      if (r.status === 201) return { number: r.body.order.number, ...(r.body.payment?.id ? { paymentId: r.body.payment.id } : {}) };
      if (r.status === 409 && r.body?.code === 'CART_CLOSED') {
        // the first attempt made the order and its answer was lost with the worker: the refusal names it
        const named = /as order (LF-\d+)/.exec(r.body.detail ?? '');
        assert.ok(named, `CART_CLOSED must name the order: ${r.text}`);
        return { number: named[1]! };
      }
      if (r.status === 409 && (r.body?.code === 'INSUFFICIENT_STOCK' || r.body?.code === 'CHECKOUT_BLOCKED')) return { refused: r.body.code };
      assert.fail(`buyer ${buyer.index} checkout: ${r.status} ${r.text}`);
    };

    const runBuyer = async (buyer: Buyer): Promise<void> => {
      const cart = await send(buyer, 'POST', '/v1/carts', { body: { market: buyer.market, country: buyer.country, email: buyer.email, address: ADDRESS[buyer.country], lines: buyer.lines } });
      if (cart.status === 409 && cart.body?.code === 'INSUFFICIENT_STOCK') return void ((buyer.outcome = 'refused'), (buyer.refusedWith = 'INSUFFICIENT_STOCK at cart'));
      assert.equal(cart.status, 201, `buyer ${buyer.index} cart: ${cart.text}`);
      buyer.cartId = cart.body.id;

      const path = `/v1/carts/${buyer.cartId}/checkout`;
      const body = { payment: { method: 'card' } };
      const checkout = async () => {
        const r = await sendKeyed(buyer, path, body, buyer.key);
        if (++checkoutsAnswered === KILL_AFTER_CHECKOUTS) killNow();
        return outcomeOf(buyer, r);
      };
      const outcomes = await Promise.all(buyer.twice ? [checkout(), checkout()] : [checkout()]);
      if (buyer.again) outcomes.push(await checkout());
      const first = outcomes[0]!;
      for (const o of outcomes.slice(1)) {
        if ('refused' in first) assert.ok('refused' in o, `buyer ${buyer.index}: a refused checkout later made order ${JSON.stringify(o)}`);
        else assert.equal('number' in o ? o.number : o.refused, first.number, `buyer ${buyer.index}: the same key named another order`);
      }
      if ('refused' in first) return void ((buyer.outcome = 'refused'), (buyer.refusedWith = first.refused));
      buyer.orderNumber = first.number;
      buyer.paymentId = outcomes.find((o): o is { number: string; paymentId: string } => 'paymentId' in o && o.paymentId !== undefined)?.paymentId;

      if (!buyer.paymentId) {
        const p = await sendKeyed(buyer, `/v1/orders/${buyer.orderNumber}/payments`, { method: 'card' }, `${buyer.key}/pay`);
        assert.equal(p.status, 201, `buyer ${buyer.index} pay: ${p.text}`);
        buyer.paymentId = p.body.id;
      }
      // Confirm; when the confirmation was already made (its answer lost), ask the provider where the payment stands.
      for (let attempt = 0; ; attempt++) {
        const c = await send(buyer, 'POST', `/v1/payments/${buyer.paymentId}/confirm`, { body: { card: CARD } });
        if (c.status === 200 && c.body.status === 'succeeded') break;
        assert.ok(!(c.status === 200 && c.body.status === 'failed'), `buyer ${buyer.index} card declined: ${c.text}`);
        const fresh = await send(buyer, 'GET', `/v1/payments/${buyer.paymentId}?refresh=true`);
        if (fresh.status === 200 && fresh.body.status === 'succeeded') break;
        assert.ok(attempt < 50, `buyer ${buyer.index} payment never succeeded: ${c.text} / ${fresh.text}`);
        await sleep(100);
      }
      buyer.outcome = 'paid';
    };

    const run = Date.now().toString(36);
    const buyers: Buyer[] = Array.from({ length: BUYERS }, (_, i) => {
      const country = i % 2 === 0 ? 'US' : i % 4 === 1 ? 'DE' : 'NL';
      const lines = [0, 2].map((j) => ({ sku: PLENTIFUL[(i + j) % PLENTIFUL.length]!, quantity: 1 + ((i + j) % 2) }));
      if (i % 5 === 0) lines.push({ sku: CONTENDED, quantity: 1 });
      return { index: i, market: country === 'US' ? 'us' : 'eu', country, email: `buyer${i}@example.com`, lines, key: `cluster-${run}-${i}`, twice: i % 4 === 3, again: i % 8 === 5, cut: 0 };
    });

    const loadStarted = performance.now();
    const failures: string[] = [];
    const everyone = Promise.all(buyers.map((b) => runBuyer(b).catch((e: Error) => void failures.push(`buyer ${b.index}: ${e.message}`))));

    // --- Kill one worker while checkouts are in flight; the primary starts another in its slot.
    await Promise.race([kill, everyone]);
    const victim = summary.workers[1]!;
    openAtKill = new Set(open);
    killedAt = new Date();
    process.kill(victim.pid, 'SIGKILL');
    const exitedLine = await server.waitFor((e) => e.event === 'worker-exited' && e.worker.pid === victim.pid, 10_000);
    assert.equal(exitedLine.event === 'worker-exited' && exitedLine.signal, 'SIGKILL');
    const replacedLine = await server.waitFor((e) => e.event === 'worker-replaced' && e.replaces.pid === victim.pid, 120_000);
    assert.ok(replacedLine.event === 'worker-replaced');
    const replacement = replacedLine.worker;
    const replacedAfterMs = Date.now() - killedAt.getTime();

    await everyone;
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    t.diagnostic(`load took ${loadSeconds.toFixed(1)} s; worker ${replacement.id} listening ${(replacedAfterMs / 1000).toFixed(1)} s after the kill; ${failures.length} buyers failed`);
    assert.deepEqual(failures, [], failures.slice(0, 10).join('\n'));
    assert.equal(buyers.filter((b) => !b.outcome).length, 0, 'every buyer finished');

    // --- Every process served: both first workers under load, and the replacement on new connections.
    assert.ok((served.get(1) ?? 0) > 0 && (served.get(2) ?? 0) > 0, `both workers served requests: ${JSON.stringify([...served])}`);
    const probes: Answer[] = [];
    for (let i = 0; i < 40 && !probes.some((p) => p.worker === replacement.id); i++) probes.push(await request(false, base, 'GET', '/healthz'));
    assert.ok(probes.every((p) => p.status === 200));
    assert.ok(probes.some((p) => p.worker === replacement.id), `the replacement (worker ${replacement.id}) answers: ${probes.map((p) => p.worker).join(',')}`);
    assert.ok(isAlive(replacement.pid), 'the replacement runs');
    assert.ok(!isAlive(victim.pid), 'the killed worker is gone');
    agent.destroy();

    // --- SIGTERM: every worker finishes and closes its pool, the primary exits 0.
    const pids = [summary.workers[0]!.pid, replacement.pid];
    server.child.kill('SIGTERM');
    const ended = await server.exited;
    assert.deepEqual(ended, { code: 0, signal: null }, server.stderr());
    assert.deepEqual(pids.filter(isAlive), [], 'no worker left running');

    // --- What the database shows.
    const paid = buyers.filter((b) => b.outcome === 'paid');
    const facts = await assertCheckoutInvariants(db, {
      paid: paid.map((b) => ({ cartId: b.cartId!, orderNumber: b.orderNumber! })),
      refusedCartIds: buyers.filter((b) => b.outcome === 'refused' && b.cartId).map((b) => b.cartId!),
    });
    assert.ok(paid.length >= BUYERS * 0.7, `most buyers paid (${paid.length})`);
    for (const l of facts.levels.filter((x) => x.sku === CONTENDED)) assert.ok(l.onHand >= 0 && l.onHand <= CONTENDED_STOCK[l.warehouse]!, `${CONTENDED}@${l.warehouse} sold within its stock`);
    const interrupted = buyers.filter((b) => b.cut > 0);
    assert.ok(interrupted.length > 0, 'the kill cut some requests');

    const refused = buyers.filter((b) => b.outcome === 'refused');
    t.diagnostic(`${BUYERS} buyers through one port (${CONNECTIONS} keep-alive connections): ${paid.length} paid, ${refused.length} refused (${[...new Set(refused.map((b) => b.refusedWith))].join(', ')}); ${facts.orders} orders in the database`);
    t.diagnostic(`requests answered per worker: ${[...served].sort((a, b) => a[0] - b[0]).map(([w, n]) => `worker ${w}: ${n}`).join(', ')}; 5xx answers (retried): ${answered5xx}`);
    t.diagnostic(`worker ${victim.id} (slot ${victim.slot}) killed after ${KILL_AFTER_CHECKOUTS} checkout answers; ${interrupted.length} buyers had requests cut (${interrupted.reduce((n, b) => n + b.cut, 0)} requests); claims aged: ${aged}; worker ${replacement.id} listening ${(replacedAfterMs / 1000).toFixed(1)} s after the kill`);
    t.diagnostic(`${buyers.filter((b) => b.twice).length} buyers sent their checkout twice at once, ${buyers.filter((b) => b.again).length} once more after the answer: each key named one order`);
    t.diagnostic(`cluster started in ${(startedInMs / 1000).toFixed(1)} s; load ${loadSeconds.toFixed(1)} s (${(paid.length / loadSeconds).toFixed(1)} paid orders/s); whole test ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
});

/** Plenty of the everyday goods in New Jersey and Venlo (receipts), and CONTENDED_STOCK of the contended one (adjustments). */
async function stockUp(agent: http.Agent, base: string, adminKey: string): Promise<void> {
  const move = async (body: object) => {
    const moved = await request(agent, base, 'POST', '/v1/admin/inventory/movements', { key: adminKey, body });
    assert.equal(moved.status, 201, moved.text);
  };
  await Promise.all(PLENTIFUL.flatMap((sku) => ['us-nj', 'nl-venlo'].map((warehouse) => move({ sku, warehouse, kind: 'receipt', quantity: 2_000, reason: 'cluster test stock' }))));
  const levels = await request(agent, base, 'GET', `/v1/admin/inventory?sku=${CONTENDED}`, { key: adminKey });
  assert.equal(levels.status, 200, levels.text);
  for (const level of levels.body.items as Array<{ warehouse: string; onHand: number }>) {
    const delta = (CONTENDED_STOCK[level.warehouse] ?? 0) - level.onHand;
    if (delta !== 0) await move({ sku: CONTENDED, warehouse: level.warehouse, kind: 'adjustment', quantity: delta, reason: 'cluster test: contended stock' });
  }
}
