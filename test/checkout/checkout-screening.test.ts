import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importSanctions } from '../../src/services/screening/import-sanctions.js';
import { screenCheckoutParties } from '../../src/services/screening/screen-checkout.js';
import { buildTestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';
import { addressIn, checkout, readyCart, said, startCheckoutServer, type CheckoutServer } from './support.js';

const SANCTIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sanctions');

/**
 * Checkout screens more than the consignee: the buyer and the billing party when they are someone
 * else (from the risk context), and the delivery and billing addresses against the addresses the
 * lists publish (a listed door holds the order for review).
 */
describeWithDatabases('checkout: screening of the buyer, the billing party and the addresses', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
    for (const [kind, source] of [['eu', 'eu-sample.xml'], ['csl', 'csl-addresses.csv']] as const) {
      const imported = await importSanctions(s.deps, { kind, source, cwd: SANCTIONS });
      assert.ok(imported.ok, JSON.stringify(imported));
    }
  });
  after(() => s.close());

  const cartAt = async (address: Record<string, unknown> = {}) => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    if (Object.keys(address).length > 0) {
      const r = await s.call('PATCH', `/v1/carts/${cart.id}`, { body: { address: { ...addressIn('DE'), ...address } } });
      assert.equal(r.status, 200, said(r));
    }
    return cart;
  };

  test('a delivery address the lists publish holds the order for review, naming the entry; the next door goes through', async () => {
    const listed = await cartAt({ name: 'Jonas Weber', lines: ['Friedrichstraße 123'], city: 'Berlin', postalCode: '10117' });
    const placed = await checkout(s, listed.id);
    assert.equal(placed.status, 201, said(placed));
    assert.equal(placed.body.risk.decision, 'review');
    const a = await s.call('GET', `/v1/risk/assessments/${placed.body.risk.assessmentId}`);
    assert.equal(a.body.reasons[0].code, 'screening.potential_match');
    assert.match(a.body.reasons[0].message, /^The delivery address is listed for Nordlicht Handelskontor \(csl:Entity List test-1, score 1\)/);
    const next = await cartAt({ name: 'Jonas Weber', lines: ['Friedrichstraße 125'], city: 'Berlin', postalCode: '10117' });
    const ok = await checkout(s, next.id);
    assert.equal(ok.status, 201, said(ok));
    assert.equal(ok.body.risk.decision, 'approve');
  });

  test('a listed buyer or billing name is refused (451 PARTY_BLOCKED) naming the field, whoever the consignee is; nothing is placed', async () => {
    const orders = await s.orderCount();
    const buyer = await cartAt();
    const r1 = await checkout(s, buyer.id, { payment: { method: 'card' }, risk: { customer: { name: 'Samir Haddad' } } });
    assert.deepEqual([r1.status, r1.body.code, r1.body.field ?? r1.body.errors?.[0]?.field], [451, 'PARTY_BLOCKED', 'risk.customer.name'], said(r1));
    const billing = await cartAt();
    const r2 = await checkout(s, billing.id, { payment: { method: 'card' }, risk: { billing: { name: 'SAMIR HADDAD', country: 'DE' } } });
    assert.deepEqual([r2.status, r2.body.code, r2.body.field ?? r2.body.errors?.[0]?.field], [451, 'PARTY_BLOCKED', 'risk.billing.name'], said(r2));
    assert.doesNotMatch(JSON.stringify(r2.body), /HADDAD|900103/i, 'the buyer is not told which entry');
    assert.equal(await s.orderCount(), orders);
  });

  test('a billing address the lists publish holds for review; a malformed billing context is screened no further and does not fail the checkout', async () => {
    const cart = await cartAt();
    const placed = await checkout(s, cart.id, { payment: { method: 'card' }, risk: { billing: { name: 'Jonas Weber', line1: 'Friedrichstr. 123', city: 'BERLIN', postalCode: '10117', country: 'DE' } } });
    assert.equal(placed.status, 201, said(placed));
    assert.equal(placed.body.risk.decision, 'review');
    const a = await s.call('GET', `/v1/risk/assessments/${placed.body.risk.assessmentId}`);
    assert.match(a.body.reasons[0].message, /^The billing address is listed for Nordlicht Handelskontor/);
    const odd = await cartAt();
    const r = await checkout(s, odd.id, { payment: { method: 'card' }, risk: { billing: { name: 42, line1: ['x'], country: 'Germany' }, customer: { name: 'x'.repeat(300) } } });
    assert.equal(r.status, 201, said(r));
    assert.equal(r.body.risk.decision, 'approve');
  });
});

