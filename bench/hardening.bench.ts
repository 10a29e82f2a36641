import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { publish, type BenchRow } from './lib/harness.js';
import { measureHttp, type HttpFigures } from './lib/load.js';

/**
 * What the hardening costs per request (docs/security.md): a bare Fastify JSON route against the
 * same route with Landfall's security-headers hook, then with the per-IP rate limiter too; and
 * Landfall's GET /healthz (headers; health checks are never rate limited) and a small
 * authenticated route, GET /v1/admin/me with an API key (authentication from the key cache, the
 * role check, headers), with rate limits off and on. Fixed request counts over loopback, 10
 * connections, load generator in another process; two alternating rounds after a warm-up, the
 * better round of each reported.
 */
export async function run(options: { amount: number }): Promise<void> {
  const server = fork(fileURLToPath(new URL('./servers/hardening-servers.js', import.meta.url)), { stdio: 'inherit' });
  const { ports, key } = await new Promise<{ ports: Record<string, number>; key: string }>((resolve, reject) => {
    server.once('message', (m) => resolve(m as { ports: Record<string, number>; key: string }));
    server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const auth = { authorization: `Bearer ${key}` };
  try {
    const targets: Array<{ label: string; url: string; headers?: Record<string, string>; isBaseline?: boolean }> = [
      { label: 'bare Fastify JSON route', url: `http://127.0.0.1:${ports.bare}/healthz`, isBaseline: true },
      { label: 'bare + security headers', url: `http://127.0.0.1:${ports.headers}/healthz` },
      { label: 'bare + headers + per-IP rate limit', url: `http://127.0.0.1:${ports.limited}/healthz` },
      { label: 'Landfall GET /healthz, limits off', url: `http://127.0.0.1:${ports.landfallOff}/healthz` },
      { label: 'Landfall GET /healthz, limits on', url: `http://127.0.0.1:${ports.landfallOn}/healthz` },
      { label: 'Landfall GET /v1/admin/me, limits off', url: `http://127.0.0.1:${ports.landfallOff}/v1/admin/me`, headers: auth },
      { label: 'Landfall GET /v1/admin/me, limits on', url: `http://127.0.0.1:${ports.landfallOn}/v1/admin/me`, headers: auth },
    ];
    for (const t of targets) await measureHttp(t.url, { amount: Math.min(3_000, options.amount), ...(t.headers ? { headers: t.headers } : {}) });
    const best = new Map<string, HttpFigures>();
    for (let round = 0; round < 2; round++) {
      for (const t of targets) {
        const f = await measureHttp(t.url, { amount: options.amount, ...(t.headers ? { headers: t.headers } : {}) });
        if (f.non2xx > 0 || f.errors > 0) throw new Error(`${t.label}: ${f.non2xx} non-2xx answers, ${f.errors} errors`);
        const prev = best.get(t.label);
        if (!prev || f.requestsPerSec > prev.requestsPerSec) best.set(t.label, f);
      }
    }
    const rows: BenchRow[] = targets.map((t) => ({ label: t.label, ...(t.isBaseline ? { isBaseline: true } : {}), figures: { ...best.get(t.label)! } }));
    const rps = (label: string) => best.get(label)!.requestsPerSec;
    const pct = (a: string, b: string) => `${((rps(a) / rps(b)) * 100).toFixed(0)}%`;
    // The server is one event loop, saturated by 10 connections: its time per request is 1 / throughput.
    const usPerRequest = (a: string, b: string) => ((1 / rps(a) - 1 / rps(b)) * 1e6).toFixed(1);
    publish({
      name: 'hardening',
      description: `${options.amount.toLocaleString('en-US')} requests per row, 10 connections, loopback, load generator in another process`,
      rows,
      notes: [
        `headers hook: ${pct('bare + security headers', 'bare Fastify JSON route')} of the bare route's throughput; with the per-IP limiter too: ${pct('bare + headers + per-IP rate limit', 'bare Fastify JSON route')} (${usPerRequest('bare + security headers', 'bare Fastify JSON route')} and ${usPerRequest('bare + headers + per-IP rate limit', 'bare + security headers')} µs per request)`,
        `per-key rate limit on GET /v1/admin/me: ${pct('Landfall GET /v1/admin/me, limits on', 'Landfall GET /v1/admin/me, limits off')} of the throughput without it (about ${usPerRequest('Landfall GET /v1/admin/me, limits on', 'Landfall GET /v1/admin/me, limits off')} µs of server time per request)`,
        `Landfall /healthz: ${pct('Landfall GET /healthz, limits on', 'bare Fastify JSON route')} of the bare route's throughput`,
      ],
    });
  } finally {
    server.disconnect();
    server.kill();
  }
}
