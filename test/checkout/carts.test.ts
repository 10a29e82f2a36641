import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeWithDatabases } from '../support/test-database.js';
import { addressIn, assertTotalsAddUp, createCart, fields, minor, said, startCheckoutServer, type Answer, type CheckoutServer } from './support.js';

/**
 * Demo prices used below (catalog USD price x ECB 0.88873089 EUR per USD x 1.02 markup x (1 + VAT of
 * the buyer's country), rounded half-up to the cent, then to the nearest .90):
 *   COF-ROB-250  USD 14.00 -> 13.58 with DE 7%  -> EUR 13.90
 *   SCF-SQ90-IND USD 78.00 -> 84.14 with DE 19% -> EUR 83.90
 *   TEE-LAN-M    USD 32.00 -> 34.52 with DE 19% -> EUR 34.90
 * In the US market (no conversion, no markup, no tax in the price, nearest .99): 13.99 and 31.99.
 */
const DE_LINES = [
  { sku: 'COF-ROB-250', quantity: 2 },
  { sku: 'SCF-SQ90-IND', quantity: 1 },
  { sku: 'TEE-LAN-M', quantity: 3 },
];
const DDP_STATEMENT = 'Duties and import taxes are included and paid now: nothing more is due on delivery.';
const amounts = (totals: Record<string, { amount: string; currency: string }>) => Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v.amount]));

/** What every cart answer must hold, whatever the operation. */
function assertCartAnswer(r: Answer, status = 200) {
  assert.equal(r.status, status, said(r));
  const c = r.body;
  assert.equal(r.headers.get('etag'), `"${c.id}.${c.version}"`);
  assert.equal(typeof c.routing?.reason, 'string');
  assert.ok(c.routing.reason.length > 0);
  const chosen = c.deliveryOptions.filter((o: { chosen: boolean }) => o.chosen);
  assert.equal(chosen.length, 1, 'exactly one delivery option is chosen');
  const landed = c.deliveryOptions.map((o: { totals: { landedCost: { amount: string } } }) => minor(o.totals.landedCost));
  assert.deepEqual(landed, [...landed].sort((a, b) => a - b), 'cheapest landed cost first');
  for (const o of c.deliveryOptions) {
    const t = o.totals;
    assert.equal(minor(t.landedCost), minor(t.shipping) + minor(t.duties) + minor(t.taxes) + minor(t.fees), `landed cost of ${o.id}`);
  }
  assert.equal(c.totals.shipping.amount, chosen[0].totals.shipping.amount);
  assertTotalsAddUp(c.totals);
  return c;
}

