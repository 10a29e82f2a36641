import type { ApiKeyRecord } from '../../db/repositories/api-key-repository.js';

/** What callers may see of a stored key: never its digest. */
export type ApiKeyView = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  revokedAt: string | null;
};

export function toApiKeyView(r: ApiKeyRecord): ApiKeyView {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    scopes: r.scopes,
    createdAt: r.createdAt.toISOString(),
    revokedAt: r.revokedAt ? r.revokedAt.toISOString() : null,
  };
}
