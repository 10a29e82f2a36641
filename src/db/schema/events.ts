import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * The transactional outbox: an event is written in the same transaction as the change it reports
 * (an order created, a product updated), so it exists exactly when the change does. `seq` orders
 * events as they were committed per writer; `id` is what receivers deduplicate on.
 */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    /** What the event is about: { kind: 'order', id: '...' }. */
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [check('outbox_events_type', sql`${t.type} ~ '^[a-z][a-z_]*(\\.[a-z][a-z_]*)+$'`), uniqueIndex('outbox_events_seq_idx').on(t.seq), index('outbox_events_subject_idx').on(t.subjectKind, t.subjectId, t.seq)],
);

/**
 * Where events are sent: an HTTPS (or, for local development, HTTP) URL, the event types it wants
 * (`*` for all, or `order.*` for a family), and the secret its deliveries are signed with.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    url: text('url').notNull(),
    description: text('description'),
    eventTypes: text('event_types').array().notNull(),
    secret: text('secret').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('webhook_endpoints_types', sql`cardinality(${t.eventTypes}) > 0`)],
);

/**
 * One event to one endpoint, created with the event (so none is missed), then attempted until the
 * endpoint answers 2xx or the attempts run out. A claimed delivery has `next_attempt_at` pushed past
 * its lease, so two workers never send it at once; a worker that dies leaves it due again after.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => outboxEvents.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    lastAttemptAt: at('last_attempt_at'),
    deliveredAt: at('delivered_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('webhook_deliveries_status', sql`${t.status} in ('pending', 'delivered', 'failed')`),
    uniqueIndex('webhook_deliveries_endpoint_event_idx').on(t.endpointId, t.eventId),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('webhook_deliveries_list_idx').on(t.createdAt, t.id),
  ],
);
