import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSanctions } from '../../src/services/screening/import-sanctions.js';
import { describeWithDatabases } from '../support/test-database.js';
import { addressIn, CARD_OK, checkout, readyCart, said, startCheckoutServer, type CheckoutServer } from './support.js';

const SANCTIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sanctions');

/**
 * Fraud screening inside checkout: every checkout is assessed before anything is held or charged.
 * Decisions are driven here by operator rules on a signal the test controls (the IP country of the
 * buyer's session), so that each path is exercised for certain.
 */
describeWithDatabases('checkout: fraud screening before payment', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
    for (const [id, country, action] of [
      ['test_decline_kp', 'KP', 'decline'],
      ['test_review_ir', 'IR', 'review'],
      ['test_challenge_sy', 'SY', 'challenge'],
    ] as const) {
      const r = await s.admin('PUT', `/v1/admin/risk/rules/${id}`, { body: { description: `Session from ${country}`, weight: 0.1, action, when: { feature: 'ipCountry', op: 'eq', value: country } } });
      assert.equal(r.status, 201, said(r));
    }
  });
  after(() => s.close());
  let sessions = 0;
  const session = (country: string) => ({ ip: { address: `203.0.113.${++sessions}`, country }, device: { id: `dev-${sessions}`, language: 'de-DE', timezone: 'Europe/Berlin' }, session: { secondsOnSite: 300, pagesViewed: 6 } });
  const pay = (id: string) => s.call('POST', `/v1/payments/${id}/confirm`, { body: { card: CARD_OK } });
  const order = async (number: string) => (await s.admin('GET', `/v1/admin/orders/${number}`)).body;

  test('a clean checkout is approved: the payment is captured as usual and the order carries its assessment', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const placed = await checkout(s, cart.id, { payment: { method: 'card' }, risk: session('DE') });
    assert.equal(placed.status, 201, said(placed));
    assert.equal(placed.body.risk.decision, 'approve');
    assert.equal(placed.body.order.risk.status, 'approved');
    const paid = await pay(placed.body.payment.id);
    assert.equal(paid.body.status, 'succeeded', said(paid));
    const got = await s.call('GET', `/v1/risk/assessments/${placed.body.risk.assessmentId}`);
    assert.equal(got.status, 200, said(got));
    assert.equal(got.body.orderNumber, placed.body.order.number);
    assert.equal(got.body.signals.ipCountry, 'DE');
    assert.ok(got.body.missingSignals.some((m: { field: string }) => m.field === 'payment.card'), 'the card is not known at checkout, and the assessment says so');
  });

  test('a declined checkout is 402 ORDER_DECLINED: no order, no stock held, the cart stays open, the attempt is kept for velocity', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const [orders, stock] = [await s.orderCount(), await s.levels('TEE-LAN-M')];
    const r = await checkout(s, cart.id, { payment: { method: 'card' }, risk: session('KP') });
    assert.equal(r.status, 402, said(r));
    assert.equal(r.body.code, 'ORDER_DECLINED');
    assert.doesNotMatch(JSON.stringify(r.body), /KP|test_decline/, 'the buyer is not told which rule declined');
    assert.equal(await s.orderCount(), orders);
    assert.deepEqual(await s.levels('TEE-LAN-M'), stock);
    const c = await s.call('GET', `/v1/carts/${cart.id}`);
    assert.equal(c.body.status, 'open');
  });

  test('review: the payment is only authorized, the order cannot ship; approving captures it and releases the order', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const placed = await checkout(s, cart.id, { payment: { method: 'card' }, risk: session('IR') });
    assert.equal(placed.status, 201, said(placed));
    assert.equal(placed.body.risk.decision, 'review');
    const paid = await pay(placed.body.payment.id);
    assert.equal(paid.body.status, 'authorized', 'held, not captured');
    const number = placed.body.order.number;
    assert.equal((await order(number)).risk.status, 'review');
    const ship = await s.admin('POST', `/v1/admin/orders/${number}/shipments/0/ship`, { body: { trackingNumber: 'RR123456785NL' } });
    assert.deepEqual([ship.status, ship.body.code], [409, 'ORDER_UNDER_REVIEW']);
    const queue = await s.admin('GET', '/v1/admin/risk/reviews');
    const item = queue.body.items.find((x: { orderNumber: string }) => x.orderNumber === number);
    assert.ok(item, 'in the review queue');
    assert.equal(item.order.riskStatus, 'review');
    assert.ok(item.reasons.some((x: { code: string }) => x.code === 'test_review_ir'));
    const approved = await s.admin('POST', `/v1/admin/risk/reviews/${item.id}`, { body: { decision: 'approve' } });
    assert.equal(approved.status, 200, said(approved));
    const after = await order(number);
    assert.equal(after.risk.status, 'released');
    assert.equal(after.totals.captured.amount, after.totals.total.amount, 'captured on approval');
    const shipped = await s.admin('POST', `/v1/admin/orders/${number}/shipments/0/ship`, { body: { trackingNumber: 'RR123456785NL' } });
    assert.equal(shipped.status, 200, said(shipped));
  });

  test('review declined: the authorization is voided, the order cancelled and its stock back on the shelf', async () => {
    const before = await s.levels('TEE-LAN-M');
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 2 }]);
    const placed = await checkout(s, cart.id, { payment: { method: 'card' }, risk: session('IR') });
    await pay(placed.body.payment.id);
    const number = placed.body.order.number;
    const declined = await s.admin('POST', `/v1/admin/risk/reviews/${placed.body.risk.assessmentId}`, { body: { decision: 'decline', note: 'card reported stolen' } });
    assert.equal(declined.status, 200, said(declined));
    assert.equal(declined.body.review.outcome.label, 'fraud');
    const o = await order(number);
    assert.deepEqual([o.status, o.risk.status, o.totals.captured.amount], ['cancelled', 'declined', '0.00']);
    const payment = await s.call('GET', `/v1/payments/${placed.body.payment.id}`);
    assert.equal(payment.body.status, 'cancelled');
    assert.deepEqual(await s.levels('TEE-LAN-M'), before);
  });

  test('challenge: the payment asks 3-D Secure even for a card that would not need it', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const placed = await checkout(s, cart.id, { payment: { method: 'card' }, risk: session('SY') });
    assert.equal(placed.status, 201, said(placed));
    assert.equal(placed.body.risk.decision, 'challenge', said(placed));
    const paid = await pay(placed.body.payment.id);
    assert.equal(paid.body.status, 'requires_action', said(paid));
    assert.deepEqual([paid.body.nextAction.type, paid.body.nextAction.reason], ['redirect', 'three_d_secure']);
  });

  test('the scorer failing falls back to review (stated), never to a silent approve', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const original = s.deps.risk.snapshot;
    s.deps.risk.snapshot = async () => {
      throw new Error('history unavailable');
    };
    try {
      const placed = await checkout(s, cart.id, { payment: { method: 'card' }, risk: session('DE') });
      assert.equal(placed.status, 201, said(placed));
      assert.equal(placed.body.risk.decision, 'review');
      const a = await s.call('GET', `/v1/risk/assessments/${placed.body.risk.assessmentId}`);
      assert.match(a.body.fallback, /scorer failed \(history unavailable\)/);
      assert.match(a.body.reasons[0].message, /Fallback policy: review/);
    } finally {
      s.deps.risk.snapshot = original;
    }
  });

  test('a malformed risk context is 400 naming the part; nothing is placed', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const orders = await s.orderCount();
    for (const [risk, field] of [
      [{ browser: {} }, 'risk.browser'],
      ['DE', 'risk'],
      [{ device: { userAgent: 'x'.repeat(9000) } }, 'risk'],
    ] as const) {
      const r = await checkout(s, cart.id, { payment: { method: 'card' }, risk });
      assert.equal(r.status, 400, said(r));
      assert.equal(r.body.errors?.[0]?.field ?? r.body.field, field, said(r));
    }
    // Unusable values inside a part are not refused: they are left out and stated.
    const ok = await checkout(s, cart.id, { payment: { method: 'card' }, risk: { ip: { address: 'not-an-ip', country: 'ZZ' } } });
    assert.equal(ok.status, 201, said(ok));
    const a = await s.call('GET', `/v1/risk/assessments/${ok.body.risk.assessmentId}`);
    assert.deepEqual(a.body.missingSignals.filter((m: { problem: string }) => m.problem === 'invalid').map((m: { field: string }) => m.field).sort(), ['ip.address', 'ip.country']);
    assert.equal(await s.orderCount(), orders + 1);
  });
});

