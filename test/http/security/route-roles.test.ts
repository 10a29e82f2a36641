import assert from 'node:assert/strict';
import fs from 'node:fs';
import { before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { AdminRole } from '../../../src/core/auth/admin-user-input.js';
import { formatApiKey } from '../../../src/core/auth/api-key-format.js';
import { roleReaches } from '../../../src/core/auth/roles.js';
import { adminUsers } from '../../../src/db/schema/index.js';
import { AUDITED_ROUTES } from '../../../src/http/security/audit-registry.js';
import { routeSecurityTable, type RouteSecurity } from '../../../src/http/security/register-security.js';
import { createAdminUser } from '../../../src/services/admin-users/admin-users.js';
import { createApiKey, digestApiKey } from '../../../src/services/api-keys/create-api-key.js';
import { buildTestApp, type TestApp } from '../../support/test-app.js';
import { describeWithDatabases, unwrap } from '../../support/test-database.js';

/**
 * Routes anyone may call without a Landfall key under /v1: the store API, public reference data,
 * sign-in, and callbacks signed by a provider. Every other /v1 route must declare its access with
 * requireScope, and every /v1/admin route an admin role; a new route that does neither fails here.
 */
const PUBLIC_V1 = new Set([
  'GET /v1/store',
  'GET /v1/store/markets',
  'GET /v1/store/market',
  'GET /v1/store/products',
  'GET /v1/store/products/:handle',
  'GET /v1/rules',
  'GET /v1/rules/destinations/:country',
  'GET /v1/rules/tariffs',
  'GET /v1/rules/:id',
  'GET /v1/payment-methods',
  'GET /v1/risk/features',
  'POST /v1/admin/sessions',
  'POST /v1/carriers/:carrier/webhooks',
]);
const isPublicV1 = (method: string, url: string) => PUBLIC_V1.has(`${method} ${url}`) || (method === 'POST' && (/^\/v1\/payments\/webhooks\/[^/]+$/.test(url) || /^\/v1\/support\/inbound\/[^/]+$/.test(url)));

const DUMMY = '00000000-0000-4000-8000-000000000000';
const fill = (url: string) => url.replace(/:[A-Za-z]+/g, DUMMY).replace(/\*$/, 'x');
const CALLERS = ['owner', 'operator', 'read_only', 'api', 'none'] as const;
type CallerName = (typeof CALLERS)[number];

/** What a caller must get: in (anything but 401/403, and no 5xx), 401, or 403. */
function expected(route: RouteSecurity, caller: CallerName): 'in' | 401 | 403 {
  if (caller === 'none') return 401;
  const access = route.access!;
  if (access.scope === 'api') return caller === 'read_only' ? 403 : 'in';
  if (caller === 'api') return 403;
  return roleReaches(caller as AdminRole, access.role) ? 'in' : 403;
}

describeWithDatabases('every route reaches only the callers its role allows', (db) => {
  let t: TestApp;
  const keys: Partial<Record<CallerName, string>> = {};
  before(async () => {
    t = await buildTestApp(db());
    keys.owner = t.adminKey;
    keys.api = t.apiKey;
    keys.operator = unwrap(await createApiKey(t.deps, { name: 'operator key', scopes: ['admin:operator'] })).key;
    keys.read_only = unwrap(await createApiKey(t.deps, { name: 'reader key', scopes: ['admin:read'] })).key;
  });

  test('every /v1 route declares its access, every /v1/admin route an admin role, nothing else needs a key', () => {
    const table = routeSecurityTable(t.app).filter((r) => r.method !== 'HEAD');
    assert.ok(table.length > 120, `the table lists the routes (${table.length})`);
    const problems: string[] = [];
    for (const r of table) {
      const name = `${r.method} ${r.url}`;
      if (r.access && !r.access.declared) problems.push(`${name}: requireScope(deps, 'admin') names no role`);
      if (r.url.startsWith('/v1/')) {
        if (!r.access && !isPublicV1(r.method, r.url)) problems.push(`${name}: no requireScope and not a public route`);
        if (r.url.startsWith('/v1/admin/') && r.access?.scope === 'api') problems.push(`${name}: an admin route with the api scope`);
      } else if (r.access) problems.push(`${name}: a page route behind a key`);
    }
    assert.deepEqual(problems, []);
  });

  test('read_only changes nothing: the non-GET routes it reaches are signing out and calculations that store nothing', () => {
    const reached = routeSecurityTable(t.app).filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && r.access?.scope === 'admin' && r.access.role === 'read_only');
    const changing = reached.map((r) => `${r.method} ${r.url}`).filter((name) => { const e = AUDITED_ROUTES[name]; return !(e && 'notAudited' in e); });
    assert.deepEqual(changing, ['DELETE /v1/admin/sessions/current']);
  });

  test('every change an admin role may make is named in the audit registry (or says why it is not audited)', () => {
    const changes = routeSecurityTable(t.app).filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && r.access?.scope === 'admin');
    const missing = changes.filter((r) => !(`${r.method} ${r.url}` in AUDITED_ROUTES)).map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(missing, []);
    const audited = changes.filter((r) => r.audited).length;
    const notAudited = Object.values(AUDITED_ROUTES).filter((e) => 'notAudited' in e).length;
    assert.equal(audited + notAudited, changes.length, 'the audit hooks are on every change route but the calculations');
  });

  test('owner, operator, read_only, an api key and no key each get in, 401 or 403 as the route role says', async () => {
    const routes = routeSecurityTable(t.app).filter((r) => r.access && r.method !== 'HEAD');
    const wrong: string[] = [];
    for (const route of routes) {
      for (const caller of CALLERS) {
        const key = keys[caller as Exclude<CallerName, 'none'>];
        const withBody = route.method !== 'GET' && route.method !== 'DELETE';
        const r = await t.app.inject({
          method: route.method as 'GET',
          url: fill(route.url),
          headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(withBody ? { 'content-type': 'application/json' } : {}) },
          ...(withBody ? { payload: '{}' } : {}),
        });
        const want = expected(route, caller);
        // "in": past authentication and the role check; whatever the handler then says of the dummy input, except a crash.
        const ok = want === 'in' ? r.statusCode !== 401 && r.statusCode !== 403 && r.statusCode !== 500 : r.statusCode === want;
        if (!ok) wrong.push(`${route.method} ${route.url} as ${caller}: ${r.statusCode} (wanted ${want}) ${r.body.slice(0, 160)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('public /v1 reads need no key', async () => {
    for (const url of ['/v1/rules', '/v1/payment-methods', '/v1/risk/features', '/v1/store/markets']) {
      const r = await t.app.inject({ method: 'GET', url });
      assert.ok(r.statusCode !== 401 && r.statusCode !== 403 && r.statusCode < 500, `${url}: ${r.statusCode}`);
    }
  });

  test('docs/security.md lists every keyed route with the role the code gives it', () => {
    const doc = fs.readFileSync(new URL('../../../docs/security.md', import.meta.url), 'utf8');
    const rows = new Map<string, string>();
    for (const m of doc.matchAll(/^\| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)` \| ([a-z_]+) \|/gm)) rows.set(`${m[1]} ${m[2]}`, m[3]!);
    const wrong: string[] = [];
    for (const r of routeSecurityTable(t.app)) {
      if (!r.access || r.method === 'HEAD') continue;
      const role = r.access.scope === 'api' ? 'api' : r.access.role;
      const documented = rows.get(`${r.method} ${r.url}`);
      if (documented !== role) wrong.push(`${r.method} ${r.url}: code ${role}, docs ${documented ?? 'missing'}`);
    }
    assert.deepEqual(wrong, []);
  });
});

