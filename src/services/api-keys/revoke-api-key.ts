import { isUuid } from '../../core/ids/uuid.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { ApiKeyRepository } from '../../db/repositories/api-key-repository.js';
import type { PrincipalCache } from './principal-cache.js';


/** Revoke a key by id; the key stops working on the next request. */
export async function revokeApiKey(
  deps: { apiKeys: ApiKeyRepository; clock: () => Date; principals?: PrincipalCache },
  id: string,
): Promise<Result<{ id: string }, 'VALIDATION_FAILED' | 'NOT_FOUND'>> {
  if (!isUuid(id)) return fail('VALIDATION_FAILED', 'id must be a UUID', { field: 'id' });
  const revoked = await deps.apiKeys.revoke(id.toLowerCase(), deps.clock());
  if (revoked) deps.principals?.forgetKey(id.toLowerCase());
  return revoked ? ok({ id }) : fail('NOT_FOUND', `no active API key with id ${id}`, { field: 'id' });
}
