import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { outboxEvents } from './events.js';
import { orders } from './orders.js';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * Emails to buyers, one row per message: created with the outbox event that calls for it (in the
 * same transaction, so none is lost), then rendered in the buyer's language and sent over SMTP by
 * the mail worker, retried on failure. One event makes at most one email of a kind (unique), so a
 * replayed event sends nothing twice. `message_id` is fixed at the first attempt: a retry after an
 * unrecorded send carries the same Message-ID, which receiving systems use to drop the copy.
 * Status: pending -> sent | failed | skipped (with the reason: the order was cancelled first, the
 * confirmation already said it was paid, ...).
 */
export const emailMessages = pgTable(
  'email_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').references(() => outboxEvents.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'cascade' }),
    /** What the kind needs beyond the order: the shipment, the return, the refund, a support message. */
    about: jsonb('about').$type<Record<string, string>>().notNull().default({}),
    toAddress: text('to_address').notNull(),
    locale: text('locale').notNull(),
    /** Fixed at the first attempt, in the sender's domain, and kept for every retry. */
    messageId: text('message_id').unique(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    skippedReason: text('skipped_reason'),
    /** The subject line as sent, and the SMTP server's answer. */
    subjectLine: text('subject_line'),
    smtpResponse: text('smtp_response'),
    sentAt: at('sent_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('email_messages_status', sql`${t.status} in ('pending', 'sent', 'failed', 'skipped')`),
    uniqueIndex('email_messages_event_kind_idx').on(t.eventId, t.kind),
    index('email_messages_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('email_messages_order_idx').on(t.orderId, t.createdAt),
    index('email_messages_list_idx').on(t.createdAt, t.id),
  ],
);

/**
 * The merchant's own wording of an email message in one language, replacing the shipped one:
 * an ICU message under the same key (`email.shipped.intro`) with the same arguments.
 */
export const emailTemplateOverrides = pgTable(
  'email_template_overrides',
  {
    locale: text('locale').notNull(),
    key: text('key').notNull(),
    message: text('message').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.locale, t.key] }), check('email_template_overrides_length', sql`char_length(${t.message}) between 1 and 5000`)],
);