describeWithDatabases('checkout: carts over HTTP', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
  });
  after(() => s.close());

  test('a cart in the EU market for a German buyer: market prices, delivery options, totals that add up, DDP statement, German payment methods', async () => {
    const created = await s.call('POST', '/v1/carts', { body: { market: 'eu', country: 'DE', lines: DE_LINES } });
    const c = assertCartAnswer(created, 201);
    assert.equal(c.status, 'open');
    assert.deepEqual([c.market, c.country, c.currency, c.incoterm], ['eu', 'DE', 'EUR', 'DDP']);
    assert.deepEqual(
      c.lines.map((l: any) => [l.sku, l.quantity, l.unitPrice.amount, l.lineTotal.amount, l.discount.amount, l.goods.amount, l.taxIncluded.rate, l.taxIncluded.amount.amount, l.unitPrice.currency]),
      [
        // The VAT inside a tax-inclusive price: price x r / (100 + r), half-up.
        ['COF-ROB-250', 2, '13.90', '27.80', '0.00', '27.80', '7%', '1.82', 'EUR'], // 27.80 x 7/107 = 1.8187
        ['SCF-SQ90-IND', 1, '83.90', '83.90', '0.00', '83.90', '19%', '13.40', 'EUR'], // 83.90 x 19/119 = 13.3958
        ['TEE-LAN-M', 3, '34.90', '104.70', '0.00', '104.70', '19%', '16.72', 'EUR'], // 104.70 x 19/119 = 16.7168
      ],
    );

    // Venlo holds every line: the cheapest way is one domestic EU parcel by post; express is the faster option.
    assert.deepEqual(c.deliveryOptions.map((o: any) => [o.id, o.chosen]), [['nl-venlo:nl-postal-economy', true], ['nl-venlo:nl-express', false]]);
    const [economy, express] = c.deliveryOptions;
    assert.ok(express.deliveryWindow.maxDays < economy.deliveryWindow.maxDays, 'the dearer option is faster');
    const parcel = economy.shipments[0];
    assert.equal(parcel.warehouse.code, 'nl-venlo');
    assert.equal(parcel.crossesBorder, false, 'NL to DE crosses no customs border');
    assert.deepEqual(parcel.lines, DE_LINES);
    // 1.34 kg in the 1-2 kg EU break of USD 14.50: 1450 x 0.88873089 = 1288.66 cents -> EUR 12.89.
    assert.equal(parcel.shipping.amount, '12.89');
    // Domestic sale: German VAT on each line's net goods, and on its share of the delivery as a line of
    // its own (12.89 split by net value 25.98 : 70.50 : 87.98 by largest remainder = 1.81 + 4.93 + 6.15):
    // 7% of 25.98 = 1.8186, of 1.81 = 0.1267; 19% of 70.50 = 13.395, of 4.93 = 0.9367; 19% of 87.98 = 16.7162, of 6.15 = 1.1685.
    assert.deepEqual(
      parcel.charges.map((x: any) => [x.type, x.sku, x.amount, x.formula]),
      [
        ['tax', 'COF-ROB-250', '1.82', '7% of EUR 25.98 (goods COF-ROB-250)'],
        ['tax', null, '0.13', '7% of EUR 1.81 (delivery, the share of COF-ROB-250)'],
        ['tax', 'SCF-SQ90-IND', '13.40', '19% of EUR 70.50 (goods SCF-SQ90-IND)'],
        ['tax', null, '0.94', '19% of EUR 4.93 (delivery, the share of SCF-SQ90-IND)'],
        ['tax', 'TEE-LAN-M', '16.72', '19% of EUR 87.98 (goods TEE-LAN-M)'],
        ['tax', null, '1.17', '19% of EUR 6.15 (delivery, the share of TEE-LAN-M)'],
      ],
    );
    assert.deepEqual(c.routing.reason.split(':')[0], 'nl-venlo');

    const t = assertTotalsAddUp(c.totals);
    assert.deepEqual(amounts(c.totals), {
      goods: '216.40',
      discount: '0.00',
      shipping: '12.89',
      duties: '0.00',
      taxes: '34.18', // 1.82 + 0.13 + 13.40 + 0.94 + 16.72 + 1.17
      taxesIncluded: '31.94', // 1.82 + 13.40 + 16.72
      fees: '0.00',
      total: '231.53', // 216.40 - 0 + 12.89 + 0 + (34.18 - 31.94) + 0
      payableAtCheckout: '231.53',
      payableOnDelivery: '0.00',
    });
    assert.equal(t.total, 23153);
    assert.equal(c.statement, DDP_STATEMENT);
    // iDEAL is a Dutch method: the EU market lists it, a German buyer is not offered it.
    assert.deepEqual(c.paymentMethods.map((m: { id: string }) => m.id), ['card', 'paypal', 'klarna', 'sepa_debit', 'apple_pay', 'google_pay']);
    assert.deepEqual(c.fx.map((f: any) => [f.from, f.to, f.rate, f.source]), [['USD', 'EUR', '0.88873089', 'ECB']]);
    assert.deepEqual(c.problems.map((p: { code: string; field: string }) => [p.code, p.field]), [['EMAIL_MISSING', 'email'], ['ADDRESS_MISSING', 'address']]);
    assert.equal(c.checkoutReady, false);

    const again = await s.call('GET', `/v1/carts/${c.id}`);
    assertCartAnswer(again);
    assert.equal(again.body.version, c.version);
    assert.deepEqual(again.body.totals, c.totals);
  });

  test('a Dutch buyer in the same market is offered iDEAL, and pays Dutch VAT', async () => {
    const c = await createCart(s, { market: 'eu', country: 'NL', lines: [{ sku: 'TEE-LAN-M', quantity: 1 }] });
    assert.deepEqual(c.paymentMethods.map((m: { id: string }) => m.id), ['card', 'paypal', 'klarna', 'ideal', 'sepa_debit', 'apple_pay', 'google_pay']);
    assert.equal(c.lines[0].taxIncluded.rate, '21%');
  });

  test('add, set, remove and patch: each answer is the cart priced now, the version goes up and the ETag follows it', async () => {
    const c0 = await createCart(s, { market: 'eu', country: 'DE', lines: DE_LINES });
    const path = `/v1/carts/${c0.id}`;
    const versions = [c0.version];
    const step = async (r: Answer) => {
      const c = assertCartAnswer(r);
      assert.equal(c.version, versions.at(-1)! + 1, 'every change bumps the version by one');
      versions.push(c.version);
      return c;
    };

    const added = await step(await s.call('POST', `${path}/lines`, { body: { sku: 'COF-ROB-250', quantity: 1 } }));
    assert.deepEqual(added.lines.map((l: any) => [l.sku, l.quantity, l.lineTotal.amount]), [['COF-ROB-250', 3, '41.70'], ['SCF-SQ90-IND', 1, '83.90'], ['TEE-LAN-M', 3, '104.70']], 'units go to the existing line');
    assert.equal(added.totals.goods.amount, '230.30');

    const newLine = await step(await s.call('POST', `${path}/lines`, { body: { sku: 'BAM-CHP-5', quantity: 2 } }));
    assert.deepEqual(newLine.lines.map((l: any) => [l.sku, l.quantity]), [['COF-ROB-250', 3], ['SCF-SQ90-IND', 1], ['TEE-LAN-M', 3], ['BAM-CHP-5', 2]]);
    assert.equal(minor(newLine.totals.goods), 23030 + 2 * minor(newLine.lines[3].unitPrice));

    const set = await step(await s.call('PUT', `${path}/lines/TEE-LAN-M`, { body: { quantity: 1 } }));
    assert.deepEqual(set.lines.find((l: any) => l.sku === 'TEE-LAN-M').lineTotal.amount, '34.90');

    const removed = await step(await s.call('DELETE', `${path}/lines/BAM-CHP-5`));
    assert.deepEqual(removed.lines.map((l: any) => l.sku), ['COF-ROB-250', 'SCF-SQ90-IND', 'TEE-LAN-M']);
    const zero = await step(await s.call('PUT', `${path}/lines/SCF-SQ90-IND`, { body: { quantity: 0 } }));
    assert.deepEqual(zero.lines.map((l: any) => [l.sku, l.quantity]), [['COF-ROB-250', 3], ['TEE-LAN-M', 1]], 'quantity 0 removes the line');
    assert.equal(zero.totals.goods.amount, '76.60'); // 41.70 + 34.90

    const patched = await step(await s.call('PATCH', path, { body: { email: 'Ana@Example.COM', address: addressIn('DE'), locale: 'en' } }));
    assert.equal(patched.email, 'Ana@example.com', 'the domain is case-insensitive, the local part is kept');
    assert.equal(patched.locale, 'en');
    assert.deepEqual(patched.address, { ...addressIn('DE'), region: null, phone: null });
    assert.deepEqual(patched.problems, []);
    assert.equal(patched.checkoutReady, true);
    assert.equal(patched.lines.find((l: any) => l.sku === 'TEE-LAN-M').title.length > 0, true);

    const read = await s.call('GET', path);
    assert.equal(read.status, 200);
    assert.equal(read.body.version, versions.at(-1));
    assert.equal(read.headers.get('etag'), `"${c0.id}.${versions.at(-1)}"`);
    assert.deepEqual(read.body.totals, patched.totals);
  });

  test('a US buyer in the US market is served from New Jersey: a domestic parcel, no duty', async () => {
    const c = await createCart(s, { market: 'us', country: 'US', lines: [{ sku: 'COF-ROB-250', quantity: 2 }, { sku: 'TEE-LAN-M', quantity: 1 }] });
    assert.deepEqual(c.lines.map((l: any) => [l.sku, l.unitPrice.amount, l.lineTotal.amount, l.taxIncluded]), [['COF-ROB-250', '13.99', '27.98', null], ['TEE-LAN-M', '31.99', '31.99', null]]);
    const chosen = c.deliveryOptions.find((o: { chosen: boolean }) => o.chosen);
    assert.equal(chosen.id, 'us-nj:us-postal-economy');
    assert.deepEqual(chosen.shipments.map((p: any) => [p.warehouse.code, p.crossesBorder, p.duties.amount, p.fees.amount, p.charges.length]), [['us-nj', false, '0.00', '0.00', 0]]);
    assert.ok(c.routing.reason.startsWith('us-nj:'), c.routing.reason);
    assert.deepEqual(amounts(c.totals), { goods: '59.97', discount: '0.00', shipping: '9.90', duties: '0.00', taxes: '0.00', taxesIncluded: '0.00', fees: '0.00', total: '69.87', payableAtCheckout: '69.87', payableOnDelivery: '0.00' });
    assert.equal(c.totals.total.currency, 'USD');
    assert.ok(c.paymentMethods.some((m: { id: string }) => m.id === 'afterpay'));
    assert.ok(!c.paymentMethods.some((m: { id: string }) => m.id === 'ideal'));
  });

  test('a Japanese buyer: the parcel from Vietnam crosses a border, with duty and consumption tax lines and their formulas', async () => {
    const c = await createCart(s, { market: 'jp', country: 'JP', lines: [{ sku: 'BAG-TOT-TAN', quantity: 1 }, { sku: 'TEE-LAN-M', quantity: 2 }, { sku: 'COF-ROB-250', quantity: 2 }] });
    assert.equal(c.currency, 'JPY');
    assert.deepEqual(c.lines.map((l: any) => [l.sku, l.unitPrice.amount, l.lineTotal.amount, l.taxIncluded.rate, l.taxIncluded.amount.amount]), [
      ['BAG-TOT-TAN', '34180', '34180', '10%', '3107'], // 34180 x 10/110 = 3107.3
      ['TEE-LAN-M', '5180', '10360', '10%', '942'], // 10360 x 10/110 = 941.8
      ['COF-ROB-250', '2280', '4560', '8%', '338'], // 4560 x 8/108 = 337.8
    ]);
    const chosen = c.deliveryOptions.find((o: { chosen: boolean }) => o.chosen);
    assert.equal(chosen.id, 'vn-hoian:vn-post-economy');
    const parcel = chosen.shipments[0];
    assert.equal(parcel.crossesBorder, true);
    assert.equal(parcel.shipping.amount, '3339');
    // CIF per line = net goods (price minus the tax in it) + its share of JPY 3339 freight:
    // 31073 + 2321 = 33394, 9418 + 703 = 10121, 4222 + 315 = 4537. Tax base = CIF + duty.
    assert.deepEqual(
      parcel.charges.map((x: any) => [x.type, x.sku, x.amount, x.formula]),
      [
        ['duty', 'BAG-TOT-TAN', '3339', '10% of JPY 33394 CIF'],
        ['duty', 'TEE-LAN-M', '1103', '10.9% of JPY 10121 CIF'],
        ['duty', 'COF-ROB-250', '544', '12% of JPY 4537 CIF'],
        ['tax', 'BAG-TOT-TAN', '3673', '10% of JPY 36733 (goods + freight + duty)'],
        ['tax', 'TEE-LAN-M', '1122', '10% of JPY 11224 (goods + freight + duty)'],
        ['tax', 'COF-ROB-250', '406', '8% of JPY 5081 (goods + freight + duty)'],
      ],
    );
    for (const x of parcel.charges) assert.ok(x.rule, `${x.type} ${x.sku} names its rule`);
    assert.deepEqual(amounts(c.totals), {
      goods: '49100',
      discount: '0',
      shipping: '3339',
      duties: '4986', // 3339 + 1103 + 544
      taxes: '5201', // 3673 + 1122 + 406
      taxesIncluded: '4387', // 3107 + 942 + 338
      fees: '0',
      total: '58239', // 49100 + 3339 + 4986 + 5201 - 4387
      payableAtCheckout: '58239',
      payableOnDelivery: '0',
    });
    assert.equal(c.statement, DDP_STATEMENT);
    assert.deepEqual(c.paymentMethods.map((m: { id: string }) => m.id), ['card', 'konbini', 'paypay', 'apple_pay', 'paypal']);
  });

  test('a line only Hội An stocks is split off to ship from Vietnam; a quantity only Hội An has routes there', async () => {
    // The porcelain tea set is in Hội An only; the tees are in Venlo too.
    const split = await createCart(s, { market: 'eu', country: 'DE', lines: [{ sku: 'CER-TEA-LOT', quantity: 1 }, { sku: 'TEE-LAN-M', quantity: 2 }] });
    const chosen = split.deliveryOptions.find((o: { chosen: boolean }) => o.chosen);
    assert.equal(chosen.id, 'vn-hoian:vn-post-economy+nl-venlo:nl-postal-economy');
    assert.deepEqual(chosen.shipments.map((p: any) => [p.warehouse.code, p.crossesBorder, p.lines]), [
      ['vn-hoian', true, [{ sku: 'CER-TEA-LOT', quantity: 1 }]],
      ['nl-venlo', false, [{ sku: 'TEE-LAN-M', quantity: 2 }]],
    ]);
    const [fromVietnam, fromVenlo] = chosen.shipments;
    // The EU's EUR 3 per-item duty on low-value parcels replaces the tariff; import VAT on goods + freight + duty.
    assert.deepEqual(fromVietnam.charges.map((x: any) => [x.type, x.amount]), [['duty', '3.00'], ['tax', '23.24']]);
    assert.equal(fromVenlo.duties.amount, '0.00');
    assert.match(split.routing.reason, /^vn-hoian: 1 x CER-TEA-LOT \| nl-venlo: 2 x TEE-LAN-M/);
    assert.equal(split.totals.duties.amount, '3.00');
    assertTotalsAddUp(split.totals);

    // 50 bags of robusta: Venlo has 48, Hội An 240, and a line ships whole from one warehouse.
    const bulk = await createCart(s, { market: 'eu', country: 'DE', lines: [{ sku: 'COF-ROB-250', quantity: 50 }] });
    for (const o of bulk.deliveryOptions) assert.deepEqual(o.shipments.map((p: any) => p.warehouse.code), ['vn-hoian'], o.id);
    assert.equal(bulk.deliveryOptions.find((o: { chosen: boolean }) => o.chosen).shipments[0].crossesBorder, true);
  });

  test('choosing the faster delivery option changes the chosen option and the totals; null goes back to the cheapest', async () => {
    const c = await createCart(s, { market: 'eu', country: 'DE', lines: DE_LINES });
    const express = c.deliveryOptions.find((o: { id: string }) => o.id === 'nl-venlo:nl-express');
    assert.ok(express, JSON.stringify(c.deliveryOptions.map((o: { id: string }) => o.id)));
    const picked = assertCartAnswer(await s.call('PATCH', `/v1/carts/${c.id}`, { body: { deliveryOption: 'nl-venlo:nl-express' } }));
    assert.equal(picked.version, c.version + 1);
    assert.equal(picked.deliveryOption, 'nl-venlo:nl-express');
    assert.deepEqual(picked.deliveryOptions.map((o: any) => [o.id, o.chosen]), [['nl-venlo:nl-postal-economy', false], ['nl-venlo:nl-express', true]]);
    assert.equal(picked.totals.shipping.amount, express.totals.shipping.amount);
    assert.equal(picked.totals.taxes.amount, express.totals.taxes.amount);
    assert.equal(minor(picked.totals.total), minor(c.totals.total) + (minor(express.totals.landedCost) - minor(c.deliveryOptions[0].totals.landedCost)), 'goods are the same, only the landed cost differs');
    assert.ok(minor(picked.totals.total) > minor(c.totals.total));

    const back = assertCartAnswer(await s.call('PATCH', `/v1/carts/${c.id}`, { body: { deliveryOption: null } }));
    assert.equal(back.deliveryOption, null);
    assert.deepEqual(back.totals, c.totals);
  });

  test('a malformed delivery option id is 400 naming deliveryOption, and the cart is unchanged', async () => {
    const c = await createCart(s, { market: 'eu', country: 'DE', lines: DE_LINES });
    const r = await s.call('PATCH', `/v1/carts/${c.id}`, { body: { deliveryOption: 'Teleport Now!' } });
    assert.equal(r.status, 400, said(r));
    assert.equal(r.body.code, 'VALIDATION_FAILED');
    assert.deepEqual(fields(r), ['deliveryOption']);
    const read = await s.call('GET', `/v1/carts/${c.id}`);
    assert.deepEqual([read.body.version, read.body.deliveryOption], [c.version, null]);
  });

  test('a delivery option id the cart does not offer is 400 naming deliveryOption, and the cart is unchanged', async () => {
    const c = await createCart(s, { market: 'eu', country: 'DE', lines: DE_LINES });
    // Well-formed, but no such option: Venlo has no Vietnamese service, and Hội An is not needed here.
    const r = await s.call('PATCH', `/v1/carts/${c.id}`, { body: { deliveryOption: 'nl-venlo:vn-express' } });
    assert.equal(r.status, 400, said(r));
    assert.equal(r.body.code, 'VALIDATION_FAILED');
    assert.deepEqual(fields(r), ['deliveryOption']);
    const read = await s.call('GET', `/v1/carts/${c.id}`);
    assert.deepEqual([read.body.version, read.body.deliveryOption, read.body.warnings.some((w: string) => w.includes('delivery option'))], [c.version, null, false]);
  });
});
