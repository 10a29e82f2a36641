import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadStorefrontAssets } from '../src/http/routes/pages/storefront-assets.js';
import { publish, type BenchRow } from './lib/harness.js';
import { measureHttp, type HttpFigures } from './lib/load.js';

/**
 * The storefront's product page (German, euros, VAT by goods, delivery windows from the shipping
 * quote, payment methods) against a bare Fastify /healthz in the same server process, over one
 * keep-alive connection so each latency is one request's server time plus loopback: as `serve`
 * runs it (rendered pages reused 15 s, the store API's rule) and rendering every request. Two
 * rounds, alternating, after a warm-up. Also the gzipped size of the script and stylesheet every
 * page loads (the budget: 50 KB of script).
 */
export async function run(options: { amount: number }): Promise<void> {
  const server = fork(fileURLToPath(new URL('./servers/storefront-servers.js', import.meta.url)), { stdio: 'inherit' });
  const info = await new Promise<{ landfall: number; uncached: number; bare: number; path: string; pageBytes: number }>((resolve, reject) => {
    server.once('message', (m) => resolve(m as { landfall: number; uncached: number; bare: number; path: string; pageBytes: number }));
    server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  try {
    const fast = Math.max(2_000, Math.round(options.amount / 10));
    const slow = Math.max(300, Math.round(options.amount / 50));
    const targets = [
      { label: 'bare Fastify GET /healthz', url: `http://127.0.0.1:${info.bare}/healthz`, amount: fast, isBaseline: true },
      { label: `Landfall GET ${info.path} (page reused 15 s)`, url: `http://127.0.0.1:${info.landfall}${info.path}`, amount: fast },
      { label: `Landfall GET ${info.path} (rendered every request)`, url: `http://127.0.0.1:${info.uncached}${info.path}`, amount: slow },
    ];
    for (const t of targets) await measureHttp(t.url, { amount: Math.min(300, t.amount), connections: 1 });
    const best = new Map<string, HttpFigures>();
    for (let round = 0; round < 2; round++) {
      for (const t of targets) {
        const f = await measureHttp(t.url, { amount: t.amount, connections: 1 });
        if (f.non2xx > 0 || f.errors > 0) throw new Error(`${t.label}: ${f.non2xx} non-2xx, ${f.errors} errors`);
        const prev = best.get(t.label);
        if (!prev || f.p50Ms < prev.p50Ms) best.set(t.label, f);
      }
    }
    const assets = loadStorefrontAssets();
    const rows: BenchRow[] = [
      ...targets.map((t) => ({ label: t.label, ...(t.isBaseline ? { isBaseline: true } : {}), figures: { requests: t.amount, ...best.get(t.label)! } })),
      { label: 'storefront.js', figures: { bytes: assets.js.body.length, gzipBytes: gzipSync(assets.js.body).length } },
      { label: 'storefront.css', figures: { bytes: assets.css.body.length, gzipBytes: gzipSync(assets.css.body).length } },
    ];
    const page = best.get(targets[1]!.label)!;
    const uncached = best.get(targets[2]!.label)!;
    const base = best.get(targets[0]!.label)!;
    publish({
      name: 'storefront',
      description: `product page and /healthz, one connection (closed loop), loopback; the page is ${info.pageBytes.toLocaleString('en-US')} bytes of HTML`,
      rows,
      notes: [
        `product page p50 ${page.p50Ms} ms reused, ${uncached.p50Ms} ms rendered every request (budget 10 ms); bare /healthz ${base.p50Ms} ms`,
        `script ${rows[3]!.figures.gzipBytes} bytes gzipped (budget 50 KB), stylesheet ${rows[4]!.figures.gzipBytes} bytes gzipped`,
      ],
    });
  } finally {
    server.disconnect();
    server.kill();
  }
}
