import { formatAmount } from '../../core/money/money.js';
import type { ReturnRecord } from '../../db/repositories/return-repository.js';

type Amount = { amount: string; currency: string };

export type ReturnLineView = { sku: string; orderLine: number; quantity: number; reason: string; note: string | null; receivedQuantity: number; restockedQuantity: number };

export type ReturnRefundPartView = { part: string; refunded: Amount; keptBack: Amount; rules: Array<{ id: string; refundable: boolean; note: string; source: string | null; skus: string[] }> };

export type ReliefRecordView = {
  shipmentId: string;
  orderNumber: string;
  exportTrackingNumber: string | null;
  carrier: string;
  exportCountry: string;
  importCountry: string;
  incoterm: string;
  paidBy: string;
  shippedAt: string | null;
  shippedSource: string | null;
  deliveredAt: string | null;
  deliveredSource: string | null;
  receivedAt: string;
  lines: Array<{ sku: string; title: string; hsCode: string | null; originCountry: string | null; quantity: number; value: Amount; duties: Amount; taxes: Amount; taxScheme: string | null }>;
};

/** A return as the operator sees it (GET /v1/admin/returns/{id}). */
export type ReturnView = {
  id: string;
  order: string;
  status: string;
  warehouse: string;
  currency: string;
  lines: ReturnLineView[];
  label: { carrier: string; service: string | null; trackingNumber: string; cost: Amount | null; pdf: string } | null;
  rejectReason: string | null;
  cancelReason: string | null;
  refund: { id: string; total: Amount; parts: ReturnRefundPartView[] } | null;
  relief: ReliefRecordView[];
  createdAt: string;
  approvedAt: string | null;
  inTransitAt: string | null;
  receivedAt: string | null;
  refundedAt: string | null;
  rejectedAt: string | null;
  cancelledAt: string | null;
  /** The return parcel's tracking, as the carrier reports it (the detail only). */
  tracking?: Array<{ status: string; at: string; location: string | null }>;
};

/** A return as its buyer sees it (no costs, no relief record). */
export type BuyerReturnView = Pick<ReturnView, 'id' | 'order' | 'status' | 'lines' | 'rejectReason' | 'createdAt' | 'receivedAt' | 'refundedAt'> & {
  label: { carrier: string; trackingNumber: string } | null;
  refund: { total: Amount } | null;
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toReturnView(r: ReturnRecord, currency: string): ReturnView {
  const m = (amount: number, c = currency): Amount => ({ amount: formatAmount({ amount, currency: c }), currency: c });
  const parts = r.refundParts ?? [];
  return {
    id: r.id,
    order: r.orderNumber,
    status: r.status,
    warehouse: r.warehouse,
    currency,
    lines: r.lines.map((l) => ({ sku: l.sku, orderLine: l.orderLine, quantity: l.quantity, reason: l.reason, note: l.note, receivedQuantity: l.receivedQuantity, restockedQuantity: l.restockedQuantity })),
    label:
      r.labelTrackingNumber && r.labelCarrier
        ? { carrier: r.labelCarrier, service: r.labelService, trackingNumber: r.labelTrackingNumber, cost: r.labelCostMinor !== null && r.labelCurrency ? m(r.labelCostMinor, r.labelCurrency) : null, pdf: `/v1/admin/returns/${r.id}/label` }
        : null,
    rejectReason: r.rejectReason,
    cancelReason: r.cancelReason,
    refund: r.refundId ? { id: r.refundId, total: m(parts.reduce((s, p) => s + p.refundedMinor, 0)), parts: parts.map((p) => ({ part: p.part, refunded: m(p.refundedMinor), keptBack: m(p.keptBackMinor), rules: p.rules })) } : null,
    relief: r.relief.map((x) => ({
      shipmentId: x.shipmentId,
      orderNumber: x.orderNumber,
      exportTrackingNumber: x.exportTrackingNumber,
      carrier: x.carrier,
      exportCountry: x.exportCountry,
      importCountry: x.importCountry,
      incoterm: x.incoterm,
      paidBy: x.paidBy,
      shippedAt: iso(x.shippedAt),
      shippedSource: x.shippedSource,
      deliveredAt: iso(x.deliveredAt),
      deliveredSource: x.deliveredSource,
      receivedAt: x.receivedAt.toISOString(),
      lines: x.lines.map((l) => ({ sku: l.sku, title: l.title, hsCode: l.hsCode, originCountry: l.originCountry, quantity: l.quantity, value: m(l.valueMinor, x.currency), duties: m(l.dutiesMinor, x.currency), taxes: m(l.taxesMinor, x.currency), taxScheme: l.taxScheme })),
    })),
    createdAt: r.createdAt.toISOString(),
    approvedAt: iso(r.approvedAt),
    inTransitAt: iso(r.inTransitAt),
    receivedAt: iso(r.receivedAt),
    refundedAt: iso(r.refundedAt),
    rejectedAt: iso(r.rejectedAt),
    cancelledAt: iso(r.cancelledAt),
  };
}

export function toBuyerReturnView(r: ReturnRecord, currency: string): BuyerReturnView {
  const v = toReturnView(r, currency);
  return {
    id: v.id,
    order: v.order,
    status: v.status,
    lines: v.lines,
    label: v.label ? { carrier: v.label.carrier, trackingNumber: v.label.trackingNumber } : null,
    rejectReason: v.rejectReason,
    refund: v.refund ? { total: v.refund.total } : null,
    createdAt: v.createdAt,
    receivedAt: v.receivedAt,
    refundedAt: v.refundedAt,
  };
}
