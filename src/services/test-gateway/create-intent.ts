import { currencyExponent } from '../../core/money/currencies.js';
import { ok } from '../../core/result/result.js';
import { PAYMENT_METHOD_CATALOG } from '../../data/payments/payment-methods.js';
import { gatewayFail, type GatewayResult } from './gateway-errors.js';
import { gatewayRepository, type GatewayDeps } from './gateway-deps.js';
import { newGatewayId, toIntentView, type GatewayIntentView } from './gateway-views.js';

export type CreateIntentBody = {
  amount: number;
  currency: string;
  method: string;
  capture_method?: 'automatic' | 'manual';
  metadata?: Record<string, string>;
  payment_method_options?: { card?: { request_three_d_secure?: 'automatic' | 'any' } };
};

/** Largest amount the gateway takes, in minor units (eight digits, as card acquirers commonly cap). */
export const MAX_AMOUNT = 99_999_999;

/**
 * Create a payment intent: an amount to collect, in minor units, by one method. Nothing is charged
 * until it is confirmed. With an idempotency key, a repeated create answers the intent made the
 * first time; the same key with other parameters is refused (idempotency_key_reused).
 */
export async function createGatewayIntent(deps: GatewayDeps, body: CreateIntentBody, idempotencyKey: string | undefined): Promise<GatewayResult<GatewayIntentView>> {
  const currency = body.currency.toUpperCase();
  if (currencyExponent(currency) === undefined) return gatewayFail('parameter_invalid', `unknown currency '${body.currency}'`, 'currency');
  if (!Number.isSafeInteger(body.amount) || body.amount < 1 || body.amount > MAX_AMOUNT) return gatewayFail('parameter_invalid', `amount must be a whole number of minor units from 1 to ${MAX_AMOUNT}`, 'amount');
  const method = PAYMENT_METHOD_CATALOG.get(body.method);
  if (!method) return gatewayFail('payment_method_unsupported', `the test gateway does not support the method '${body.method}'`, 'method');
  if (method.currencies !== 'all' && !method.currencies.includes(currency)) {
    return gatewayFail('payment_method_unsupported', `${method.name} cannot be charged in ${currency} (only ${method.currencies.join(', ')})`, 'currency');
  }
  const captureMethod = body.capture_method ?? 'automatic';
  if (captureMethod === 'manual' && !method.manualCapture) return gatewayFail('parameter_invalid', `${method.name} payments cannot be captured later; use capture_method automatic`, 'capture_method');

  const threeDSecure = body.payment_method_options?.card?.request_three_d_secure ?? 'automatic';
  if (threeDSecure === 'any' && method.flow !== 'card') return gatewayFail('parameter_invalid', `3-D Secure is for card payments, not ${method.name}`, 'payment_method_options[card][request_three_d_secure]');

  const at = deps.clock();
  const { row, created } = await gatewayRepository(deps).insertIntent(
    {
      id: newGatewayId('pi'),
      amountMinor: body.amount,
      currency,
      method: method.id,
      status: 'requires_confirmation',
      captureMethod,
      threeDSecure,
      metadata: body.metadata ?? {},
      idempotencyKey: idempotencyKey ?? null,
    },
    at,
  );
  if (!created && (row.amountMinor !== body.amount || row.currency !== currency || row.method !== method.id || row.captureMethod !== captureMethod || row.threeDSecure !== threeDSecure)) {
    return gatewayFail('idempotency_key_reused', 'this Idempotency-Key was used for a payment intent with other parameters');
  }
  return ok(toIntentView(row));
}
