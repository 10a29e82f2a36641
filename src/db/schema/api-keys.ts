import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { adminUsers } from './admin-users.js';

/**
 * API keys for admin and server-to-server calls. Only a SHA-256 digest of the secret is kept;
 * the key itself is shown once, when it is created. `prefix` is the public, indexed part of the
 * key used to find the row before the digest is compared in constant time. A key with an expiry
 * and a user is that admin user's sign-in session.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull().unique(),
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    /** Sessions of admin users end on their own; keys made by hand have none. */
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }),
    /** The admin user a session belongs to (null for API keys). */
    userId: uuid('user_id').references(() => adminUsers.id, { onDelete: 'cascade' }),
  },
  (t) => [
    check('api_keys_name_length', sql`char_length(${t.name}) between 1 and 100`),
    index('api_keys_created_at_idx').on(t.createdAt, t.id),
  ],
);
