import { and, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { auditLog } from '../schema/index.js';

export type AuditLogRecord = typeof auditLog.$inferSelect;
export type NewAuditLogRecord = Omit<typeof auditLog.$inferInsert, 'id'>;

/** Which rows to list: all optional; `actor` is a key id or user id (a UUID) or the actor's email or key name as recorded. */
export type AuditLogFilter = {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  actorName?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
};

export type AuditLogRepository = ReturnType<typeof createAuditLogRepository>;

/** The audit log of admin changes: rows are only added, and listed newest first by (at, id). */
export function createAuditLogRepository(orm: Orm) {
  return {
    async insert(row: NewAuditLogRecord): Promise<AuditLogRecord> {
      const [saved] = await orm.insert(auditLog).values(row).returning();
      return saved!;
    },

    /** `limit` rows newest first, strictly before the (at, id) position when one is given. */
    async list(filter: AuditLogFilter, options: { limit: number; before?: { at: Date; id: number } }): Promise<AuditLogRecord[]> {
      const where: SQL[] = [];
      if (filter.entityType !== undefined) where.push(eq(auditLog.entityType, filter.entityType));
      if (filter.entityId !== undefined) where.push(eq(auditLog.entityId, filter.entityId));
      if (filter.actorId !== undefined) where.push(or(eq(auditLog.keyId, filter.actorId), eq(auditLog.userId, filter.actorId))!);
      if (filter.actorName !== undefined) where.push(eq(auditLog.actor, filter.actorName));
      if (filter.from !== undefined) where.push(gte(auditLog.at, filter.from));
      if (filter.to !== undefined) where.push(lt(auditLog.at, filter.to));
      const b = options.before;
      if (b) where.push(or(lt(auditLog.at, b.at), and(eq(auditLog.at, b.at), lt(auditLog.id, b.id)))!);
      return orm
        .select()
        .from(auditLog)
        .where(where.length > 0 ? and(...where) : undefined)
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(options.limit);
    },
  };
}
