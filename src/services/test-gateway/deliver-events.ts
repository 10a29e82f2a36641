import { exponentialBackoff } from '../../core/webhooks/retry-schedule.js';
import { gatewayRepository, type GatewayDeps } from './gateway-deps.js';
import { eventBody } from './gateway-events.js';
import { GATEWAY_SIGNATURE_HEADER, signGatewayWebhook } from './gateway-signature.js';
import { unixSeconds } from './gateway-views.js';

/** Attempts before an event is given up (about 3.5 hours of retries in all). */
export const GATEWAY_MAX_ATTEMPTS = 12;

/** Delay before retrying after `attempts` failed ones: 5 s doubling, at most an hour; undefined: give up. */
export const gatewayRetryDelayMs = exponentialBackoff({ firstMs: 5_000, longestMs: 3_600_000, maxAttempts: GATEWAY_MAX_ATTEMPTS });

export type GatewayDeliveryOptions = {
  /** Events taken per run (default 20). */
  limit?: number;
  /** How long a taken event is held before another worker may send it (default 60 s). */
  leaseMs?: number;
  /** Per request (default 10 s). */
  timeoutMs?: number;
};

export type GatewayDeliveryOutcome = { attempted: number; delivered: number; retrying: number; failed: number };

/**
 * Send the gateway's due webhook events once: oldest first, one after another (so a receiver sees
 * an intent's events in order when none fails), each a POST of the event JSON to the configured
 * webhook URL, signed in TestGateway-Signature. A 2xx answer delivers it; anything else (another
 * status, a redirect, a timeout, a refused connection) is retried later by the schedule above.
 * At least once: receivers deduplicate on the event id.
 */
export async function deliverTestGatewayEvents(deps: GatewayDeps, options: GatewayDeliveryOptions = {}): Promise<GatewayDeliveryOutcome> {
  const repo = gatewayRepository(deps);
  const due = await repo.claimDueEvents(deps.clock(), options.limit ?? 20, options.leaseMs ?? 60_000);
  const outcome: GatewayDeliveryOutcome = { attempted: due.length, delivered: 0, retrying: 0, failed: 0 };
  const url = deps.payments.testGateway.webhookUrl();
  for (const event of due) {
    const body = eventBody(event);
    const signature = signGatewayWebhook(deps.payments.testGateway.webhookSecret, unixSeconds(deps.clock()), body);
    const delivered = await post(url, body, { 'content-type': 'application/json', 'user-agent': 'LandfallTestGateway/1', [GATEWAY_SIGNATURE_HEADER]: signature }, options.timeoutMs ?? 10_000);
    const delay = delivered ? undefined : gatewayRetryDelayMs(event.attempts + 1);
    await repo.recordAttempt(event.id, { delivered, retryAt: delay === undefined ? undefined : new Date(deps.clock().getTime() + delay) });
    if (delivered) outcome.delivered++;
    else if (delay === undefined) outcome.failed++;
    else outcome.retrying++;
  }
  return outcome;
}

async function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel().catch(() => undefined);
    return response.status >= 200 && response.status < 300;
  } catch {
    return false;
  }
}
