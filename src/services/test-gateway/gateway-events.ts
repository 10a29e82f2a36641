import type { GatewayEventRow, GatewayIntentRow, TestGatewayRepository } from '../../db/repositories/test-gateway-repository.js';
import { newGatewayId, toIntentView, unixSeconds, type GatewayRefundView } from './gateway-views.js';

/** The events the gateway sends, one per state change of an intent, and one per refund. */
export type GatewayEventType =
  | 'payment_intent.requires_action'
  | 'payment_intent.processing'
  | 'payment_intent.amount_capturable_updated'
  | 'payment_intent.succeeded'
  | 'payment_intent.payment_failed'
  | 'payment_intent.canceled'
  | 'charge.refunded';

/** The event an intent's new status announces. */
export function eventTypeForStatus(status: string): GatewayEventType | undefined {
  const types: Record<string, GatewayEventType> = {
    requires_action: 'payment_intent.requires_action',
    processing: 'payment_intent.processing',
    requires_capture: 'payment_intent.amount_capturable_updated',
    succeeded: 'payment_intent.succeeded',
    failed: 'payment_intent.payment_failed',
    canceled: 'payment_intent.canceled',
  };
  return types[status];
}

/** Queue the event for an intent's new state, in the transaction that changed it. */
export async function queueIntentEvent(repo: TestGatewayRepository, intent: GatewayIntentRow, at: Date): Promise<void> {
  const type = eventTypeForStatus(intent.status);
  if (type) await repo.queueEvent({ id: newGatewayId('evt'), type, data: { object: toIntentView(intent) } }, at);
}

export async function queueRefundEvent(repo: TestGatewayRepository, refund: GatewayRefundView, at: Date): Promise<void> {
  await repo.queueEvent({ id: newGatewayId('evt'), type: 'charge.refunded', data: { object: refund } }, at);
}

/** The JSON body of an event's webhook delivery. */
export function eventBody(row: GatewayEventRow): string {
  return JSON.stringify({ id: row.id, object: 'event', type: row.type, created: unixSeconds(row.createdAt), livemode: false, data: row.data });
}
