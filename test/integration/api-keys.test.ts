import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authenticateApiKey } from '../../src/services/api-keys/authenticate-api-key.js';
import { createApiKey } from '../../src/services/api-keys/create-api-key.js';
import { listApiKeys } from '../../src/services/api-keys/list-api-keys.js';
import { revokeApiKey } from '../../src/services/api-keys/revoke-api-key.js';
import { createDeps } from '../../src/services/deps.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';

describeWithDatabases('API keys', (db) => {
  const deps = () => createDeps(db(), { version: 'test' });

  test('a created key authenticates; only its digest is stored', async () => {
    const created = unwrap(await createApiKey(deps(), { name: '  shop backend ', scopes: ['api'] }));
    assert.match(created.key, /^lf_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    assert.equal(created.apiKey.name, 'shop backend');
    const principal = unwrap(await authenticateApiKey(deps(), `Bearer ${created.key}`));
    assert.deepEqual(principal.scopes, ['api']);
    const stored = await db().withSession((s) => s.query<{ secret_hash: string }>('select secret_hash from api_keys where id = $1', [created.apiKey.id]));
    assert.equal(stored.length, 1);
    assert.notEqual(stored[0]!.secret_hash, created.key);
    // The secret is everything after "lf_<16 hex>_" (base64url may itself contain "_").
    const secret = created.key.slice('lf_0123456789abcdef_'.length);
    assert.equal(secret.length, 43);
    assert.match(stored[0]!.secret_hash, /^[0-9a-f]{64}$/);
    assert.equal(stored[0]!.secret_hash.includes(secret), false);
  });

  test('wrong, malformed, missing and revoked keys are refused alike', async () => {
    const created = unwrap(await createApiKey(deps(), { name: 'to revoke', scopes: ['admin'] }));
    const wrongSecret = created.key.slice(0, -1) + (created.key.endsWith('A') ? 'B' : 'A');
    for (const header of [undefined, '', 'Basic abc', 'Bearer', 'Bearer nope', `Bearer ${wrongSecret}`, `Token ${created.key}`]) {
      const r = await authenticateApiKey(deps(), header);
      assert.equal(r.ok, false, `header ${header}`);
      if (!r.ok) assert.equal(r.code, 'UNAUTHENTICATED');
    }
    unwrap(await revokeApiKey(deps(), created.apiKey.id));
    const after = await authenticateApiKey(deps(), `Bearer ${created.key}`);
    assert.equal(after.ok, false);
    const again = await revokeApiKey(deps(), created.apiKey.id);
    assert.equal(again.ok ? 'ok' : again.code, 'NOT_FOUND');
  });

  test('bad names and scopes name their field and store nothing', async () => {
    const before = await deps().apiKeys.countActive();
    const cases: Array<[unknown, string]> = [
      [{ name: '', scopes: ['api'] }, 'name'],
      [{ name: 'x'.repeat(101), scopes: ['api'] }, 'name'],
      [{ name: 'tab\there', scopes: ['api'] }, 'name'],
      [{ name: 'ok', scopes: [] }, 'scopes'],
      [{ name: 'ok', scopes: ['root'] }, 'scopes[0]'],
      [{ name: 42, scopes: 'admin' }, 'name'],
    ];
    for (const [input, field] of cases) {
      const r = await createApiKey(deps(), input as never);
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.equal(r.code, 'VALIDATION_FAILED');
        assert.equal(r.field, field, JSON.stringify(input));
      }
    }
    assert.equal(await deps().apiKeys.countActive(), before);
  });

  test('listing pages through every key once, in creation order', async () => {
    for (let i = 0; i < 7; i++) unwrap(await createApiKey(deps(), { name: `page ${i}`, scopes: ['api'] }));
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = unwrap(await listApiKeys(deps(), { limit: 3, ...(cursor ? { cursor } : {}) }));
      seen.push(...page.items.map((k) => k.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 100);
    const all = unwrap(await listApiKeys(deps(), { limit: 100 }));
    assert.deepEqual(seen, all.items.map((k) => k.id));
    assert.equal(new Set(seen).size, seen.length);
    assert.ok(pages >= 3);
  });

  test('bad limit and cursor are rejected by name', async () => {
    for (const [input, field] of [[{ limit: 0 }, 'limit'], [{ limit: 101 }, 'limit'], [{ limit: 2.5 }, 'limit'], [{ cursor: 'garbage!' }, 'cursor']] as const) {
      const r = await listApiKeys(deps(), input);
      assert.equal(r.ok ? 'ok' : r.field, field);
    }
    const bad = await revokeApiKey(deps(), 'not-a-uuid');
    assert.equal(bad.ok ? 'ok' : bad.code, 'VALIDATION_FAILED');
  });
});

describeWithDatabases('API key cache', (db) => {
  test('a cached key is trusted for the TTL; revoking it in this process drops it at once', async () => {
    let now = Date.parse('2026-11-27T10:00:00Z');
    const deps = createDeps(db(), { version: 'test', clock: () => new Date(now), authCacheMs: 5_000 });
    const created = unwrap(await createApiKey(deps, { name: 'cached', scopes: ['api'] }));
    const header = `Bearer ${created.key}`;
    assert.ok((await authenticateApiKey(deps, header)).ok);
    // Revoked behind this process's back (another process): still trusted until the TTL runs out.
    await deps.apiKeys.revoke(created.apiKey.id, new Date(now));
    assert.ok((await authenticateApiKey(deps, header)).ok);
    now += 5_001;
    assert.equal((await authenticateApiKey(deps, header)).ok, false);

    const second = unwrap(await createApiKey(deps, { name: 'cached 2', scopes: ['api'] }));
    assert.ok((await authenticateApiKey(deps, `Bearer ${second.key}`)).ok);
    unwrap(await revokeApiKey(deps, second.apiKey.id));
    assert.equal((await authenticateApiKey(deps, `Bearer ${second.key}`)).ok, false, 'revoked here: refused at once');
  });
});
