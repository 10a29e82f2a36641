import { DECLINE_MESSAGES, type CardOutcome } from '../../core/payments/test-cards.js';
import { ok } from '../../core/result/result.js';
import { PAYMENT_METHOD_CATALOG } from '../../data/payments/payment-methods.js';
import { inGatewayTransaction, type GatewayDeps } from './gateway-deps.js';
import { missingIntent, unexpectedState, type GatewayResult } from './gateway-errors.js';
import { queueIntentEvent } from './gateway-events.js';
import { toIntentView, type GatewayIntentView } from './gateway-views.js';
import { settle } from './settle.js';

export type ChallengeAction = 'authenticate' | 'fail';

/**
 * The buyer's answer on the challenge page (3-D Secure for cards, the bank's or wallet's approval
 * for redirect methods). Authenticating applies what the card does next (success, or a decline
 * after authentication); failing declines with authentication_failed (cards) or
 * authorization_declined (redirect methods). Returns the intent and where to send the buyer back.
 */
export async function resolveGatewayChallenge(deps: GatewayDeps, id: string, action: ChallengeAction): Promise<GatewayResult<{ intent: GatewayIntentView; returnUrl: string | null }>> {
  const now = deps.clock();
  return inGatewayTransaction(deps, async (repo): Promise<GatewayResult<{ intent: GatewayIntentView; returnUrl: string | null }>> => {
    const intent = await repo.lockIntent(id);
    if (!intent) return missingIntent(id);
    if (intent.status !== 'requires_action') return unexpectedState(id, intent.status, 'authenticated');
    const action_ = intent.nextAction as { redirect_to_url?: { return_url?: string | null; reason?: string }; on_authenticated?: CardOutcome } | null;
    const returnUrl = action_?.redirect_to_url?.return_url ?? null;
    const isCard = action_?.redirect_to_url?.reason === 'three_d_secure';
    const patch =
      action === 'authenticate'
        ? settle(intent, action_?.on_authenticated ?? { kind: 'succeed' })
        : isCard
          ? settle(intent, { kind: 'decline', code: 'authentication_failed' })
          : settle(intent, { kind: 'decline', code: 'authorization_declined', message: 'The buyer declined the payment at the bank or wallet.' });
    const updated = await repo.updateIntent(intent.id, patch, now);
    await queueIntentEvent(repo, updated, now);
    return ok({ intent: toIntentView(updated), returnUrl });
  });
}

/** A sentence for the challenge page about a decline code. */
export function declineSentence(code: string): string {
  return (DECLINE_MESSAGES as Record<string, string>)[code] ?? code;
}

/** What the challenge page shows for an intent: a card's 3-D Secure step, or a method's approval page. */
export function describeChallenge(intent: GatewayIntentView): { isCard: boolean; methodName: string } {
  const action = intent.next_action as { redirect_to_url?: { reason?: string } } | null;
  return { isCard: action?.redirect_to_url?.reason === 'three_d_secure', methodName: PAYMENT_METHOD_CATALOG.get(intent.method)?.name ?? intent.method };
}