describeWithDatabases('checkout: sanctioned destinations', (db) => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => new Date('2026-11-27T09:00:00Z') } });
  });
  after(() => t.app.close());
  const delivery = (city: string, postalCode: string, extra: Record<string, string> = {}) => ({ lines: ['vul. Shevchenka 1'], city, postalCode, country: 'UA', ...extra });

  test('an occupied city or region blocks, a partly occupied oblast holds for review, the rest of the country is clear; no list is needed', async () => {
    const crimea = await screenCheckoutParties(t.deps, { consignee: { name: 'Olena Koval', country: 'UA' }, delivery: delivery('Simferopol', '95000') }, 'order-1');
    assert.deepEqual([crimea?.decision, crimea?.field, crimea?.match?.id, crimea?.role], ['match', 'address.city', 'ua-crimea', 'delivery address']);
    const byCode = await screenCheckoutParties(t.deps, { consignee: { name: 'Olena Koval', country: 'UA' }, delivery: delivery('Village', '00000', { region: 'UA-43' }) }, 'order-2');
    assert.deepEqual([byCode?.decision, byCode?.field], ['match', 'address.region']);
    const oblast = await screenCheckoutParties(t.deps, { consignee: { name: 'Olena Koval', country: 'UA' }, delivery: delivery('Kramatorsk', '84300') }, 'order-3');
    assert.deepEqual([oblast?.decision, oblast?.field, oblast?.match?.id], ['potential_match', 'address.postalCode', 'ua-partly-occupied-oblasts']);
    const billing = await screenCheckoutParties(t.deps, { consignee: { name: 'Olena Koval', country: 'UA' }, delivery: delivery('Kyiv', '01001'), billing: { name: null, country: 'UA', address: { lines: ['vul. Lenina 5'], city: 'Yalta', postalCode: null, country: 'UA' } } }, 'order-4');
    assert.deepEqual([billing?.decision, billing?.field, billing?.role], ['match', 'risk.billing.city', 'billing address']);
    assert.equal(await screenCheckoutParties(t.deps, { consignee: { name: 'Olena Koval', country: 'UA' }, delivery: delivery('Kyiv', '01001') }, 'order-5'), null, 'no list and no sanctioned destination: nothing to say');
    // Each hit is in the screening history with what matched.
    const recorded = await t.app.inject({ method: 'GET', url: '/v1/admin/screening/history?reference=order-1', headers: t.auth() });
    assert.equal(recorded.statusCode, 200, recorded.body);
    const item = recorded.json().items[0];
    assert.deepEqual([item.decision, item.query.kind, item.matches[0].list, item.matches[0].id], ['match', 'address', 'sanctioned-regions', 'ua-crimea']);
    assert.match(item.matches[0].why.join('; '), /city Simferopol; sanctioned: US Executive Order 13685/);
  });
});

describeWithDatabases('screening an address on demand', (db) => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => new Date('2026-11-27T09:00:00Z') } });
  });
  after(() => t.app.close());
  const post = (payload: unknown) => t.app.inject({ method: 'POST', url: '/v1/screening/addresses', headers: t.auth(t.apiKey), payload: payload as object });

  test('without lists only sanctioned destinations answer; with a list a listed door is a potential match; bad input is named', async () => {
    const none = await post({ lines: ['Friedrichstrasse 123'], city: 'Berlin', country: 'DE' });
    assert.deepEqual([none.statusCode, none.json().code], [409, 'NO_LISTS']);
    const crimea = await post({ lines: ['vul. Pushkina 1'], city: 'Simferopol', country: 'ua', reference: 'R-1' });
    assert.equal(crimea.statusCode, 200, crimea.body);
    assert.deepEqual([crimea.json().decision, crimea.json().matches[0].id, crimea.json().matches[0].field], ['match', 'ua-crimea', 'city']);
    const imported = await importSanctions(t.deps, { kind: 'csl', source: 'csl-addresses.csv', cwd: SANCTIONS });
    assert.ok(imported.ok, JSON.stringify(imported));
    const door = await post({ lines: ['FRIEDRICHSTR. 123'], city: 'berlin', postalCode: '10117', country: 'DE' });
    assert.deepEqual([door.json().decision, door.json().matches.map((m: any) => [m.list, m.id, m.address])], ['potential_match', [['csl:Entity List', 'test-1', 'Friedrichstrasse 123, Berlin, 10117, DE']]]);
    const clear = await post({ lines: ['Friedrichstrasse 12'], city: 'Berlin', country: 'DE' });
    assert.deepEqual([clear.json().decision, clear.json().matches], ['clear', []]);
    for (const [body, field] of [
      [{ city: 'Berlin', country: 'DE' }, 'lines'],
      [{ lines: [], city: 'Berlin', country: 'DE' }, 'lines'],
      [{ lines: ['x'.repeat(201)], city: 'Berlin', country: 'DE' }, 'lines'],
      [{ lines: ['a'], country: 'DE' }, 'city'],
      [{ lines: ['a'], city: 'Berlin', country: 'Germany' }, 'country'],
      [{ lines: ['a'], city: 'Berlin', country: 'DE', floor: 3 }, 'floor'],
      [{ lines: ['a'], city: 'Berlin', country: 'DE', postalCode: 'x'.repeat(21) }, 'postalCode'],
      [[], 'body'],
    ] as const) {
      const r = await post(body);
      assert.equal(r.statusCode, 400, `${JSON.stringify(body).slice(0, 60)}: ${r.body}`);
      assert.equal(r.json().errors?.[0]?.field ?? r.json().field, field, r.body);
    }
  });
});
