/**
 * The admin's calls to the returns API (/v1/admin/returns/...), with the tab's key and the same
 * problem+json handling as api.ts, and the shapes the returns screens read.
 */
import { createCaller } from './api.js';
import type { Money } from './api-types.js';

/** Where app.tsx keeps the key (or session token) of this browser tab. */
const TAB_KEY = 'landfall.admin.key';

export const RETURN_STATUSES = ['requested', 'approved', 'label_created', 'in_transit', 'received', 'refunded', 'rejected', 'cancelled'] as const;

export type ReturnLine = { sku: string; orderLine: number; quantity: number; reason: string; note: string | null; receivedQuantity: number; restockedQuantity: number };
export type RefundRule = { id: string; refundable: boolean; note: string; source: string | null; skus: string[] };
export type RefundPart = { part: string; refunded: Money; keptBack: Money; rules: RefundRule[] };
export type ReliefRecord = {
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
  lines: Array<{ sku: string; title: string; hsCode: string | null; originCountry: string | null; quantity: number; value: Money; duties: Money; taxes: Money; taxScheme: string | null }>;
};
export type Return = {
  id: string;
  order: string;
  status: string;
  warehouse: string;
  currency: string;
  lines: ReturnLine[];
  label: { carrier: string; service: string | null; trackingNumber: string; cost: Money | null; pdf: string } | null;
  rejectReason: string | null;
  cancelReason: string | null;
  refund: { id: string; total: Money; parts: RefundPart[] } | null;
  relief: ReliefRecord[];
  createdAt: string;
  approvedAt: string | null;
  inTransitAt: string | null;
  receivedAt: string | null;
  refundedAt: string | null;
  rejectedAt: string | null;
  cancelledAt: string | null;
  tracking?: Array<{ status: string; at: string; location: string | null }>;
};

export type ReturnsApi = ReturnType<typeof createReturnsApi>;

export function createReturnsApi(key: string, fetcher: typeof fetch = fetch.bind(globalThis)) {
  const call = createCaller(key, fetcher);
  const seg = encodeURIComponent;
  const step = (id: string, name: string, body: unknown = {}) => call<Return>('POST', `/v1/admin/returns/${seg(id)}/${name}`, body);
  return {
    list: (params: { status?: string; cursor?: string | null; order?: string }) => {
      const q = new URLSearchParams({ limit: '20' });
      if (params.status) q.set('status', params.status);
      if (params.cursor) q.set('cursor', params.cursor);
      if (params.order) q.set('order', params.order);
      return call<{ items: Return[]; nextCursor: string | null }>('GET', `/v1/admin/returns?${q}`);
    },
    get: (id: string) => call<Return>('GET', `/v1/admin/returns/${seg(id)}`),
    approve: (id: string, label: boolean) => step(id, 'approve', label ? {} : { label: false }),
    reject: (id: string, reason: string) => step(id, 'reject', { reason }),
    cancel: (id: string, reason: string) => step(id, 'cancel', reason ? { reason } : {}),
    receive: (id: string, lines: Array<{ sku: string; quantity: number; restock: boolean }>) => step(id, 'receive', { lines }),
    refund: (id: string) => step(id, 'refund'),
  };
}

/** The returns client of the signed-in tab (the Api object does not hand out its key). */
export function returnsApiOfTab(): ReturnsApi {
  return createReturnsApi(sessionStorage.getItem(TAB_KEY) ?? '');
}

const WORDS: Record<string, string> = {
  requested: 'Requested',
  approved: 'Approved (buyer sends it)',
  label_created: 'Label bought',
  in_transit: 'On its way back',
  received: 'Received',
  refunded: 'Refunded',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
  damaged: 'Damaged',
  wrong_item: 'Wrong item',
  not_as_described: 'Not as described',
  no_longer_needed: 'No longer needed',
  size_or_fit: 'Size or fit',
  arrived_late: 'Arrived late',
  other: 'Other',
};

/** A return status or reason in words. */
export function returnWords(code: string): string {
  return WORDS[code] ?? code.replace(/_/g, ' ');
}
