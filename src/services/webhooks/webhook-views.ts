import type { WebhookDeliveryRow, WebhookEndpointRow } from '../../db/repositories/outbox-repository.js';

export type WebhookEndpointView = { id: string; url: string; description: string | null; eventTypes: string[]; active: boolean; createdAt: string };
export type WebhookDeliveryView = {
  id: string;
  endpointId: string;
  eventId: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
};

/** An endpoint as the API shows it: never its secret (shown once, when it is created). */
export function toEndpointView(row: WebhookEndpointRow): WebhookEndpointView {
  return { id: row.id, url: row.url, description: row.description, eventTypes: row.eventTypes, active: row.active, createdAt: row.createdAt.toISOString() };
}

export function toDeliveryView(row: WebhookDeliveryRow): WebhookDeliveryView {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
