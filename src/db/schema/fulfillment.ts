import { sql } from 'drizzle-orm';
import { bigint, char, check, customType, date, index, integer, jsonb, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TRACKING_STATUSES } from '../../core/carriers/carrier.js';
import { shipments } from './orders.js';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** PostgreSQL bytea as a Uint8Array (node-postgres gives a Buffer, PGlite a Uint8Array: both are). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

const trackingStatusList = sql.raw(TRACKING_STATUSES.map((s) => `'${s}'`).join(', '));

/**
 * A shipping label bought from a carrier adapter for a shipment (see docs/carriers.md): the
 * tracking number (unique across carriers), the adapter's own id of it (to void it and match its
 * webhooks), the PDF, and what it cost in the carrier's currency. At most one label per shipment
 * is active; a voided label stays, for the record.
 */
export const carrierLabels = pgTable(
  'carrier_labels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    /** The adapter that sold it: test, easypost, ... */
    carrier: text('carrier').notNull(),
    service: text('service').notNull(),
    trackingNumber: text('tracking_number').notNull(),
    carrierShipmentId: text('carrier_shipment_id').notNull(),
    pdf: bytea('pdf').notNull(),
    costMinor: bigint('cost_minor', { mode: 'number' }),
    currency: char('currency', { length: 3 }),
    status: text('status').notNull().default('active'),
    createdAt: at('created_at').notNull().defaultNow(),
    voidedAt: at('voided_at'),
  },
  (t) => [
    check('carrier_labels_status', sql`(${t.status} = 'active' and ${t.voidedAt} is null) or (${t.status} = 'voided' and ${t.voidedAt} is not null)`),
    check('carrier_labels_cost', sql`${t.costMinor} is null or (${t.costMinor} >= 0 and ${t.currency} is not null)`),
    uniqueIndex('carrier_labels_tracking_idx').on(t.trackingNumber),
    uniqueIndex('carrier_labels_active_idx').on(t.shipmentId).where(sql`${t.status} = 'active'`),
    index('carrier_labels_carrier_shipment_idx').on(t.carrier, t.carrierShipmentId),
  ],
);

/**
 * What a carrier said about a parcel, one row per carrier event (a delivery seen twice adds
 * nothing: the event id is unique per carrier). `at` is when it happened at the carrier;
 * `received_at` when Landfall heard of it.
 */
export const trackingEvents = pgTable(
  'tracking_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    labelId: uuid('label_id').references(() => carrierLabels.id, { onDelete: 'set null' }),
    carrier: text('carrier').notNull(),
    carrierEventId: text('carrier_event_id').notNull(),
    trackingNumber: text('tracking_number').notNull(),
    status: text('status').notNull(),
    at: at('at').notNull(),
    location: text('location'),
    description: text('description'),
    amountDueMinor: bigint('amount_due_minor', { mode: 'number' }),
    currency: char('currency', { length: 3 }),
    receivedAt: at('received_at').notNull().defaultNow(),
  },
  (t) => [
    check('tracking_events_status', sql`${t.status} in (${trackingStatusList})`),
    check('tracking_events_amount', sql`${t.amountDueMinor} is null or (${t.amountDueMinor} >= 0 and ${t.currency} is not null)`),
    uniqueIndex('tracking_events_carrier_event_idx').on(t.carrier, t.carrierEventId),
    index('tracking_events_shipment_idx').on(t.shipmentId, t.at),
  ],
);

/**
 * What a carrier invoiced the store for a parcel's import charges it paid at the border (duties,
 * import taxes, and its own clearance or disbursement fees), recorded from the carrier's invoice
 * so that reports set the duties quoted at checkout against the duties invoiced. One invoice may
 * cover many parcels; each parcel's part is one row.
 */
export const carrierDutyInvoices = pgTable(
  'carrier_duty_invoices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    carrier: text('carrier').notNull(),
    invoiceNumber: text('invoice_number').notNull(),
    invoiceDate: date('invoice_date', { mode: 'string' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    dutiesMinor: bigint('duties_minor', { mode: 'number' }).notNull(),
    taxesMinor: bigint('taxes_minor', { mode: 'number' }).notNull(),
    feesMinor: bigint('fees_minor', { mode: 'number' }).notNull().default(0),
    note: text('note'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('carrier_duty_invoices_amounts', sql`${t.dutiesMinor} >= 0 and ${t.taxesMinor} >= 0 and ${t.feesMinor} >= 0`),
    uniqueIndex('carrier_duty_invoices_parcel_idx').on(t.carrier, t.invoiceNumber, t.shipmentId),
    index('carrier_duty_invoices_shipment_idx').on(t.shipmentId),
    index('carrier_duty_invoices_date_idx').on(t.invoiceDate),
  ],
);

/** Webhook deliveries accepted from carriers, by the delivery's id: the same delivery again is a replay and is refused. */
export const carrierWebhookDeliveries = pgTable(
  'carrier_webhook_deliveries',
  {
    carrier: text('carrier').notNull(),
    deliveryId: text('delivery_id').notNull(),
    events: integer('events').notNull(),
    receivedAt: at('received_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.carrier, t.deliveryId] })],
);

/** Serial numbers of the test carrier's tracking numbers (S10 and courier). */
export const testCarrierSerialSequence = pgSequence('test_carrier_serial_seq', { startWith: 1, increment: 1 });

/**
 * The built-in test carrier's own books (it plays a carrier: these rows are its side, not
 * Landfall's): the parcels it sold labels for, keyed by its shipment id, with the caller's reference
 * (Landfall's shipment id, so a retried purchase returns the same label), the scenario it plays and
 * the label it printed.
 */
export const testCarrierParcels = pgTable(
  'test_carrier_parcels',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull(),
    trackingNumber: text('tracking_number').notNull().unique(),
    service: text('service').notNull(),
    scenario: text('scenario').notNull(),
    /** The label request as received, for the record. */
    request: jsonb('request').$type<Record<string, unknown>>().notNull(),
    pdf: bytea('pdf').notNull(),
    costMinor: bigint('cost_minor', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    status: text('status').notNull().default('active'),
    createdAt: at('created_at').notNull(),
    voidedAt: at('voided_at'),
  },
  (t) => [check('test_carrier_parcels_status', sql`${t.status} in ('active', 'voided')`), uniqueIndex('test_carrier_parcels_reference_idx').on(t.reference).where(sql`${t.status} = 'active'`)],
);

/**
 * The test carrier's planned tracking events: due at `due_at`, sent over a signed webhook by its
 * delivery job (pending -> delivered, or failed after its retries), in `seq` order per parcel.
 * An event of a voided parcel is cancelled.
 */
export const testCarrierEvents = pgTable(
  'test_carrier_events',
  {
    id: text('id').primaryKey(),
    parcelId: text('parcel_id')
      .notNull()
      .references(() => testCarrierParcels.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    status: text('status').notNull(),
    location: text('location').notNull(),
    description: text('description').notNull(),
    amountDueMinor: bigint('amount_due_minor', { mode: 'number' }),
    currency: char('currency', { length: 3 }),
    dueAt: at('due_at').notNull(),
    state: text('state').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull(),
    deliveredAt: at('delivered_at'),
  },
  (t) => [
    check('test_carrier_events_state', sql`${t.state} in ('pending', 'delivered', 'failed', 'cancelled')`),
    check('test_carrier_events_status', sql`${t.status} in (${trackingStatusList})`),
    uniqueIndex('test_carrier_events_parcel_seq_idx').on(t.parcelId, t.seq),
    index('test_carrier_events_due_idx').on(t.nextAttemptAt).where(sql`${t.state} = 'pending'`),
  ],
);
