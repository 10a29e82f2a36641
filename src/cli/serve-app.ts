/**
 * One serving process: the app built over the runtime, listening, and its background work. Used
 * by `landfall serve` alone and by each worker of `landfall serve --workers N`.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/load-config.js';
import { fail, ok, type Result } from '../core/result/result.js';
import { buildApp } from '../http/build-app.js';
import { startBackgroundJobs } from '../services/background/start-background-jobs.js';
import { importReferenceData } from '../services/data-import/import-reference-data.js';
import { createSmtpTransport } from '../services/notifications/mail-transport.js';
import { startMailWorker } from '../services/notifications/mail-worker.js';
import { startSmtpReceiver, type SmtpReceiver } from '../services/support/channels/smtp-receiver.js';
import { createEmailRenderer, createReplyRenderer } from '../web/email/email-renderer.js';
import type { Deps } from '../services/deps.js';
import { WORKER_HEADER } from './cluster.js';
import { ECB_RATES_URL } from './commands/fx.js';
import type { Runtime } from './runtime.js';

export type Serving = {
  app: FastifyInstance;
  /** The base URL printed and used for links. */
  base: string;
  port: number;
  /** Stop accepting, finish the requests in flight and the background runs in progress. */
  stop(signal: string): Promise<void>;
};

/**
 * Build the app, listen on the configured host and port, and start the background jobs (every one
 * of them is safe in several processes: start-background-jobs.ts). The FX refresh downloads a
 * feed, so only one process of a cluster runs it (`fxRefresh`). With `workerId`, responses name the
 * worker in X-Landfall-Worker.
 */
export async function startServing(runtime: Runtime, env: Readonly<Record<string, string | undefined>>, cwd: string, options: { fxRefresh: boolean; workerId?: number }): Promise<Result<Serving, 'LISTEN_FAILED'>> {
  const { config, deps, setPublicUrl } = runtime;
  const app = await buildApp(deps, {
    logLevel: config.logLevel,
    bodyLimitBytes: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    rateLimits: config.rateLimits,
    support: { inboundWebhook: config.mail.inbound.webhook },
  });
  if (options.workerId !== undefined) {
    const id = String(options.workerId);
    app.addHook('onSend', async (_request, reply) => {
      reply.header(WORKER_HEADER, id);
    });
  }
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close().catch(() => undefined);
    const e = error as NodeJS.ErrnoException;
    const reason = e.code === 'EADDRINUSE' ? `port ${config.port} is already in use; set PORT or --port` : e.message;
    return fail('LISTEN_FAILED', `cannot listen on ${config.host}:${config.port}: ${reason}`);
  }

  // With PORT=0 the system picks the port; print the one we got unless a public URL was configured.
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const base = env.LANDFALL_PUBLIC_URL || typeof address !== 'object' || address === null ? config.publicUrl : `http://localhost:${address.port}`;
  setPublicUrl(base);

  const refresh = options.fxRefresh ? scheduleFxRefresh(deps, config, cwd, (message) => app.log.info(message)) : undefined;
  const jobs = startBackgroundJobs(deps, { info: (fields, message) => app.log.info(fields, message), warn: (fields, message) => app.log.warn(fields, message) });
  const mail = startMail(deps, config, () => base, (message) => app.log.info(message));
  // The SMTP receiver listens in one process of a cluster (the one that refreshes FX rates).
  const receiver = options.fxRefresh ? await startReceiver(deps, config, (message) => app.log.info(message)) : undefined;
  if (receiver && !receiver.ok) {
    await Promise.all([jobs.stop(), mail?.stop(), app.close()]);
    return receiver;
  }
  return ok({
    app,
    base,
    port,
    async stop(signal) {
      clearInterval(refresh);
      app.log.info({ signal }, 'shutting down');
      await Promise.all([jobs.stop(), mail?.stop(), receiver?.value.close(), app.close()]);
    },
  });
}

/**
 * Buyers' emails (docs/notifications.md): with LANDFALL_SMTP_URL set, the mail worker sends the
 * due ones every 5 s over one pooled SMTP connection; without it they wait (and are skipped after 3
 * days, too late to be useful).
 */
function startMail(deps: Deps, config: Config, publicUrl: () => string, log: (message: string) => void): { stop(): Promise<void> } | undefined {
  const { smtpUrl, from, replyTo } = config.mail;
  if (!smtpUrl || !from) return undefined;
  const transport = createSmtpTransport(smtpUrl);
  const worker = startMailWorker(deps, { transport, from, ...(replyTo ? { replyTo } : {}), publicUrl, render: createEmailRenderer(), renderReply: createReplyRenderer(), log });
  return {
    async stop() {
      await worker.stop();
      transport.close();
    },
  };
}

/** The support inbox's SMTP receiver (docs/support.md), when LANDFALL_SUPPORT_SMTP_PORT is set. */
async function startReceiver(deps: Deps, config: Config, log: (message: string) => void): Promise<Result<SmtpReceiver, 'LISTEN_FAILED'> | undefined> {
  const smtp = config.mail.inbound.smtp;
  if (!smtp || !config.mail.replyTo) return undefined;
  try {
    const receiver = await startSmtpReceiver(deps, { port: smtp.port, host: smtp.host, addresses: [config.mail.replyTo], log });
    log(`support inbox: receiving mail for ${config.mail.replyTo} on ${smtp.host}:${receiver.port}`);
    return ok(receiver);
  } catch (error) {
    return fail('LISTEN_FAILED', `cannot receive mail on ${smtp.host}:${smtp.port} (LANDFALL_SUPPORT_SMTP_PORT): ${(error as Error).message}`);
  }
}

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
