import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeWithDatabases } from '../support/test-database.js';
import { placePaidOrder, readyCart, said, startCheckoutServer, type CheckoutServer } from './support.js';

/** An ABN with valid check digits, computed here (weights 10,1,3,...,19 after subtracting 1 from the first digit; mod 89): a generated number, not a real registration. */
function abn(): string {
  const weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  for (let n = 10_000_000_000; ; n++) {
    const d = String(n).split('').map(Number);
    d[0]! -= 1;
    if (d.reduce((a, x, i) => a + x * weights[i]!, 0) % 89 === 0) return String(n);
  }
}

/** A German VAT number with its ISO 7064 MOD 11,10 check digit computed here (a generated number, not a real registration). */
function germanVat(base8: string): string {
  let p = 10;
  for (const c of base8) {
    let t = (Number(c) + p) % 10;
    if (t === 0) t = 10;
    p = (t * 2) % 11;
  }
  return `DE${base8}${(11 - p) % 10}`;
}

describeWithDatabases('registrations and thresholds', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
  });
  after(() => s.close());

  test('registrations are checked for their scheme (format and check digit), dated, unique; bad ones name the field', async () => {
    const good = abn();
    const wrong = `${good.slice(0, 10)}${(Number(good[10]) + 1) % 10}`;
    for (const [body, field] of [
      [{ scheme: 'AU_GST', number: wrong, validFrom: '2026-01-01' }, 'number'],
      [{ scheme: 'VAT_XX', number: '123', validFrom: '2026-01-01' }, 'scheme'],
      [{ scheme: 'AU_GST', number: good, validFrom: '2026-13-01' }, 'validFrom'],
      [{ scheme: 'AU_GST', number: good, validFrom: '2026-02-01', validTo: '2026-01-01' }, 'validTo'],
      [{ scheme: 'US_SALES_TAX', number: 'SR-123456', validFrom: '2026-01-01' }, 'region'],
      [{ scheme: 'IOSS', number: 'IM9991234567', validFrom: '2026-01-01' }, 'number'],
    ] as const) {
      const r = await s.admin('POST', '/v1/admin/registrations', { body });
      assert.equal(r.status, 400, `${JSON.stringify(body)}: ${said(r)}`);
      assert.equal(r.body.field ?? r.body.errors?.[0]?.field, field, said(r));
    }
    const created = await s.admin('POST', '/v1/admin/registrations', { body: { scheme: 'AU_GST', number: `${good.slice(0, 2)} ${good.slice(2, 5)} ${good.slice(5, 8)} ${good.slice(8)}`, validFrom: '2026-01-01' } });
    assert.equal(created.status, 201, said(created));
    assert.deepEqual([created.body.number, created.body.checked], [good, 'check_digit']);
    const again = await s.admin('POST', '/v1/admin/registrations', { body: { scheme: 'AU_GST', number: good, validFrom: '2026-01-01' } });
    assert.equal(again.status, 409);
    const list = await s.admin('GET', '/v1/admin/registrations');
    assert.equal(list.body.items.length, 1);
    const removed = await s.admin('DELETE', `/v1/admin/registrations/${created.body.id}`);
    assert.equal(removed.status, 204);
    assert.equal((await s.admin('DELETE', `/v1/admin/registrations/${created.body.id}`)).status, 404);
  });

  test('thresholds against the running totals of paid orders: the US nexus of New York counts orders from the US warehouse; a registration marks it registered', async () => {
    const before = (await s.admin('GET', '/v1/admin/registrations/thresholds')).body;
    const ny0 = before.items.find((i: { id: string }) => i.id === 'us.ny');
    assert.equal(ny0.status, 'below');
    assert.equal(ny0.orders, 0);
    const gb = before.items.find((i: { id: string }) => i.id === 'gb.low-value');
    assert.equal(gb.status, 'register_before_selling');
    const cart = await readyCart(s, 'us', 'US', [{ sku: 'TEE-LAN-M', quantity: 2 }]);
    const order = await placePaidOrder(s, cart.id);
    const after = (await s.admin('GET', '/v1/admin/registrations/thresholds')).body;
    const ny = after.items.find((i: { id: string }) => i.id === 'us.ny');
    assert.equal(ny.orders, 1, JSON.stringify(ny));
    assert.equal(ny.sales.currency, 'USD');
    assert.equal(ny.sales.amount, order.totals.goods.amount, 'the goods of the one paid order, in USD');
    assert.match(ny.source, /New York Tax Law/);
    const reg = await s.admin('POST', '/v1/admin/registrations', { body: { scheme: 'US_SALES_TAX', number: 'NY-123456', region: 'ny', validFrom: '2026-01-01' } });
    assert.equal(reg.status, 201, said(reg));
    const registered = (await s.admin('GET', '/v1/admin/registrations/thresholds')).body.items.find((i: { id: string }) => i.id === 'us.ny');
    assert.equal(registered.status, 'registered');
  });

  test('a registration changes the quote: with a VOEC number the Norwegian buyer pays the VAT at checkout under VOEC', async () => {
    const cart = await readyCart(s, 'no', 'NO', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const programs = (c: any) => [...new Set(c.deliveryOptions.flatMap((o: any) => o.shipments.flatMap((p: any) => p.charges.map((ch: any) => String(ch.program)))))].sort();
    const before = (await s.call('GET', `/v1/carts/${cart.id}`)).body;
    const reg = await s.admin('POST', '/v1/admin/registrations', { body: { scheme: 'NO_VOEC', number: 'voec 1234567', validFrom: '2026-01-01' } });
    assert.equal(reg.status, 201, said(reg));
    assert.equal(reg.body.number, 'VOEC1234567');
    const after = (await s.call('GET', `/v1/carts/${cart.id}`)).body;
    // Before: duty and import VAT at the border; after: VAT collected at checkout under the low-value scheme (VOEC).
    assert.deepEqual(programs(before), ['MFN', 'import tax']);
    assert.deepEqual(programs(after), ['low-value scheme'], 'the registration is used by the landed-cost engine');
  });

  test('EU OSS: a sale from the Dutch warehouse to Germany counts toward the EUR 10,000; a union-scheme number (check digit verified) marks it registered, the non-union one does not; quotes are unchanged', async () => {
    const oss = async () => (await s.admin('GET', '/v1/admin/registrations/thresholds')).body.items.find((i: { id: string }) => i.id === 'eu.oss-distance-sales');
    const before = await oss();
    assert.deepEqual([before.status, before.orders, before.sales.amount, before.sales.currency], ['below', 0, '0.00', 'EUR']);
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    assert.deepEqual(cart.deliveryOptions.find((o: any) => o.chosen).shipments.map((p: any) => p.warehouse.code), ['nl-venlo']);
    const order = await placePaidOrder(s, cart.id);
    const counted = await oss();
    assert.equal(counted.orders, 1, JSON.stringify(counted));
    assert.equal(counted.sales.amount, order.totals.goods.amount, 'the goods of the one paid order, in EUR');
    assert.equal(counted.status, 'below');

    const good = germanVat('47110012');
    const wrong = `${good.slice(0, -1)}${(Number(good.at(-1)) + 1) % 10}`;
    for (const [number, message] of [
      [wrong, /^DE VAT number check digit does not add up \(ISO 7064 MOD 11,10\)/],
      ['DE01234567', /a DE VAT number is DE \+ 9 digits/],
      ['IM2760000001', /register it under IOSS/],
      ['EU826000041', /826 is not the numeric code of an EU member state/],
    ] as const) {
      const r = await s.admin('POST', '/v1/admin/registrations', { body: { scheme: 'EU_OSS', number, validFrom: '2026-01-01' } });
      assert.equal(r.status, 400, `${number}: ${said(r)}`);
      assert.equal(r.body.errors?.[0]?.field ?? r.body.field, 'number', said(r));
      assert.match(r.body.errors?.[0]?.message ?? '', message, said(r));
    }
    const nonUnion = await s.admin('POST', '/v1/admin/registrations', { body: { scheme: 'EU_OSS', number: 'eu 372 000 041', validFrom: '2026-01-01' } });
    assert.equal(nonUnion.status, 201, said(nonUnion));
    assert.deepEqual([nonUnion.body.number, nonUnion.body.checked], ['EU372000041', 'format']);
    assert.equal((await oss()).status, 'below', 'the non-union scheme covers services, not distance sales of goods');

    const quote = async () => (await s.call('GET', `/v1/carts/${(await readyCart(s, 'eu', 'FR', [{ sku: 'TEE-LAN-M', quantity: 1 }])).id}`)).body.deliveryOptions.map((o: any) => [o.id, o.shipments.map((p: any) => p.charges.map((c: any) => [c.name, c.amount, c.program]))]);
    const quoted = await quote();
    const union = await s.admin('POST', '/v1/admin/registrations', { body: { scheme: 'EU_OSS', number: `${good.slice(0, 2)} ${good.slice(2, 5)} ${good.slice(5)}`, validFrom: '2026-01-01' } });
    assert.equal(union.status, 201, said(union));
    assert.deepEqual([union.body.number, union.body.checked], [good, 'check_digit']);
    const registered = await oss();
    assert.deepEqual([registered.status, registered.orders], ['registered', 1]);
    // The OSS is how the seller declares the destination VAT the quote already charges on an intra-EU parcel: the quote does not change.
    assert.deepEqual(await quote(), quoted);
    assert.equal((await s.admin('GET', '/v1/admin/registrations')).body.items.filter((r: { scheme: string }) => r.scheme === 'EU_OSS').length, 2);
  });
});
