import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { createOutboxRepository } from '../../db/repositories/outbox-repository.js';
import type { Deps } from '../deps.js';
import { isUuid } from '../../core/ids/uuid.js';
import { nextPageCursor, readPageInput, type Page } from '../../core/pagination/cursor.js';
import { toDeliveryView, toEndpointView, type WebhookDeliveryView, type WebhookEndpointView } from './webhook-views.js';

type Db = Pick<Deps, 'database'>;
const STATUSES = ['pending', 'delivered', 'failed'];

export async function listWebhookEndpoints(deps: Db): Promise<WebhookEndpointView[]> {
  return (await createOutboxRepository(deps.database.orm).listEndpoints()).map(toEndpointView);
}

/** Remove an endpoint; its pending deliveries go with it. */
export async function deleteWebhookEndpoint(deps: Db, id: string): Promise<Result<{ id: string }, 'VALIDATION_FAILED' | 'NOT_FOUND'>> {
  if (!isUuid(id)) return fail('VALIDATION_FAILED', 'id must be a UUID', { field: 'id' });
  const gone = await createOutboxRepository(deps.database.orm).deleteEndpoint(id.toLowerCase());
  return gone ? ok({ id: id.toLowerCase() }) : fail('NOT_FOUND', `no webhook endpoint ${id}`, { field: 'id' });
}

export type DeliveryListInput = { endpoint?: string; status?: string; event?: string; limit?: number; cursor?: string };

/** Deliveries, newest first, each with its event's type: what was sent where, and how it went. */
export async function listWebhookDeliveries(deps: Db, input: DeliveryListInput): Promise<Result<Page<WebhookDeliveryView & { eventType: string }>, 'VALIDATION_FAILED'>> {
  const issues: FieldIssue[] = [];
  const page = readPageInput(input, issues);
  if (input.endpoint !== undefined && !isUuid(input.endpoint)) issues.push({ field: 'endpoint', message: 'must be an endpoint id (UUID)' });
  if (input.event !== undefined && !isUuid(input.event)) issues.push({ field: 'event', message: 'must be an event id (UUID)' });
  if (input.status !== undefined && !STATUSES.includes(input.status)) issues.push({ field: 'status', message: 'must be pending, delivered or failed' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const repo = createOutboxRepository(deps.database.orm);
  const rows = await repo.listDeliveries(
    { ...(input.endpoint ? { endpointId: input.endpoint.toLowerCase() } : {}), ...(input.status ? { status: input.status } : {}), ...(input.event ? { eventId: input.event.toLowerCase() } : {}) },
    { limit: page.limit + 1, ...(page.after ? { after: page.after } : {}) },
  );
  const shown = rows.slice(0, page.limit);
  const types = new Map((await repo.getEvents([...new Set(shown.map((r) => r.eventId))])).map((e) => [e.id, e.type]));
  return ok({ items: shown.map((r) => ({ ...toDeliveryView(r), eventType: types.get(r.eventId) ?? '' })), nextCursor: nextPageCursor(rows, page.limit) });
}

export type EventView = { id: string; type: string; subject: { kind: string; id: string }; data: Record<string, unknown>; createdAt: string };
export type EventListInput = { type?: string; subjectKind?: string; subjectId?: string; limit?: number; cursor?: string };

/** Events from the outbox, newest first, optionally of one type or about one subject. */
export async function listEvents(deps: Db, input: EventListInput): Promise<Result<Page<EventView>, 'VALIDATION_FAILED'>> {
  const issues: FieldIssue[] = [];
  const page = readPageInput(input, issues);
  for (const key of ['type', 'subjectKind', 'subjectId'] as const) {
    const v = input[key];
    if (v !== undefined && (typeof v !== 'string' || v.length === 0 || v.length > 100)) issues.push({ field: key, message: 'must be text of 1 to 100 characters' });
  }
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const rows = await createOutboxRepository(deps.database.orm).listEvents(
    { ...(input.type ? { type: input.type } : {}), ...(input.subjectKind ? { subjectKind: input.subjectKind } : {}), ...(input.subjectId ? { subjectId: input.subjectId } : {}) },
    { limit: page.limit + 1, ...(page.after ? { after: page.after } : {}) },
  );
  return ok({ items: rows.slice(0, page.limit).map(toEventView), nextCursor: nextPageCursor(rows, page.limit) });
}

export function toEventView(row: { id: string; type: string; subjectKind: string; subjectId: string; payload: Record<string, unknown>; createdAt: Date }): EventView {
  return { id: row.id, type: row.type, subject: { kind: row.subjectKind, id: row.subjectId }, data: row.payload, createdAt: row.createdAt.toISOString() };
}
