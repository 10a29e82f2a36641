import { randomUUID } from 'node:crypto';
import { exponentialBackoff } from '../../core/webhooks/retry-schedule.js';
import type { Orm } from '../../db/create-db.js';
import { createTestCarrierRepository, type DueTestCarrierEvent } from '../../db/repositories/test-carrier-repository.js';
import { drainBatches, repeatEvery, type Repeating } from '../background/repeat-every.js';
import type { Deps } from '../deps.js';
import { signTestCarrierWebhook, TEST_CARRIER_SIGNATURE_HEADER, TEST_CARRIER_TIMESTAMP_HEADER } from './test-carrier-signature.js';
import { testCarrierDeliveryBody, type TestCarrierDelivery } from './test-carrier-webhook.js';

export type TestCarrierDeliveryDeps = Pick<Deps, 'database' | 'clock' | 'carriers'>;

/** Attempts before a delivery is given up (about 3.5 hours of retries). */
export const TEST_CARRIER_MAX_ATTEMPTS = 12;

/** 5 s doubling, at most an hour; undefined after the last attempt. */
export const testCarrierRetryDelayMs = exponentialBackoff({ firstMs: 5_000, longestMs: 3_600_000, maxAttempts: TEST_CARRIER_MAX_ATTEMPTS });

export type TestCarrierDeliveryOptions = {
  /**
   * The carrier's "now": events planned up to it are due. Tests pass a later time to play a
   * parcel's journey at once; the signature is still dated by the clock, as the receiver checks it.
   */
  now?: Date;
  /** Parcels per run (default 20). */
  limit?: number;
  leaseMs?: number;
  timeoutMs?: number;
};

export type TestCarrierDeliveryOutcome = { attempted: number; delivered: number; retrying: number; failed: number; events: number };

/**
 * Send the test carrier's due tracking events once: per parcel, its due events in order in one
 * webhook delivery (a new delivery id each attempt), POSTed as JSON to the configured URL with
 * Test-Carrier-Timestamp and Test-Carrier-Signature. A 2xx answer delivers them, and so does 409
 * (the receiver has this delivery already); anything else is retried later, the parcel's later
 * events held back with it so that none overtakes another.
 */
export async function deliverTestCarrierEvents(deps: TestCarrierDeliveryDeps, options: TestCarrierDeliveryOptions = {}): Promise<TestCarrierDeliveryOutcome> {
  const repo = createTestCarrierRepository(deps.database.orm as Orm);
  const now = options.now ?? deps.clock();
  const due = await repo.claimDue(now, options.limit ?? 20, options.leaseMs ?? 60_000);
  const byParcel = new Map<string, DueTestCarrierEvent[]>();
  for (const e of due) byParcel.set(e.parcelId, [...(byParcel.get(e.parcelId) ?? []), e]);
  const outcome: TestCarrierDeliveryOutcome = { attempted: byParcel.size, delivered: 0, retrying: 0, failed: 0, events: 0 };
  const settings = deps.carriers.testCarrier;
  for (const [parcelId, events] of byParcel) {
    const delivery: TestCarrierDelivery = {
      id: `dlv_${randomUUID().replace(/-/g, '')}`,
      type: 'tracking.updated',
      createdAt: deps.clock().toISOString(),
      events: events.map((e) => ({ id: e.id, shipmentId: parcelId, trackingNumber: e.trackingNumber, status: e.status as TestCarrierDelivery['events'][number]['status'], occurredAt: e.dueAt.toISOString(), location: e.location, description: e.description, amountDue: e.amountDueMinor === null || e.currency === null ? null : { amountMinor: e.amountDueMinor, currency: e.currency } })),
    };
    const body = testCarrierDeliveryBody(delivery);
    const timestamp = Math.round(deps.clock().getTime() / 1000);
    const headers = { 'content-type': 'application/json', 'user-agent': 'LandfallTestCarrier/1', [TEST_CARRIER_TIMESTAMP_HEADER]: String(timestamp), [TEST_CARRIER_SIGNATURE_HEADER]: signTestCarrierWebhook(settings.webhookSecret, timestamp, body) };
    const delivered = await post(settings.webhookUrl(), body, headers, options.timeoutMs ?? 10_000);
    const attempts = Math.max(...events.map((e) => e.attempts)) + 1;
    const delay = delivered ? undefined : testCarrierRetryDelayMs(attempts);
    await repo.recordAttempt(parcelId, events.map((e) => e.id), { at: deps.clock(), delivered, retryAt: delay === undefined ? undefined : new Date(now.getTime() + delay) });
    if (delivered) {
      outcome.delivered++;
      outcome.events += events.length;
    } else if (delay === undefined) outcome.failed++;
    else outcome.retrying++;
  }
  return outcome;
}

async function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel().catch(() => undefined);
    return (response.status >= 200 && response.status < 300) || response.status === 409;
  } catch {
    return false;
  }
}

/**
 * Deliver the test carrier's due events every `intervalMs` (default 5 s), and again at once while
 * a run found a full batch. A failed run is logged and tried at the next tick.
 */
export function startTestCarrierWorker(deps: TestCarrierDeliveryDeps, options: Omit<TestCarrierDeliveryOptions, 'now'> & { intervalMs?: number; log?: (message: string) => void } = {}): Repeating {
  const limit = options.limit ?? 20;
  return repeatEvery(
    options.intervalMs ?? 5_000,
    (stopped) => drainBatches(() => deliverTestCarrierEvents(deps, { ...options, limit }), limit, stopped, (r) => r.retrying + r.failed > 0 && options.log?.(`test carrier: ${r.delivered} deliveries made, ${r.retrying} to retry, ${r.failed} given up`)),
    (error) => options.log?.(`test carrier: webhook delivery failed: ${error.message}`),
  );
}
