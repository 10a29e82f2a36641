import { nextPageCursor, readPageInput, type Page } from '../../core/pagination/cursor.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import type { ApiKeyRepository } from '../../db/repositories/api-key-repository.js';
import { toApiKeyView, type ApiKeyView } from './api-key-view.js';

/** A page of keys, oldest first, by keyset cursor. `limit` is 1 to 100 (default 50). */
export async function listApiKeys(
  deps: { apiKeys: ApiKeyRepository },
  input: { limit?: number; cursor?: string },
): Promise<Result<Page<ApiKeyView>, 'VALIDATION_FAILED'>> {
  const issues: FieldIssue[] = [];
  const { limit, after } = readPageInput(input, issues);
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const rows = await deps.apiKeys.list({ limit: limit + 1, ...(after ? { after } : {}) });
  return ok({ items: rows.slice(0, limit).map(toApiKeyView), nextCursor: nextPageCursor(rows, limit) });
}
