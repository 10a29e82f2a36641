/**
 * `landfall serve --workers N`: one primary process that forks N workers with node:cluster, all
 * listening on one port (the primary accepts connections and hands them to the workers in turn).
 * The primary migrates and seeds before forking (serve.ts); here are the parts that only concern
 * processes: the worker count, the supervisor that restarts a worker that died and stops them all
 * on SIGTERM/SIGINT, and the worker's side of the conversation.
 */
import cluster, { type Worker } from 'node:cluster';
import net from 'node:net';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { fail, ok, type Result } from '../core/result/result.js';

/** The most workers `--workers` accepts. */
export const MAX_WORKERS = 64;

/** Set by the primary in a worker's environment: the worker's slot (1..N). Its presence makes `serve` run as a worker. */
export const WORKER_SLOT_ENV = 'LANDFALL_CLUSTER_WORKER';

/** With this variable `true`, each worker names itself in an `X-Landfall-Worker` response header (for tests and load-balancing checks). */
export const WORKER_HEADER_ENV = 'LANDFALL_WORKER_HEADER';
export const WORKER_HEADER = 'x-landfall-worker';

export type WorkerCount = {
  count: number;
  /** The value as given ("auto", "4"), or undefined when neither the option nor the variable was set. */
  asked: string | undefined;
};

/**
 * Parse `--workers` or LANDFALL_WORKERS: a whole number from 1 to 64, or `auto` for the number of
 * CPUs this process may use (os.availableParallelism(), at most 64). Unset: 1 (one process, no
 * cluster). `name` is what the message names (the option or the variable).
 * @example parseWorkerCount('auto', '--workers', 2) // ok: { count: 2, asked: 'auto' }
 */
export function parseWorkerCount(raw: string | undefined, name: string, available = os.availableParallelism()): Result<WorkerCount, 'VALIDATION_FAILED'> {
  if (raw === undefined || raw.trim() === '') return ok({ count: 1, asked: undefined });
  const text = raw.trim();
  if (text === 'auto') return ok({ count: Math.max(1, Math.min(MAX_WORKERS, available)), asked: text });
  const n = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    return fail('VALIDATION_FAILED', `${name} must be a whole number from 1 to ${MAX_WORKERS} or "auto", got "${raw}"`, { field: name });
  }
  return ok({ count: n, asked: text });
}

/** Parse LANDFALL_WORKER_HEADER: true/1 or false/0 (unset: false). */
export function parseWorkerHeaderFlag(raw: string | undefined): Result<boolean, 'VALIDATION_FAILED'> {
  const text = raw?.trim().toLowerCase() ?? '';
  if (text === '' || text === 'false' || text === '0') return ok(false);
  if (text === 'true' || text === '1') return ok(true);
  return fail('VALIDATION_FAILED', `${WORKER_HEADER_ENV} must be true or false, got "${raw}"`, { field: WORKER_HEADER_ENV });
}

export type RestartPolicy = Readonly<{ firstDelayMs: number; longestDelayMs: number; windowMs: number; maxCrashes: number }>;

/** How a worker that died is replaced. */
export const RESTART_POLICY: RestartPolicy = Object.freeze({
  /** Delay before the first replacement; doubled for each further crash of the same slot within the window. */
  firstDelayMs: 500,
  longestDelayMs: 16_000,
  windowMs: 60_000,
  /** This many crashes of one slot within the window and the primary gives up. */
  maxCrashes: 5,
});

/**
 * The delay before replacing a worker that died, from the times (ms) its slot's workers died,
 * the latest included: 0.5 s, then doubling per crash within the last minute, at most 16 s;
 * undefined once the slot has died 5 times within a minute (give up: something is wrong that a
 * restart will not fix).
 * @example restartDelayMs([1_000], 1_000) // 500
 */
export function restartDelayMs(crashTimes: readonly number[], now: number, policy: RestartPolicy = RESTART_POLICY): number | undefined {
  const recent = crashTimes.filter((t) => now - t < policy.windowMs).length;
  if (recent >= policy.maxCrashes) return undefined;
  return Math.min(policy.longestDelayMs, policy.firstDelayMs * 2 ** Math.max(0, recent - 1));
}

