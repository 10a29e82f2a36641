/**
 * API keys look like `lf_<prefix>_<secret>`: a 16-hex-digit public prefix that finds the stored
 * row, and a 43-character base64url secret (32 random bytes). Only a digest of the whole key is
 * stored. The `lf_` marker lets secret scanners recognise a leaked key.
 */
export const API_KEY_PATTERN = /^lf_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export const API_SCOPES = ['admin', 'api', 'admin:read', 'admin:operator'] as const;
/**
 * admin: everything (acts as the owner role); admin:operator: the operator role (day-to-day work,
 * not settings, credentials or deletions; see roles.ts); admin:read: the read_only role;
 * api: server-to-server calls (quotes, classification, screening).
 */
export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/** The public prefix of a well-formed key, or undefined for anything else. */
export function parseApiKeyPrefix(token: string): string | undefined {
  return API_KEY_PATTERN.exec(token)?.[1];
}

export function formatApiKey(prefix: string, secret: string): string {
  return `lf_${prefix}_${secret}`;
}

/**
 * Whether a key with `granted` scopes may call a route that needs `required` with `method`, by
 * scope alone: `admin` may do everything; `admin:operator` may do what `api` may and change
 * things as an admin; `admin:read` (read-only users) may read what `admin` may (GET, HEAD).
 * Which admin routes each role reaches is decided by the route's role (roles.ts `decideAccess`).
 */
export function allowsScope(granted: readonly string[], required: ApiScope, method = 'GET'): boolean {
  if (granted.includes('admin') || granted.includes(required)) return true;
  if (granted.includes('admin:operator') && (required === 'api' || required === 'admin' || required === 'admin:read')) return true;
  return required === 'admin' && granted.includes('admin:read') && (method === 'GET' || method === 'HEAD');
}
