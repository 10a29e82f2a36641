import { sql } from 'drizzle-orm';
import { bigint, char, check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { RETURN_REASONS } from '../../core/returns/return-reasons.js';
import { RETURN_STATUSES } from '../../core/returns/return-status.js';
import { SHIPPING_REFUND_POLICIES } from '../../core/returns/return-policy.js';
import type { ReliefLine } from '../../core/returns/relief-record.js';
import { orderRefunds, orders, shipments } from './orders.js';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
const list = (values: readonly string[]) => sql.raw(values.map((s) => `'${s}'`).join(', '));

/** One part of a return's refund as answered: refunded or kept back, and the rules that decided it. */
export type ReturnRefundPart = { part: string; refundedMinor: number; keptBackMinor: number; rules: Array<{ id: string; refundable: boolean; note: string; source: string | null; skus: string[] }> };

/**
 * A buyer's request to send back lines of an order (docs/returns.md), and where it stands. With a
 * return label, the carrier adapter that sold it and its tracking number, PDF and cost; once
 * refunded, the order refund that paid it (`refund_id`) and the parts as answered (`refund_parts`).
 */
export const returnRequests = pgTable(
  'return_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('requested'),
    /** The warehouse the goods go back to (the one they shipped from). */
    warehouse: text('warehouse').notNull(),
    rejectReason: text('reject_reason'),
    cancelReason: text('cancel_reason'),
    labelCarrier: text('label_carrier'),
    labelService: text('label_service'),
    labelTrackingNumber: text('label_tracking_number').unique(),
    labelCarrierShipmentId: text('label_carrier_shipment_id'),
    labelPdf: bytea('label_pdf'),
    labelCostMinor: bigint('label_cost_minor', { mode: 'number' }),
    labelCurrency: char('label_currency', { length: 3 }),
    refundId: uuid('refund_id').references(() => orderRefunds.id, { onDelete: 'set null' }),
    refundParts: jsonb('refund_parts').$type<ReturnRefundPart[]>(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    approvedAt: at('approved_at'),
    inTransitAt: at('in_transit_at'),
    receivedAt: at('received_at'),
    refundedAt: at('refunded_at'),
    rejectedAt: at('rejected_at'),
    cancelledAt: at('cancelled_at'),
  },
  (t) => [
    check('return_requests_status', sql`${t.status} in (${list(RETURN_STATUSES)})`),
    check('return_requests_label', sql`${t.status} <> 'label_created' or ${t.labelTrackingNumber} is not null`),
    check('return_requests_refund', sql`${t.status} <> 'refunded' or (${t.refundId} is not null and ${t.refundedAt} is not null)`),
    check('return_requests_received', sql`${t.status} not in ('received', 'refunded') or ${t.receivedAt} is not null`),
    index('return_requests_order_idx').on(t.orderId),
    index('return_requests_created_idx').on(t.createdAt, t.id),
    index('return_requests_status_idx').on(t.status, t.createdAt, t.id),
  ],
);

/** A line of a return: the order line, units asked for and received, how many went back on the shelf, and why. */
export const returnLines = pgTable(
  'return_lines',
  {
    returnId: uuid('return_id')
      .notNull()
      .references(() => returnRequests.id, { onDelete: 'cascade' }),
    /** The line's place in the request (a SKU may be asked for twice, with two reasons). */
    idx: integer('idx').notNull(),
    orderLine: integer('order_line').notNull(),
    sku: text('sku').notNull(),
    quantity: integer('quantity').notNull(),
    reason: text('reason').notNull(),
    note: text('note'),
    receivedQuantity: integer('received_quantity').notNull().default(0),
    restockedQuantity: integer('restocked_quantity').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.returnId, t.idx] }),
    check('return_lines_reason', sql`${t.reason} in (${list(RETURN_REASONS)})`),
    check('return_lines_quantities', sql`${t.quantity} > 0 and ${t.receivedQuantity} between 0 and ${t.quantity} and ${t.restockedQuantity} between 0 and ${t.receivedQuantity}`),
  ],
);

/**
 * The record duty drawback and returned-goods relief claims need, written when a return is
 * received: per original parcel, the order, the export (tracking number, shipped and delivered
 * dates, from the carrier's events where there are some), the date the goods came back, and per
 * line the HS code, origin, units, value and the duties and taxes paid (see relief-record.ts).
 */
export const returnReliefRecords = pgTable(
  'return_relief_records',
  {
    returnId: uuid('return_id')
      .notNull()
      .references(() => returnRequests.id, { onDelete: 'cascade' }),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    orderNumber: text('order_number').notNull(),
    exportTrackingNumber: text('export_tracking_number'),
    carrier: text('carrier').notNull(),
    exportCountry: char('export_country', { length: 2 }).notNull(),
    importCountry: char('import_country', { length: 2 }).notNull(),
    incoterm: text('incoterm').notNull(),
    paidBy: text('paid_by').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    shippedAt: at('shipped_at'),
    shippedSource: text('shipped_source'),
    deliveredAt: at('delivered_at'),
    deliveredSource: text('delivered_source'),
    receivedAt: at('received_at').notNull(),
    lines: jsonb('lines').$type<ReliefLine[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.returnId, t.shipmentId] }),
    check('return_relief_paid_by', sql`${t.paidBy} in ('seller', 'buyer')`),
    check('return_relief_sources', sql`(${t.shippedSource} is null or ${t.shippedSource} in ('carrier', 'operator')) and (${t.deliveredSource} is null or ${t.deliveredSource} in ('carrier', 'operator'))`),
  ],
);

/** The merchant's return policy (one row; without it the default of src/core/returns/return-policy.ts). */
export const returnPolicy = pgTable(
  'return_policy',
  {
    id: integer('id').primaryKey().default(1),
    refundShipping: text('refund_shipping').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('return_policy_single_row', sql`${t.id} = 1`), check('return_policy_refund_shipping', sql`${t.refundShipping} in (${list(SHIPPING_REFUND_POLICIES)})`)],
);
