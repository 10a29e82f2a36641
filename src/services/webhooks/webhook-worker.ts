import { drainBatches, repeatEvery, type Repeating } from '../background/repeat-every.js';
import type { Deps } from '../deps.js';
import { deliverDueWebhooks, type DeliverOptions } from './deliver-webhooks.js';

export type WebhookWorker = Repeating;

/**
 * Deliver due webhooks every `intervalMs` (default 2 s), and straight away again while a run found
 * a full batch. A failed run (the database away for a moment) is logged and retried at the next
 * tick. `stop` waits for the run in progress.
 */
export function startWebhookWorker(deps: Pick<Deps, 'database' | 'clock' | 'version'>, options: DeliverOptions & { intervalMs?: number; log?: (message: string) => void } = {}): WebhookWorker {
  const limit = options.limit ?? 50;
  return repeatEvery(
    options.intervalMs ?? 2_000,
    (stopped) =>
      drainBatches(
        () => deliverDueWebhooks(deps, { ...options, limit }),
        limit,
        stopped,
        (r) => r.attempted > 0 && options.log?.(`webhooks: ${r.delivered} delivered, ${r.retrying} to retry, ${r.failed} given up`),
      ),
    (error) => options.log?.(`webhooks: delivery run failed: ${error.message}`),
  );
}
