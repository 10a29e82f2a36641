import { sql } from 'drizzle-orm';
import { bigint, boolean, check, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { adminUsers } from './admin-users.js';
import { emailMessages } from './notifications.js';
import { orders } from './orders.js';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** PostgreSQL bytea as a Uint8Array. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * A support team: its business hours and holidays (in its time zone), the markets it answers for
 * (none: every market), and its SLA targets in business minutes.
 */
export const supportTeams = pgTable(
  'support_teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique(),
    /** { timeZone, hours: { mon: [["09:00","17:00"]], ... }, holidays: ["2026-12-25"] } (core/support/business-hours.ts). */
    schedule: jsonb('schedule').$type<Record<string, unknown>>().notNull(),
    markets: text('markets').array().notNull().default(sql`'{}'::text[]`),
    firstResponseMinutes: integer('first_response_minutes').notNull(),
    resolutionMinutes: integer('resolution_minutes').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('support_teams_targets', sql`${t.firstResponseMinutes} > 0 and ${t.resolutionMinutes} >= ${t.firstResponseMinutes}`)],
);

/**
 * A conversation with one buyer, about one order when one is known: threaded by its token (in the
 * Message-IDs and reply-to address of every reply), else by order, else by subject. Its SLA due
 * times are counted in the team's business hours from the first message.
 */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    token: text('token').notNull().unique(),
    teamId: uuid('team_id').references(() => supportTeams.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('open'),
    subject: text('subject').notNull(),
    normalizedSubject: text('normalized_subject').notNull(),
    buyerEmail: text('buyer_email').notNull(),
    buyerName: text('buyer_name'),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'set null' }),
    market: text('market'),
    country: text('country'),
    /** The buyer's language: from the order, the storefront form, or detected from the first message. */
    locale: text('locale'),
    localeSource: text('locale_source').notNull().default('unknown'),
    assigneeId: uuid('assignee_id').references(() => adminUsers.id, { onDelete: 'set null' }),
    /** The conversation a follow-up continues (a reply to a conversation closed long ago). */
    followUpOf: uuid('follow_up_of'),
    firstResponseDueAt: at('first_response_due_at'),
    firstRespondedAt: at('first_responded_at'),
    resolutionDueAt: at('resolution_due_at'),
    closedAt: at('closed_at'),
    lastMessageAt: at('last_message_at').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('conversations_status', sql`${t.status} in ('open', 'pending', 'closed')`),
    check('conversations_locale_source', sql`${t.localeSource} in ('order', 'form', 'detected', 'unknown')`),
    index('conversations_buyer_idx').on(t.buyerEmail, t.lastMessageAt),
    index('conversations_order_idx').on(t.orderId),
    index('conversations_list_idx').on(t.lastMessageAt, t.id),
    index('conversations_open_due_idx').on(t.firstResponseDueAt).where(sql`${t.status} <> 'closed' and ${t.firstRespondedAt} is null`),
  ],
);

/**
 * A message of a conversation: from the buyer (inbound: the storefront form, the inbound-mail
 * webhook or the SMTP receiver), from the team (outbound: sent as an email through the mail queue),
 * or an internal note the buyer never sees. Text only: HTML mail is kept as its plain text. An
 * inbound email seen twice (the same Message-ID) is kept once.
 */
export const conversationMessages = pgTable(
  'conversation_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    direction: text('direction').notNull(),
    channel: text('channel').notNull(),
    author: text('author').notNull(),
    authorUserId: uuid('author_user_id').references(() => adminUsers.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    truncated: boolean('truncated').notNull().default(false),
    /** The email's Message-ID (inbound as received; outbound as sent). */
    messageId: text('message_id'),
    inReplyTo: text('in_reply_to'),
    /** [{ id, filename, declaredType, detectedType, verdict, size, sha256 }]: what came (the bytes are in conversation_attachments). */
    attachments: jsonb('attachments').$type<Array<Record<string, unknown>>>().notNull().default([]),
    /** The language detected in this message's text (BCP 47), when there was enough text. */
    language: text('language'),
    rawSize: bigint('raw_size', { mode: 'number' }),
    /** The email that carries an outbound message. */
    emailId: uuid('email_id').references(() => emailMessages.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('conversation_messages_direction', sql`${t.direction} in ('inbound', 'outbound', 'note')`),
    check('conversation_messages_channel', sql`${t.channel} in ('form', 'email_webhook', 'smtp', 'admin')`),
    uniqueIndex('conversation_messages_message_id_idx').on(t.messageId).where(sql`${t.messageId} is not null and ${t.direction} = 'inbound'`),
    index('conversation_messages_conversation_idx').on(t.conversationId, t.createdAt),
  ],
);

/**
 * The files a buyer's message carried, kept whole (a photo of the broken mug is the point of the
 * message), with the type the sender declared, the type the bytes show and the verdict. They are
 * only ever downloaded (Content-Disposition: attachment, never shown inline), as the detected type
 * or, when the declared type lies or the file is a program, as application/octet-stream.
 */
export const conversationAttachments = pgTable(
  'conversation_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => conversationMessages.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    declaredType: text('declared_type').notNull(),
    detectedType: text('detected_type'),
    verdict: text('verdict').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [check('conversation_attachments_verdict', sql`${t.verdict} in ('ok', 'mismatch', 'dangerous')`), index('conversation_attachments_message_idx').on(t.messageId)],
);

/** Reusable answers, one text per language under a name ("where-is-my-parcel" in en, de, ja...). */
export const savedReplies = pgTable(
  'saved_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    locale: text('locale').notNull(),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('saved_replies_name_locale_idx').on(t.name, t.locale), check('saved_replies_body', sql`char_length(${t.body}) between 1 and 20000`)],
);
