import { timingSafeEqual } from 'node:crypto';
import { parseApiKeyPrefix } from '../../core/auth/api-key-format.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { ApiKeyRepository } from '../../db/repositories/api-key-repository.js';
import { digestApiKey } from './create-api-key.js';
import type { PrincipalCache } from './principal-cache.js';

/** Who is calling: the key, its scopes, and for a sign-in session the admin user. */
export type Principal = { keyId: string; name: string; scopes: string[]; userId?: string };

/**
 * Turn an `Authorization` header into the key's principal. Every failure is the same
 * UNAUTHENTICATED outcome with a reason that does not reveal whether a prefix exists.
 */
export async function authenticateApiKey(
  deps: { apiKeys: ApiKeyRepository; principals?: PrincipalCache; clock?: () => Date },
  authorization: string | undefined,
): Promise<Result<Principal, 'UNAUTHENTICATED'>> {
  if (authorization === undefined || authorization === '') {
    return fail('UNAUTHENTICATED', 'missing Authorization header; send "Authorization: Bearer <API key>"', { field: 'authorization' });
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) {
    return fail('UNAUTHENTICATED', 'Authorization header must use the Bearer scheme', { field: 'authorization' });
  }
  const token = match[1]!;
  const prefix = parseApiKeyPrefix(token);
  if (prefix === undefined) return fail('UNAUTHENTICATED', 'API key is malformed', { field: 'authorization' });

  const digest = digestApiKey(token);
  const now = deps.clock ? deps.clock().getTime() : 0;
  const cached = deps.principals?.get(digest, now);
  if (cached) return ok(cached);
  const record = await deps.apiKeys.findActiveByPrefix(prefix, deps.clock ? deps.clock() : new Date());
  const expected = Buffer.from(record?.secretHash ?? '0'.repeat(64), 'hex');
  const actual = Buffer.from(digest, 'hex');
  if (!record || !timingSafeEqual(expected, actual)) {
    return fail('UNAUTHENTICATED', 'API key is not valid or has been revoked', { field: 'authorization' });
  }
  const principal: Principal = { keyId: record.id, name: record.name, scopes: record.scopes, ...(record.userId ? { userId: record.userId } : {}) };
  // A session is not kept in the cache past its expiry.
  if (!record.expiresAt) deps.principals?.set(digest, principal, now);
  return ok(principal);
}
