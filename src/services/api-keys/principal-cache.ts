import type { Principal } from './authenticate-api-key.js';

/**
 * Recently authenticated keys, by digest, so that a busy API does not read the database for every
 * request. Entries live `ttlMs` (default 5 s): a key revoked in this process is dropped at once;
 * one revoked through another process stops working here within the TTL.
 */
export type PrincipalCache = {
  get(digest: string, nowMs: number): Principal | undefined;
  set(digest: string, principal: Principal, nowMs: number): void;
  forgetKey(keyId: string): void;
};

export function createPrincipalCache(options: { ttlMs: number; maxEntries?: number }): PrincipalCache {
  const entries = new Map<string, { principal: Principal; expiresAt: number }>();
  const max = options.maxEntries ?? 10_000;
  return {
    get(digest, nowMs) {
      const e = entries.get(digest);
      if (!e) return undefined;
      if (e.expiresAt <= nowMs) {
        entries.delete(digest);
        return undefined;
      }
      return e.principal;
    },
    set(digest, principal, nowMs) {
      if (options.ttlMs <= 0) return;
      if (entries.size >= max) entries.delete(entries.keys().next().value!);
      entries.set(digest, { principal, expiresAt: nowMs + options.ttlMs });
    },
    forgetKey(keyId) {
      for (const [digest, e] of entries) if (e.principal.keyId === keyId) entries.delete(digest);
    },
  };
}
