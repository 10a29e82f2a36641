import { fail, ok, type Result } from '../result/result.js';
import type { DocumentKind } from './customs-document.js';
import type { CustomsDocumentInput, Party } from './document-input.js';

/**
 * The seller as documents name it: the store's name at the address the goods leave from (the
 * store keeps no registered address of its own; the dispatch warehouse is where customs and the
 * carrier reach the shipper).
 */
export function sellerParty(input: Pick<CustomsDocumentInput, 'store' | 'warehouse'>): Party {
  const w = input.warehouse;
  return { name: input.store.name, address: { lines: [w.name, ...w.address.lines], city: w.address.city, postalCode: w.address.postalCode, region: w.address.region ?? null, country: w.country }, email: null, phone: null };
}

/** The buyer, who is also the consignee: the order's delivery address, email and phone. */
export function buyerParty(input: { order: Pick<CustomsDocumentInput['order'], 'address' | 'email'> }): Party {
  const a = input.order.address;
  return { name: a.name, address: { lines: a.lines, city: a.city, postalCode: a.postalCode, region: a.region, country: a.country }, email: input.order.email, phone: a.phone };
}

/**
 * Whether an order can have this document now: never once cancelled (nothing will ship), and a
 * commercial invoice only once paid (before that, the pro forma invoice says the same without
 * claiming a sale).
 */
export function checkOrderForDocument(order: CustomsDocumentInput['order'], kind: Exclude<DocumentKind, 'pick-list'>): Result<true, 'ORDER_STATE_CONFLICT'> {
  if (order.cancelled || order.status === 'cancelled') return fail('ORDER_STATE_CONFLICT', `order ${order.number} is cancelled: nothing ships, so it gets no ${kind}`, { field: 'status' });
  if (kind === 'commercial-invoice' && order.paidOn === null) return fail('ORDER_STATE_CONFLICT', `order ${order.number} is not paid yet: a commercial invoice records a sale; use the pro forma invoice until it is paid`, { field: 'status' });
  return ok(true);
}
