import { DECLINE_MESSAGES, type CardOutcome } from '../../core/payments/test-cards.js';
import type { GatewayIntentPatch, GatewayIntentRow } from '../../db/repositories/test-gateway-repository.js';

/**
 * What an authorized or declined payment becomes: captured at once (automatic capture), held for
 * a later capture (manual), or failed with the decline code and its message.
 */
export function settle(intent: GatewayIntentRow, outcome: CardOutcome | { kind: 'decline'; code: string; message: string }): GatewayIntentPatch {
  if (outcome.kind === 'succeed') {
    return intent.captureMethod === 'manual'
      ? { status: 'requires_capture', nextAction: null, lastError: null }
      : { status: 'succeeded', amountCapturedMinor: intent.amountMinor, nextAction: null, lastError: null };
  }
  const message = 'message' in outcome ? outcome.message : DECLINE_MESSAGES[outcome.code];
  return { status: 'failed', nextAction: null, lastError: { code: outcome.code, message } };
}