/**
 * The port the workers will share. With port 0 a free one is chosen here: a worker listening on
 * port 0 gets whatever port the primary's shared handle has, and a new handle (another port) once
 * every worker has died, so the primary fixes it once. Otherwise the port is tried, so that one
 * clear message says it is taken before any worker starts.
 */
export async function choosePort(host: string, port: number): Promise<Result<number, 'LISTEN_FAILED'>> {
  const server = net.createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port, host, exclusive: true }, resolve);
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const reason = e.code === 'EADDRINUSE' ? `port ${port} is already in use; set PORT or --port` : e.message;
    return fail('LISTEN_FAILED', `cannot listen on ${host}:${port}: ${reason}`);
  }
  const chosen = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return ok(chosen);
}

/** The connections the workers' pools may open, against what the server allows (null: it fits). */
export function poolWarning(workers: number, poolSize: number, maxConnections: number, reserved: number): string | null {
  const needed = workers * poolSize;
  const available = maxConnections - reserved;
  if (needed <= available) return null;
  return `${workers} workers x ${poolSize} connections (LANDFALL_DB_POOL_SIZE) = ${needed}, more than the ${available} the PostgreSQL server allows (max_connections ${maxConnections} less ${reserved} reserved): lower --workers or LANDFALL_DB_POOL_SIZE, or raise max_connections`;
}

export type WorkerInfo = { id: number; pid: number; slot: number };

export type SupervisorEvents = {
  /** Once: every worker of the first generation is listening. */
  listening(workers: WorkerInfo[]): void;
  /** A worker died while serving; `restartInMs` undefined means the primary gives up. */
  exited(worker: WorkerInfo, how: { code: number | null; signal: string | null }, restartInMs: number | undefined): void;
  /** A replacement is listening. */
  replaced(worker: WorkerInfo, previous: WorkerInfo): void;
};

export type SupervisorOutcome = { ok: true } | { ok: false; exitCode: number; message: string };

/**
 * Fork `count` workers and keep them running until `stopSignal`: a worker that dies is replaced
 * after restartDelayMs (the supervisor gives up, stopping the others, after repeated crashes); a
 * worker that dies before the first generation is listening fails the start (with its exit code:
 * it has said why on stderr). On the stop signal every worker gets SIGTERM and finishes what it is
 * doing; one still running after `shutdownTimeoutMs` is killed.
 */
