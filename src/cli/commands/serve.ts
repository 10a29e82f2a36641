import { loadConfig } from '../../config/load-config.js';
import type { Deps } from '../../services/deps.js';
import { seedDemoStore } from '../../services/seed/seed-demo-store.js';
import { choosePort, parseWorkerCount, parseWorkerHeaderFlag, poolWarning, superviseWorkers, tellPrimaryListening, WORKER_HEADER_ENV, workerId, workerSlot, type WorkerCount, type WorkerInfo } from '../cluster.js';
import { parseCommandArgs, reportFailure, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { openRuntime } from '../runtime.js';
import { startServing } from '../serve-app.js';

type Summary = {
  event: 'listening';
  database: { kind: string; location: string };
  urls: { storefront: string; admin: string; apiDocs: string; openapi: string };
  workers?: WorkerInfo[];
  seeded?: string[];
  adminApiKey?: string;
  warnings?: string[];
};

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the HTTP server (migrates the database and seeds the demo store on first start)',
  help: `Usage: landfall serve [--port N] [--host HOST] [--workers N|auto] [--no-seed] [--json]

Starts Landfall: storefront, admin, HTTP API and its docs. Uses the embedded database in
LANDFALL_DATA_DIR (default ./.landfall) unless DATABASE_URL names a PostgreSQL server.
Applies pending migrations under an advisory lock, seeds the demo store the first time and
prints the admin API key once. While running it releases the stock of expired checkout
reservations every 30 s, delivers webhooks and the built-in test payment gateway's events every
2 s, and forgets Idempotency-Key answers older than a week. Stops gracefully on SIGTERM or SIGINT.

With --workers N (N > 1) the process migrates and seeds once, then runs N worker processes
(node:cluster) that share the one port; a worker that dies is replaced after a short, growing
delay (the server stops after 5 deaths of one worker within a minute), and SIGTERM or SIGINT
lets every worker finish its requests before it stops. Needs PostgreSQL (DATABASE_URL): the
embedded database can be opened by one process only. Each worker keeps up to
LANDFALL_DB_POOL_SIZE (default 10) database connections. docs/deployment.md has more, and the
alternative of several \`serve\` processes behind a reverse proxy.

Options:
  --port N          listen on port N (default PORT or 3000; 0: a free port)
  --host HOST       listen on HOST (default HOST or localhost)
  --workers N|auto  worker processes, 1 to 64, or auto for one per CPU (default LANDFALL_WORKERS or 1:
                    a single process)
  --no-seed         do not seed the demo store
  --json            print the startup summary as one JSON line (with --workers, also a line when a
                    worker dies or is replaced)

Environment: LANDFALL_WORKERS (as --workers), LANDFALL_DB_POOL_SIZE, LANDFALL_WORKER_HEADER=true
(each response names the worker that answered in X-Landfall-Worker; off by default).
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { port: { type: 'string' }, host: { type: 'string' }, workers: { type: 'string' }, 'no-seed': { type: 'boolean', default: false } });
    if (!args.ok) return usage(io, args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const json = args.values.json;
    const env = { ...io.env };
    if (args.values.port !== undefined) env.PORT = args.values.port;
    if (args.values.host !== undefined) env.HOST = args.values.host;
    const scoped = { ...io, env };

    const header = parseWorkerHeaderFlag(io.env[WORKER_HEADER_ENV]);
    if (!header.ok) return reportFailure(io, header, json);
    const slot = workerSlot(io.env);
    if (slot !== undefined) return serveAsWorker(scoped, slot, header.value);

    const optionName = args.values.workers !== undefined ? '--workers' : 'LANDFALL_WORKERS';
    const workers = parseWorkerCount(args.values.workers ?? io.env.LANDFALL_WORKERS, optionName);
    if (!workers.ok) return reportFailure(io, workers, json);
    if (workers.value.count > 1 || workers.value.asked === 'auto') return serveCluster(scoped, workers.value, optionName, { json, seed: !args.values['no-seed'] });
    return serveOneProcess(scoped, { json, seed: !args.values['no-seed'] });
  },
};

function usage(io: CliIo, message: string): number {
  io.stderr(`landfall serve: ${message}\nRun "landfall serve --help" for usage.\n`);
  return EXIT.usage;
}

/** `landfall serve`: one process that migrates, seeds, listens and runs the background jobs. */
async function serveOneProcess(io: CliIo, options: { json: boolean; seed: boolean }): Promise<number> {
  const { json } = options;
  const opened = await openRuntime(io, { onMigration: (tag) => !json && io.stdout(`migrated: ${tag}\n`) });
  if (!opened.ok) return reportFailure(io, opened, json);
  const runtime = opened.value;
  const seeded = options.seed ? await seedDemoStore(runtime.deps) : { applied: [] };
  const serving = await startServing(runtime, io.env, io.cwd, { fxRefresh: true });
  if (!serving.ok) {
    await runtime.close();
    return reportFailure(io, serving, json);
  }
  printSummary(io, json, runtime.deps, summaryOf(runtime.deps, serving.value.base, seeded));
  const signal = await io.stopSignal;
  await serving.value.stop(signal);
  await runtime.close();
  return EXIT.ok;
}

/**
 * The primary of `landfall serve --workers N`: refuses the embedded database, fixes the port,
 * migrates and seeds once, closes its own pool, then forks the workers and supervises them until
 * SIGTERM or SIGINT. It prints the one startup summary (and the admin key) once all are listening.
 */
async function serveCluster(io: CliIo, workers: WorkerCount, optionName: string, options: { json: boolean; seed: boolean }): Promise<number> {
  const { json } = options;
  const config = loadConfig(io.env, io.cwd);
  if (!config.ok) return reportFailure(io, { ...config, message: `invalid configuration: ${config.message}` }, json);
  if (!config.value.databaseUrl) {
    const message =
      `${optionName} ${workers.asked} needs a PostgreSQL server: the embedded database (${config.value.dataDir}) can be opened by one process only. ` +
      `Set DATABASE_URL=postgres://... to run several workers, or leave ${optionName} out to serve from one process`;
    return reportFailure(io, { code: 'VALIDATION_FAILED', message, field: optionName }, json);
  }
  const port = await choosePort(config.value.host, config.value.port);
  if (!port.ok) return reportFailure(io, port, json);
  const env = { ...io.env, PORT: String(port.value) };

  const opened = await openRuntime({ ...io, env }, { onMigration: (tag) => !json && io.stdout(`migrated: ${tag}\n`) });
  if (!opened.ok) return reportFailure(io, opened, json);
  const { deps } = opened.value;
  let seeded: Awaited<ReturnType<typeof seedDemoStore>>;
  const warnings: string[] = [];
  try {
    seeded = options.seed ? await seedDemoStore(deps) : { applied: [] };
    const [limits] = await deps.database.withSession((s) =>
      s.query<{ max: number; reserved: number }>(`select current_setting('max_connections')::int as max, current_setting('superuser_reserved_connections')::int as reserved`),
    );
    const warning = limits ? poolWarning(workers.count, config.value.dbPoolSize, limits.max, limits.reserved) : null;
    if (warning) warnings.push(warning);
  } finally {
    // The primary serves nothing: its connections go back before the workers open theirs.
    await opened.value.close();
  }
  for (const w of warnings) io.stderr(`landfall serve: warning: ${w}\n`);

  const base = io.env.LANDFALL_PUBLIC_URL ? config.value.publicUrl : `http://localhost:${port.value}`;
  const say = (event: Record<string, unknown>, text: string) => (json ? io.stdout(`${JSON.stringify(event)}\n`) : io.stderr(`landfall serve: ${text}\n`));
  const outcome = await superviseWorkers({
    count: workers.count,
    env: { PORT: String(port.value), HOST: config.value.host },
    stopSignal: io.stopSignal,
    events: {
      listening(all) {
        printSummary(io, json, deps, { ...summaryOf(deps, base, seeded), workers: all, ...(warnings.length > 0 ? { warnings } : {}) });
      },
      exited(w, how, restartInMs) {
        const what = how.signal ? `was killed by ${how.signal}` : `exited with code ${how.code}`;
        const next = restartInMs === undefined ? 'not replaced' : `a new one starts in ${(restartInMs / 1000).toFixed(1)} s`;
        say({ event: 'worker-exited', worker: w, code: how.code, signal: how.signal, ...(restartInMs === undefined ? {} : { restartInMs }) }, `worker ${w.id} (pid ${w.pid}) ${what}; ${next}`);
      },
      replaced(w, previous) {
        say({ event: 'worker-replaced', worker: w, replaces: previous }, `worker ${w.id} (pid ${w.pid}) is listening in place of worker ${previous.id}`);
      },
    },
  });
  if (!outcome.ok) {
    reportFailure(io, { code: 'WORKER_FAILED', message: outcome.message }, json);
    return outcome.exitCode;
  }
  return EXIT.ok;
}

