import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * People who sign in to the admin: an email, a role (owner, operator, read_only) and a password
 * kept only as a scrypt hash (`scrypt$<log2 N>$<r>$<p>$<salt>$<key>`, base64url). Failed sign-ins
 * are counted; past the limit the account is locked for a while. A signed-in user holds a session:
 * an API key with an expiry and the user's id (api_keys.user_id).
 */
export const adminUsers = pgTable(
  'admin_users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    passwordHash: text('password_hash').notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: at('locked_until'),
    lastSignInAt: at('last_sign_in_at'),
    disabledAt: at('disabled_at'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('admin_users_role', sql`${t.role} in ('owner', 'operator', 'read_only')`), check('admin_users_email', sql`${t.email} = lower(${t.email}) and ${t.email} like '%@%'`)],
);
