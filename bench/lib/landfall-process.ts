/**
 * `landfall serve` as its own process for benchmarks that measure the server as an operator runs
 * it, plus a keep-alive JSON client and the CPU time a process has used.
 *
 * The server runs the compiled JavaScript that `npm run bench` has just built into .bench/ (the
 * same tsc output as dist/, built from the same sources in the same step), so the figures are
 * those of plain JavaScript and never of a stale dist/ or of the TypeScript loader.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const COMPILED_MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

export type ServeProcess = {
  child: ChildProcess;
  base: string;
  port: number;
  /** The "listening" summary; adminApiKey is there on the first start of a database only. */
  summary: { adminApiKey?: string; seeded?: string[] };
  /** SIGTERM, then wait for the process to end (it stops its workers and closes its pool). */
  stop(): Promise<void>;
};

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Start `landfall serve --json` on 127.0.0.1 against `databaseUrl` and wait for its listening line.
 * Its public URL is its own address, so its built-in test payment gateway is called over loopback.
 */
export async function startServe(databaseUrl: string, env: Record<string, string> = {}): Promise<ServeProcess> {
  if (!fs.existsSync(COMPILED_MAIN)) throw new Error(`${COMPILED_MAIN} is missing: run through npm run bench, which compiles it`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const script = `const { main } = await import(${JSON.stringify(new URL(`file://${COMPILED_MAIN}`).href)}); process.exitCode = await main(['serve', '--json']);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LANDFALL_PUBLIC_URL: base, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let ended = false;
  void exited.then(() => (ended = true));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const line = out.split('\n').find((l) => l.includes('"event":"listening"'));
    if (line) {
      const summary = JSON.parse(line) as ServeProcess['summary'];
      return {
        child,
        base,
        port,
        summary,
        async stop() {
          if (!ended) child.kill('SIGTERM');
          const code = await exited;
          if (code !== 0 && code !== null) console.log(`  landfall serve on port ${port} exited with ${code}: ${err.trim().slice(-500)}`);
        },
      };
    }
    if (ended || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`landfall serve did not start: ${err}${out}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

export type JsonAnswer = { status: number; body: any };

/** One JSON request over a keep-alive agent; a network failure rejects. */
export function requestJson(agent: http.Agent, port: number, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<JsonAnswer> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, host: '127.0.0.1', port, method, path, headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = text;
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); undefined elsewhere. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the fields after the command name, which is in parentheses and may contain spaces
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 per second on Linux)
  } catch {
    return undefined;
  }
}

/** CPU seconds used so far by every process of this machine whose command is `name` (e.g. the PostgreSQL server's processes). */
export function commandCpuSeconds(name: string): number | undefined {
  try {
    let total = 0;
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) total += processCpuSeconds(Number(entry)) ?? 0;
      } catch {
        // the process ended while we looked
      }
    }
    return total;
  } catch {
    return undefined;
  }
}
