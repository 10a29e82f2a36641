import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importSanctions } from '../../src/services/screening/import-sanctions.js';
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
