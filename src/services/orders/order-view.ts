import { formatAmount } from '../../core/money/money.js';
import type { AddressRecord } from '../../db/schema/orders.js';
import type { OrderRecord, OrderRow } from '../../db/repositories/order-repository.js';

type Amount = { amount: string; currency: string };

export type OrderLineView = {
  position: number;
  sku: string;
  title: string;
  quantity: number;
  unitPrice: Amount;
  discount: Amount;
  goods: Amount;
  taxIncluded: Amount;
  duties: Amount;
  taxes: Amount;
  taxScheme: string | null;
  hsCode: string | null;
  originCountry: string | null;
  warehouse: string;
  refundedQuantity: number;
};

export type ShipmentView = {
  id: string;
  position: number;
  warehouse: string;
  service: string;
  carrier: string;
  channel: string;
  status: string;
  trackingNumber: string | null;
  lines: Array<{ sku: string; quantity: number }>;
  shipping: Amount;
  duties: Amount;
  taxes: Amount;
  fees: Amount;
  deliveryWindow: { minDays: number; maxDays: number };
  shippedAt: string | null;
  deliveredAt: string | null;
};

export type OrderRefundView = { id: string; amount: Amount; parts: Record<string, string>; lines: Array<{ sku: string; quantity: number }>; notRefunded: Array<Record<string, unknown>>; reason: string | null; createdAt: string };

export type OrderView = {
  id: string;
  number: string;
  status: string;
  market: string;
  country: string;
  currency: string;
  locale: string | null;
  email: string;
  address: AddressRecord;
  incoterm: string;
  /** storefront, a marketplace's id for an imported order, or b2b; with the marketplace's order id. */
  salesChannel: string;
  channelOrderId: string | null;
  /** A distributor's order: its company, the quote it came from and its payment terms. */
  companyId: string | null;
  quoteId: string | null;
  paymentTerms: string | null;
  paymentDueOn: string | null;
  totals: { goods: Amount; discount: Amount; shipping: Amount; duties: Amount; taxes: Amount; taxesIncluded: Amount; fees: Amount; total: Amount; dueOnDelivery: Amount; captured: Amount; refunded: Amount };
  discountCode: string | null;
  paymentMethod: string | null;
  rulesVersion: string;
  stockHold: string | null;
  cancelReason: string | null;
  /** Fraud screening at checkout: approved, challenge (3-D Secure asked), review (held: not shipped until a person decides), released, declined; unassessed for orders from before screening. */
  risk: { status: string; assessmentId: string | null };
  lines: OrderLineView[];
  shipments: ShipmentView[];
  refunds: OrderRefundView[];
  /** The frozen landed-cost quote: per parcel the charge lines with their rules, the rates used. */
  quote: Record<string, unknown>;
  createdAt: string;
  paidAt: string | null;
  cancelledAt: string | null;
};

export function toOrderView(o: OrderRecord): OrderView {
  const m = (amount: number): Amount => ({ amount: formatAmount({ amount, currency: o.currency }), currency: o.currency });
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    market: o.market,
    country: o.country,
    currency: o.currency,
    locale: o.locale,
    email: o.email,
    address: o.address,
    incoterm: o.incoterm,
    salesChannel: o.salesChannel,
    channelOrderId: o.channelOrderId,
    companyId: o.companyId,
    quoteId: o.quoteId,
    paymentTerms: o.paymentTerms,
    paymentDueOn: o.paymentDueOn,
    totals: {
      goods: m(o.goodsMinor),
      discount: m(o.discountMinor),
      shipping: m(o.shippingMinor),
      duties: m(o.dutiesMinor),
      taxes: m(o.taxesMinor),
      taxesIncluded: m(o.taxesIncludedMinor),
      fees: m(o.feesMinor),
      total: m(o.totalMinor),
      dueOnDelivery: m(o.dueOnDeliveryMinor),
      captured: m(o.capturedMinor),
      refunded: m(o.refundedMinor),
    },
    discountCode: o.discountCode,
    paymentMethod: o.paymentMethod,
    rulesVersion: o.rulesVersion,
    stockHold: o.stockHold,
    cancelReason: o.cancelReason,
    risk: { status: o.riskStatus ?? 'unassessed', assessmentId: o.riskAssessmentId },
    lines: o.lines.map((l) => ({
      position: l.position,
      sku: l.sku,
      title: l.title,
      quantity: l.quantity,
      unitPrice: m(l.unitPriceMinor),
      discount: m(l.discountMinor),
      goods: m(l.goodsMinor),
      taxIncluded: m(l.taxIncludedMinor),
      duties: m(l.dutiesMinor),
      taxes: m(l.taxesMinor),
      taxScheme: l.taxScheme,
      hsCode: l.hsCode,
      originCountry: l.originCountry,
      warehouse: l.warehouse,
      refundedQuantity: l.refundedQuantity,
    })),
    shipments: o.shipments.map((s) => ({
      id: s.id,
      position: s.position,
      warehouse: s.warehouse,
      service: s.service,
      carrier: s.carrier,
      channel: s.channel,
      status: s.status,
      trackingNumber: s.trackingNumber,
      lines: s.lines,
      shipping: m(s.shippingMinor),
      duties: m(s.dutiesMinor),
      taxes: m(s.taxesMinor),
      fees: m(s.feesMinor),
      deliveryWindow: { minDays: s.minDays, maxDays: s.maxDays },
      shippedAt: s.shippedAt?.toISOString() ?? null,
      deliveredAt: s.deliveredAt?.toISOString() ?? null,
    })),
    refunds: o.refunds.map((r) => ({
      id: r.id,
      amount: m(r.amountMinor),
      parts: Object.fromEntries(Object.entries(r.parts).map(([k, v]) => [k, formatAmount({ amount: v, currency: o.currency })])),
      lines: r.lines,
      notRefunded: r.notRefunded,
      reason: r.reason,
      createdAt: r.createdAt.toISOString(),
    })),
    quote: o.quote,
    createdAt: o.createdAt.toISOString(),
    paidAt: o.paidAt?.toISOString() ?? null,
    cancelledAt: o.cancelledAt?.toISOString() ?? null,
  };
}

/** What order events carry: enough to act on without a read back (webhook receivers deduplicate on the event id). */
export function orderEventPayload(o: OrderRow, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    market: o.market,
    currency: o.currency,
    total: formatAmount({ amount: o.totalMinor, currency: o.currency }),
    email: o.email,
    ...extra,
  };
}
