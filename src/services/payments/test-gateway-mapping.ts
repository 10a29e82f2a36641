import type { PaymentStatus } from '../../core/payments/payment-status.js';
import type { NextAction, ProviderPayment, ProviderRefund } from './provider.js';

/** The gateway's intent statuses in Landfall's terms. */
const STATUS: Readonly<Record<string, PaymentStatus>> = {
  requires_confirmation: 'requires_action',
  requires_action: 'requires_action',
  processing: 'processing',
  requires_capture: 'authorized',
  succeeded: 'succeeded',
  failed: 'failed',
  canceled: 'cancelled',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A gateway payment intent as a provider payment; undefined when the object is not one. */
export function toProviderPayment(o: unknown): ProviderPayment | undefined {
  if (!isObject(o) || o.object !== 'payment_intent' || typeof o.id !== 'string') return undefined;
  const status = typeof o.status === 'string' ? STATUS[o.status] : undefined;
  if (!status || typeof o.amount !== 'number' || typeof o.currency !== 'string' || typeof o.amount_received !== 'number') return undefined;
  const error = isObject(o.last_payment_error) ? o.last_payment_error : undefined;
  return {
    id: o.id,
    status,
    amount: { amount: o.amount, currency: o.currency.toUpperCase() },
    capturedMinor: o.amount_received,
    nextAction: o.status === 'requires_confirmation' ? { type: 'confirm' } : toNextAction(o.next_action),
    failure: error ? { code: String(error.code ?? 'payment_failed'), message: String(error.message ?? 'the payment failed') } : null,
  };
}

function toNextAction(a: unknown): NextAction | null {
  if (!isObject(a) || typeof a.type !== 'string') return null;
  if (a.type === 'redirect_to_url' && isObject(a.redirect_to_url) && typeof a.redirect_to_url.url === 'string') {
    const r = a.redirect_to_url;
    return { type: 'redirect', url: r.url as string, returnUrl: typeof r.return_url === 'string' ? r.return_url : null, reason: r.reason === 'three_d_secure' ? 'three_d_secure' : 'authorize' };
  }
  const details = a[a.type];
  const kinds: Record<string, string> = { display_voucher: 'voucher', display_qr_code: 'qr_code', display_bank_transfer_instructions: 'bank_transfer', cash_on_delivery: 'cash_on_delivery' };
  if (kinds[a.type] && isObject(details)) return { type: 'display_instructions', kind: kinds[a.type]!, details };
  return null;
}

/** A gateway refund as a provider refund; undefined when the object is not one. */
export function toProviderRefund(o: unknown): ProviderRefund | undefined {
  if (!isObject(o) || o.object !== 'refund' || typeof o.id !== 'string' || typeof o.payment_intent !== 'string') return undefined;
  if (typeof o.amount !== 'number' || typeof o.currency !== 'string') return undefined;
  const status = o.status === 'succeeded' || o.status === 'pending' || o.status === 'failed' ? o.status : undefined;
  if (!status) return undefined;
  return { id: o.id, paymentId: o.payment_intent, amount: { amount: o.amount, currency: o.currency.toUpperCase() }, status };
}
