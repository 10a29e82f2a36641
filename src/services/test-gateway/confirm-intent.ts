import { checkCard } from '../../core/payments/card.js';
import { testCardOutcome } from '../../core/payments/test-cards.js';
import { ok } from '../../core/result/result.js';
import { PAYMENT_METHOD_CATALOG } from '../../data/payments/payment-methods.js';
import type { GatewayIntentPatch } from '../../db/repositories/test-gateway-repository.js';
import { inGatewayTransaction, type GatewayDeps } from './gateway-deps.js';
import { gatewayFail, missingIntent, unexpectedState, type GatewayResult } from './gateway-errors.js';
import { queueIntentEvent } from './gateway-events.js';
import { toIntentView, type GatewayIntentView } from './gateway-views.js';
import { offlineInstructions } from './offline-instructions.js';
import { settle } from './settle.js';

export type ConfirmIntentBody = {
  card?: { number?: unknown; exp_month?: unknown; exp_year?: unknown; cvc?: unknown };
  return_url?: string;
};

const CARD_PARAMS: Record<string, string> = { 'card.number': 'card[number]', 'card.expMonth': 'card[exp_month]', 'card.expYear': 'card[exp_year]', 'card.cvc': 'card[cvc]' };

/**
 * Confirm an intent: try to take the money by the method's flow.
 * - card (and wallets carrying a card): the test card table decides; success captures at once or
 *   holds for capture, a decline fails the intent (200, status failed, last_payment_error), a
 *   3-D Secure card needs the challenge page first (requires_action, next_action redirect_to_url);
 * - redirect methods: the buyer authorizes on the gateway's page (requires_action, return_url required);
 * - offline methods: instructions in next_action; processing until the money arrives.
 * Every outcome queues its event.
 */
export async function confirmGatewayIntent(deps: GatewayDeps, id: string, body: ConfirmIntentBody): Promise<GatewayResult<GatewayIntentView>> {
  const now = deps.clock();
  return inGatewayTransaction(deps, async (repo): Promise<GatewayResult<GatewayIntentView>> => {
    const intent = await repo.lockIntent(id);
    if (!intent) return missingIntent(id);
    if (intent.status !== 'requires_confirmation') return unexpectedState(id, intent.status, 'confirmed');
    const method = PAYMENT_METHOD_CATALOG.get(intent.method)!;
    const returnUrl = body.return_url ?? null;
    if (method.flow !== 'card' && body.card !== undefined) return gatewayFail('parameter_invalid', `card details are only taken for card payments, not ${method.name}`, 'card');
    const challengeUrl = `${deps.payments.testGateway.url()}/challenge/${intent.id}`;

    let patch: GatewayIntentPatch;
    if (method.flow === 'card') {
      if (body.card === undefined) return gatewayFail('parameter_missing', 'card is required to confirm a card payment', 'card');
      const card = checkCard({ number: body.card.number, expMonth: body.card.exp_month, expYear: body.card.exp_year, cvc: body.card.cvc }, { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 });
      if (!card.ok) {
        const field = card.details?.[0]?.field ?? card.field ?? 'card';
        return gatewayFail('parameter_invalid', card.details?.[0]?.message ? `${CARD_PARAMS[field] ?? field} ${card.details[0].message}` : card.message, CARD_PARAMS[field] ?? 'card');
      }
      const tested = testCardOutcome(card.value.number);
      // A challenge asked for at creation (fraud screening) comes first whatever the card would do.
      const outcome = tested.kind !== 'challenge' && intent.threeDSecure === 'any' ? { kind: 'challenge' as const, then: tested } : tested;
      patch =
        outcome.kind === 'challenge'
          ? { status: 'requires_action', nextAction: { type: 'redirect_to_url', redirect_to_url: { url: challengeUrl, return_url: returnUrl, reason: 'three_d_secure' }, on_authenticated: outcome.then } }
          : settle(intent, outcome);
    } else if (method.flow === 'redirect') {
      if (returnUrl === null) return gatewayFail('parameter_missing', `return_url is required: ${method.name} sends the buyer back there after authorizing`, 'return_url');
      patch = { status: 'requires_action', nextAction: { type: 'redirect_to_url', redirect_to_url: { url: challengeUrl, return_url: returnUrl, reason: 'authorize' }, on_authenticated: { kind: 'succeed' } } };
    } else {
      patch = { status: 'processing', nextAction: offlineInstructions(method, intent, now) };
    }
    const updated = await repo.updateIntent(intent.id, patch, now);
    await queueIntentEvent(repo, updated, now);
    return ok(toIntentView(updated));
  });
}
