import { ok } from '../../core/result/result.js';
import { inGatewayTransaction, type GatewayDeps } from './gateway-deps.js';
import { gatewayFail, missingIntent, type GatewayResult } from './gateway-errors.js';
import { queueRefundEvent } from './gateway-events.js';
import { newGatewayId, toRefundView, type GatewayRefundView } from './gateway-views.js';

export type CreateRefundBody = { payment_intent: string; amount?: number };

/**
 * Refund part or all of what a succeeded intent captured (default: everything not yet refunded).
 * The refund succeeds at once and charge.refunded is queued. With an idempotency key, a repeated
 * request answers the first refund; the same key for another refund is refused.
 */
export async function createGatewayRefund(deps: GatewayDeps, body: CreateRefundBody, idempotencyKey: string | undefined): Promise<GatewayResult<GatewayRefundView>> {
  const now = deps.clock();
  return inGatewayTransaction(deps, async (repo): Promise<GatewayResult<GatewayRefundView>> => {
    const intent = await repo.lockIntent(body.payment_intent);
    if (!intent) return { ...missingIntent(body.payment_intent), field: 'payment_intent' };
    if (idempotencyKey !== undefined) {
      const first = await repo.findRefundByIdempotencyKey(idempotencyKey);
      if (first) {
        if (first.intentId !== intent.id || (body.amount !== undefined && body.amount !== first.amountMinor)) {
          return gatewayFail('idempotency_key_reused', 'this Idempotency-Key was used for a refund with other parameters');
        }
        return ok(toRefundView(first, intent.currency));
      }
    }
    if (intent.status !== 'succeeded') return gatewayFail('payment_intent_unexpected_state', `payment_intent ${intent.id} is ${intent.status}; only succeeded payments can be refunded`, 'payment_intent');
    const left = intent.amountCapturedMinor - intent.amountRefundedMinor;
    const amount = body.amount ?? left;
    if (!Number.isSafeInteger(amount) || amount < 1) return gatewayFail(left === 0 ? 'amount_too_large' : 'parameter_invalid', left === 0 ? `payment_intent ${intent.id} is already fully refunded` : 'amount must be a whole number of minor units above 0', 'amount');
    if (amount > left) return gatewayFail('amount_too_large', `refund amount ${amount} is more than the ${left} left to refund on ${intent.id}`, 'amount');
    const refund = await repo.insertRefund({ id: newGatewayId('re'), intentId: intent.id, amountMinor: amount, status: 'succeeded', idempotencyKey: idempotencyKey ?? null }, now);
    if (!refund) return gatewayFail('idempotency_key_reused', 'this Idempotency-Key was used for another refund');
    await repo.addRefunded(intent.id, amount, now);
    const view = toRefundView(refund, intent.currency);
    await queueRefundEvent(repo, view, now);
    return ok(view);
  });
}
