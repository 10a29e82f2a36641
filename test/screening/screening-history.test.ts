import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { count, eq } from 'drizzle-orm';
import { screenings } from '../../src/db/schema/compliance.js';
import { screenParty } from '../../src/services/screening/screen-party.js';
import { importSanctions } from '../../src/services/screening/import-sanctions.js';
import { addressIn, checkout, readyCart, said, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sanctions');
const HISTORY = '/v1/admin/screening/history';

type Item = {
  id: string;
  at: string;
  query: { kind: string; name: string; country: string | null; type: string | null };
  decision: string;
  matches: Array<{ list: string; id: string; name: string; matchedName: string; score: number; why: string[] }>;
  matchCount: number;
  source: string;
  reference: string | null;
  editions: Array<{ kind: string; id: string; edition: string | null; importedAt: string | null; file: string | null; active: boolean | null }>;
};

describeWithDatabases('screening history for the operator: filters, keyset pages, one screening whole', (db) => {
  let t: TestApp;
  let now = new Date('2026-11-20T08:00:00.000Z');
  /** The screenings recorded by the tests, in the order they were made, with what each should show. */
  const made: Array<{ id: string; at: string; decision: string; source: string; reference: string | null; name: string }> = [];
  let eu: { id: string; edition: string | null; importedAt: string; source: string };
  let uk: { id: string; edition: string | null; importedAt: string; source: string };

  const get = (url: string, key?: string) => t.app.inject({ method: 'GET', url, headers: t.auth(key) });
  const history = async (query = '') => {
    const r = await get(`${HISTORY}${query}`);
    assert.equal(r.statusCode, 200, r.body);
    return r.json() as { items: Item[]; nextCursor: string | null };
  };
  const stored = async () => Number((await db().orm.select({ n: count() }).from(screenings))[0]!.n);
  /** Screen through the API at `at`; asserts the decision and remembers the screening. */
  const screenApi = async (at: string, body: Record<string, unknown>, decision: string) => {
    now = new Date(at);
    const r = await t.app.inject({ method: 'POST', url: '/v1/screening', headers: t.auth(t.apiKey), payload: body });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().decision, decision, `${JSON.stringify(body)}: ${r.body}`);
    made.push({ id: r.json().id, at, decision, source: 'api', reference: typeof body.reference === 'string' ? body.reference : null, name: String(body.name) });
  };
  /** Screen the way checkout screens a consignee (no HTTP, no CLI): source checkout, the order id as reference. */
  const screenCheckout = async (at: string, name: string, reference: string, decision: string) => {
    now = new Date(at);
    const r = await screenParty(t.deps, { name, country: 'DE' }, { record: true, source: 'checkout', reference });
    assert.ok(r.ok && r.value.id, JSON.stringify(r));
    assert.equal(r.value.decision, decision, name);
    made.push({ id: r.value.id, at, decision, source: 'checkout', reference, name });
  };
  /** Newest first; the same instant by id, descending (the keyset order). */
  const newestFirst = () => [...made].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));

  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => now } });
    const e = await importSanctions(t.deps, { kind: 'eu', source: 'eu-sample.xml', cwd: FIXTURES });
    assert.ok(e.ok, JSON.stringify(e));
    now = new Date('2026-11-20T08:30:00.000Z');
    const u = await importSanctions(t.deps, { kind: 'uk', source: 'uk-sample.csv', cwd: FIXTURES });
    assert.ok(u.ok, JSON.stringify(u));
    const lists = (await get('/v1/admin/screening/lists')).json().items as Array<{ id: string; edition: string | null; importedAt: string; source: string }>;
    eu = lists.find((l) => l.id === e.value.editionId)!;
    uk = lists.find((l) => l.id === u.value.editionId)!;
    assert.ok(eu && uk);
  });

  test('with nothing screened yet the history is an empty last page', async () => {
    assert.deepEqual(await history(), { items: [], nextCursor: null });
  });

  test('screenings made through POST /v1/screening and checkout are listed newest first with the query, decision, matches, source, reference and editions', async () => {
    await screenApi('2026-11-25T10:00:00.000Z', { name: 'Samir Haddad', reference: 'case 17' }, 'match');
    await screenApi('2026-11-26T10:00:00.000Z', { name: 'Ivan Petrovich Sidorov', country: 'DE', type: 'individual' }, 'potential_match');
    await screenApi('2026-11-26T10:00:00.000Z', { name: 'Anna Schmidt', country: 'Germany' }, 'clear');
    const orderA = randomUUID();
    await screenCheckout('2026-11-27T07:59:59.999Z', 'Anna Schmidt', orderA, 'clear');
    await screenCheckout('2026-11-27T08:00:00.000Z', 'Samir Haddad', randomUUID(), 'match');
    assert.equal(await stored(), 5);

    const page = await history();
    assert.equal(page.nextCursor, null);
    assert.deepEqual(page.items.map((i) => i.id), newestFirst().map((m) => m.id));
    assert.deepEqual(page.items.map((i) => [i.at, i.decision, i.source, i.reference, i.query.name]), newestFirst().map((m) => [m.at, m.decision, m.source, m.reference, m.name]));

    const sidorov = page.items.find((i) => i.query.name === 'Ivan Petrovich Sidorov')!;
    assert.deepEqual(sidorov.query, { kind: 'name', name: 'Ivan Petrovich Sidorov', country: 'DE', type: 'individual' });
    assert.equal(sidorov.matches[0]!.name.toUpperCase().includes('SIDOROV'), true, JSON.stringify(sidorov.matches[0]));
    assert.ok(sidorov.matches[0]!.why.length > 0 && sidorov.matches[0]!.why.every((w) => typeof w === 'string' && w.length > 0));
    assert.ok(sidorov.matches.length <= 3 && sidorov.matchCount >= sidorov.matches.length);
    assert.deepEqual(
      [...sidorov.editions].sort((a, b) => a.kind.localeCompare(b.kind)),
      [
        { kind: 'eu', id: eu.id, edition: eu.edition, importedAt: eu.importedAt, file: eu.source, active: true },
        { kind: 'uk', id: uk.id, edition: uk.edition, importedAt: uk.importedAt, file: uk.source, active: true },
      ],
    );
    assert.equal(eu.importedAt, '2026-11-20T08:00:00.000Z');
    assert.ok(eu.edition, 'the EU file states its generation date');
    const clear = page.items.find((i) => i.query.name === 'Anna Schmidt' && i.source === 'api')!;
    assert.deepEqual([clear.query, clear.matches, clear.matchCount], [{ kind: 'name', name: 'Anna Schmidt', country: 'Germany', type: null }, [], 0]);
  });

  test('one screening whole: every match with why and the editions; the page item is its first matches', async () => {
    const { items } = await history();
    for (const item of items) {
      const r = await get(`${HISTORY}/${item.id}`);
      assert.equal(r.statusCode, 200, r.body);
      const whole = r.json() as Item;
      assert.equal(whole.matches.length, whole.matchCount);
      assert.deepEqual({ ...whole, matches: whole.matches.slice(0, 3) }, item);
    }
    const upper = await get(`${HISTORY}/${items[0]!.id.toUpperCase()}`);
    assert.equal(upper.statusCode, 200, 'an id in capitals is the same id');
    assert.equal(upper.json().id, items[0]!.id);
  });

  test('filters: decision, source, reference, from and to, and together', async () => {
    const ids = async (query: string) => (await history(query)).items.map((i) => i.id);
    const expect = (keep: (m: (typeof made)[number]) => boolean) => newestFirst().filter(keep).map((m) => m.id);
    assert.deepEqual(await ids('?decision=match'), expect((m) => m.decision === 'match'));
    assert.equal((await ids('?decision=match')).length, 2);
    assert.deepEqual(await ids('?decision=potential_match'), expect((m) => m.decision === 'potential_match'));
    assert.deepEqual(await ids('?decision=clear'), expect((m) => m.decision === 'clear'));
    assert.deepEqual(await ids('?source=checkout'), expect((m) => m.source === 'checkout'));
    assert.deepEqual(await ids('?source=api'), expect((m) => m.source === 'api'));
    assert.deepEqual(await ids('?source=cli'), [], 'the CLI screens without recording');
    assert.deepEqual(await ids('?source=checkout&decision=clear'), expect((m) => m.source === 'checkout' && m.decision === 'clear'));
    assert.equal((await ids('?source=checkout&decision=clear')).length, 1);
    assert.deepEqual(await ids(`?reference=${encodeURIComponent('case 17')}`), expect((m) => m.reference === 'case 17'));
    const checkoutRef = made.find((m) => m.source === 'checkout')!.reference!;
    assert.deepEqual(await ids(`?reference=${checkoutRef}`), expect((m) => m.reference === checkoutRef));
    assert.deepEqual(await ids('?reference=case%2018'), []);
    // Days are UTC and both ends included; a timestamp bound is that instant, included.
    assert.deepEqual(await ids('?from=2026-11-26&to=2026-11-26'), expect((m) => m.at.startsWith('2026-11-26')));
    assert.deepEqual(await ids('?from=2026-11-26'), expect((m) => m.at >= '2026-11-26'));
    assert.deepEqual(await ids('?to=2026-11-25'), expect((m) => m.at < '2026-11-26'));
    assert.deepEqual(await ids(`?to=${encodeURIComponent('2026-11-27T07:59:59.999Z')}`), expect((m) => m.at <= '2026-11-27T07:59:59.999Z'));
    assert.deepEqual(await ids(`?from=${encodeURIComponent('2026-11-27T09:00:00+01:00')}`), expect((m) => m.at >= '2026-11-27T08:00:00.000Z'));
    assert.equal((await ids(`?from=${encodeURIComponent('2026-11-27T09:00:00+01:00')}`)).length, 1);
    assert.deepEqual(await ids('?from=2026-11-26&decision=clear&source=api'), expect((m) => m.at >= '2026-11-26' && m.decision === 'clear' && m.source === 'api'));
  });

  test('pages of two cross every screening once, in order, also when several share the same millisecond', async () => {
    // Seven more at one instant: only the id tells them apart, and pages must still neither skip nor repeat.
    for (let i = 0; i < 7; i++) await screenApi('2026-11-27T08:30:00.000Z', { name: i % 2 === 0 ? 'Anna Schmidt' : 'Samir Haddad', reference: `batch ${i}` }, i % 2 === 0 ? 'clear' : 'match');
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: Item[]; nextCursor: string | null } = await history(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.ok(page.items.length === 2 || (page.nextCursor === null && page.items.length >= 1), `page ${pages + 1} has ${page.items.length}`);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    assert.equal(made.length, 12);
    assert.equal(pages, 6);
    assert.deepEqual(seen, newestFirst().map((m) => m.id));
    assert.equal(new Set(seen).size, 12);

    // A filtered list pages the same way: the matches, three then the rest.
    const first = await history('?decision=match&limit=3');
    assert.ok(first.nextCursor);
    const second = await history(`?decision=match&limit=3&cursor=${first.nextCursor}`);
    const matches = newestFirst().filter((m) => m.decision === 'match').map((m) => m.id);
    assert.equal(matches.length, 5);
    assert.deepEqual([...first.items, ...second.items].map((i) => i.id), matches);
    assert.equal(second.nextCursor, null);
    // A page that ends exactly at the last one says so.
    const exact = await history('?decision=match&limit=5');
    assert.deepEqual([exact.items.length, exact.nextCursor], [5, null]);
  });

  test('each bad query parameter is 400 VALIDATION_FAILED naming it; several bad ones are all named', async () => {
    const cases: Array<[string, string[]]> = [
      ['decision=blocked', ['decision']],
      ['decision=', ['decision']],
      ['source=web', ['source']],
      ['limit=0', ['limit']],
      ['limit=101', ['limit']],
      ['limit=ten', ['limit']],
      ['limit=2.5', ['limit']],
      ['cursor=not-a-cursor', ['cursor']],
      [`cursor=${Buffer.from(JSON.stringify(['2026-11-27T08:00:00.000Z', 'x'])).toString('base64url')}`, ['cursor']],
      ['reference=', ['reference']],
      [`reference=${'r'.repeat(201)}`, ['reference']],
      ['from=2026-02-30', ['from']],
      ['from=yesterday', ['from']],
      ['to=2026-11-27T25:00:00Z', ['to']],
      ['to=2026-11-27T10:00:00', ['to']],
      ['from=2026-11-27&to=2026-11-26', ['from']],
      ['status=paid', ['status']],
      ['decision=match&decision=clear', ['decision']],
      ['decision=maybe&source=fax&limit=-1&from=soon&colour=red', ['colour', 'limit', 'decision', 'source', 'from']],
    ];
    for (const [query, fields] of cases) {
      const r = await get(`${HISTORY}?${query}`);
      assert.equal(r.statusCode, 400, `${query}: ${r.body}`);
      const p = r.json();
      assert.equal(p.code, 'VALIDATION_FAILED', query);
      assert.deepEqual(p.errors.map((e: { field: string }) => e.field), fields, `${query}: ${r.body}`);
      for (const f of fields) assert.match(p.detail, new RegExp(`\\b${f} `), query);
    }
    const one = (await get(`${HISTORY}?decision=blocked`)).json();
    assert.equal(one.errors[0].message, 'must be one of clear, potential_match, match');
  });

  test('one screening: a malformed id is 400 naming id, an unknown one 404; the history needs the admin scope', async () => {
    const bad = await get(`${HISTORY}/LF-100420`);
    assert.deepEqual([bad.statusCode, bad.json().code, bad.json().errors[0].field], [400, 'VALIDATION_FAILED', 'id']);
    const unknown = await get(`${HISTORY}/${randomUUID()}`);
    assert.deepEqual([unknown.statusCode, unknown.json().code, unknown.json().errors[0].field], [404, 'NOT_FOUND', 'id']);
    assert.equal((await t.app.inject({ method: 'GET', url: HISTORY })).statusCode, 401);
    assert.equal((await get(HISTORY, t.apiKey)).statusCode, 403);
    assert.equal((await get(`${HISTORY}/${made[0]!.id}`, t.apiKey)).statusCode, 403);
    assert.equal(await stored(), 12, 'reading and refusing changed nothing');
  });

  test('both routes are in the OpenAPI document with their parameters', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const list = doc.paths[HISTORY]?.get;
    assert.ok(list, 'the history');
    assert.deepEqual(list.parameters.map((p: { name: string }) => p.name).sort(), ['cursor', 'decision', 'from', 'limit', 'reference', 'source', 'to']);
    assert.deepEqual(list.parameters.find((p: { name: string }) => p.name === 'decision').schema.enum, ['clear', 'potential_match', 'match']);
    const one = doc.paths[`${HISTORY}/{id}`]?.get;
    assert.ok(one, 'one screening');
    assert.deepEqual(Object.keys(one.responses).sort(), ['200', '400', '401', '403', '404']);
  });
});

