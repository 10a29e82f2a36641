/**
 * Checkout survives a crash: `landfall serve` (a real child process on real PostgreSQL) is killed
 * with SIGKILL while 40 buyers are checking out at once over contended stock, started again on the
 * same database, and every interrupted buyer retries its step (the same cart, the same
 * Idempotency-Key) until it is done. The database then shows that no order was lost or
 * duplicated, no stock reservation leaked, no stock count drifted from its ledger, every order
 * has one order.created event, and no order was charged twice.
 *
 * A checkout whose process died keeps its Idempotency-Key claimed; the key is taken over by a
 * retry only once the claim is 5 minutes old (src/services/idempotency/with-idempotency.ts), and
 * until then a retry is answered 409 IDEMPOTENCY_KEY_IN_USE. Rather than wait 5 minutes, the test
 * ages the claims the dead process left (and only those: claimed before the kill) by 10 minutes,
 * which is what the clock would have done; the buyers that hit 409 first are counted.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { createScratchPostgresUrl, TEST_DATABASE_URL } from '../support/test-database.js';
import { assertCheckoutInvariants, deferred, freePort, NoAnswer, request, sleep, startServe, type Answer, type ServerProcess } from './support.js';

const BUYERS = 40;
/** SIGKILL once this many checkouts have been answered: the rest are in flight or about to be. */
const KILL_AFTER_CHECKOUTS = 8;
/** The contended goods: each limited to STOCK_PER_WAREHOUSE units in New Jersey and Venlo and none in Hội An. */
const SKUS = ['COF-ROB-250', 'TEE-LAN-M', 'SCF-SQ90-IND', 'CER-MUG-CEL'];
const STOCK_PER_WAREHOUSE: Record<string, number> = { 'us-nj': 12, 'nl-venlo': 12, 'vn-hoian': 0 };
const CARD = { number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123' };
const ADDRESS: Record<string, object> = {
  US: { name: 'Ann Buyer', lines: ['1 Test Street'], city: 'New York', postalCode: '10001', region: 'NY', country: 'US' },
  DE: { name: 'Anna Käufer', lines: ['Invalidenstr. 1'], city: 'Berlin', postalCode: '10115', country: 'DE' },
  NL: { name: 'Anne Koper', lines: ['Damrak 1'], city: 'Amsterdam', postalCode: '1012 AB', country: 'NL' },
};

type Step = 'cart' | 'quote' | 'checkout' | 'pay' | 'confirm' | 'refresh' | 'lookup';
type Buyer = {
  index: number;
  market: string;
  country: string;
  email: string;
  lines: Array<{ sku: string; quantity: number }>;
  checkoutKey: string;
  cartId?: string;
  orderNumber?: string;
  paymentId?: string;
  outcome?: 'paid' | 'refused';
  refusedWith?: string;
  /** Steps whose request got no answer (cut by the kill, or refused while the server was down). */
  interrupted: Step[];
  /** Answers to checkout retries after an interruption, as "status code/number". */
  checkoutRetries: string[];
  inUse: number;
};

const skip = TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set: this test needs a real PostgreSQL server and a landfall process to kill';

describe('checkout survives SIGKILL under load [postgres]', { skip }, () => {
  let drop: (() => Promise<void>) | undefined;
  let server: ServerProcess | undefined;
  let db: pg.Client | undefined;
  after(async () => {
    server?.child.kill('SIGKILL');
    await db?.end();
    await drop?.();
  });

  test('no order lost or duplicated, no reservation leaked, no stock drift, no double charge', { timeout: 150_000 }, async (t) => {
    const started = performance.now();
    const scratch = await createScratchPostgresUrl();
    drop = scratch.drop;
    const port = await freePort();
    server = await startServe({ databaseUrl: scratch.url, port });
    const adminKey = server.summary.adminApiKey;
    assert.ok(adminKey, 'the first start prints the admin API key');
    const base = server.base;
    db = new pg.Client({ connectionString: scratch.url });
    await db.connect();

    const created = await request(base, 'POST', '/v1/admin/api-keys', { key: adminKey, body: { name: 'storefront', scopes: ['api'] } });
    assert.equal(created.status, 201, created.text);
    const apiKey: string = created.body.key;
    await limitStock(base, adminKey);

    // --- The buyers, and the gate they wait at while the server is down.
    let up = deferred();
    up.resolve();
    const claimsAged = deferred();
    const killNow = deferred();
    const inFlight: Record<string, number> = {};
    let checkoutsAnswered = 0;
    const deadline = Date.now() + 90_000;

    /** One request of a buyer's step; a request that gets no answer waits for the server and is sent again as it was. */
    const send = async (buyer: Buyer, step: Step, method: string, path: string, o: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> => {
      for (let attempt = 0; ; attempt++) {
        if (Date.now() > deadline) throw new Error(`buyer ${buyer.index} still at ${step} when the time ran out`);
        await up.promise;
        inFlight[step] = (inFlight[step] ?? 0) + 1;
        try {
          const answer = await request(base, method, path, { key: apiKey, ...o });
          if (answer.status < 500) return answer;
          // a 5xx is not an answer to keep (a dying or starting server); try again shortly
        } catch (error) {
          if (!(error instanceof NoAnswer)) throw error;
          buyer.interrupted.push(step);
        } finally {
          inFlight[step]!--;
        }
        await sleep(50 + Math.min(attempt, 10) * 20);
      }
    };

    const runBuyer = async (buyer: Buyer): Promise<void> => {
      const cart = await send(buyer, 'cart', 'POST', '/v1/carts', { body: { market: buyer.market, country: buyer.country, email: buyer.email, address: ADDRESS[buyer.country], lines: buyer.lines } });
      if (cart.status === 409 && cart.body?.code === 'INSUFFICIENT_STOCK') return void ((buyer.outcome = 'refused'), (buyer.refusedWith = 'INSUFFICIENT_STOCK at cart'));
      assert.equal(cart.status, 201, `buyer ${buyer.index} cart: ${cart.text}`);
      buyer.cartId = cart.body.id;
      const quote = await send(buyer, 'quote', 'GET', `/v1/carts/${buyer.cartId}`);
      assert.equal(quote.status, 200, quote.text);

      // Checkout with the buyer's one Idempotency-Key until it has a final answer.
      for (;;) {
        const wasInterrupted = buyer.interrupted.includes('checkout');
        const r = await send(buyer, 'checkout', 'POST', `/v1/carts/${buyer.cartId}/checkout`, { body: { payment: { method: 'card' } }, headers: { 'idempotency-key': buyer.checkoutKey } });
        if (++checkoutsAnswered === KILL_AFTER_CHECKOUTS) killNow.resolve();
        if (wasInterrupted || buyer.interrupted.includes('checkout')) buyer.checkoutRetries.push(`${r.status} ${r.body?.order?.number ?? r.body?.code}`);
        if (r.status === 409 && r.body?.code === 'IDEMPOTENCY_KEY_IN_USE') {
          buyer.inUse++;
          await claimsAged.promise;
          await sleep(50);
          continue;
        }
        if (r.status === 201) {
          buyer.orderNumber = r.body.order.number;
          buyer.paymentId = r.body.payment?.id;
        } else if (r.status === 409 && r.body?.code === 'CART_CLOSED') {
          // the first attempt made the order and its answer was lost with the process: the refusal names it
          const named = /as order (LF-\d+)/.exec(r.body.detail ?? '');
          assert.ok(named, `CART_CLOSED must name the order: ${r.text}`);
          buyer.orderNumber = named[1];
        } else if (r.status === 409 && (r.body?.code === 'INSUFFICIENT_STOCK' || r.body?.code === 'CHECKOUT_BLOCKED')) {
          buyer.outcome = 'refused';
          buyer.refusedWith = r.body.code;
          return;
        } else {
          assert.fail(`buyer ${buyer.index} checkout: ${r.status} ${r.text}`);
        }
        break;
      }

      if (!buyer.paymentId) {
        for (;;) {
          const p = await send(buyer, 'pay', 'POST', `/v1/orders/${buyer.orderNumber}/payments`, { body: { method: 'card' }, headers: { 'idempotency-key': `${buyer.checkoutKey}/pay` } });
          if (p.status === 409 && p.body?.code === 'IDEMPOTENCY_KEY_IN_USE') {
            buyer.inUse++;
            await claimsAged.promise;
            await sleep(50);
            continue;
          }
          assert.equal(p.status, 201, `buyer ${buyer.index} pay: ${p.text}`);
          buyer.paymentId = p.body.id;
          break;
        }
      }

      // Confirm; when the confirmation was already made (its answer lost), ask the provider where the payment stands.
      for (let attempt = 0; ; attempt++) {
        const c = await send(buyer, 'confirm', 'POST', `/v1/payments/${buyer.paymentId}/confirm`, { body: { card: CARD } });
        if (c.status === 200 && c.body.status === 'succeeded') break;
        assert.ok(!(c.status === 200 && c.body.status === 'failed'), `buyer ${buyer.index} card declined: ${c.text}`);
        const fresh = await send(buyer, 'refresh', 'GET', `/v1/payments/${buyer.paymentId}?refresh=true`);
        if (fresh.status === 200 && fresh.body.status === 'succeeded') break;
        assert.ok(attempt < 50, `buyer ${buyer.index} payment never succeeded: ${c.text} / ${fresh.text}`);
        await sleep(100);
      }
      const order = await send(buyer, 'lookup', 'GET', `/v1/orders/${buyer.orderNumber}?email=${encodeURIComponent(buyer.email)}`);
      assert.equal(order.status, 200, order.text);
      assert.equal(order.body.status, 'paid', `buyer ${buyer.index}: ${order.text}`);
      buyer.outcome = 'paid';
    };

    const buyers: Buyer[] = Array.from({ length: BUYERS }, (_, i) => {
      const country = i % 2 === 0 ? 'US' : i % 4 === 1 ? 'DE' : 'NL';
      const count = 2 + (i % 2);
      return {
        index: i,
        market: country === 'US' ? 'us' : 'eu',
        country,
        email: `buyer${i}@example.com`,
        lines: Array.from({ length: count }, (_, j) => ({ sku: SKUS[(i + j) % SKUS.length]!, quantity: 1 + ((i >> 1) + j) % 2 })),
        checkoutKey: `reliability-${i}-${Date.now().toString(36)}`,
        interrupted: [],
        checkoutRetries: [],
        inUse: 0,
      };
    });

    const failures: string[] = [];
    const everyone = Promise.all(buyers.map((b) => runBuyer(b).catch((e: Error) => void failures.push(`buyer ${b.index}: ${e.message}`))));

    // --- Kill while checkouts are in flight, start again on the same database and port.
    await Promise.race([killNow.promise, sleep(30_000, { ref: false })]);
    up = deferred();
    const inFlightAtKill = Object.entries(inFlight).filter(([, n]) => n > 0).map(([step, n]) => `${step} ${n}`).join(', ');
    const killedAt = new Date();
    server.child.kill('SIGKILL');
    const death = await server.exited;
    assert.equal(death.signal, 'SIGKILL');
    server = await startServe({ databaseUrl: scratch.url, port });
    up.resolve();
    // The claims the dead process left would be taken over after 5 minutes; age them instead of waiting.
    await sleep(1_000);
    const aged = await db.query(`update idempotency_keys set created_at = created_at - interval '10 minutes' where status = 'in_progress' and created_at <= $1`, [killedAt]);
    claimsAged.resolve();

    const finished = await Promise.race([everyone.then(() => true), sleep(Math.max(1_000, deadline - Date.now() + 5_000), { ref: false }).then(() => false)]);
    assert.equal(failures.length, 0, failures.join('\n'));
    assert.ok(finished, `buyers still running: ${buyers.filter((b) => !b.outcome).map((b) => b.index).join(', ')}`);
    const interrupted = buyers.filter((b) => b.interrupted.length > 0);
    assert.ok(interrupted.length > 0, 'the kill must have cut some requests');

    // Stop the server cleanly so that nothing changes while the database is read.
    server.child.kill('SIGTERM');
    assert.equal((await server.exited).code, 0, server.stderr());

    // --- The invariants, read from the database.
    const paidBuyers = buyers.filter((b) => b.outcome === 'paid');
    const facts = await assertCheckoutInvariants(db, {
      paid: paidBuyers.map((b) => ({ cartId: b.cartId!, orderNumber: b.orderNumber! })),
      refusedCartIds: buyers.filter((b) => b.outcome === 'refused' && b.cartId).map((b) => b.cartId!),
    });
    const sold = SKUS.map((sku) => `${sku} ${facts.levels.filter((l) => l.sku === sku).map((l) => `${l.warehouse}:${(STOCK_PER_WAREHOUSE[l.warehouse] ?? 0) - l.onHand}/${STOCK_PER_WAREHOUSE[l.warehouse] ?? 0}`).join(' ')}`);
    for (const l of facts.levels.filter((x) => SKUS.includes(x.sku))) assert.ok(l.onHand >= 0 && l.onHand <= (STOCK_PER_WAREHOUSE[l.warehouse] ?? 0), `${l.sku}@${l.warehouse} sold within its stock`);

    const refused = buyers.filter((b) => b.outcome === 'refused');
    const retried = buyers.filter((b) => b.checkoutRetries.length > 0);
    t.diagnostic(`${BUYERS} buyers: ${paidBuyers.length} paid, ${refused.length} refused (${[...new Set(refused.map((b) => b.refusedWith))].join(', ')}); ${facts.orders} orders in the database`);
    t.diagnostic(`killed with SIGKILL after ${KILL_AFTER_CHECKOUTS} checkout answers, requests open on the client side: ${inFlightAtKill || 'none counted'}; ${interrupted.length} buyers interrupted (${countSteps(interrupted)})`);
    const finalRetryAnswers = tally(retried.map((b) => b.checkoutRetries.at(-1)!.replace(/LF-\d+/, 'order')));
    t.diagnostic(`${retried.length} checkouts retried after the crash (same cart, same Idempotency-Key), final answers: ${finalRetryAnswers || 'none'}`);
    t.diagnostic(`Idempotency-Key claims left by the dead process: ${aged.rowCount}; 409 IDEMPOTENCY_KEY_IN_USE answers before they aged: ${buyers.reduce((n, b) => n + b.inUse, 0)}`);
    t.diagnostic(`sold (units taken / stock): ${sold.join('; ')}; payments left waiting for confirmation: ${facts.openPayments}`);
    t.diagnostic(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
});

/** Limit the contended goods to STOCK_PER_WAREHOUSE by adjustment movements (so the ledger stays complete). */
async function limitStock(base: string, adminKey: string): Promise<void> {
  for (const sku of SKUS) {
    const levels = await request(base, 'GET', `/v1/admin/inventory?sku=${sku}`, { key: adminKey });
    assert.equal(levels.status, 200, levels.text);
    for (const level of levels.body.items as Array<{ warehouse: string; onHand: number }>) {
      const delta = (STOCK_PER_WAREHOUSE[level.warehouse] ?? 0) - level.onHand;
      if (delta === 0) continue;
      const moved = await request(base, 'POST', '/v1/admin/inventory/movements', {
        key: adminKey,
        body: { sku, warehouse: level.warehouse, kind: 'adjustment', quantity: delta, reason: 'reliability test: contended stock' },
      });
      assert.equal(moved.status, 201, moved.text);
    }
  }
}

function countSteps(buyers: Buyer[]): string {
  return tally(buyers.flatMap((b) => [...new Set(b.interrupted)]));
}

/** "a 3, b 1": how often each value occurs, in order of first appearance. */
function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${v} ${n}`).join(', ');
}
