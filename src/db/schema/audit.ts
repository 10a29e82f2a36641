import { sql } from 'drizzle-orm';
import { bigserial, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * The audit log of admin changes: who (an admin user's session or an API key, with the name it
 * had then), what (the action and the entity it touched) and the entity before and after, as the
 * admin API shows it. Rows are only ever added.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: at('at').notNull().defaultNow(),
    /** user (a signed-in admin user) or api_key. */
    actorKind: text('actor_kind').notNull(),
    /** The api key's id (a session is a key too). */
    keyId: uuid('key_id'),
    userId: uuid('user_id'),
    /** The user's email or the key's name when the change was made. */
    actor: text('actor').notNull(),
    role: text('role'),
    /** e.g. product.update, market.create, api_key.revoke. */
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    method: text('method').notNull(),
    path: text('path').notNull(),
    status: text('status').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (t) => [
    check('audit_log_actor_kind', sql`${t.actorKind} in ('user', 'api_key')`),
    index('audit_log_at_idx').on(t.at, t.id),
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.at),
    index('audit_log_actor_idx').on(t.keyId, t.at),
  ],
);
