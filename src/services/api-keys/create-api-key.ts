import { createHash, randomBytes } from 'node:crypto';
import { API_SCOPES, formatApiKey, isApiScope } from '../../core/auth/api-key-format.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import type { ApiKeyRepository } from '../../db/repositories/api-key-repository.js';
import { toApiKeyView, type ApiKeyView } from './api-key-view.js';

export type CreateApiKeyInput = { name: string; scopes: string[] };
export type CreatedApiKey = { key: string; apiKey: ApiKeyView };

/** SHA-256 digest (hex) of a whole key: keys carry 256 random bits, so a fast hash is enough. */
export function digestApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * Create a key and return it in clear this one time; only its digest is stored.
 * @example createApiKey({ apiKeys }, { name: 'shop backend', scopes: ['api'] })
 */
export async function createApiKey(
  deps: { apiKeys: ApiKeyRepository },
  input: CreateApiKeyInput,
): Promise<Result<CreatedApiKey, 'VALIDATION_FAILED'>> {
  const issues: FieldIssue[] = [];
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name.length < 1 || name.length > 100) issues.push({ field: 'name', message: 'must be 1 to 100 characters' });
  if (/[\u0000-\u001f\u007f]/.test(name)) issues.push({ field: 'name', message: 'must not contain control characters' });
  const scopes = Array.isArray(input.scopes) ? [...new Set(input.scopes)] : [];
  if (scopes.length === 0) issues.push({ field: 'scopes', message: 'must name at least one scope' });
  scopes.forEach((s, i) => {
    if (!isApiScope(s)) issues.push({ field: `scopes[${i}]`, message: `unknown scope "${s}" (${API_SCOPES.join(', ')})` });
  });
  if (issues.length > 0) {
    return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  }

  const prefix = randomBytes(8).toString('hex');
  const key = formatApiKey(prefix, randomBytes(32).toString('base64url'));
  const record = await deps.apiKeys.insert({ name, prefix, secretHash: digestApiKey(key), scopes });
  return ok({ key, apiKey: toApiKeyView(record) });
}
