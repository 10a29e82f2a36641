import { ok } from '../../core/result/result.js';
import { inGatewayTransaction, type GatewayDeps } from './gateway-deps.js';
import { missingIntent, unexpectedState, type GatewayResult } from './gateway-errors.js';
import { queueIntentEvent } from './gateway-events.js';
import { toIntentView, type GatewayIntentView } from './gateway-views.js';
import { settle } from './settle.js';

/**
 * Test helper: the money of an offline payment arrived (the buyer paid at the konbini, the
 * transfer or debit cleared, the courier collected the cash), so the processing intent succeeds;
 * or, with outcome "failed", the voucher expired or the debit bounced and it fails
 * (payment_expired). Queues the matching event, as the real arrival would.
 */
export async function completeGatewayIntent(deps: GatewayDeps, id: string, body: { outcome?: 'succeeded' | 'failed' }): Promise<GatewayResult<GatewayIntentView>> {
  const now = deps.clock();
  return inGatewayTransaction(deps, async (repo): Promise<GatewayResult<GatewayIntentView>> => {
    const intent = await repo.lockIntent(id);
    if (!intent) return missingIntent(id);
    if (intent.status !== 'processing') return unexpectedState(id, intent.status, 'completed (only processing intents wait for money to arrive)');
    const patch =
      body.outcome === 'failed'
        ? settle(intent, { kind: 'decline', code: 'payment_expired', message: 'The payment was not made in time (voucher expired or debit returned).' })
        : settle(intent, { kind: 'succeed' });
    const updated = await repo.updateIntent(intent.id, patch, now);
    await queueIntentEvent(repo, updated, now);
    return ok(toIntentView(updated));
  });
}
