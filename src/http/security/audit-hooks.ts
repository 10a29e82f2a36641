import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAdminChange, type AuditActor } from '../../services/audit/record-admin-change.js';
import type { Deps } from '../../services/deps.js';
import { AUDITED_ROUTES, fallbackTarget, type AuditContext, type AuditTarget } from './audit-registry.js';

/**
 * The audit log of admin changes (docs/security.md, "Audit log"). For every non-GET route that
 * needs an admin role: before the handler runs, the entity is read as the admin API shows it; after
 * a 2xx answer it is read again (or taken from the answer) and one row is written with who, what,
 * before, after, status, request id and IP. A caller refused by its role (403) is written too,
 * without snapshots. Requests that fail authentication (401) or validation (400) change nothing
 * and are not written.
 *
 * The row is written after the change's own transaction has committed and before the answer is
 * sent: a client that got a 2xx answer can find the row. If the row cannot be written (the
 * database failed in between), the change stands, the answer is still sent and the failure is
 * logged at error level with the request id; a process that dies between the commit and the
 * write loses that row. Writing it inside each service's transaction would need every service to
 * take the audit entry, which they do not today.
 */

/** Reads the audit hooks make through the app itself (GET as the caller), marked so that they are not rate limited. */
export type InternalReads = {
  isInternal(request: FastifyRequest): boolean;
  read(app: FastifyInstance, request: FastifyRequest, url: string): Promise<unknown>;
};

const INTERNAL_HEADER = 'x-landfall-internal-read';

export function createInternalReads(): InternalReads {
  const token = randomBytes(32).toString('hex');
  const expected = Buffer.from(token);
  return {
    isInternal(request) {
      const given = request.headers[INTERNAL_HEADER];
      if (typeof given !== 'string' || given.length !== token.length) return false;
      return timingSafeEqual(Buffer.from(given), expected);
    },
    async read(app, request, url) {
      const authorization = request.headers.authorization;
      const r = await app.inject({ method: 'GET', url, headers: { ...(authorization ? { authorization } : {}), [INTERNAL_HEADER]: token } });
      if (r.statusCode !== 200 || !/json/.test(String(r.headers['content-type'] ?? ''))) return null;
      try {
        return JSON.parse(r.body) as unknown;
      } catch {
        return null;
      }
    },
  };
}

type AuditState = { target: AuditTarget; key: string; entityId: string | null; before: unknown };
const STATE = Symbol('landfall.audit');
type WithState = FastifyRequest & { [STATE]?: AuditState };

function targetFor(method: string, url: string): AuditTarget | undefined {
  const entry = AUDITED_ROUTES[`${method} ${url}`];
  if (entry && 'notAudited' in entry) return undefined;
  return entry ?? fallbackTarget(method, url);
}

function actorOf(request: FastifyRequest): AuditActor | undefined {
  const p = request.principal;
  if (!p) return undefined;
  return p.userId
    ? { kind: 'user', keyId: p.keyId, userId: p.userId, name: p.email ?? p.name, role: p.role }
    : { kind: 'api_key', keyId: p.keyId, name: p.name, role: p.role };
}

function bodyBytes(body: unknown): number {
  if (Buffer.isBuffer(body)) return body.length;
  if (typeof body === 'string') return Buffer.byteLength(body);
  return Number.NaN;
}

/** Whether a route is one the audit hooks are attached to. */
export function isAuditedRoute(method: string, url: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && targetFor(method, url) !== undefined;
}

/** The preHandler and onSend hooks that write the audit log (see the file comment). */
export function createAuditHooks(deps: Pick<Deps, 'database' | 'clock'>, reads: InternalReads) {
  const context = (request: FastifyRequest, answer?: unknown): AuditContext => ({
    read: (url) => reads.read(request.server, request, url),
    params: (request.params ?? {}) as Record<string, string>,
    query: (request.query ?? {}) as Record<string, unknown>,
    body: Buffer.isBuffer(request.body) ? null : request.body,
    ...(answer !== undefined ? { answer } : {}),
    request: {
      contentType: String(request.headers['content-type'] ?? '').split(';')[0]!.trim(),
      bodyBytes: Buffer.isBuffer(request.body) ? request.body.length : Number(request.headers['content-length'] ?? bodyBytes(request.body)),
      keyId: request.principal?.keyId ?? '',
    },
  });

  async function preHandler(request: FastifyRequest): Promise<void> {
    const method = request.method;
    const url = request.routeOptions.url ?? '';
    const target = targetFor(method, url);
    if (!target || !request.principal) return;
    const c = context(request);
    let entityId: string | null = null;
    let before: unknown = null;
    try {
      entityId = target.id?.(c) ?? null;
      before = target.load ? await target.load(c, entityId) : null;
    } catch (error) {
      request.log.warn({ err: error }, 'audit: could not read the entity before the change');
    }
    (request as WithState)[STATE] = { target, key: `${method} ${url}`, entityId, before };
  }

  async function onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    const status = reply.statusCode;
    const actor = actorOf(request);
    const refused = status === 403 && actor !== undefined;
    const state = (request as WithState)[STATE];
    if (!actor || !(refused || (state && status >= 200 && status < 300))) return payload;
    const method = request.method;
    const url = request.routeOptions.url ?? '';
    const target = state?.target ?? targetFor(method, url);
    if (!target) return payload;
    try {
      let entityId = state?.entityId ?? null;
      let after: unknown = null;
      if (!refused) {
        const answer = typeof payload === 'string' && /json/.test(String(reply.getHeader('content-type') ?? '')) ? safeParse(payload) : undefined;
        const c = context(request, answer);
        const record = answer !== null && typeof answer === 'object' ? (answer as Record<string, unknown>) : {};
        if (entityId === null && target.idFromAnswer) entityId = target.idFromAnswer(record);
        after = target.afterFromAnswer ? target.afterFromAnswer(record) : target.afterFromRequest ? target.afterFromRequest(c) : target.load ? await target.load(c, entityId) : null;
      } else if (target.id) {
        entityId = target.id(context(request)) ?? null;
      }
      await recordAdminChange(deps, {
        actor,
        action: target.action,
        entityType: target.entityType,
        entityId,
        method,
        path: request.url.split('?')[0] ?? request.url,
        status,
        before: refused ? null : (state?.before ?? null),
        after,
        requestId: request.id,
        ip: request.ip,
      });
    } catch (error) {
      request.log.error({ err: error, requestId: request.id, action: target.action }, 'audit: the change was made but its audit row could not be written');
    }
    return payload;
  }

  return { preHandler, onSend };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
