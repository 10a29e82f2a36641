import { ok } from '../../core/result/result.js';
import { inGatewayTransaction, type GatewayDeps } from './gateway-deps.js';
import { missingIntent, unexpectedState, type GatewayResult } from './gateway-errors.js';
import { queueIntentEvent } from './gateway-events.js';
import { toIntentView, type GatewayIntentView } from './gateway-views.js';

const CANCELLABLE = ['requires_confirmation', 'requires_action', 'processing', 'requires_capture'];

/**
 * Cancel an intent before any money is captured: an unconfirmed one, one waiting for the buyer
 * (a challenge, a voucher not yet paid), or a held authorization (released). Queues
 * payment_intent.canceled.
 */
export async function cancelGatewayIntent(deps: GatewayDeps, id: string): Promise<GatewayResult<GatewayIntentView>> {
  const now = deps.clock();
  return inGatewayTransaction(deps, async (repo): Promise<GatewayResult<GatewayIntentView>> => {
    const intent = await repo.lockIntent(id);
    if (!intent) return missingIntent(id);
    if (!CANCELLABLE.includes(intent.status)) return unexpectedState(id, intent.status, 'canceled');
    const updated = await repo.updateIntent(intent.id, { status: 'canceled', nextAction: null }, now);
    await queueIntentEvent(repo, updated, now);
    return ok(toIntentView(updated));
  });
}
