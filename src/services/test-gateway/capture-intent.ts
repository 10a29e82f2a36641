import { ok } from '../../core/result/result.js';
import { inGatewayTransaction, type GatewayDeps } from './gateway-deps.js';
import { gatewayFail, missingIntent, unexpectedState, type GatewayResult } from './gateway-errors.js';
import { queueIntentEvent } from './gateway-events.js';
import { toIntentView, type GatewayIntentView } from './gateway-views.js';

/**
 * Capture a held payment (capture_method manual): all of it, or `amount_to_capture` minor units
 * (the rest of the hold is released). The intent succeeds; payment_intent.succeeded is queued.
 */
export async function captureGatewayIntent(deps: GatewayDeps, id: string, body: { amount_to_capture?: number }): Promise<GatewayResult<GatewayIntentView>> {
  const now = deps.clock();
  return inGatewayTransaction(deps, async (repo): Promise<GatewayResult<GatewayIntentView>> => {
    const intent = await repo.lockIntent(id);
    if (!intent) return missingIntent(id);
    if (intent.status !== 'requires_capture') return unexpectedState(id, intent.status, 'captured');
    const amount = body.amount_to_capture ?? intent.amountMinor;
    if (!Number.isSafeInteger(amount) || amount < 1) return gatewayFail('parameter_invalid', 'amount_to_capture must be a whole number of minor units above 0', 'amount_to_capture');
    if (amount > intent.amountMinor) return gatewayFail('amount_too_large', `amount_to_capture ${amount} is more than the ${intent.amountMinor} authorized`, 'amount_to_capture');
    const updated = await repo.updateIntent(intent.id, { status: 'succeeded', amountCapturedMinor: amount }, now);
    await queueIntentEvent(repo, updated, now);
    return ok(toIntentView(updated));
  });
}
