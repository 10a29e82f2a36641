import { drainBatches, repeatEvery, type Repeating } from '../background/repeat-every.js';
import type { GatewayDeps } from './gateway-deps.js';
import { deliverTestGatewayEvents, type GatewayDeliveryOptions } from './deliver-events.js';

export type TestGatewayWorker = Repeating;

/**
 * Deliver the test gateway's webhook events every `intervalMs` (default 1 s), and again at once
 * while a run found a full batch, so events reach Landfall asynchronously, as a real provider's do.
 * A failed run (database down) is logged and tried at the next tick. `stop` waits for the run in
 * progress.
 */
export function startTestGatewayWorker(deps: GatewayDeps, options: GatewayDeliveryOptions & { intervalMs?: number; log?: (message: string) => void } = {}): TestGatewayWorker {
  const limit = options.limit ?? 20;
  return repeatEvery(
    options.intervalMs ?? 1_000,
    (stopped) =>
      drainBatches(
        () => deliverTestGatewayEvents(deps, { ...options, limit }),
        limit,
        stopped,
        (r) => r.retrying + r.failed > 0 && options.log?.(`test gateway: ${r.delivered} events delivered, ${r.retrying} to retry, ${r.failed} given up`),
      ),
    (error) => options.log?.(`test gateway: event delivery failed: ${error.message}`),
  );
}
