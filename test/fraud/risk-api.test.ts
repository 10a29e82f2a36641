import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';
import { riskOrder } from './support.js';

const AT = new Date('2026-11-20T10:00:00Z');
const minutes = (n: number) => new Date(AT.getTime() + n * 60_000).toISOString();

/** A clean, consistent German order placed at AT; `patch` overrides top-level parts. */
const order = (id: string, patch: Record<string, unknown> = {}) => riskOrder(id, { createdAt: AT.toISOString(), ...patch });

describeWithDatabases('Risk assessments over HTTP', (db) => {
  let t: TestApp;
  const post = (body: unknown, query = '') => t.app.inject({ method: 'POST', url: `/v1/risk/assessments${query}`, headers: t.auth(t.apiKey), payload: body as object });
  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => AT } });
  });

  test('a clean order is approved with a low score, recorded, and readable by id', async () => {
    const r = await post(order('clean-1'));
    assert.equal(r.statusCode, 201, r.body);
    const a = r.json();
    assert.equal(a.decision, 'approve');
    assert.ok(a.score >= 0 && a.score < 30, `score ${a.score}`);
    assert.equal(a.sca.applies, true);
    assert.equal(a.sca.region, 'EEA');
    assert.deepEqual(a.missingSignals, []);
    const got = await t.app.inject({ method: 'GET', url: `/v1/risk/assessments/${a.id}`, headers: t.auth(t.apiKey) });
    assert.equal(got.statusCode, 200);
    assert.equal(got.json().score, a.score);
    assert.equal(got.json().signals.shippingCountry, 'DE');
  });

  test('card testing: a burst of cards on one device is declined with the velocity reason first', async () => {
    let last: { decision: string; reasons: { code: string }[]; score: number } | undefined;
    for (let i = 0; i < 6; i++) {
      const r = await post(order(`burst-${i}`, { createdAt: minutes(i), total: '2.00', items: [{ sku: 'GC-1', title: 'Gift card', category: 'gift_cards', quantity: 1, unitPrice: '2.00' }], device: { id: 'dev-burst', timezone: 'Europe/Berlin' }, customer: { email: `x${i}@example.de`, name: 'Anna Schmidt' } }));
      assert.equal(r.statusCode, 201, r.body);
      last = r.json();
    }
    assert.equal(last!.decision, 'decline');
    assert.equal(last!.reasons[0]!.code, 'card_testing_device');
  });

  test('missing and malformed signals are stated with their effect; unscoreable values are 400 naming the field', async () => {
    const r = await post(order('gaps-1', { ip: { address: '999.1.1.1', country: 'DE' }, device: undefined }));
    assert.equal(r.statusCode, 201, r.body);
    const gaps = r.json().missingSignals as { field: string; problem: string; effect: string }[];
    const ip = gaps.find((g) => g.field === 'ip.address');
    assert.equal(ip?.problem, 'invalid');
    const device = gaps.find((g) => g.field === 'device');
    assert.equal(device?.problem, 'missing');
    assert.match(device!.effect, /not checked: .*card_testing_device/);
    assert.match(device!.effect, /missing_device counted \+0.2/);

    for (const [body, field] of [
      [order('neg', { total: '-5.00' }), 'total'],
      [order('cur', { currency: 'EURO' }), 'currency'],
      [order('qty', { items: [{ sku: 'A', quantity: 0, unitPrice: '1.00' }] }), 'items[0].quantity'],
      [order('dec', { currency: 'JPY', total: '10.5' }), 'total'],
      [order('big', { items: Array.from({ length: 501 }, () => ({ sku: 'A', quantity: 1, unitPrice: '1' })) }), 'items'],
    ] as const) {
      const bad = await post(body);
      assert.equal(bad.statusCode, 400, `${field}: ${bad.body}`);
      assert.equal(bad.json().errors?.[0]?.field ?? bad.json().field, field, bad.body);
    }
    const notObject = await t.app.inject({ method: 'POST', url: '/v1/risk/assessments', headers: { ...t.auth(t.apiKey), 'content-type': 'application/json' }, payload: '[1,2]' });
    assert.equal(notObject.statusCode, 400);
    const anon = await t.app.inject({ method: 'POST', url: '/v1/risk/assessments', payload: order('anon') });
    assert.equal(anon.statusCode, 401);
  });

  test('?record=false answers without keeping history', async () => {
    const a = await post(order('dry-1', { device: { id: 'dev-dry' } }), '?record=false');
    assert.equal(a.statusCode, 200, a.body);
    assert.equal(a.json().id, null);
    for (let i = 0; i < 5; i++) await post(order(`dry-${i + 2}`, { device: { id: 'dev-dry' } }), '?record=false');
    const after = await post(order('dry-9', { device: { id: 'dev-dry' } }), '?record=false');
    assert.equal(after.json().signals.cardsOnDevice24h, 1);
  });

  test('outcomes label assessments; bad labels are 400; unknown ids 404', async () => {
    const a = (await post(order('label-1'))).json();
    const r = await t.app.inject({ method: 'POST', url: `/v1/risk/assessments/${a.id}/outcome`, headers: t.auth(t.apiKey), payload: { outcome: 'fraud', source: 'chargeback' } });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual([r.json().outcome.label, r.json().outcome.source], ['fraud', 'chargeback']);
    const bad = await t.app.inject({ method: 'POST', url: `/v1/risk/assessments/${a.id}/outcome`, headers: t.auth(t.apiKey), payload: { outcome: 'maybe' } });
    assert.deepEqual([bad.statusCode, bad.json().field ?? bad.json().errors?.[0]?.field], [400, 'outcome']);
    const none = await t.app.inject({ method: 'POST', url: '/v1/risk/assessments/00000000-0000-4000-8000-000000000000/outcome', headers: t.auth(t.apiKey), payload: { outcome: 'fraud' } });
    assert.equal(none.statusCode, 404);
    // A later order with the same card now carries the fraud link.
    const linked = (await post(order('label-2', { createdAt: minutes(60), payment: { method: 'card', card: { bin: '415231', last4: '4242', issuerCountry: 'DE', fingerprint: 'fp-label-1' } } }))).json();
    assert.ok(linked.reasons.some((x: { code: string }) => x.code === 'linked_to_fraud'), JSON.stringify(linked.reasons));
  });

  test('rules: list, create with validation naming the path, test mode on past orders, delete', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/v1/admin/risk/rules', headers: t.auth() });
    assert.equal(list.statusCode, 200);
    assert.ok(list.json().items.some((r: { id: string }) => r.id === 'cvc_no_match'));
    const bad = await t.app.inject({ method: 'PUT', url: '/v1/admin/risk/rules/gift_cards', headers: t.auth(), payload: { description: 'Gift cards', weight: 2, when: { all: [{ feature: 'giftCardz', op: 'eq', value: true }] } } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors?.[0]?.field ?? bad.json().field, 'when.all[0].feature');
    const rule = { description: 'Gift cards in the order ({resellerGoodsShare} of the value)', weight: 2.5, when: { feature: 'resellerGoodsShare', op: 'gte', value: 0.9 } };
    const tested = await t.app.inject({ method: 'POST', url: '/v1/admin/risk/rules/test', headers: t.auth(), payload: { rule: { id: 'gift_cards', ...rule }, days: 30 } });
    assert.equal(tested.statusCode, 200, tested.body);
    const report = tested.json();
    assert.ok(report.window.orders >= 10);
    assert.equal(report.fired, 6, JSON.stringify(report));
    assert.ok(report.examples.every((e: { scoreAfter: number; scoreBefore: number }) => e.scoreAfter >= e.scoreBefore));
    const created = await t.app.inject({ method: 'PUT', url: '/v1/admin/risk/rules/gift_cards', headers: t.auth(), payload: rule });
    assert.equal(created.statusCode, 201, created.body);
    const scored = (await post(order('gift-1', { items: [{ sku: 'GC-1', title: 'Gift card', category: 'gift_cards', quantity: 1, unitPrice: '50.00' }] }))).json();
    assert.ok(scored.reasons.some((x: { code: string; message: string }) => x.code === 'gift_cards' && x.message === 'Gift cards in the order (1 of the value)'), JSON.stringify(scored.reasons));
    const del = await t.app.inject({ method: 'DELETE', url: '/v1/admin/risk/rules/gift_cards', headers: t.auth() });
    assert.equal(del.statusCode, 204);
    const again = await t.app.inject({ method: 'DELETE', url: '/v1/admin/risk/rules/gift_cards', headers: t.auth() });
    assert.equal(again.statusCode, 404);
    const readOnly = await t.app.inject({ method: 'PUT', url: '/v1/admin/risk/rules/x1', headers: t.auth(t.apiKey), payload: rule });
    assert.equal(readOnly.statusCode, 403);
  });

  test('the review queue: a review decision labels the order and the model trains once there are enough labels', async () => {
    // An order outside the SCA regions with several strong signals lands in review.
    const held = (await post(order('rev-1', { createdAt: minutes(200), billing: { name: 'John Doe', line1: '1 Main St', city: 'Austin', postalCode: '73301', country: 'US' }, shipping: { name: 'John Doe', line1: '1 Main St', city: 'Austin', postalCode: '73301', country: 'US' }, currency: 'USD', total: '400.00', items: [{ sku: 'PH-1', category: 'electronics', quantity: 1, unitPrice: '400.00' }], payment: { method: 'card', card: { bin: '411111', last4: '1111', issuerCountry: 'US', fingerprint: 'fp-rev-1', funding: 'prepaid' }, avsResult: 'no_match', cvcResult: 'match' }, ip: { address: '8.8.8.8', country: 'US', isHosting: true }, device: { id: 'dev-rev-1', timezone: 'America/Chicago' } }))).json();
    assert.equal(held.decision, 'review', JSON.stringify(held));
    const queue = await t.app.inject({ method: 'GET', url: '/v1/admin/risk/reviews', headers: t.auth() });
    assert.equal(queue.statusCode, 200);
    const item = queue.json().items.find((x: { id: string }) => x.id === held.id);
    assert.ok(item, 'the held order is in the queue');
    assert.ok(Array.isArray(item.buyer.recent));
    const decided = await t.app.inject({ method: 'POST', url: `/v1/admin/risk/reviews/${held.id}`, headers: t.auth(), payload: { decision: 'decline', note: 'confirmed with the issuer' } });
    assert.equal(decided.statusCode, 200, decided.body);
    assert.deepEqual([decided.json().review.review.status, decided.json().review.outcome.label], ['declined', 'fraud']);
    assert.equal(decided.json().model.trained, false);
    const twice = await t.app.inject({ method: 'POST', url: `/v1/admin/risk/reviews/${held.id}`, headers: t.auth(), payload: { decision: 'approve' } });
    assert.equal(twice.statusCode, 409);
    const badDecision = await t.app.inject({ method: 'POST', url: `/v1/admin/risk/reviews/${held.id}`, headers: t.auth(), payload: { decision: 'maybe' } });
    assert.equal(badDecision.statusCode, 400);

    // Label enough orders for the model: fraud on hosting IPs, legitimate otherwise.
    for (let i = 0; i < 36; i++) {
      const fraud = i % 3 === 0;
      const a = (await post(order(`m-${i}`, { createdAt: minutes(300 + i), ip: { address: `10.0.0.${i}`, country: 'DE', isHosting: fraud }, customer: { email: `m${i}@example.de`, name: 'Anna Schmidt' } }))).json();
      await t.app.inject({ method: 'POST', url: `/v1/risk/assessments/${a.id}/outcome`, headers: t.auth(t.apiKey), payload: { outcome: fraud ? 'fraud' : 'legitimate', source: fraud ? 'chargeback' : 'confirmed_good' } });
    }
    const trained = await t.app.inject({ method: 'POST', url: '/v1/admin/risk/model/train', headers: t.auth() });
    assert.equal(trained.statusCode, 200, trained.body);
    const m = trained.json().model;
    assert.ok(m.examples >= 36);
    assert.ok(m.weights[m.features.indexOf('hostingIp')] > 0, 'the model learns that hosting IPs went bad here');
    const next = (await post(order('after-model', { createdAt: minutes(400), ip: { address: '10.0.1.1', country: 'DE', isHosting: true } }))).json();
    assert.ok(next.reasons.some((x: { code: string }) => x.code === 'model.hostingIp'), JSON.stringify(next.reasons));
    assert.ok(next.model?.examples >= 36);
    // The store's normal value in euros is known once 20 orders have been recorded (kept by the trigger).
    assert.equal(typeof next.signals.valueVsStore, 'number', JSON.stringify(next.signals));
  });
});
