import type { Config } from '../../config/load-config.js';
import { buildApp } from '../../http/build-app.js';
import { importReferenceData } from '../../services/data-import/import-reference-data.js';
import type { Deps } from '../../services/deps.js';
import { ECB_RATES_URL } from './fx.js';
import { seedDemoStore } from '../../services/seed/seed-demo-store.js';
import { startReservationSweeper } from '../../services/inventory/reservation-sweeper.js';
import { startTestGatewayWorker } from '../../services/test-gateway/event-worker.js';
import { startTestCarrierWorker } from '../../services/carriers/test-carrier-delivery.js';
import { startWebhookWorker } from '../../services/webhooks/webhook-worker.js';
import { repeatEvery } from '../../services/background/repeat-every.js';
import { pruneIdempotencyKeys } from '../../services/idempotency/prune-idempotency-keys.js';
import { cancelAbandonedOrders } from '../../services/orders/order-operations.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openRuntime } from '../runtime.js';

/** How often a serving process gives back the stock of expired checkout reservations. */
export const RESERVATION_SWEEP_MS = 30_000;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the HTTP server (migrates the database and seeds the demo store on first start)',
  help: `Usage: landfall serve [--port N] [--host HOST] [--no-seed] [--json]

Starts Landfall: storefront, admin, HTTP API and its docs. Uses the embedded database in
LANDFALL_DATA_DIR (default ./.landfall) unless DATABASE_URL names a PostgreSQL server.
Applies pending migrations under an advisory lock, seeds the demo store the first time and
prints the admin API key once. While running it releases the stock of expired checkout
reservations every 30 s, delivers webhooks and the built-in test payment gateway's events every
2 s, and forgets Idempotency-Key answers older than a week. Stops gracefully on SIGTERM or SIGINT.

Options:
  --port N      listen on port N (default PORT or 3000)
  --host HOST   listen on HOST (default HOST or localhost)
  --no-seed     do not seed the demo store
  --json        print the startup summary as one JSON line
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { port: { type: 'string' }, host: { type: 'string' }, 'no-seed': { type: 'boolean', default: false } });
    if (!args.ok) return usageError(io, 'serve', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const json = args.values.json;
    const env = { ...io.env };
    if (args.values.port !== undefined) env.PORT = args.values.port;
    if (args.values.host !== undefined) env.HOST = args.values.host;

    const opened = await openRuntime({ ...io, env }, { onMigration: (tag) => !json && io.stdout(`migrated: ${tag}\n`) });
    if (!opened.ok) return reportFailure(io, opened, json);
    const { config, deps, close, setPublicUrl } = opened.value;

    const seeded = args.values['no-seed'] ? { applied: [] } : await seedDemoStore(deps);
    const app = await buildApp(deps, {
      logLevel: config.logLevel,
      bodyLimitBytes: config.bodyLimitBytes,
      trustProxy: config.trustProxy,
      publicUrl: config.publicUrl,
    });
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      await close();
      const e = error as NodeJS.ErrnoException;
      const reason = e.code === 'EADDRINUSE' ? `port ${config.port} is already in use; set PORT or --port` : e.message;
      return reportFailure(io, { code: 'LISTEN_FAILED', message: `cannot listen on ${config.host}:${config.port}: ${reason}` }, json);
    }

    // With PORT=0 the system picks the port; print the one we got unless a public URL was configured.
    const address = app.server.address();
    const base =
      io.env.LANDFALL_PUBLIC_URL || typeof address !== 'object' || address === null ? config.publicUrl : `http://localhost:${address.port}`;
    setPublicUrl(base);
    const summary = {
      event: 'listening',
      database: { kind: deps.database.kind, location: deps.database.location },
      urls: { storefront: `${base}/`, admin: `${base}/admin`, apiDocs: `${base}/docs`, openapi: `${base}/openapi.json` },
      ...(seeded.applied.length > 0 ? { seeded: seeded.applied } : {}),
      ...('adminApiKey' in seeded && seeded.adminApiKey ? { adminApiKey: seeded.adminApiKey } : {}),
    };
    if (json) {
      io.stdout(`${JSON.stringify(summary)}\n`);
    } else {
      const lines = [
        '',
        `Landfall ${deps.version} is running (${deps.database.kind}: ${deps.database.location})`,
        `  Storefront  ${summary.urls.storefront}`,
        `  Admin       ${summary.urls.admin}`,
        `  API docs    ${summary.urls.apiDocs}`,
      ];
      if (summary.adminApiKey) {
        lines.push('', `  Admin API key (shown once, store it now): ${summary.adminApiKey}`);
      }
      io.stdout(`${lines.join('\n')}\n\n`);
    }

    const refresh = scheduleFxRefresh(deps, config, io.cwd, (message) => app.log.info(message));
    const webhooks = startWebhookWorker(deps, { log: (message) => app.log.info(message) });
    const gateway = startTestGatewayWorker(deps, { log: (message) => app.log.info(message) });
    const carrier = startTestCarrierWorker(deps, { log: (message) => app.log.info(message) });
    // answers kept for Idempotency-Key retries are forgotten after a week, checked hourly
    const prune = repeatEvery(
      3_600_000,
      async () => {
        const { deleted } = await pruneIdempotencyKeys(deps);
        if (deleted > 0) app.log.info({ deleted }, 'old idempotency keys forgotten');
      },
      (error) => app.log.warn({ err: error }, 'forgetting old idempotency keys failed; trying again in an hour'),
    );
    const sweeper = startReservationSweeper(deps, {
      intervalMs: RESERVATION_SWEEP_MS,
      sweepAtStart: true,
      onSwept: (count) => app.log.info({ count }, 'expired stock reservations released'),
      onError: (error) => app.log.warn({ err: error }, 'sweeping expired stock reservations failed; trying again at the next tick'),
    });
    // orders left unpaid after their stock hold ended are cancelled, checked every minute
    const abandoned = repeatEvery(
      60_000,
      async () => {
        const cancelled = await cancelAbandonedOrders(deps);
        if (cancelled > 0) app.log.info({ cancelled }, 'unpaid orders cancelled after their stock hold ended');
      },
      (error) => app.log.warn({ err: error }, 'cancelling abandoned orders failed; trying again in a minute'),
    );
    const signal = await io.stopSignal;
    clearInterval(refresh);
    app.log.info({ signal }, 'shutting down');
    await Promise.all([sweeper.stop(), webhooks.stop(), gateway.stop(), carrier.stop(), prune.stop(), abandoned.stop()]);
    await app.close();
    await close();
    return EXIT.ok;
  },
};

/**
 * With LANDFALL_FX_REFRESH_HOURS set, import the ECB feed now and then every that many hours.
 * A failed refresh is logged and tried again at the next tick; the last rates stay in use.
 */
function scheduleFxRefresh(deps: Deps, config: Config, cwd: string, log: (message: string) => void): NodeJS.Timeout | undefined {
  if (!config.fxRefreshHours) return undefined;
  const source = config.fxUrl ?? ECB_RATES_URL;
  const refresh = async () => {
    try {
      const r = await importReferenceData(deps, { kind: 'ecb', source, load: { cwd, timeoutMs: 60_000 } });
      log(r.ok ? `fx refresh: ${r.value.inserted} new ECB rates from ${source}` : `fx refresh from ${source} failed: ${r.message}`);
      if (r.ok) {
        deps.quotes.fxRates.invalidate();
        deps.referenceCache.clear();
      }
    } catch (error) {
      log(`fx refresh from ${source} failed: ${(error as Error).message}`);
    }
  };
  void refresh();
  const timer = setInterval(() => void refresh(), config.fxRefreshHours * 3_600_000);
  timer.unref();
  return timer;
}
