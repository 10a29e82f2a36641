import { retryDelayMs } from '../../core/webhooks/retry-schedule.js';
import { createOutboxRepository, type WebhookDeliveryRow } from '../../db/repositories/outbox-repository.js';
import type { Deps } from '../deps.js';
import { toEventView } from './list-webhooks.js';
import { SIGNATURE_HEADER, signWebhook } from './signature.js';

export type DeliverOptions = {
  /** Deliveries taken per run (default 50). */
  limit?: number;
  /** How long a claimed delivery is held before another worker may take it (default 60 s). */
  leaseMs?: number;
  /** Per request (default 10 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
};

export type DeliverOutcome = { attempted: number; delivered: number; retrying: number; failed: number };

/**
 * Send the deliveries that are due: each as a POST of the event's JSON, signed with the endpoint's
 * secret. A 2xx answer delivers it; anything else (another status, a redirect, a timeout, a refused
 * connection) schedules the next attempt by the retry schedule, or marks it failed after the last.
 * At least once: a receiver deduplicates on the event id (also in the `landfall-event-id` header).
 */
export async function deliverDueWebhooks(deps: Pick<Deps, 'database' | 'clock' | 'version'>, options: DeliverOptions = {}): Promise<DeliverOutcome> {
  const repo = createOutboxRepository(deps.database.orm);
  const claimed = await repo.claimDue(deps.clock(), options.limit ?? 50, options.leaseMs ?? 60_000);
  const outcome: DeliverOutcome = { attempted: claimed.length, delivered: 0, retrying: 0, failed: 0 };
  if (claimed.length === 0) return outcome;
  const events = new Map((await repo.getEvents([...new Set(claimed.map((d) => d.eventId))])).map((e) => [e.id, e]));
  const endpoints = new Map((await repo.getEndpoints([...new Set(claimed.map((d) => d.endpointId))])).map((e) => [e.id, e]));
  await Promise.all(
    claimed.map(async (delivery) => {
      const event = events.get(delivery.eventId);
      const endpoint = endpoints.get(delivery.endpointId);
      if (!event || !endpoint) return; // removed meanwhile: its row went with it (cascade)
      const body = JSON.stringify(toEventView(event));
      const sent = await send(endpoint.url, body, headers(deps, delivery, event.type, endpoint.secret, body), options);
      const at = deps.clock();
      const delay = sent.ok ? undefined : retryDelayMs(delivery.attempts + 1);
      await repo.recordAttempt(delivery.id, { at, statusCode: sent.status, error: sent.error, delivered: sent.ok, retryAt: delay === undefined ? undefined : new Date(at.getTime() + delay) });
      if (sent.ok) outcome.delivered++;
      else if (delay === undefined) outcome.failed++;
      else outcome.retrying++;
    }),
  );
  return outcome;
}

function headers(deps: Pick<Deps, 'clock' | 'version'>, delivery: WebhookDeliveryRow, type: string, secret: string, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': `Landfall-Webhooks/${deps.version}`,
    'landfall-event-id': delivery.eventId,
    'landfall-event-type': type,
    'landfall-delivery-id': delivery.id,
    [SIGNATURE_HEADER]: signWebhook(secret, Math.floor(deps.clock().getTime() / 1000), body),
  };
}

async function send(url: string, body: string, headers: Record<string, string>, options: DeliverOptions): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  const doFetch = options.fetch ?? fetch;
  try {
    const response = await doFetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status, error: null };
    const error = response.status >= 300 && response.status < 400 ? `redirected (${response.status}); redirects are not followed` : `answered ${response.status}`;
    return { ok: false, status: response.status, error };
  } catch (e) {
    const error = e as Error & { cause?: { code?: string } };
    const reason = error.name === 'TimeoutError' ? 'timed out' : (error.cause?.code ?? error.message);
    return { ok: false, status: null, error: String(reason).slice(0, 500) };
  }
}
