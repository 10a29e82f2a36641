import { randomBytes } from 'node:crypto';
import { ok, type Result } from '../../core/result/result.js';
import { validateEndpointInput } from '../../core/webhooks/endpoint-input.js';
import { createOutboxRepository } from '../../db/repositories/outbox-repository.js';
import type { Deps } from '../deps.js';
import { toEndpointView, type WebhookEndpointView } from './webhook-views.js';

/**
 * Register a webhook endpoint. Its signing secret (`whsec_` + 32 random bytes) is returned this once;
 * events written from now on are delivered to it.
 */
export async function createWebhookEndpoint(deps: Pick<Deps, 'database' | 'clock'>, input: unknown): Promise<Result<WebhookEndpointView & { secret: string }, 'VALIDATION_FAILED'>> {
  const valid = validateEndpointInput(input);
  if (!valid.ok) return valid;
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  const row = await createOutboxRepository(deps.database.orm).createEndpoint({ ...valid.value, secret }, deps.clock());
  return ok({ ...toEndpointView(row), secret });
}
