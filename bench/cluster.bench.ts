import { fork } from 'node:child_process';
import { Agent } from 'node:http';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { publish, type BenchRow } from './lib/harness.js';
import { requestJson, startServe, type ServeProcess } from './lib/landfall-process.js';
import { measureHttp, type HttpFigures } from './lib/load.js';
import { runOrders, stockForOrders, type OrdersOutcome } from './lib/order-flow.js';
import { scratchDatabase } from './lib/scratch-database.js';

/** Connections for GET /healthz, and orders in flight. */
const CONNECTIONS = 32;
const WORKER_COUNTS = [1, 2] as const;

/**
 * `landfall serve --workers 1` (one process) against `--workers 2` (a primary and two node:cluster
 * workers on one port), compiled, on PostgreSQL, each on a scratch database of its own: GET
 * /healthz throughput over CONNECTIONS keep-alive connections, and orders per second end to end
 * (a cart with two lines, a checkout with a card payment, the card confirmed at the built-in test
 * gateway; CONNECTIONS orders in flight). Baseline: a bare Fastify JSON route in a process of its
 * own, measured the same way before and after (the better round is kept).
 *
 * Needs LANDFALL_BENCH_DATABASE_URL=postgres://... (scratch databases are created there and dropped).
 */
export async function run(options: { amount: number }): Promise<void> {
  const url = process.env.LANDFALL_BENCH_DATABASE_URL?.trim();
  if (!url) {
    console.log('  cluster skipped: set LANDFALL_BENCH_DATABASE_URL=postgres://... (a scratch database is created there and dropped)');
    return;
  }
  const healthzRequests = Math.max(10_000, options.amount);
  const orders = Math.max(200, Math.round(options.amount / 100));

  const before = await bareFastify(healthzRequests);
  const measured: Array<{ workers: number; healthz: HttpFigures; orders: OrdersOutcome; startSeconds: number }> = [];
  for (const workers of WORKER_COUNTS) measured.push(await measureCluster(url, workers, healthzRequests, orders));
  const afterwards = await bareFastify(healthzRequests);
  const bare = afterwards.requestsPerSec > before.requestsPerSec ? afterwards : before;

  const rows: BenchRow[] = [
    { label: 'bare Fastify JSON route, one process', isBaseline: true, figures: { perSecond: bare.requestsPerSec, p50Ms: bare.p50Ms, p99Ms: bare.p99Ms } },
    ...measured.map((m) => ({ label: `GET /healthz, --workers ${m.workers}`, figures: { perSecond: m.healthz.requestsPerSec, p50Ms: m.healthz.p50Ms, p99Ms: m.healthz.p99Ms } })),
    ...measured.map((m) => ({ label: `orders (3 requests each), --workers ${m.workers}`, figures: { perSecond: round2(m.orders.paid / m.orders.seconds), p50Ms: pct(m.orders.flowsMs, 50), p99Ms: pct(m.orders.flowsMs, 99) } })),
  ];
  const [one, two] = measured;
  publish({
    name: 'cluster',
    description: `landfall serve --workers 1 vs --workers 2 (compiled) on PostgreSQL; ${healthzRequests.toLocaleString('en-US')} GET /healthz and ${orders} orders each, ${CONNECTIONS} connections / orders in flight, load generator in this process, loopback`,
    rows,
    notes: [
      `--workers 2 against --workers 1: healthz x${(two!.healthz.requestsPerSec / one!.healthz.requestsPerSec).toFixed(2)}, orders x${(two!.orders.paid / two!.orders.seconds / (one!.orders.paid / one!.orders.seconds)).toFixed(2)}; started (migrations, seed, workers listening) in ${measured.map((m) => `${m.startSeconds.toFixed(1)} s`).join(' and ')}`,
      `errors: ${measured.map((m) => `--workers ${m.workers}: ${m.orders.errors + m.healthz.errors + m.healthz.non2xx}${m.orders.firstError ? ` (first: ${m.orders.firstError})` : ''}`).join('; ')}`,
      `${os.cpus().length} cores shared by the servers, PostgreSQL and the load generator: two workers have no idle core to take; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
      'servers run with LOG_LEVEL=warn and rate limits off; each process keeps up to 10 PostgreSQL connections (LANDFALL_DB_POOL_SIZE default)',
    ],
  });
}

async function measureCluster(url: string, workers: number, healthzRequests: number, orders: number) {
  const scratch = await scratchDatabase(url, `cluster${workers}`);
  let server: ServeProcess | undefined;
  try {
    const t0 = performance.now();
    server = await startServe(scratch.url, { LANDFALL_WORKERS: String(workers), LANDFALL_RATE_LIMIT: 'off' });
    const startSeconds = (performance.now() - t0) / 1000;
    const adminKey = server.summary.adminApiKey;
    if (!adminKey) throw new Error('the first start did not print the admin API key');
    const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const created = await requestJson(agent, server.port, 'POST', '/v1/admin/api-keys', { name: 'bench', scopes: ['api'] }, { authorization: `Bearer ${adminKey}` });
    if (created.status !== 201) throw new Error(`create an api key: ${created.status}`);
    await stockForOrders(agent, server.port, adminKey, 100_000);
    const healthzUrl = `${server.base}/healthz`;
    await measureHttp(healthzUrl, { amount: Math.min(5_000, healthzRequests), connections: CONNECTIONS }); // warm-up
    let healthz = await measureHttp(healthzUrl, { amount: healthzRequests, connections: CONNECTIONS });
    await runOrders(agent, server.port, created.body.key, CONNECTIONS * 2, CONNECTIONS, 'warm');
    const measured = await runOrders(agent, server.port, created.body.key, orders, CONNECTIONS, 'bench');
    const again = await measureHttp(healthzUrl, { amount: healthzRequests, connections: CONNECTIONS });
    if (again.requestsPerSec > healthz.requestsPerSec) healthz = again;
    agent.destroy();
    return { workers, healthz, orders: measured, startSeconds };
  } finally {
    await server?.stop();
    await scratch.drop();
  }
}

/** A bare Fastify JSON route in its own process (bench/lib/bare-fastify-server.ts): the better of two rounds after a warm-up. */
async function bareFastify(amount: number): Promise<HttpFigures> {
  const child = fork(fileURLToPath(new URL('./lib/bare-fastify-server.js', import.meta.url)), { stdio: 'inherit' });
  try {
    const { port } = await new Promise<{ port: number }>((resolve, reject) => {
      child.once('message', (m) => resolve(m as { port: number }));
      child.once('exit', (code) => reject(new Error(`bare Fastify server exited with ${code}`)));
    });
    const target = `http://127.0.0.1:${port}/healthz`;
    await measureHttp(target, { amount: Math.min(5_000, amount), connections: CONNECTIONS });
    const a = await measureHttp(target, { amount, connections: CONNECTIONS });
    const b = await measureHttp(target, { amount, connections: CONNECTIONS });
    return a.requestsPerSec >= b.requestsPerSec ? a : b;
  } finally {
    child.disconnect();
    child.kill();
  }
}

function pct(ms: number[], p: number): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return round2(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
