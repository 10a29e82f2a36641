import { ApiError, type Problem } from './api.js';

export type AdminUser = { id: string; email: string; name: string; role: 'owner' | 'operator' | 'read_only'; lastSignInAt: string | null; locked: boolean; createdAt: string };
export type Session = { token: string; expiresAt: string; user: AdminUser };

/** Sign in with email and password: the session token, used as the API key of this tab. */
export async function signInWithPassword(email: string, password: string, fetcher: typeof fetch = fetch.bind(globalThis)): Promise<Session> {
  const response = await fetcher('/v1/admin/sessions', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ email, password }) });
  const json = (await response.json().catch(() => ({}))) as Partial<Problem> & Partial<Session>;
  if (!response.ok) {
    throw new ApiError({ status: response.status, code: json.code ?? 'HTTP_ERROR', title: json.title ?? response.statusText, detail: json.detail ?? `sign-in answered ${response.status}`, ...(json.errors ? { errors: json.errors } : {}) });
  }
  return json as Session;
}

/** End a password session on the server (an API key is left alone: it is not ours to revoke). */
export async function signOutSession(token: string, fetcher: typeof fetch = fetch.bind(globalThis)): Promise<void> {
  await fetcher('/v1/admin/sessions/current', { method: 'DELETE', headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
}
