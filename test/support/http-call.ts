/** An answer read over real HTTP: status, the JSON body when there is one, the text, the headers. */
export type Answer = { status: number; body: any; text: string; headers: Headers };

export type CallOptions = { body?: unknown; headers?: Record<string, string>; key?: string | null };

/**
 * Call a server listening at `base` over real HTTP, JSON in and out, as a bearer of `defaultKey`
 * unless `key` says otherwise (null: no Authorization). Redirects are not followed.
 */
export function httpCaller(base: () => string, defaultKey: string) {
  return async (method: string, path: string, o: CallOptions = {}): Promise<Answer> => {
    const key = o.key === undefined ? defaultKey : o.key;
    const response = await fetch(base() + path, {
      method,
      redirect: 'manual',
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}), ...o.headers },
      ...(o.body !== undefined ? { body: typeof o.body === 'string' ? o.body : JSON.stringify(o.body) } : {}),
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: response.status, body, text, headers: response.headers };
  };
}
