import { fail, ok, type Result } from '../../core/result/result.js';
import { createOutboxRepository } from '../../db/repositories/outbox-repository.js';
import type { Deps } from '../deps.js';
import { isUuid } from '../../core/ids/uuid.js';
import { toDeliveryView, type WebhookDeliveryView } from './webhook-views.js';

/** Send a delivery again at the next worker tick (delivered, failed or still retrying alike). */
export async function replayWebhookDelivery(deps: Pick<Deps, 'database' | 'clock'>, id: string): Promise<Result<WebhookDeliveryView & { eventType: string }, 'VALIDATION_FAILED' | 'NOT_FOUND'>> {
  if (!isUuid(id)) return fail('VALIDATION_FAILED', 'id must be a UUID', { field: 'id' });
  const repo = createOutboxRepository(deps.database.orm);
  const row = await repo.replay(id.toLowerCase(), deps.clock());
  if (!row) return fail('NOT_FOUND', `no webhook delivery ${id}`, { field: 'id' });
  const [event] = await repo.getEvents([row.eventId]);
  return ok({ ...toDeliveryView(row), eventType: event?.type ?? '' });
}
