/**
 * `landfall serve --workers N` as a real child process (node bin/landfall.js, as an operator starts
 * it), the JSON lines it prints (the startup summary, then one line per worker that dies or is
 * replaced), and an HTTP client that reports which worker answered (X-Landfall-Worker, sent only
 * when LANDFALL_WORKER_HEADER=true) and tells a cut connection apart from an answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/landfall.js', import.meta.url));

export type WorkerInfo = { id: number; pid: number; slot: number };
export type ClusterEvent =
  | { event: 'listening'; urls: { storefront: string }; workers: WorkerInfo[]; adminApiKey?: string; seeded?: string[]; warnings?: string[] }
  | { event: 'worker-exited'; worker: WorkerInfo; code: number | null; signal: string | null; restartInMs?: number }
  | { event: 'worker-replaced'; worker: WorkerInfo; replaces: WorkerInfo };

export type ClusterProcess = {
  child: ChildProcess;
  /** http://127.0.0.1:PORT */
  base: string;
  port: number;
  summary: Extract<ClusterEvent, { event: 'listening' }>;
  /** Every JSON line printed so far, in order. */
  events(): ClusterEvent[];
  /** Resolves with the first event that `match` accepts (already printed or still to come). */
  waitFor(match: (e: ClusterEvent) => boolean, timeoutMs: number): Promise<ClusterEvent>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
};

/** Start `landfall serve --json ARGS` against `databaseUrl` and wait for its startup summary. */
export async function startCluster(options: { databaseUrl: string; args: string[]; env?: Record<string, string>; timeoutMs?: number }): Promise<ClusterProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--json', ...options.args], {
    env: { ...process.env, DATABASE_URL: options.databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'test', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const events: ClusterEvent[] = [];
  const waiters: Array<{ match: (e: ClusterEvent) => boolean; resolve: (e: ClusterEvent) => void }> = [];
  child.stdout!.on('data', (d) => {
    out += d;
    let newline: number;
    while ((newline = out.indexOf('\n')) >= 0) {
      const line = out.slice(0, newline);
      out = out.slice(newline + 1);
      if (!line.startsWith('{"event":')) continue; // the workers' own log lines go to the same stdout
      const event = JSON.parse(line) as ClusterEvent;
      events.push(event);
      for (const w of [...waiters]) if (w.match(event)) waiters.splice(waiters.indexOf(w), 1), w.resolve(event);
    }
  });
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const waitFor = (match: (e: ClusterEvent) => boolean, timeoutMs: number) => {
    const seen = events.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise<ClusterEvent>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching line within ${timeoutMs} ms; stderr:\n${err}`)), timeoutMs);
      waiters.push({ match, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      void exited.then(() => reject(new Error(`landfall serve exited; stderr:\n${err}`)));
    });
  };
  const timeoutMs = options.timeoutMs ?? 60_000;
  let summary: Extract<ClusterEvent, { event: 'listening' }>;
  try {
    summary = (await waitFor((e) => e.event === 'listening', timeoutMs)) as typeof summary;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const port = Number(new URL(summary.urls.storefront).port);
  return { child, base: `http://127.0.0.1:${port}`, port, summary, events: () => [...events], waitFor, exited, stderr: () => err };
}

export type Answer = { status: number; body: any; text: string; worker: number | undefined };

/** Thrown when no answer came back: the connection was refused or cut (a worker died mid-request). */
export class NoAnswer extends Error {}

/**
 * One JSON request over `agent` (keep-alive connections, as a browser or an API client keeps them);
 * a network failure is a NoAnswer, any HTTP answer (even 5xx) is returned with the worker that gave it.
 */
export function request(agent: http.Agent | false, base: string, method: string, path: string, o: { key?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<Answer> {
  const payload = o.body === undefined ? undefined : Buffer.from(JSON.stringify(o.body));
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method,
        path: url.pathname + url.search,
        timeout: o.timeoutMs ?? 90_000,
        headers: {
          ...(o.key ? { authorization: `Bearer ${o.key}` } : {}),
          ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}),
          ...o.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            body = undefined;
          }
          const worker = res.headers['x-landfall-worker'];
          resolve({ status: res.statusCode ?? 0, body, text, worker: typeof worker === 'string' ? Number(worker) : undefined });
        });
        res.on('error', (e) => reject(new NoAnswer(`${method} ${path}: ${e.message}`)));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (e) => reject(new NoAnswer(`${method} ${path}: ${e.message}`)));
    req.end(payload);
  });
}

/** Whether a process with this pid is still alive. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
