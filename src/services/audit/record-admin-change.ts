import { createHash } from 'node:crypto';
import { redactSecrets } from '../../core/auth/redact-secrets.js';
import { createAuditLogRepository, type AuditLogRecord } from '../../db/repositories/audit-log-repository.js';
import type { Deps } from '../deps.js';

/** Who made a change: a signed-in admin user (their session key) or an API key, with the role it acted as. */
export type AuditActor = { kind: 'user' | 'api_key'; keyId: string; userId?: string | undefined; name: string; role?: string | undefined };

export type AdminChange = {
  actor: AuditActor;
  /** e.g. product.update, api_key.create. */
  action: string;
  entityType: string;
  entityId: string | null;
  method: string;
  /** The request path without its query. */
  path: string;
  /** The HTTP status answered. */
  status: number;
  /** The entity as the admin API showed it before and after (null where there was none); secrets are removed here. */
  before: unknown;
  after: unknown;
  requestId: string;
  ip: string;
};

/** A snapshot larger than this (as JSON) is kept as its size and SHA-256 only. */
export const MAX_SNAPSHOT_BYTES = 262_144;

/** The snapshot as stored: secrets redacted (core/auth/redact-secrets.ts), and too large ones replaced by their size and digest. */
export function snapshotOf(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  const redacted = redactSecrets(value);
  const json = JSON.stringify(redacted);
  if (json === undefined) return null;
  const bytes = Buffer.byteLength(json);
  if (bytes <= MAX_SNAPSHOT_BYTES) return redacted;
  return { omitted: `larger than ${MAX_SNAPSHOT_BYTES} bytes`, bytes, sha256: createHash('sha256').update(json).digest('hex') };
}

/**
 * Add one row to the audit log for an admin change (or a refused attempt at one), at the clock's
 * time. Passwords, API keys, webhook secrets and card data in the snapshots are redacted before
 * they are written; nothing is ever updated or deleted.
 */
export async function recordAdminChange(deps: Pick<Deps, 'database' | 'clock'>, change: AdminChange): Promise<AuditLogRecord> {
  return createAuditLogRepository(deps.database.orm).insert({
    at: deps.clock(),
    actorKind: change.actor.kind,
    keyId: change.actor.keyId,
    userId: change.actor.userId ?? null,
    actor: change.actor.name,
    role: change.actor.role ?? null,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    method: change.method,
    path: change.path,
    status: String(change.status),
    before: snapshotOf(change.before),
    after: snapshotOf(change.after),
    requestId: change.requestId,
    ip: change.ip,
  });
}
