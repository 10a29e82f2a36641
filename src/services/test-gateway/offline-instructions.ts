import { randomInt } from 'node:crypto';
import type { PaymentMethod } from '../../core/payments/payment-method.js';
import type { GatewayIntentRow } from '../../db/repositories/test-gateway-repository.js';
import { unixSeconds } from './gateway-views.js';

const DAY_MS = 86_400_000;

function digits(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += String(randomInt(10));
  return out;
}

/**
 * What the buyer is told to do for an offline method, as `next_action`: a voucher number to pay at
 * a convenience store (valid 3 days), a QR code to scan in a banking app (valid 1 hour), the
 * account and reference for a bank transfer (7 days), the cash to hand the courier. A direct debit
 * asks nothing of the buyer (null). The intent stays processing until
 * POST /test_helpers/payment_intents/{id}/complete says the money arrived.
 */
export function offlineInstructions(method: PaymentMethod, intent: GatewayIntentRow, now: Date): Record<string, unknown> | null {
  const expires = (ms: number) => unixSeconds(new Date(now.getTime() + ms));
  switch (method.kind) {
    case 'voucher':
      return {
        type: 'display_voucher',
        display_voucher: { number: digits(12), expires_at: expires(3 * DAY_MS), amount: intent.amountMinor, currency: intent.currency, instructions: `Pay at a convenience store counter or kiosk with this number (${method.name}).` },
      };
    case 'qr':
      return {
        type: 'display_qr_code',
        display_qr_code: { data: `TESTGATEWAY|${method.id}|${intent.id}|${intent.amountMinor}|${intent.currency}`, expires_at: expires(3_600_000), instructions: `Scan with a banking app that supports ${method.name}.` },
      };
    case 'bank_transfer':
      return {
        type: 'display_bank_transfer_instructions',
        display_bank_transfer_instructions: {
          amount_remaining: intent.amountMinor,
          currency: intent.currency,
          reference: `TG${digits(10)}`,
          account_holder: 'Landfall Test Gateway (no real account)',
          account_number: 'TEST-0000-0000-0000',
          expires_at: expires(7 * DAY_MS),
          instructions: 'Transfer the exact amount with the reference so that the payment can be matched.',
        },
      };
    case 'cod':
      return { type: 'cash_on_delivery', cash_on_delivery: { amount_to_collect: intent.amountMinor, currency: intent.currency, instructions: 'Pay the courier in cash when the parcel is delivered.' } };
    default:
      return null;
  }
}
