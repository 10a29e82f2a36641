import { decodeCursor, encodeCursor, type Page } from '../../core/pagination/cursor.js';
import { isUuid } from '../../core/ids/uuid.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { createAuditLogRepository, type AuditLogFilter, type AuditLogRecord } from '../../db/repositories/audit-log-repository.js';
import type { Deps } from '../deps.js';

/** One audit log row as the admin API shows it. */
export type AuditEntryView = {
  id: string;
  at: string;
  actor: { kind: 'user' | 'api_key'; name: string; keyId: string | null; userId: string | null; role: string | null };
  action: string;
  entity: { type: string; id: string | null };
  method: string;
  path: string;
  status: number;
  /** succeeded (2xx) or refused (403: the caller's role did not reach the route). */
  outcome: 'succeeded' | 'refused';
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
};

export type AuditLogQuery = { entityType?: string; entityId?: string; actor?: string; from?: string; to?: string; limit?: number; cursor?: string };

export function toAuditEntryView(r: AuditLogRecord): AuditEntryView {
  const status = Number(r.status);
  return {
    id: String(r.id),
    at: r.at.toISOString(),
    actor: { kind: r.actorKind === 'user' ? 'user' : 'api_key', name: r.actor, keyId: r.keyId, userId: r.userId, role: r.role },
    action: r.action,
    entity: { type: r.entityType, id: r.entityId },
    method: r.method,
    path: r.path,
    status,
    outcome: status >= 200 && status < 300 ? 'succeeded' : 'refused',
    before: r.before ?? null,
    after: r.after ?? null,
    requestId: r.requestId,
    ip: r.ip,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

function readInstant(value: string | undefined, field: string, issues: FieldIssue[]): Date | undefined {
  if (value === undefined) return undefined;
  const d = DATE.test(value) ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : undefined;
  if (!d || Number.isNaN(d.getTime())) {
    issues.push({ field, message: 'must be a date (2026-03-01) or a date and time with its offset (2026-03-01T12:00:00Z)' });
    return undefined;
  }
  return d;
}

/**
 * A page of the audit log, newest first, filtered by entity (type, and id), actor (a key id or
 * user id, or the email or key name recorded) and time (`from` inclusive, `to` exclusive; a bare
 * date is midnight UTC). `limit` 1 to 100 (default 50); `cursor` is the previous page's nextCursor.
 */
export async function listAuditLog(deps: Pick<Deps, 'database'>, query: AuditLogQuery): Promise<Result<Page<AuditEntryView>, 'VALIDATION_FAILED'>> {
  const issues: FieldIssue[] = [];
  const limit = query.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) issues.push({ field: 'limit', message: 'must be a whole number from 1 to 100' });
  let before: { at: Date; id: number } | undefined;
  if (query.cursor !== undefined) {
    const c = decodeCursor(query.cursor);
    if (c && /^\d{1,15}$/.test(c.id)) before = { at: new Date(c.createdAt), id: Number(c.id) };
    else issues.push({ field: 'cursor', message: 'is not one this API returned' });
  }
  const from = readInstant(query.from, 'from', issues);
  const to = readInstant(query.to, 'to', issues);
  if (from && to && from.getTime() >= to.getTime()) issues.push({ field: 'to', message: 'must be after from' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });

  const filter: AuditLogFilter = {
    ...(query.entityType !== undefined ? { entityType: query.entityType } : {}),
    ...(query.entityId !== undefined ? { entityId: query.entityId } : {}),
    ...(query.actor !== undefined ? (isUuid(query.actor.toLowerCase()) ? { actorId: query.actor.toLowerCase() } : { actorName: query.actor }) : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const rows = await createAuditLogRepository(deps.database.orm).list(filter, { limit: limit + 1, ...(before ? { before } : {}) });
  const last = rows[limit - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor({ createdAt: last.at.toISOString(), id: String(last.id) }) : null;
  return ok({ items: rows.slice(0, limit).map(toAuditEntryView), nextCursor });
}
