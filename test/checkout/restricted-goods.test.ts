import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeWithDatabases } from '../support/test-database.js';
import { buyerEmail, addressIn, checkout, createCart, placePaidOrder, said, startCheckoutServer, type CheckoutServer } from './support.js';

/**
 * Restricted and prohibited goods in the cart, at checkout, before a parcel ships, in the catalog
 * per market, and over the check API. The products are made here: HS codes the demo rules can
 * price, with the words and tags the rules read.
 */
const PRODUCTS = [
  { handle: 'replica-pistol', sku: 'RG-PISTOL', hsCode: '442090', title: 'Carved wooden replica pistol', de: 'Geschnitzte Pistolen-Attrappe aus Holz' },
  { handle: 'power-bank-bag', sku: 'BAG-PB', hsCode: '420221', title: 'Leather tote with power bank pocket', de: 'Ledertasche mit Powerbank' },
  { handle: 'wooden-ecig', sku: 'ECIG-1', hsCode: '442090', title: 'Handmade wooden e-cigarette', de: 'Handgemachte E-Zigarette aus Holz' },
];

describeWithDatabases('restricted and prohibited goods', (db) => {
  let s: CheckoutServer;
  const cartFor = async (market: string, country: string, sku: string, locale?: string) =>
    createCart(s, { market, country, email: buyerEmail(), address: addressIn(country), lines: [{ sku, quantity: 1 }], ...(locale ? { locale } : {}) });

  before(async () => {
    s = await startCheckoutServer(db());
    for (const p of PRODUCTS) {
      const created = await s.admin('POST', '/v1/admin/products', {
        body: { handle: p.handle, status: 'active', hsCode: p.hsCode, originCountry: 'VN', translations: { en: { title: p.title }, de: { title: p.de } }, variants: [{ sku: p.sku, price: { amount: '40.00', currency: 'USD' }, weightKg: '0.6' }] },
      });
      assert.equal(created.status, 201, said(created));
      const moved = await s.admin('POST', '/v1/admin/inventory/movements', { body: { sku: p.sku, warehouse: 'vn-hoian', kind: 'receipt', quantity: 50, reason: 'test stock' } });
      assert.equal(moved.status, 201, said(moved));
    }
  });
  after(() => s.close());

  test('a prohibited line is a cart problem with the reason in the buyer language; checkout is 422 GOODS_RESTRICTED and changes nothing', async () => {
    const cart = await cartFor('au', 'AU', 'ECIG-1', 'de');
    const line = cart.lines[0];
    assert.equal(line.restrictions.allowed, false);
    assert.deepEqual(line.restrictions.barredChannels, ['postal', 'courier']);
    assert.deepEqual(line.restrictions.findings.map((f: any) => [f.rule, f.action, f.blocks, f.matchedBy]), [
      ['au.vaping', 'prohibited', 'all', 'keyword "ecigarette*"'],
      ['au.wood-products', 'conditional', 'none', 'HS 4420'],
    ]);
    const problem = cart.problems.find((p: any) => p.code === 'GOODS_RESTRICTED');
    assert.equal(problem.field, 'lines[0].sku');
    assert.equal(problem.reason, 'Lieferland Australien: Dieser Artikel kann nicht geliefert werden (Einfuhr verboten: E-Zigaretten und Liquids).');
    assert.match(problem.message, /ECIG-1 cannot be sent to AU/);
    assert.equal(cart.checkoutReady, false);
    const [orders, stock] = [await s.orderCount(), await s.levels('ECIG-1')];
    const r = await checkout(s, cart.id);
    assert.deepEqual([r.status, r.body.code, r.body.field ?? r.body.errors?.[0]?.field], [422, 'GOODS_RESTRICTED', 'lines[0].sku'], said(r));
    assert.equal(r.body.errors[0].reason, problem.reason);
    assert.equal(await s.orderCount(), orders);
    assert.deepEqual(await s.levels('ECIG-1'), stock);
    // The same item to a country without the rule is fine.
    const jp = await cartFor('jp', 'JP', 'ECIG-1');
    assert.deepEqual(jp.lines[0].restrictions, { allowed: true, barredChannels: [], reason: null, findings: [] });
  });

  test('a channel the goods cannot travel by is left out of the delivery options, and the buyer is told', async () => {
    const cart = await cartFor('eu', 'DE', 'BAG-PB', 'fr');
    const r = cart.lines[0].restrictions;
    assert.equal(r.allowed, true);
    assert.deepEqual(r.barredChannels, ['postal']);
    assert.equal(r.reason, 'Expédié par transporteur express : envoi postal interdit vers le pays de destination (Allemagne, piles et batteries au lithium).');
    assert.deepEqual(r.findings.map((f: any) => [f.rule, f.blocks]), [['all.postal.lithium-cells', ['postal']], ['all.courier.lithium-cells', 'none']]);
    assert.ok(cart.deliveryOptions.length > 0, JSON.stringify(cart.problems));
    for (const o of cart.deliveryOptions) for (const sh of o.shipments) assert.equal(sh.channel, 'courier', `${o.id} should not go by post`);
    assert.deepEqual(cart.problems, []);
    // Without the battery, the cheapest way to Germany is the post: the filter is what removed it.
    const plain = await cartFor('eu', 'DE', 'RG-PISTOL');
    assert.ok(plain.deliveryOptions.some((o: any) => o.shipments.some((sh: any) => sh.channel === 'postal')), 'the post serves Germany for other goods');
  });

  test('a restricted line is allowed once the store records a licence; the line names it; shipping checks again before the label', async () => {
    const blocked = await cartFor('au', 'AU', 'RG-PISTOL');
    assert.deepEqual(blocked.problems.map((p: any) => p.code), ['GOODS_RESTRICTED']);
    assert.equal(blocked.lines[0].restrictions.findings[0].requires.startsWith('Import permission'), true);
    const licence = await s.admin('POST', '/v1/admin/restrictions/licences', { body: { rule: 'au.imitation-firearms', destination: 'AU', reference: 'B709-2026-0042', validFrom: '2026-01-01', validTo: '2027-12-31' } });
    assert.equal(licence.status, 201, said(licence));
    const cart = await cartFor('au', 'AU', 'RG-PISTOL');
    assert.deepEqual(cart.problems, []);
    assert.deepEqual(cart.lines[0].restrictions.findings.map((f: any) => [f.rule, f.licence, f.blocks]), [
      ['au.imitation-firearms', 'B709-2026-0042', 'none'],
      ['au.wood-products', null, 'none'],
    ]);
    const order = await placePaidOrder(s, cart.id);

    // The licence is withdrawn before the parcel leaves: the label is refused, the shipment stays planned.
    assert.equal((await s.admin('DELETE', `/v1/admin/restrictions/licences/${licence.body.id}`)).status, 204);
    const ship = await s.admin('POST', `/v1/admin/orders/${order.number}/shipments/0/ship`, { body: { trackingNumber: 'RR123456785VN' } });
    assert.deepEqual([ship.status, ship.body.code], [422, 'GOODS_RESTRICTED'], said(ship));
    assert.match(ship.body.detail ?? ship.body.message ?? '', /RG-PISTOL: .*au\.imitation-firearms/);
    const after = await s.admin('GET', `/v1/admin/orders/${order.number}`);
    assert.equal(after.body.shipments[0].status, 'planned');
    assert.equal(after.body.status, 'paid');
    // Recorded again, it ships.
    const again = await s.admin('POST', '/v1/admin/restrictions/licences', { body: { rule: 'au.imitation-firearms', destination: 'AU', reference: 'B709-2026-0043', validFrom: '2026-01-01' } });
    assert.equal(again.status, 201);
    const shipped = await s.admin('POST', `/v1/admin/orders/${order.number}/shipments/0/ship`, { body: { trackingNumber: 'RR123456785VN' } });
    assert.equal(shipped.status, 200, said(shipped));
    assert.equal((await s.admin('DELETE', `/v1/admin/restrictions/licences/${again.body.id}`)).status, 204);
  });

  test('licences: only for a restricted rule, in a destination it covers, with a reference and dates; bad input names the field', async () => {
    for (const [body, field] of [
      [{ rule: 'au.vaping', destination: 'AU', reference: 'X', validFrom: '2026-01-01' }, 'rule'],
      [{ rule: 'no.such.rule', destination: 'AU', reference: 'X', validFrom: '2026-01-01' }, 'rule'],
      [{ rule: 'au.imitation-firearms', destination: 'NZ', reference: 'X', validFrom: '2026-01-01' }, 'destination'],
      [{ rule: 'eu.tobacco', destination: 'Europe', reference: 'X', validFrom: '2026-01-01' }, 'destination'],
      [{ rule: 'au.imitation-firearms', destination: 'AU', reference: '  ', validFrom: '2026-01-01' }, 'reference'],
      [{ rule: 'au.imitation-firearms', destination: 'AU', reference: 'X', validFrom: '2026-02-30' }, 'validFrom'],
      [{ rule: 'au.imitation-firearms', destination: 'AU', reference: 'X', validFrom: '2026-02-01', validTo: '2026-01-01' }, 'validTo'],
      [{ rule: 'au.imitation-firearms', destination: 'AU', reference: 'X', validFrom: '2026-01-01', colour: 'red' }, 'colour'],
    ] as const) {
      const r = await s.admin('POST', '/v1/admin/restrictions/licences', { body });
      assert.equal(r.status, 400, `${JSON.stringify(body)}: ${said(r)}`);
      assert.equal(r.body.field ?? r.body.errors?.[0]?.field, field, said(r));
    }
    const eu = await s.admin('POST', '/v1/admin/restrictions/licences', { body: { rule: 'eu.tobacco', destination: 'de', reference: 'DE-TPD-77', validFrom: '2026-01-01' } });
    assert.equal(eu.status, 201, said(eu));
    assert.equal(eu.body.destination, 'DE');
    assert.equal((await s.admin('POST', '/v1/admin/restrictions/licences', { body: { rule: 'eu.tobacco', destination: 'DE', reference: 'DE-TPD-77', validFrom: '2026-03-01' } })).status, 409);
    const list = await s.admin('GET', '/v1/admin/restrictions/licences');
    assert.deepEqual(list.body.items.map((l: any) => [l.rule, l.destination, l.reference]), [['eu.tobacco', 'DE', 'DE-TPD-77']]);
    assert.equal((await s.admin('DELETE', `/v1/admin/restrictions/licences/${eu.body.id}`)).status, 204);
    assert.equal((await s.admin('DELETE', `/v1/admin/restrictions/licences/${eu.body.id}`)).status, 404);
    assert.equal((await s.admin('DELETE', '/v1/admin/restrictions/licences/not-a-uuid')).status, 404);
    assert.equal((await s.call('GET', '/v1/admin/restrictions/licences')).status, 403, 'an API key without the admin scope is refused');
  });

  test('the catalog per market: each product with something to say, per country, blocked or with conditions', async () => {
    const gb = await s.admin('GET', '/v1/admin/restrictions/catalog?market=uk');
    assert.equal(gb.status, 200, said(gb));
    assert.deepEqual(gb.body.countries, ['GB']);
    const pistol = gb.body.items.find((i: any) => i.handle === 'replica-pistol');
    assert.deepEqual(pistol.destinations.map((d: any) => [d.country, d.allowed, d.findings.map((f: any) => f.rule)]), [['GB', false, ['gb.imitation-firearms']]]);
    assert.deepEqual(pistol.skus, ['RG-PISTOL']);
    // The demo catalog sells to every market it is offered in: conditions, never a block.
    for (const market of ['us', 'ca', 'eu', 'uk', 'ch', 'no', 'au', 'nz', 'jp', 'kr', 'sg']) {
      const r = await s.admin('GET', `/v1/admin/restrictions/catalog?market=${market}`);
      assert.equal(r.status, 200, said(r));
      const demoBlocked = r.body.items.filter((i: any) => !PRODUCTS.some((p) => p.handle === i.handle) && i.destinations.some((d: any) => !d.allowed));
      assert.deepEqual(demoBlocked.map((i: any) => i.handle), [], `demo products blocked in ${market}`);
    }
    const eu = await s.admin('GET', '/v1/admin/restrictions/catalog?market=eu');
    const cosmetics = eu.body.items.filter((i: any) => i.hsCode.startsWith('3304'));
    assert.ok(cosmetics.length > 0, 'the demo cosmetics carry the EU responsible-person condition');
    assert.deepEqual(cosmetics[0].destinations.map((d: any) => d.findings[0].rule), ['DE', 'ES', 'FR', 'IT', 'NL'].map(() => 'eu.cosmetics'));
    assert.equal((await s.admin('GET', '/v1/admin/restrictions/catalog?market=atlantis')).status, 404);
    const bad = await s.admin('GET', '/v1/admin/restrictions/catalog?market=eu&date=yesterday');
    assert.deepEqual([bad.status, bad.body.field ?? bad.body.errors?.[0]?.field], [400, 'date']);
    assert.equal((await s.admin('GET', '/v1/admin/restrictions/catalog')).status, 400);
  });

  test('the check API answers other shops: per item, by channel, on a date, in a language; bad input is named', async () => {
    const r = await s.call('POST', '/v1/restrictions/check', {
      body: {
        destination: 'us',
        locale: 'ja',
        items: [
          { hsCode: '240220', title: 'Cigarettes' },
          { hsCode: '220421', title: 'Red wine' },
          { hsCode: '610910', title: 'Cotton T-shirt' },
          { hsCode: '392690', title: 'Bangle', material: 'elephant ivory' },
        ],
      },
    });
    assert.equal(r.status, 200, said(r));
    assert.equal(r.body.destination, 'US');
    assert.deepEqual(r.body.items.map((i: any) => [i.allowed, i.barredChannels, i.findings.map((f: any) => f.rule)]), [
      [true, ['postal'], ['us.postal.tobacco']],
      [false, ['postal', 'courier'], ['us.postal.alcohol', 'us.alcohol', 'us.food-prior-notice']],
      [true, [], []],
      [false, ['postal', 'courier'], ['all.elephant-ivory']],
    ]);
    assert.equal(r.body.items[1].reason, 'この商品はお届け先の国（アメリカ合衆国）へ配送できません（輸入許可が必要：酒類）。');
    const byPost = await s.call('POST', '/v1/restrictions/check', { body: { destination: 'US', channel: 'postal', items: [{ hsCode: '240220', title: 'Cigarettes' }] } });
    assert.deepEqual([byPost.body.items[0].allowed, byPost.body.items[0].barredChannels], [false, ['postal']]);
    const before = await s.call('POST', '/v1/restrictions/check', { body: { destination: 'AU', date: '2024-02-01', items: [{ hsCode: '854340', title: 'Vape' }] } });
    assert.deepEqual(before.body.items[0].findings, [], 'the AU vaping rule starts 2024-03-01');
    for (const [body, field] of [
      [{ items: [{ hsCode: '610910' }] }, 'destination'],
      [{ destination: 'USA', items: [{ hsCode: '610910' }] }, 'destination'],
      [{ destination: 'US', channel: 'air', items: [{ hsCode: '610910' }] }, 'channel'],
      [{ destination: 'US', items: [] }, 'items'],
      [{ destination: 'US', items: Array.from({ length: 101 }, () => ({ hsCode: '610910' })) }, 'items'],
      [{ destination: 'US', items: [{ hsCode: '61' }] }, 'items[0].hsCode'],
      [{ destination: 'US', items: [{ hsCode: '610910', title: 'x'.repeat(5001) }] }, 'items[0].title'],
      [{ destination: 'US', items: [{ hsCode: '610910', tags: ['Not A Slug'] }] }, 'items[0].tags'],
      [{ destination: 'US', items: [{ hsCode: '610910', price: 3 }] }, 'items[0].price'],
      [{ destination: 'US', date: '2026-02-30', items: [{ hsCode: '610910' }] }, 'date'],
      [[1, 2], 'body'],
    ] as const) {
      const bad = await s.call('POST', '/v1/restrictions/check', { body });
      assert.equal(bad.status, 400, `${JSON.stringify(body).slice(0, 80)}: ${said(bad)}`);
      assert.equal(bad.body.field ?? bad.body.errors?.[0]?.field, field, said(bad));
    }
    const rules = await s.admin('GET', '/v1/admin/restrictions/rules');
    assert.equal(rules.status, 200);
    assert.ok(rules.body.items.every((x: any) => typeof x.source === 'string' && x.source.length > 10 && typeof x.inForce === 'boolean'));
    assert.ok(rules.body.groups.EU.includes('DE'));
  });
});