describeWithDatabases('a sign-in session acts as its user\'s role, read at every request', (db) => {
  let t: TestApp;
  const tokens: Partial<Record<AdminRole, string>> = {};
  before(async () => {
    t = await buildTestApp(db());
    for (const role of ['owner', 'operator', 'read_only'] as const) {
      unwrap(await createAdminUser(t.deps, { email: `${role.replace('_', '')}@shop.example`, name: role, role, password: 'correct horse battery staple' }));
      const r = await t.app.inject({ method: 'POST', url: '/v1/admin/sessions', payload: { email: `${role.replace('_', '')}@shop.example`, password: 'correct horse battery staple' } });
      assert.equal(r.statusCode, 201);
      tokens[role] = r.json().token;
    }
  });
  const call = (token: string, method: string, url: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${token}` }, ...(payload !== undefined ? { payload: payload as object } : {}) });

  test('who am I names the role; sessions carry the scope of their role', async () => {
    const got = [];
    for (const role of ['owner', 'operator', 'read_only'] as const) {
      const me = (await call(tokens[role]!, 'GET', '/v1/admin/me')).json();
      got.push([me.role, me.scopes]);
    }
    assert.deepEqual(got, [['owner', ['admin']], ['operator', ['admin:operator']], ['read_only', ['admin:read']]]);
  });

  test('owner-only, operator and read routes as each role', async () => {
    const statuses = [];
    for (const role of ['owner', 'operator', 'read_only'] as const) {
      statuses.push([
        (await call(tokens[role]!, 'GET', '/v1/admin/api-keys')).statusCode,
        (await call(tokens[role]!, 'POST', '/v1/admin/products', {})).statusCode,
        (await call(tokens[role]!, 'GET', '/v1/admin/products')).statusCode,
      ]);
    }
    assert.deepEqual(statuses, [[200, 400, 200], [403, 400, 200], [403, 403, 200]]);
    const refused = await call(tokens.operator!, 'POST', '/v1/admin/api-keys', { name: 'escalate', scopes: ['admin'] });
    assert.deepEqual([refused.statusCode, refused.json().code, refused.json().detail], [403, 'FORBIDDEN', "this needs the owner role; the caller's role is operator"]);
  });

  test('a session made before operators had their own scope (scopes admin) still acts as an operator', async () => {
    const user = (await t.deps.database.orm.select().from(adminUsers).where(eq(adminUsers.email, 'operator@shop.example')))[0]!;
    const token = formatApiKey('0a1b2c3d4e5f6071', 'S'.repeat(43));
    await t.deps.apiKeys.insert({ name: 'session: operator@shop.example', prefix: '0a1b2c3d4e5f6071', secretHash: digestApiKey(token), scopes: ['admin'], expiresAt: new Date(Date.now() + 3_600_000), userId: user.id });
    assert.equal((await call(token, 'GET', '/v1/admin/me')).json().role, 'operator');
    assert.equal((await call(token, 'GET', '/v1/admin/api-keys')).statusCode, 403);
  });

  test('a disabled user\'s session stops at once', async () => {
    await t.deps.database.orm.update(adminUsers).set({ disabledAt: new Date() }).where(eq(adminUsers.email, 'readonly@shop.example'));
    const r = await call(tokens.read_only!, 'GET', '/v1/admin/products');
    assert.deepEqual([r.statusCode, r.json().code], [401, 'UNAUTHENTICATED']);
  });

  test('an owner makes an operator-level API key; it acts as an operator', async () => {
    const made = await call(tokens.owner!, 'POST', '/v1/admin/api-keys', { name: 'ops robot', scopes: ['admin:operator'] });
    assert.equal(made.statusCode, 201);
    const key = made.json().key;
    const me = (await call(key, 'GET', '/v1/admin/me')).json();
    assert.deepEqual([me.kind, me.role], ['api-key', 'operator']);
    assert.equal((await call(key, 'POST', '/v1/admin/webhooks', { url: 'https://x.example/h', eventTypes: ['order.*'] })).statusCode, 403);
    assert.equal((await call(key, 'POST', '/v1/landed-cost/quotes', {})).statusCode, 400, 'operators use the api routes');
  });
});
