import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { publish, type BenchRow } from './lib/harness.js';
import { measureHttp, type HttpFigures } from './lib/load.js';

/**
 * The store API's product list for a market (German, euros, VAT by goods, the whole demo catalog in
 * one page) against a bare Fastify route answering a stored copy of the same page, in one server
 * process; load generator in this one. Two rounds, alternating, after a warm-up.
 */
export async function run(options: { amount: number }): Promise<void> {
  const server = fork(fileURLToPath(new URL('./servers/store-servers.js', import.meta.url)), { stdio: 'inherit' });
  const info = await new Promise<{ landfall: number; bare: number; path: string; items: number }>((resolve, reject) => {
    server.once('message', (m) => resolve(m as { landfall: number; bare: number; path: string; items: number }));
    server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  try {
    const amount = Math.max(2_000, Math.round(options.amount / 10));
    const targets = [
      { label: 'bare Fastify route answering a stored page', url: `http://127.0.0.1:${info.bare}${info.path}`, isBaseline: true },
      { label: `Landfall GET /v1/store/products (${info.items} products)`, url: `http://127.0.0.1:${info.landfall}${info.path}` },
    ];
    for (const t of targets) await measureHttp(t.url, { amount: 500 });
    const best = new Map<string, HttpFigures>();
    for (let round = 0; round < 2; round++) {
      for (const t of targets) {
        const f = await measureHttp(t.url, { amount });
        if (f.non2xx > 0 || f.errors > 0) throw new Error(`${t.label}: ${f.non2xx} non-2xx, ${f.errors} errors`);
        const prev = best.get(t.label);
        if (!prev || f.requestsPerSec > prev.requestsPerSec) best.set(t.label, f);
      }
    }
    const rows: BenchRow[] = targets.map((t) => ({ label: t.label, ...(t.isBaseline ? { isBaseline: true } : {}), figures: { ...best.get(t.label)! } }));
    publish({ name: 'store', description: `${amount.toLocaleString('en-US')} GETs of a market's product list, 10 connections, loopback`, rows });
  } finally {
    server.disconnect();
    server.kill();
  }
}
