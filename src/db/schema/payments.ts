import { sql } from 'drizzle-orm';
import { bigint, char, check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * A payment as Landfall tracks it, whatever the provider: for one checkout or order (`reference`),
 * in one currency, with what was authorized, captured and refunded (minor units). `provider_payment_id`
 * is the provider's own id (a payment intent); `next_action` what the buyer must do (a 3-D Secure
 * challenge URL, a voucher number, a QR code, bank details).
 */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provider: text('provider').notNull(),
    providerPaymentId: text('provider_payment_id').notNull(),
    reference: text('reference').notNull(),
    method: text('method').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    status: text('status').notNull(),
    capturedMinor: bigint('captured_minor', { mode: 'number' }).notNull().default(0),
    refundedMinor: bigint('refunded_minor', { mode: 'number' }).notNull().default(0),
    nextAction: jsonb('next_action').$type<Record<string, unknown>>(),
    failureCode: text('failure_code'),
    failureMessage: text('failure_message'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('payments_status', sql`${t.status} in ('requires_action', 'processing', 'authorized', 'succeeded', 'failed', 'cancelled')`),
    check('payments_amounts', sql`${t.amountMinor} > 0 and ${t.capturedMinor} between 0 and ${t.amountMinor} and ${t.refundedMinor} between 0 and ${t.capturedMinor}`),
    check('payments_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    uniqueIndex('payments_provider_id_idx').on(t.provider, t.providerPaymentId),
    index('payments_reference_idx').on(t.reference),
  ],
);

/** A refund of part or all of a captured payment; `parts` says how much of it is goods, shipping, duty and tax. */
export const refunds = pgTable(
  'refunds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id, { onDelete: 'restrict' }),
    providerRefundId: text('provider_refund_id').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    status: text('status').notNull(),
    reason: text('reason'),
    parts: jsonb('parts').$type<Record<string, number>>(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [check('refunds_amount', sql`${t.amountMinor} > 0`), check('refunds_status', sql`${t.status} in ('pending', 'succeeded', 'failed')`), uniqueIndex('refunds_provider_id_idx').on(t.providerRefundId), index('refunds_payment_idx').on(t.paymentId)],
);

/** Provider webhook events already applied: a replayed event is acknowledged and changes nothing. */
export const paymentProviderEvents = pgTable(
  'payment_provider_events',
  {
    provider: text('provider').notNull(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    receivedAt: at('received_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('payment_provider_events_pk').on(t.provider, t.eventId)],
);

/**
 * Answers kept for Idempotency-Key: a retried request with the same key (and the same body) gets the
 * first answer again instead of a second order, charge or refund. `request_hash` catches a key
 * reused for a different request.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: text('status').notNull().default('in_progress'),
    responseStatus: bigint('response_status', { mode: 'number' }),
    responseBody: jsonb('response_body'),
    createdAt: at('created_at').notNull().defaultNow(),
    completedAt: at('completed_at'),
  },
  (t) => [uniqueIndex('idempotency_keys_pk').on(t.scope, t.key), check('idempotency_keys_status', sql`${t.status} in ('in_progress', 'completed')`), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/**
 * The built-in test payment provider's own books, kept apart from Landfall's as a real provider's
 * would be: its payment intents, refunds and the webhook events it owes Landfall.
 */
export const testGatewayIntents = pgTable('test_gateway_intents', {
  id: text('id').primaryKey(),
  amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  method: text('method').notNull(),
  status: text('status').notNull(),
  captureMethod: text('capture_method').notNull(),
  /** `any`: every card payment goes through a 3-D Secure challenge (asked by fraud screening); `automatic`: only cards that need one. */
  threeDSecure: text('three_d_secure').notNull().default('automatic'),
  amountCapturedMinor: bigint('amount_captured_minor', { mode: 'number' }).notNull().default(0),
  amountRefundedMinor: bigint('amount_refunded_minor', { mode: 'number' }).notNull().default(0),
  lastError: jsonb('last_error').$type<Record<string, unknown>>(),
  nextAction: jsonb('next_action').$type<Record<string, unknown>>(),
  metadata: jsonb('metadata').$type<Record<string, string>>().notNull().default({}),
  idempotencyKey: text('idempotency_key').unique(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const testGatewayRefunds = pgTable('test_gateway_refunds', {
  id: text('id').primaryKey(),
  intentId: text('intent_id')
    .notNull()
    .references(() => testGatewayIntents.id),
  amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
  status: text('status').notNull(),
  idempotencyKey: text('idempotency_key').unique(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const testGatewayEvents = pgTable(
  'test_gateway_events',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    status: text('status').notNull().default('pending'),
    attempts: bigint('attempts', { mode: 'number' }).notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('test_gateway_events_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`)],
);
