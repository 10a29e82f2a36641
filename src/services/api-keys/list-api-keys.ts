import { decodeCursor, encodeCursor, type Page } from '../../core/pagination/cursor.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { ApiKeyRepository } from '../../db/repositories/api-key-repository.js';
import { toApiKeyView, type ApiKeyView } from './api-key-view.js';

/** A page of keys, oldest first, by keyset cursor. `limit` is 1 to 100 (default 50). */
export async function listApiKeys(
  deps: { apiKeys: ApiKeyRepository },
  input: { limit?: number; cursor?: string },
): Promise<Result<Page<ApiKeyView>, 'VALIDATION_FAILED'>> {
  const limit = input.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return fail('VALIDATION_FAILED', 'limit must be a whole number from 1 to 100', { field: 'limit' });
  }
  let after: { createdAt: Date; id: string } | undefined;
  if (input.cursor !== undefined) {
    const c = decodeCursor(input.cursor);
    if (!c) return fail('VALIDATION_FAILED', 'cursor is not one this API returned', { field: 'cursor' });
    after = { createdAt: new Date(c.createdAt), id: c.id };
  }
  const rows = await deps.apiKeys.list({ limit: limit + 1, ...(after ? { after } : {}) });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null;
  return ok({ items: items.map(toApiKeyView), nextCursor });
}
