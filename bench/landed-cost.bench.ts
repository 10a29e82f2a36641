import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildFxTable } from '../src/core/fx/fx-table.js';
import { calculateLandedCost } from '../src/core/landed-cost/calculate-landed-cost.js';
import { compileRules } from '../src/core/landed-cost/compile-rules.js';
import { parseLandedCostRequest } from '../src/core/landed-cost/request.js';
import { STARTER_RULES } from '../src/data/rules/index.js';
import { demoRequest } from './lib/demo-requests.js';
import { timeBatches } from './lib/timing.js';
import { publish, type BenchRow } from './lib/harness.js';
import { measureHttp, type HttpFigures } from './lib/load.js';

/**
 * In-process: quotes per second and the median time of one quote (parse + calculate) for 1-, 5-
 * and 20-item baskets into Germany, against a baseline of cloning the same request (structuredClone),
 * which tells how fast this machine runs plain JavaScript right now.
 * Over HTTP: a 5-item quote against a bare Fastify route that parses the same body and answers a
 * stored answer of the same size, in one server process, load generator in another.
 */
export async function run(options: { amount: number }): Promise<void> {
  const compiled = compileRules(STARTER_RULES);
  if (!compiled.ok) throw new Error(compiled.message);
  const fx = buildFxTable('EUR', 'ECB', []);
  const rows: BenchRow[] = [];
  for (const size of [1, 5, 20]) {
    const input = demoRequest(size);
    const baseline = timeBatches(() => structuredClone(input), options.amount / size);
    const quote = timeBatches(() => {
      const parsed = parseLandedCostRequest(input);
      if (!parsed.ok) throw new Error(parsed.message);
      const r = calculateLandedCost(parsed.value, compiled.value, fx);
      if (!r.ok) throw new Error(r.message);
      return r;
    }, options.amount / size);
    const validated = parseLandedCostRequest(input);
    if (!validated.ok) throw new Error(validated.message);
    const calculateOnly = timeBatches(() => calculateLandedCost(validated.value, compiled.value, fx), options.amount / size);
    rows.push({ label: `structuredClone of a ${size}-item request`, isBaseline: true, figures: baseline });
    rows.push({ label: `quote (validate + calculate), ${size} item${size === 1 ? '' : 's'}`, figures: quote });
    rows.push({ label: `calculate only, ${size} item${size === 1 ? '' : 's'}`, figures: calculateOnly });
  }
  publish({ name: 'landed-cost-core', description: 'in-process quotes, median of 25 batches', rows, notes: ['target: median 5-item quote under 10 µs'] });
  await runHttp(options);
}


async function runHttp(options: { amount: number }): Promise<void> {
  const server = fork(fileURLToPath(new URL('./servers/quote-servers.js', import.meta.url)), { stdio: 'inherit' });
  const info = await new Promise<{ landfall: number; bare: number; key: string }>((resolve, reject) => {
    server.once('message', (m) => resolve(m as { landfall: number; bare: number; key: string }));
    server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  try {
    const body = JSON.stringify(demoRequest(5));
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${info.key}` };
    const targets = [
      { label: 'bare Fastify JSON route (parse body, send stored answer)', url: `http://127.0.0.1:${info.bare}/quote`, isBaseline: true },
      { label: 'Landfall POST /v1/landed-cost/quotes, 5 items', url: `http://127.0.0.1:${info.landfall}/v1/landed-cost/quotes` },
    ];
    const amount = Math.max(2_000, Math.round(options.amount / 5));
    for (const t of targets) await measureHttp(t.url, { amount: 1_000, method: 'POST', body, headers });
    const best = new Map<string, HttpFigures>();
    for (let round = 0; round < 2; round++) {
      for (const t of targets) {
        const f = await measureHttp(t.url, { amount, method: 'POST', body, headers });
        if (f.non2xx > 0 || f.errors > 0) throw new Error(`${t.label}: ${f.non2xx} non-2xx, ${f.errors} errors`);
        const prev = best.get(t.label);
        if (!prev || f.requestsPerSec > prev.requestsPerSec) best.set(t.label, f);
      }
    }
    const rows: BenchRow[] = targets.map((t) => ({ label: t.label, ...(t.isBaseline ? { isBaseline: true } : {}), figures: { ...best.get(t.label)! } }));
    const ratio = rows[1]!.figures.requestsPerSec! / rows[0]!.figures.requestsPerSec!;
    publish({
      name: 'landed-cost-http',
      description: `${amount.toLocaleString('en-US')} POSTs of a 5-item quote, 10 connections, loopback`,
      rows,
      notes: [`Landfall quotes at ${(ratio * 100).toFixed(0)}% of the bare route's throughput (target: at least 50%)`],
    });
  } finally {
    server.disconnect();
    server.kill();
  }
}
