import { formatAmount } from '../../../core/money/money.js';
import type { OrderView } from '../../../services/orders/order-view.js';
import type { MarketView } from '../../../services/markets/market-record.js';
import { methodsOffered } from '../../../services/payments/list-payment-methods.js';
import type { PaymentView } from '../../../services/payments/payment-view.js';
import type { ParcelView, TotalsView, WindowView } from '../../../web/storefront/checkout-view.js';
import type { ConfirmationView } from '../../../web/storefront/render-confirmation-page.js';
import type { InstructionsView, PaymentState } from '../../../web/storefront/render-payment-page.js';
import type { Amount, PaymentMethodView } from '../../../web/storefront/view.js';

/**
 * From the checkout services' answers to what the payment and confirmation templates show: the
 * order's latest payment as a page state, a provider's offline instructions in plain fields, and
 * the landed cost frozen into the order.
 */

type Flow = 'card' | 'redirect' | 'offline';

/** The ways to pay a market offers in a country, with how each is taken. */
export function offeredMethods(market: Pick<MarketView, 'paymentMethods' | 'currency'>, country: string): Array<PaymentMethodView & { flow: Flow }> {
  return methodsOffered(market, country).methods.map((m) => ({ id: m.id, name: m.name, flow: m.flow }));
}

/** The payment that speaks for the order now: the open one if any (there is at most one), else the last. */
export function latestPayment(payments: readonly PaymentView[]): PaymentView | undefined {
  return payments.filter((p) => p.status !== 'failed' && p.status !== 'cancelled').at(-1) ?? payments.at(-1);
}

/** Where an order's payment stands, for the payment page. */
export function paymentState(order: Pick<OrderView, 'status'>, payment: PaymentView | undefined, methods: ReadonlyArray<PaymentMethodView & { flow: Flow }>): PaymentState {
  if (order.status === 'cancelled') return { kind: 'cancelled' };
  if (!payment) return { kind: 'none' };
  const offered = methods.find((m) => m.id === payment.method);
  const method: PaymentMethodView = offered ? { id: offered.id, name: offered.name } : { id: payment.method, name: payment.method };
  const next = payment.nextAction;
  if (payment.status === 'failed' || payment.status === 'cancelled') return { kind: 'failed', paymentId: payment.id, method, flow: offered?.flow, failureCode: payment.failure?.code ?? 'payment_failed' };
  if (payment.status === 'requires_action' && next?.type === 'confirm' && offered) return { kind: 'confirm', paymentId: payment.id, method, flow: offered.flow };
  if (payment.status === 'requires_action' && next?.type === 'redirect') return { kind: 'redirect', paymentId: payment.id, method, url: next.url, reason: next.reason };
  return { kind: 'waiting', method, instructions: instructionsOf(payment) };
}

const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
const minorAmount = (amount: unknown, currency: unknown): Amount | undefined =>
  typeof amount === 'number' && Number.isSafeInteger(amount) && typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency) ? { amount: formatAmount({ amount, currency: currency.toUpperCase() }), currency: currency.toUpperCase() } : undefined;
const instant = (seconds: unknown) => (typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : undefined);

/**
 * A provider's offline instructions (the test gateway's `next_action` details: amounts in minor
 * units, times in Unix seconds) as plain fields; a debit has none, and then only its kind is said.
 */
export function instructionsOf(payment: PaymentView): InstructionsView | null {
  const next = payment.nextAction;
  if (payment.status !== 'processing') return null;
  if (!next || next.type !== 'display_instructions') return payment.method === 'sepa_debit' ? { kind: 'debit' } : null;
  const d = next.details;
  switch (next.kind) {
    case 'bank_transfer':
      return { kind: 'bank_transfer', amount: minorAmount(d.amount_remaining, d.currency), reference: text(d.reference), accountHolder: text(d.account_holder), accountNumber: text(d.account_number), expiresAt: instant(d.expires_at) };
    case 'cash_on_delivery':
      return { kind: 'cash_on_delivery', amount: minorAmount(d.amount_to_collect, d.currency) };
    case 'voucher':
      return { kind: 'voucher', amount: minorAmount(d.amount, d.currency), voucherNumber: text(d.number), expiresAt: instant(d.expires_at) };
    case 'qr_code':
      return { kind: 'qr_code', qrData: text(d.data), expiresAt: instant(d.expires_at) };
    default:
      return { kind: 'other' };
  }
}

const isAmount = (v: unknown): v is Amount => typeof v === 'object' && v !== null && typeof (v as Amount).amount === 'string' && typeof (v as Amount).currency === 'string';
const TOTAL_KEYS = ['goods', 'discount', 'shipping', 'duties', 'taxes', 'taxesIncluded', 'fees', 'total', 'payableAtCheckout', 'payableOnDelivery'] as const;

/** The order's sums as the quote froze them; from the order's own columns if the quote lacks them. */
function frozenTotals(order: OrderView): TotalsView {
  const t = order.quote.totals as Record<string, unknown> | undefined;
  if (t && TOTAL_KEYS.every((k) => isAmount(t[k]))) return t as unknown as TotalsView;
  const o = order.totals;
  return { goods: o.goods, discount: o.discount, shipping: o.shipping, duties: o.duties, taxes: o.taxes, taxesIncluded: o.taxesIncluded, fees: o.fees, total: o.total, payableAtCheckout: o.total, payableOnDelivery: o.dueOnDelivery };
}

/** The parcels frozen into the order with their charge lines (written by the checkout from the cart answer). */
function frozenParcels(order: OrderView): ParcelView[] {
  const shipments = order.quote.shipments;
  if (!Array.isArray(shipments)) return [];
  return shipments.filter((s): s is ParcelView => typeof s === 'object' && s !== null && Array.isArray((s as ParcelView).charges) && typeof (s as ParcelView).warehouse === 'object');
}

function frozenWindow(order: OrderView): WindowView | null {
  const option = order.quote.deliveryOption as { deliveryWindow?: WindowView } | undefined;
  const w = option?.deliveryWindow;
  return w && typeof w.minDays === 'number' && typeof w.maxDays === 'number' ? w : null;
}

/** An order with its payments, for the confirmation page. */
export function confirmationOf(order: OrderView & { payments: PaymentView[] }, methods: ReadonlyArray<PaymentMethodView & { flow: Flow }>): ConfirmationView {
  const payment = latestPayment(order.payments);
  const state = paymentState(order, payment, methods);
  const method = payment ? (methods.find((m) => m.id === payment.method) ?? { id: payment.method, name: payment.method }) : undefined;
  return {
    number: order.number,
    status: order.status,
    email: order.email,
    createdAt: order.createdAt,
    incoterm: order.incoterm === 'DAP' ? 'DAP' : 'DDP',
    address: order.address,
    lines: order.lines.map((l) => ({ sku: l.sku, title: l.title, quantity: l.quantity, unitPrice: l.unitPrice, goods: l.goods })),
    totals: frozenTotals(order),
    parcels: frozenParcels(order),
    deliveryWindow: frozenWindow(order),
    payment: payment && method ? { status: payment.status, method: { id: method.id, name: method.name } } : null,
    instructions: payment ? instructionsOf(payment) : null,
    needsPayment: order.status === 'pending_payment' && state.kind !== 'waiting',
  };
}
