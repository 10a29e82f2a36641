import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { trainHsModel } from '../../src/services/hs/train-hs-model.js';
import { importSanctions } from '../../src/services/screening/import-sanctions.js';
import { ConflictError, IdempotencyError, ServerError, type LandfallBody } from '../../packages/sdk/src/index.js';
import { addressIn } from '../checkout/support.js';
import { describeWithDatabases } from '../support/test-database.js';
import { CARD_OK, startSdkServer, wrappedFetch, type SdkServer } from './support.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

const QUOTE: LandfallBody<'POST', '/v1/landed-cost/quotes'> = {
  date: '2026-11-27',
  currency: 'EUR',
  incoterm: 'DDP',
  shipFrom: { country: 'VN' },
  shipTo: { country: 'DE' },
  shipping: { amount: '10.00', currency: 'EUR' },
  items: [{ sku: 'tee', hsCode: '6109.10', originCountry: 'VN', unitPrice: { amount: '20.00', currency: 'EUR' }, quantity: 10, unitWeightKg: 0.2 }],
};

describeWithDatabases('SDK: typed methods against the real server', (db) => {
  let s: SdkServer;
  before(async () => {
    s = await startSdkServer(db());
  });
  after(() => s.close());

  test('landed-cost quote and batch: the same answers as the HTTP API, typed', async () => {
    const quote = await s.api.landedCost.quote(QUOTE);
    const direct = await s.call('POST', '/v1/landed-cost/quotes', { body: QUOTE });
    assert.equal(direct.status, 200, direct.text);
    assert.deepEqual(quote, direct.body);
    assert.equal(quote.currency, 'EUR');
    assert.match(quote.totals.landedCost, /^\d+\.\d{2}$/);
    const batch = await s.api.landedCost.quoteBatch({ requests: [QUOTE, { ...QUOTE, date: 'yesterday' }] });
    assert.equal(batch.results.length, 2);
    assert.deepEqual(batch.results[0], { index: 0, ok: true, quote: direct.body });
    const refused = batch.results[1]!;
    assert.deepEqual([refused.ok, refused.problem?.code, refused.problem?.errors?.[0]?.field], [false, 'VALIDATION_FAILED', 'requests[1].date']);
  });

  test('restrictions check: per item findings, typed', async () => {
    const r = await s.api.restrictions.check({ destination: 'us', items: [{ hsCode: '240220', title: 'Cigarettes' }, { hsCode: '610910', title: 'Cotton T-shirt' }] });
    assert.equal(r.destination, 'US');
    const items = r.items as Array<{ allowed: boolean; barredChannels: string[]; findings: Array<{ rule: string }> }>;
    assert.deepEqual(items.map((i) => [i.allowed, i.barredChannels, i.findings.map((f) => f.rule)]), [
      [true, ['postal'], ['us.postal.tobacco']],
      [true, [], []],
    ]);
  });

  test('HS classification: 503 before a model is trained (ServerError, not retried: a POST without key), then ranked candidates', async () => {
    const { fetch, sent } = wrappedFetch();
    const client = s.client({ fetch }, s.apiKey);
    const missing = await client.hs.classify({ text: 'organic cotton T-shirt' }).catch((e: unknown) => e);
    assert.ok(missing instanceof ServerError, String(missing));
    assert.deepEqual([missing.status, missing.code, missing.attempts, sent.length], [503, 'HS_MODEL_MISSING', 1, 1]);
    const trained = await trainHsModel(s.deps, { nomenclature: 'nomenclature.csv', examples: 'examples.jsonl', load: { cwd: path.join(FIXTURES, 'hs') } });
    assert.ok(trained.ok, trained.ok ? '' : trained.message);
    const one = await client.hs.classify({ text: 'organic cotton T-shirt', limit: 3 });
    assert.ok('candidates' in one);
    assert.equal(one.candidates[0]!.hs6, '610910');
  });

  test('screening: 409 NO_LISTS (ConflictError) before any list, then a match', async () => {
    const none = await s.api.screening.screen({ name: 'Ivan Sidorov' }).catch((e: unknown) => e);
    assert.ok(none instanceof ConflictError, String(none));
    assert.deepEqual([none.status, none.code], [409, 'NO_LISTS']);
    const eu = await importSanctions(s.deps, { kind: 'eu', source: 'eu-sample.xml', cwd: path.join(FIXTURES, 'sanctions') });
    assert.ok(eu.ok, JSON.stringify(eu));
    const hit = await s.api.screening.screen({ name: 'SIDOROV Ivan', country: 'Russia', type: 'individual', reference: 'order LF-1' });
    assert.equal(hit.decision, 'match');
    const history = await s.admin.screening.history({ reference: 'order LF-1' });
    assert.deepEqual(history.items.map((h) => h.decision), ['match']);
  });

  test('catalog: products read and patched, store markets and priced products', async () => {
    const page = await s.admin.products.list({ limit: 2 });
    assert.equal(page.items.length, 2);
    assert.equal(typeof page.nextCursor, 'string');
    const first = page.items[0]!;
    const byHandle = await s.admin.products.get(first.handle);
    assert.equal(byHandle.id, first.id);
    const patched = await s.admin.products.update(first.id, { tags: ['sdk-test'] });
    assert.deepEqual(patched.tags, ['sdk-test']);
    const markets = await s.api.store.markets();
    assert.ok(markets.items.some((m) => m.id === 'eu'));
    const priced = await s.api.store.products({ market: 'eu', country: 'DE', limit: 1 });
    assert.equal(priced.market.id, 'eu');
    assert.equal(priced.items.length, 1);
  });

  test('checkout: cart, checkout with a generated Idempotency-Key, card payment, the order paid; refund by the merchant', async () => {
    const { fetch, sent } = wrappedFetch();
    const shop = s.client({ fetch }, s.apiKey);
    const cart = await shop.carts.create({ market: 'eu', country: 'DE', email: `sdk-${randomUUID()}@example.com`, address: addressIn('DE'), lines: [{ sku: 'SCF-NEC-55', quantity: 1 }] });
    assert.ok('checkoutReady' in cart);
    assert.deepEqual([cart.checkoutReady, cart.problems], [true, []]);
    const placed = await shop.carts.checkout(cart.id, { payment: { method: 'card' } });
    // The checkout answer documents its payment as an open object: the id is read as a string here.
    const paymentId = placed.payment?.id as string;
    const checkoutCall = sent.find((x) => x.path === `/v1/carts/${cart.id}/checkout`)!;
    assert.match(checkoutCall.idempotencyKey ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'a UUID made for the call');
    assert.equal(sent.find((x) => x.path === '/v1/carts')!.idempotencyKey, null, 'carts.create takes no key');
    const paid = await shop.payments.confirm(paymentId, { card: CARD_OK });
    assert.equal(paid.status, 'succeeded');
    const order = await s.admin.orders.get(placed.order.number);
    assert.equal(order.status, 'paid');
    const lookedUp = await shop.orders.lookup(placed.order.number, cart.email!);
    assert.equal(lookedUp.number, placed.order.number);
    const listed = await s.admin.listAll('/v1/admin/orders', { query: { status: 'paid' } });
    assert.ok(listed.some((o) => o.number === placed.order.number));
    const payment = await shop.payments.get(paymentId);
    assert.deepEqual(payment.refunds, []);
    const refund = await s.admin.payments.refund(paymentId, { amount: { amount: '1.00', currency: payment.amount.currency }, reason: 'goodwill' });
    assert.deepEqual([refund.amount, refund.status], [{ amount: '1.00', currency: payment.amount.currency }, 'succeeded']);
    assert.equal(await s.refundCount(paymentId), 1);
  });

  test('payments: create with the caller\'s key is replayed, not repeated; the same key with another body is IDEMPOTENCY_KEY_REUSED', async () => {
    const key = `order-${randomUUID()}`;
    const body = { reference: `sdk-${key}`, amount: { amount: '25.90', currency: 'EUR' }, method: 'card', country: 'DE', market: 'eu' };
    const first = await s.api.requestWithResponse('POST', '/v1/payments', { body, idempotencyKey: key });
    const again = await s.api.requestWithResponse('POST', '/v1/payments', { body, idempotencyKey: key });
    assert.deepEqual([first.status, first.replayed, first.idempotencyKey], [201, false, key]);
    assert.deepEqual([again.status, again.replayed, again.data.id], [201, true, first.data.id]);
    assert.equal(await s.paymentCount(body.reference), 1);
    const reused = await s.api.payments.create({ ...body, amount: { amount: '26.00', currency: 'EUR' } }, { idempotencyKey: key }).catch((e: unknown) => e);
    assert.ok(reused instanceof IdempotencyError, String(reused));
    assert.deepEqual([reused.status, reused.code, reused.field], [422, 'IDEMPOTENCY_KEY_REUSED', 'headers.idempotency-key']);
  });

  test('webhook endpoints and the reports dashboard', async () => {
    const endpoint = await s.admin.webhooks.createEndpoint({ url: 'https://hooks.example.com/landfall', eventTypes: ['order.*'], description: 'ERP' });
    assert.match(endpoint.secret, /^whsec_/);
    const endpoints = await s.admin.webhooks.listEndpoints();
    const listed = endpoints.items.find((e) => e.id === endpoint.id);
    assert.deepEqual(listed && { url: listed.url, eventTypes: listed.eventTypes, secret: (listed as Record<string, unknown>).secret }, { url: 'https://hooks.example.com/landfall', eventTypes: ['order.*'], secret: undefined });
    assert.equal(await s.admin.webhooks.deleteEndpoint(endpoint.id), undefined, '204: no body');
    const dashboard = await s.admin.reports.dashboard({ from: '2026-11-01', to: '2026-11-30' });
    assert.equal(typeof dashboard, 'object');
  });

  test('pagination: paginate and listAll follow nextCursor over several pages and give what one big page gives', async () => {
    const all = await s.admin.products.list({ limit: 100 });
    assert.equal(all.nextCursor, null);
    assert.ok(all.items.length > 5, `${all.items.length} products`);
    const { fetch, sent } = wrappedFetch();
    const paging = s.client({ fetch });
    const seen: string[] = [];
    for await (const product of paging.paginate('/v1/admin/products', { query: { limit: 2 } })) seen.push(product.id);
    assert.deepEqual(seen, all.items.map((p) => p.id));
    assert.equal(sent.length, Math.ceil(all.items.length / 2), 'one request per page');
    assert.ok(sent.slice(1).every((x) => /[?&]cursor=/.test(x.path)), 'later pages ask with the cursor');
    const listed = await paging.listAll('/v1/admin/products', { query: { limit: 3 } });
    assert.deepEqual(listed.map((p) => p.id), seen);
    let taken = 0;
    const before = sent.length;
    for await (const _ of paging.paginate('/v1/admin/products', { query: { limit: 2 } })) if (++taken === 3) break;
    assert.equal(sent.length - before, 2, 'stopping early fetches no further page');
  });
});
