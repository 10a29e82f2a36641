import http from 'node:http';

export type HttpFigures = { requestsPerSec: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };

/**
 * A small closed-loop load generator: `connections` keep-alive sockets, each sending its next
 * request when the previous answer is complete, until `amount` requests are done. Latency is timed
 * per request with the high-resolution clock (autocannon and similar tools round to whole ms,
 * which hides the sub-millisecond figures of a loopback benchmark).
 */
export async function measureHttp(
  url: string,
  options: { amount: number; connections?: number; method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string> },
): Promise<HttpFigures> {
  const connections = options.connections ?? 10;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const body = options.body === undefined ? undefined : Buffer.from(options.body);
  const headers = { ...options.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
  const latencies = new Float64Array(options.amount);
  let issued = 0;
  let errors = 0;
  let non2xx = 0;

  const one = () =>
    new Promise<void>((resolve) => {
      const started = process.hrtime.bigint();
      const req = http.request(
        { agent, host: target.hostname, port: target.port, path: target.pathname + target.search, method: options.method ?? 'GET', headers },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => {
            if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) > 299) non2xx++;
            latencies[issuedIndex] = Number(process.hrtime.bigint() - started) / 1e6;
            resolve();
          });
        },
      );
      const issuedIndex = issued++;
      req.on('error', () => {
        errors++;
        latencies[issuedIndex] = Number(process.hrtime.bigint() - started) / 1e6;
        resolve();
      });
      req.end(body);
    });

  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (issued < options.amount) await one();
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  const sorted = Array.from(latencies.subarray(0, issued)).sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return {
    requestsPerSec: Math.round(issued / seconds),
    p50Ms: round3(pct(50)),
    p99Ms: round3(pct(99)),
    errors,
    non2xx,
  };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