export function superviseWorkers(options: {
  count: number;
  env: Record<string, string>;
  stopSignal: Promise<string>;
  events: SupervisorEvents;
  shutdownTimeoutMs?: number;
  policy?: RestartPolicy;
  /** The worker script and its Node options (default: cluster-worker.ts/.js, which runs `serve`). */
  entry?: { exec: string; execArgv: string[] };
}): Promise<SupervisorOutcome> {
  const entry = options.entry ?? workerEntry();
  cluster.setupPrimary({ exec: entry.exec, execArgv: entry.execArgv, args: ['serve'], silent: false });
  const live = new Map<number, Worker>();
  const infos = new Map<number, WorkerInfo>();
  const crashes = new Map<number, number[]>();
  const restarts = new Set<NodeJS.Timeout>();
  let phase: 'starting' | 'running' | 'stopping' = 'starting';
  let outcome: SupervisorOutcome = { ok: true };
  let resolveDone!: (o: SupervisorOutcome) => void;
  const done = new Promise<SupervisorOutcome>((resolve) => (resolveDone = resolve));
  const listeningSlots = new Set<number>();
  let killTimer: NodeJS.Timeout | undefined;

  const stopAll = (result: SupervisorOutcome) => {
    if (phase === 'stopping') return;
    phase = 'stopping';
    outcome = result;
    for (const t of restarts) clearTimeout(t);
    restarts.clear();
    for (const w of live.values()) w.process.kill('SIGTERM');
    killTimer = setTimeout(() => {
      for (const w of live.values()) w.process.kill('SIGKILL');
    }, options.shutdownTimeoutMs ?? 30_000);
    killTimer.unref();
    if (live.size === 0) finish();
  };
  const finish = () => {
    clearTimeout(killTimer);
    resolveDone(outcome);
  };

  const fork = (slot: number, previous?: WorkerInfo) => {
    const worker = cluster.fork({ ...options.env, [WORKER_SLOT_ENV]: String(slot) });
    const info: WorkerInfo = { id: worker.id, pid: worker.process.pid ?? 0, slot };
    live.set(slot, worker);
    infos.set(slot, info);
    worker.on('message', (message: unknown) => {
      if ((message as { landfall?: string } | null)?.landfall !== 'listening' || phase === 'stopping') return;
      if (previous) return options.events.replaced(info, previous);
      listeningSlots.add(slot);
      if (phase === 'starting' && listeningSlots.size === options.count) {
        phase = 'running';
        options.events.listening([...infos.values()].sort((a, b) => a.slot - b.slot));
      }
    });
    worker.on('exit', (code, signal) => {
      if (live.get(slot) === worker) live.delete(slot);
      if (phase === 'stopping') {
        if (live.size === 0) finish();
        return;
      }
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      if (phase === 'starting') {
        return stopAll({ ok: false, exitCode: code || 1, message: `worker ${info.id} (pid ${info.pid}) ${how} before it was listening; stopping` });
      }
      const now = Date.now();
      const times = [...(crashes.get(slot) ?? []), now].filter((t) => now - t < (options.policy ?? RESTART_POLICY).windowMs);
      crashes.set(slot, times);
      const delay = restartDelayMs(times, now, options.policy);
      options.events.exited(info, { code, signal }, delay);
      if (delay === undefined) {
        const policy = options.policy ?? RESTART_POLICY;
        return stopAll({ ok: false, exitCode: 1, message: `the worker in slot ${slot} died ${times.length} times within ${policy.windowMs / 1000} s (the last one, ${info.id}, ${how}); giving up and stopping the other workers` });
      }
      const timer = setTimeout(() => {
        restarts.delete(timer);
        if (phase !== 'stopping') fork(slot, info);
      }, delay);
      restarts.add(timer);
    });
  };

  for (let slot = 1; slot <= options.count; slot++) fork(slot);
  void options.stopSignal.then(() => stopAll({ ok: true }));
  return done;
}

/**
 * The script a worker runs, and the Node options it needs. Compiled JavaScript forks
 * cluster-worker.js; from the TypeScript sources (no fresh build), cluster-worker.ts under the
 * same loader (tsx) the primary was started with.
 */
function workerEntry(): { exec: string; execArgv: string[] } {
  const here = import.meta.url;
  const fromSources = here.endsWith('.ts');
  const exec = fileURLToPath(new URL(fromSources ? './cluster-worker.ts' : './cluster-worker.js', here));
  const execArgv = nodeOptionsForWorkers(process.execArgv);
  const hasLoader = execArgv.some((a) => a.includes('tsx'));
  return { exec, execArgv: fromSources && !hasLoader ? [...execArgv, '--import', import.meta.resolve('tsx')] : execArgv };
}

/** The primary's Node options less those that name code to run instead of a script (`-e`, `--print`, ...). */
export function nodeOptionsForWorkers(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print') i++;
    else if (!/^(--eval|--print|--input-type)=/.test(a) && a !== '-pe') out.push(a);
  }
  return out;
}

/** This process's slot when it is a worker forked by `serve --workers N`, else undefined. */
export function workerSlot(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const raw = env[WORKER_SLOT_ENV];
  return cluster.isWorker && raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** This worker's cluster id: 1..N for the first generation, then counting up with each replacement. */
export function workerId(): number {
  return cluster.worker?.id ?? 0;
}

/** Tell the primary that this worker is listening. */
export function tellPrimaryListening(port: number): void {
  process.send?.({ landfall: 'listening', port });
}

/**
 * End a worker with `code` once its work is done: the channel to the primary is closed (it keeps
 * the process alive otherwise), and a process still alive 5 s later is ended.
 */
export function endWorker(code: number): void {
  process.exitCode = code;
  if (cluster.worker?.isConnected()) cluster.worker.disconnect();
  setTimeout(() => process.exit(code), 5_000).unref();
}
