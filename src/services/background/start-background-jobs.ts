import { startReservationSweeper } from '../inventory/reservation-sweeper.js';
import { startTestGatewayWorker } from '../test-gateway/event-worker.js';
import { startTestCarrierWorker } from '../carriers/test-carrier-delivery.js';
import { startWebhookWorker } from '../webhooks/webhook-worker.js';
import { pruneIdempotencyKeys } from '../idempotency/prune-idempotency-keys.js';
import { cancelAbandonedOrders } from '../orders/order-operations.js';
import type { Deps } from '../deps.js';
import { repeatEvery } from './repeat-every.js';

/** How often a serving process gives back the stock of expired checkout reservations. */
export const RESERVATION_SWEEP_MS = 30_000;

/** Where the jobs report: a pino-style logger (fields first, then the message). */
export type JobLog = {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
};

export type BackgroundJobs = {
  /** Stop every timer and wait for the runs in progress. */
  stop(): Promise<void>;
};

/**
 * Start the background work of a serving process. Every job here is safe to run in several
 * processes on one database at once (two `serve` processes, or the workers of `serve --workers N`),
 * so every process runs all of them and a process that dies leaves the work to the others:
 *
 * - expired reservations: claimed in batches with FOR UPDATE SKIP LOCKED inside the transaction
 *   that gives their stock back, so each is ended by exactly one process;
 * - webhook deliveries, the test gateway's events, the test carrier's events: claimed with FOR
 *   UPDATE SKIP LOCKED and leased for a minute, so processes take different rows and the rows of a
 *   process that died come due again (at least once; receivers deduplicate on the event id). The
 *   test carrier also serializes its claims (test-carrier-repository.ts) so that a parcel's events
 *   never overtake each other across processes;
 * - forgetting old Idempotency-Keys: one DELETE by age; two at once delete each row once;
 * - cancelling abandoned orders: each order is locked and re-read before it is cancelled, so a
 *   second process finds it cancelled (or paid) and leaves it.
 *
 * What runs in one process only (the FX refresh, which downloads a feed) is decided by the caller.
 */
export function startBackgroundJobs(deps: Deps, log: JobLog): BackgroundJobs {
  const webhooks = startWebhookWorker(deps, { log: (message) => log.info({}, message) });
  const gateway = startTestGatewayWorker(deps, { log: (message) => log.info({}, message) });
  const carrier = startTestCarrierWorker(deps, { log: (message) => log.info({}, message) });
  // answers kept for Idempotency-Key retries are forgotten after a week, checked hourly
  const prune = repeatEvery(
    3_600_000,
    async () => {
      const { deleted } = await pruneIdempotencyKeys(deps);
      if (deleted > 0) log.info({ deleted }, 'old idempotency keys forgotten');
    },
    (error) => log.warn({ err: error }, 'forgetting old idempotency keys failed; trying again in an hour'),
  );
  const sweeper = startReservationSweeper(deps, {
    intervalMs: RESERVATION_SWEEP_MS,
    sweepAtStart: true,
    onSwept: (count) => log.info({ count }, 'expired stock reservations released'),
    onError: (error) => log.warn({ err: error }, 'sweeping expired stock reservations failed; trying again at the next tick'),
  });
  // orders left unpaid after their stock hold ended are cancelled, checked every minute
  const abandoned = repeatEvery(
    60_000,
    async () => {
      const cancelled = await cancelAbandonedOrders(deps);
      if (cancelled > 0) log.info({ cancelled }, 'unpaid orders cancelled after their stock hold ended');
    },
    (error) => log.warn({ err: error }, 'cancelling abandoned orders failed; trying again in a minute'),
  );
  return {
    async stop() {
      await Promise.all([sweeper.stop(), webhooks.stop(), gateway.stop(), carrier.stop(), prune.stop(), abandoned.stop()]);
    },
  };
}