/** A worker of `landfall serve --workers N`: opens its own pool, listens on the shared port, serves until told to stop. */
async function serveAsWorker(io: CliIo, slot: number, namesItself: boolean): Promise<number> {
  const id = workerId();
  const said = { ...io, stderr: (text: string) => io.stderr(text.replace(/^landfall: /, `landfall: worker ${id}: `)) };
  const opened = await openRuntime(said);
  if (!opened.ok) return reportFailure(said, opened, false);
  const runtime = opened.value;
  // The FX refresh downloads the ECB feed: the worker in the first slot does it for all.
  const serving = await startServing(runtime, io.env, io.cwd, { fxRefresh: slot === 1, ...(namesItself ? { workerId: id } : {}) });
  if (!serving.ok) {
    await runtime.close();
    return reportFailure(said, serving, false);
  }
  tellPrimaryListening(serving.value.port);
  const signal = await io.stopSignal;
  await serving.value.stop(signal);
  await runtime.close();
  return EXIT.ok;
}

function summaryOf(deps: Deps, base: string, seeded: { applied: string[]; adminApiKey?: string }): Summary {
  return {
    event: 'listening',
    database: { kind: deps.database.kind, location: deps.database.location },
    urls: { storefront: `${base}/`, admin: `${base}/admin`, apiDocs: `${base}/docs`, openapi: `${base}/openapi.json` },
    ...(seeded.applied.length > 0 ? { seeded: seeded.applied } : {}),
    ...(seeded.adminApiKey ? { adminApiKey: seeded.adminApiKey } : {}),
  };
}

function printSummary(io: CliIo, json: boolean, deps: Deps, summary: Summary): void {
  if (json) return io.stdout(`${JSON.stringify(summary)}\n`);
  const lines = [
    '',
    `Landfall ${deps.version} is running (${deps.database.kind}: ${deps.database.location})`,
    `  Storefront  ${summary.urls.storefront}`,
    `  Admin       ${summary.urls.admin}`,
    `  API docs    ${summary.urls.apiDocs}`,
  ];
  if (summary.workers) lines.push(`  Workers     ${summary.workers.length} processes sharing the port (pids ${summary.workers.map((w) => w.pid).join(', ')})`);
  if (summary.adminApiKey) lines.push('', `  Admin API key (shown once, store it now): ${summary.adminApiKey}`);
  io.stdout(`${lines.join('\n')}\n\n`);
}
