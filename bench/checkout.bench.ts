import { Agent } from 'node:http';
import os from 'node:os';
import pg from 'pg';
import { publish, type BenchRow } from './lib/harness.js';
import { scratchDatabase } from './lib/scratch-database.js';
import { commandCpuSeconds, processCpuSeconds, requestJson, startServe, type JsonAnswer, type ServeProcess } from './lib/landfall-process.js';
import { measureHttp, type HttpFigures } from './lib/load.js';
import { closedLoops } from './lib/order-flow.js';

/** Flows in flight at once, spread over both servers request by request. */
const CONCURRENCY = 32;
/** Units received into each warehouse for each SKU, so that the stock never runs out. */
const TOP_UP = 100_000;
/** Goods stocked in both New Jersey and Venlo; each order takes three different ones. */
const SKUS = ['COF-ROB-250', 'COF-ROB-500', 'COF-ARA-250', 'COF-ARA-500', 'COF-PHN-250', 'NUT-W320-250', 'NUT-W320-500', 'TEE-LAN-S', 'TEE-LAN-M', 'TEE-LAN-L', 'CER-MUG-CEL', 'BAM-CHP-5'];
const BUYERS = [
  { market: 'us', country: 'US', address: { name: 'Ann Buyer', lines: ['1 Test Street'], city: 'New York', postalCode: '10001', region: 'NY', country: 'US' } },
  { market: 'eu', country: 'DE', address: { name: 'Anna Käufer', lines: ['Invalidenstr. 1'], city: 'Berlin', postalCode: '10115', country: 'DE' } },
  { market: 'us', country: 'US', address: { name: 'Bo Buyer', lines: ['2 Test Street'], city: 'Chicago', postalCode: '60601', region: 'IL', country: 'US' } },
  { market: 'eu', country: 'NL', address: { name: 'Anne Koper', lines: ['Damrak 1'], city: 'Amsterdam', postalCode: '1012 AB', country: 'NL' } },
];
const CARD = { number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123' };
const MINIMAL = { prefer: 'return=minimal' };
const STEPS = ['POST /v1/carts', 'POST /v1/carts/{id}/lines (x3)', 'GET /v1/carts/{id} (the quote)', 'POST /v1/carts/{id}/checkout', 'POST /v1/payments/{id}/confirm'] as const;
type Step = (typeof STEPS)[number];

/**
 * Orders per second end to end on PostgreSQL with two `landfall serve` processes on this machine
 * (compiled JavaScript, one database): each order is a cart with email and address, three lines
 * added one by one, the cart read back (the priced quote with its landed cost), a checkout with a
 * card payment, and the card confirmed at the built-in test gateway (which Landfall calls over
 * HTTP; its webhook comes back asynchronously). 32 orders in flight, every request sent to the
 * next server in turn over keep-alive connections. Baseline in the same run: GET /healthz on the
 * same two servers, the same way. At the end the database must show no oversell: no stock level
 * below zero or holding more than it has, reserved = the active reservations, on hand = its
 * ledger, and the units sold = the units of the paid orders.
 *
 * Needs LANDFALL_BENCH_DATABASE_URL=postgres://... (a scratch database is created there and dropped).
 */
export async function run(options: { amount: number }): Promise<void> {
  const url = process.env.LANDFALL_BENCH_DATABASE_URL?.trim();
  if (!url) {
    console.log('  checkout skipped: set LANDFALL_BENCH_DATABASE_URL=postgres://... (a scratch database is created there and dropped)');
    return;
  }
  const orders = Math.max(100, Math.round(options.amount / 25));
  const healthzRequests = Math.max(2_000, Math.round(options.amount / 5));
  const scratch = await scratchDatabase(url, 'checkout');
  const servers: ServeProcess[] = [];
  try {
    servers.push(await startServe(scratch.url)); // migrates and seeds the demo store
    servers.push(await startServe(scratch.url));
    const adminKey = servers[0]!.summary.adminApiKey;
    if (!adminKey) throw new Error('the first start did not print the admin API key');
    const agents = servers.map(() => new Agent({ keepAlive: true, maxSockets: CONCURRENCY }));
    const first = (method: string, path: string, body: unknown, key: string) => requestJson(agents[0]!, servers[0]!.port, method, path, body, { authorization: `Bearer ${key}` });
    const created = await first('POST', '/v1/admin/api-keys', { name: 'bench', scopes: ['api'] }, adminKey);
    expectStatus(created, 201, 'create an api key');
    const apiKey: string = created.body.key;
    for (const sku of SKUS) {
      for (const warehouse of ['us-nj', 'nl-venlo']) {
        expectStatus(await first('POST', '/v1/admin/inventory/movements', { sku, warehouse, kind: 'receipt', quantity: TOP_UP, reason: 'bench stock' }, adminKey), 201, `receive ${sku}`);
      }
    }

    let turn = 0;
    const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<JsonAnswer> => {
      const i = turn++ % servers.length;
      return requestJson(agents[i]!, servers[i]!.port, method, path, body, { authorization: `Bearer ${apiKey}`, ...headers });
    };
    const healthz = async () => {
      const rounds = await Promise.all(servers.map((s) => measureHttp(`${s.base}/healthz`, { amount: Math.round(healthzRequests / servers.length), connections: CONCURRENCY / servers.length })));
      return { perSecond: rounds.reduce((n, r) => n + r.requestsPerSec, 0), p50Ms: Math.max(...rounds.map((r) => r.p50Ms)), p99Ms: Math.max(...rounds.map((r) => r.p99Ms)), errors: rounds.reduce((n, r) => n + r.errors + r.non2xx, 0) };
    };

    await healthz(); // warm-up
    await orderLoop(call, CONCURRENCY * 2, 'warm'); // warm-up: JIT, connection pools, caches
    const before = await healthz();
    const tx0 = await transactionsSoFar(scratch.url);
    const cpu0 = cpuNow(servers);
    const measured = await orderLoop(call, orders, 'bench');
    const cpu1 = cpuNow(servers);
    const tx1 = await transactionsSoFar(scratch.url);
    const after = await healthz();
    // One order at a time: each step's own cost, without queueing behind the others.
    const alone = await orderLoop(call, Math.max(20, Math.round(orders / 10)), 'alone', 1);
    const baseline = after.perSecond > before.perSecond ? after : before;
    for (const a of agents) a.destroy();
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    const check = await checkNoOversell(scratch.url);

    const rows: BenchRow[] = [
      { label: 'GET /healthz, both servers, same concurrency', isBaseline: true, figures: { perSecond: baseline.perSecond, p50Ms: baseline.p50Ms, p99Ms: baseline.p99Ms } },
      ...STEPS.map((step) => ({ label: step, figures: { perSecond: Math.round(measured.steps[step].length / measured.seconds), ...percentiles(measured.steps[step]) } })),
      { label: 'whole order (7 requests), orders per second', figures: { perSecond: round2(measured.paid / measured.seconds), ...percentiles(measured.flows) } },
    ];
    const meanFlow = mean(measured.flows);
    const share = STEPS.map((s) => `${s.split(' ')[1]!.replace('/v1/', '')} ${((mean(measured.steps[s]) * (s.includes('x3') ? 3 : 1) * 100) / meanFlow).toFixed(0)}%`);
    const perOrder = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '?' : (((b - a) * 1000) / measured.paid).toFixed(1));
    publish({
      name: 'checkout',
      description: `${measured.paid.toLocaleString('en-US')} orders, ${CONCURRENCY} in flight, two landfall serve processes (compiled) on one PostgreSQL database, load generator in a third process, loopback`,
      rows,
      notes: [
        `${measured.paid} paid, ${measured.refused} refused with 409 INSUFFICIENT_STOCK, ${measured.errors} failed${measured.firstError ? ` (first: ${measured.firstError})` : ''}; ${(measured.paid / measured.seconds).toFixed(1)} orders/s against ${baseline.perSecond.toLocaleString('en-US')} healthz requests/s on the same servers`,
        `share of an order's time (mean ${meanFlow.toFixed(1)} ms): ${share.join(', ')} (lines: the three together)`,
        `one order at a time (${alone.paid} orders, no queueing), p50 per request: ${STEPS.map((st) => `${st.split(' ')[1]!.replace('/v1/', '')} ${percentiles(alone.steps[st]).p50Ms} ms`).join(', ')}; whole order ${percentiles(alone.flows).p50Ms} ms`,
        `CPU per order: servers ${perOrder(cpu0.servers, cpu1.servers)} ms, PostgreSQL ${perOrder(cpu0.postgres, cpu1.postgres)} ms, load generator ${perOrder(cpu0.client, cpu1.client)} ms; PostgreSQL transactions per order ${((tx1 - tx0) / measured.paid).toFixed(0)} (an autocommitted statement counts as one); ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
        `no oversell: ${check.summary}`,
        'servers run with LOG_LEVEL=warn (no per-request log lines); each pool has 10 PostgreSQL connections (the default)',
      ],
    });
    if (!check.ok) throw new Error(`checkout bench: the stock check failed: ${check.summary}`);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await scratch.drop();
  }
}

type Call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<JsonAnswer>;

/** `count` orders by `concurrency` closed loops; the latency of every step and of every whole order. */
async function orderLoop(call: Call, count: number, prefix: string, concurrency = CONCURRENCY) {
  const steps = Object.fromEntries(STEPS.map((s) => [s, [] as number[]])) as Record<Step, number[]>;
  const flows: number[] = [];
  let paid = 0;
  let refused = 0;
  const timed = async (step: Step, fn: () => Promise<JsonAnswer>) => {
    const t0 = performance.now();
    const answer = await fn();
    steps[step].push(performance.now() - t0);
    return answer;
  };
  const order = async (i: number) => {
    const t0 = performance.now();
    const buyer = BUYERS[i % BUYERS.length]!;
    // Changes ask for no pricing (Prefer: return=minimal); the quote step reads the priced cart once.
    const cart = await timed('POST /v1/carts', () => call('POST', '/v1/carts', { market: buyer.market, country: buyer.country, email: `buyer${i}@example.com`, address: buyer.address }, MINIMAL));
    expectStatus(cart, 201, 'create a cart');
    const id: string = cart.body.id;
    for (const offset of [0, 5, 7]) {
      const line = await timed('POST /v1/carts/{id}/lines (x3)', () => call('POST', `/v1/carts/${id}/lines`, { sku: SKUS[(i + offset) % SKUS.length], quantity: 1 + ((i + offset) % 2) }, MINIMAL));
      expectStatus(line, 200, 'add a line');
    }
    const quote = await timed('GET /v1/carts/{id} (the quote)', () => call('GET', `/v1/carts/${id}`));
    expectStatus(quote, 200, 'read the cart');
    const placed = await timed('POST /v1/carts/{id}/checkout', () => call('POST', `/v1/carts/${id}/checkout`, { payment: { method: 'card' } }, { 'idempotency-key': `${prefix}-${i}` }));
    if (placed.status === 409 && placed.body?.code === 'INSUFFICIENT_STOCK') return void refused++;
    expectStatus(placed, 201, 'check out');
    if (!placed.body.payment) throw new Error(`no payment started: ${JSON.stringify(placed.body.paymentError)}`);
    const confirmed = await timed('POST /v1/payments/{id}/confirm', () => call('POST', `/v1/payments/${placed.body.payment.id}/confirm`, { card: CARD }));
    expectStatus(confirmed, 200, 'confirm the card');
    if (confirmed.body.status !== 'succeeded') throw new Error(`payment ${confirmed.body.status}`);
    flows.push(performance.now() - t0);
    paid++;
  };
  const run = await closedLoops(count, concurrency, order);
  return { steps, flows, paid, refused, errors: run.errors, firstError: run.firstError, seconds: run.seconds };
}

/** The stock after the run, read from the database: nothing oversold, nothing drifted, every paid order's units sold once. */
async function checkNoOversell(url: string): Promise<{ ok: boolean; summary: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql: string) => Number(Object.values((await client.query(sql)).rows[0] as object)[0]);
    const facts = {
      'levels below zero or over-reserved': await one('select count(*) from stock_levels where on_hand < 0 or reserved > on_hand'),
      'levels whose reserved is not their active reservations': await one(`select count(*) from stock_levels s where s.reserved <> coalesce((select sum(rl.quantity) from reservation_lines rl join reservations r on r.id = rl.reservation_id where r.status = 'active' and rl.variant_id = s.variant_id and rl.warehouse_id = s.warehouse_id), 0)`),
      'levels whose on hand is not their ledger': await one('select count(*) from stock_levels s where s.on_hand <> coalesce((select sum(m.quantity) from stock_movements m where m.variant_id = s.variant_id and m.warehouse_id = s.warehouse_id), 0)'),
      'carts with more than one order': await one('select count(*) from (select cart_id from orders group by cart_id having count(*) > 1) c'),
      'paid orders still holding a reservation': await one(`select count(*) from reservations r join orders o on o.id::text = r.reference where r.status = 'active' and o.paid_at is not null`),
    };
    const paidUnits = await one(`select coalesce(sum(l.quantity), 0) from order_lines l join orders o on o.id = l.order_id where o.paid_at is not null`);
    const soldUnits = await one(`select coalesce(-sum(quantity), 0) from stock_movements where kind = 'sale'`);
    const paidOrders = await one('select count(*) from orders where paid_at is not null');
    const bad = Object.entries(facts).filter(([, n]) => n !== 0);
    const ok = bad.length === 0 && paidUnits === soldUnits;
    const summary = ok
      ? `held (${paidOrders} paid orders with the warm-up and one-at-a-time ones, ${paidUnits} units in their lines = ${soldUnits} units in sale movements; no level below zero or over-reserved; reserved = active reservations and on hand = ledger everywhere)`
      : `FAILED: ${bad.map(([k, n]) => `${k}: ${n}`).join('; ')}; units in paid orders ${paidUnits}, in sale movements ${soldUnits}`;
    return { ok, summary };
  } finally {
    await client.end();
  }
}

/** Transactions committed or rolled back in the database so far (PostgreSQL's statistics, which lag by up to a second). */
async function transactionsSoFar(url: string): Promise<number> {
  await new Promise((r) => setTimeout(r, 1_100));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('select (xact_commit + xact_rollback)::text as n from pg_stat_database where datname = current_database()');
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

function cpuNow(servers: ServeProcess[]) {
  const perServer = servers.map((s) => processCpuSeconds(s.child.pid!));
  const client = process.cpuUsage();
  return {
    servers: perServer.some((x) => x === undefined) ? undefined : perServer.reduce<number>((n, x) => n + x!, 0),
    postgres: commandCpuSeconds('postgres'),
    client: (client.user + client.system) / 1e6,
  };
}

function expectStatus(answer: JsonAnswer, status: number, what: string): void {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
}

function percentiles(ms: number[]): Pick<HttpFigures, 'p50Ms' | 'p99Ms'> & { meanMs: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => round2(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
  return { p50Ms: at(50), p99Ms: at(99), meanMs: round2(mean(ms)) };
}

function mean(ms: number[]): number {
  return ms.length === 0 ? 0 : ms.reduce((a, b) => a + b, 0) / ms.length;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
