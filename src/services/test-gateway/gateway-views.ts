import { randomBytes } from 'node:crypto';
import type { GatewayIntentRow, GatewayRefundRow } from '../../db/repositories/test-gateway-repository.js';

/** A new object id: the type's prefix and 24 random hex digits (unguessable: the challenge page is reached by it). */
export function newGatewayId(prefix: 'pi' | 're' | 'evt'): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

export const unixSeconds = (d: Date): number => Math.floor(d.getTime() / 1000);

/** Keys of `next_action` the gateway keeps for itself (what happens after a challenge) and never shows. */
const PRIVATE_ACTION_KEYS = new Set(['on_authenticated']);

/** A payment intent as the gateway's API shows it. Amounts are integers in minor units. */
export function toIntentView(row: GatewayIntentRow) {
  const nextAction = row.nextAction ? Object.fromEntries(Object.entries(row.nextAction).filter(([k]) => !PRIVATE_ACTION_KEYS.has(k))) : null;
  return {
    id: row.id,
    object: 'payment_intent' as const,
    amount: row.amountMinor,
    currency: row.currency,
    method: row.method,
    status: row.status,
    capture_method: row.captureMethod,
    payment_method_options: { card: { request_three_d_secure: row.threeDSecure } },
    amount_capturable: row.status === 'requires_capture' ? row.amountMinor : 0,
    amount_received: row.amountCapturedMinor,
    amount_refunded: row.amountRefundedMinor,
    next_action: nextAction,
    last_payment_error: row.lastError ?? null,
    metadata: row.metadata,
    created: unixSeconds(row.createdAt),
    livemode: false,
  };
}
export type GatewayIntentView = ReturnType<typeof toIntentView>;

export function toRefundView(row: GatewayRefundRow, currency: string) {
  return { id: row.id, object: 'refund' as const, payment_intent: row.intentId, amount: row.amountMinor, currency, status: row.status, created: unixSeconds(row.createdAt) };
}
export type GatewayRefundView = ReturnType<typeof toRefundView>;