describeWithDatabases('checkout: denied-party screening of the consignee', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
    const imported = await importSanctions(s.deps, { kind: 'eu', source: 'eu-sample.xml', cwd: SANCTIONS });
    assert.ok(imported.ok, JSON.stringify(imported));
  });
  after(() => s.close());
  const cartFor = async (name: string) => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const r = await s.call('PATCH', `/v1/carts/${cart.id}`, { body: { address: { ...addressIn('DE'), name } } });
    assert.equal(r.status, 200, said(r));
    return cart;
  };

  test('a listed consignee is refused (451 PARTY_BLOCKED): no order, nothing held', async () => {
    // Listed without a country, so the German address does not lower the score: a full match.
    const cart = await cartFor('Samir Haddad');
    const orders = await s.orderCount();
    const r = await checkout(s, cart.id, { payment: { method: 'card' } });
    assert.deepEqual([r.status, r.body.code], [451, 'PARTY_BLOCKED']);
    assert.doesNotMatch(JSON.stringify(r.body), /HADDAD|900103/i, 'the buyer is not told which entry');
    assert.equal(await s.orderCount(), orders);
  });

  test('the listed name at an address in another country than the list says is held for review with the reason; a clear name goes through', async () => {
    const near = await cartFor('Ivan Petrovich Sidorov');
    const placed = await checkout(s, near.id, { payment: { method: 'card' } });
    assert.equal(placed.status, 201, said(placed));
    assert.equal(placed.body.risk.decision, 'review');
    assert.equal(placed.body.order.risk.status, 'review');
    const a = await s.call('GET', `/v1/risk/assessments/${placed.body.risk.assessmentId}`);
    assert.equal(a.body.reasons[0].code, 'screening.potential_match');
    assert.match(a.body.reasons[0].message, /SIDOROV/);
    const clear = await cartFor('Anna Schmidt');
    const ok = await checkout(s, clear.id, { payment: { method: 'card' } });
    assert.equal(ok.status, 201, said(ok));
    assert.equal(ok.body.risk.decision, 'approve');
  });
});