describeWithDatabases('screening history: a checkout found by its order number', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
    const imported = await importSanctions(s.deps, { kind: 'eu', source: 'eu-sample.xml', cwd: FIXTURES });
    assert.ok(imported.ok, JSON.stringify(imported));
  });
  after(() => s.close());

  test('the screening checkout recorded under the order id is found by the order number, in any case and without the dash', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const named = await s.call('PATCH', `/v1/carts/${cart.id}`, { body: { address: { ...addressIn('DE'), name: 'Anna Schmidt' } } });
    assert.equal(named.status, 200, said(named));
    const placed = await checkout(s, cart.id, { payment: { method: 'card' } });
    assert.equal(placed.status, 201, said(placed));
    const order = placed.body.order as { id: string; number: string };
    // Another screening through the API, so that the filter has something to leave out.
    const other = await s.call('POST', '/v1/screening', { body: { name: 'Anna Schmidt', reference: 'not this one' } });
    assert.equal(other.status, 200, said(other));

    // Checkout records the consignee's screening (and those of any other party or address it screens) under the order id.
    const recorded = await s.deps.database.orm.select({ id: screenings.id }).from(screenings).where(eq(screenings.reference, order.id));
    assert.ok(recorded.length >= 1);
    for (const reference of [order.number, order.number.toLowerCase().replace('-', ''), order.id]) {
      const r = await s.admin('GET', `${HISTORY}?reference=${encodeURIComponent(reference)}`);
      assert.equal(r.status, 200, said(r));
      const items = r.body.items as Item[];
      assert.deepEqual(items.map((i) => i.id).sort(), recorded.map((x) => x.id).sort(), reference);
      assert.deepEqual([...new Set(items.map((i) => `${i.source} ${i.reference}`))], [`checkout ${order.id}`]);
      const consignee = items.filter((i) => i.query.kind === 'name' && i.query.name === 'Anna Schmidt');
      assert.deepEqual(consignee.map((i) => [i.decision, i.query.country, i.matchCount]), [['clear', 'DE', 0]], reference);
    }
    const all = await s.admin('GET', HISTORY);
    assert.equal(all.body.items.length, recorded.length + 1);
    assert.equal(all.body.items[0].reference, 'not this one');
    // A well-formed order number of no order finds nothing (and is not an error).
    const none = await s.admin('GET', `${HISTORY}?reference=LF-100420`);
    assert.deepEqual([none.status, none.body.items], [200, []]);
  });
});
