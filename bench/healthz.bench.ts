import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { publish, type BenchRow } from './lib/harness.js';
import { measureHttp, type HttpFigures } from './lib/load.js';

/**
 * GET /healthz on the full Landfall app (hooks, request ids, error handling, schemas) against a
 * bare Fastify JSON route in the same server process, each for a fixed number of requests over
 * loopback. Two rounds, alternating, after a warm-up; the better round of each is reported.
 */
export async function run(options: { amount: number }): Promise<void> {
  const server = fork(fileURLToPath(new URL('./servers/healthz-servers.js', import.meta.url)), { stdio: 'inherit' });
  const ports = await new Promise<{ landfall: number; bare: number }>((resolve, reject) => {
    server.once('message', (m) => resolve(m as { landfall: number; bare: number }));
    server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  try {
    const targets = [
      { label: 'bare Fastify JSON route', url: `http://127.0.0.1:${ports.bare}/healthz`, isBaseline: true },
      { label: 'Landfall GET /healthz', url: `http://127.0.0.1:${ports.landfall}/healthz` },
    ];
    for (const t of targets) await measureHttp(t.url, { amount: Math.min(5_000, options.amount) });
    const best = new Map<string, HttpFigures>();
    for (let round = 0; round < 2; round++) {
      for (const t of targets) {
        const f = await measureHttp(t.url, { amount: options.amount });
        const prev = best.get(t.label);
        if (!prev || f.requestsPerSec > prev.requestsPerSec) best.set(t.label, f);
      }
    }
    const rows: BenchRow[] = targets.map((t) => ({ label: t.label, ...(t.isBaseline ? { isBaseline: true } : {}), figures: { ...best.get(t.label)! } }));
    const ratio = rows[1]!.figures.requestsPerSec! / rows[0]!.figures.requestsPerSec!;
    publish({
      name: 'healthz',
      description: `${options.amount.toLocaleString('en-US')} requests, 10 connections, loopback, load generator in another process`,
      rows,
      notes: [`Landfall /healthz runs at ${(ratio * 100).toFixed(0)}% of the bare route's throughput`],
    });
  } finally {
    server.disconnect();
    server.kill();
  }
}
