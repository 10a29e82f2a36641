import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeWithDatabases } from '../support/test-database.js';
import { assertTotalsAddUp, cartState, checkout, createCart, fields, readyCart, said, startCheckoutServer, type CheckoutServer } from './support.js';

const euro = (amount: string) => ({ amount, currency: 'EUR' });
const DE_LINES = [
  { sku: 'COF-ROB-250', quantity: 2 },
  { sku: 'SCF-SQ90-IND', quantity: 1 },
  { sku: 'TEE-LAN-M', quantity: 3 },
];

describeWithDatabases('checkout: discount codes', (db) => {
  let s: CheckoutServer;
  const putCode = async (body: Record<string, unknown>) => {
    const r = await s.admin('POST', '/v1/admin/discount-codes', { body });
    assert.equal(r.status, 200, said(r));
    return r.body;
  };
  const redemptions = async (code: string) => {
    const r = await s.admin('GET', '/v1/admin/discount-codes');
    assert.equal(r.status, 200, said(r));
    return r.body.items.find((c: { code: string }) => c.code === code)?.redemptions;
  };
  const applyCode = (cartId: string, discountCode: string | null) => s.call('PATCH', `/v1/carts/${cartId}`, { body: { discountCode } });

  before(async () => {
    s = await startCheckoutServer(db());
    await putCode({ code: 'eu10', kind: 'percentage', percent: '10', market: 'eu', note: 'ten percent off in the EU' });
    await putCode({ code: 'FIVEOFF', kind: 'fixed', amount: euro('5.00'), minSubtotal: euro('50.00'), market: 'eu' });
    await putCode({ code: 'UK5', kind: 'percentage', percent: '5', market: 'uk' });
    await putCode({ code: 'OLD10', kind: 'percentage', percent: '10', market: 'eu', validFrom: '2020-01-01', validTo: '2020-12-31' });
    await putCode({ code: 'ONCE', kind: 'percentage', percent: '10', market: 'eu', maxRedemptions: 1 });
  });
  after(() => s.close());

  test('codes are stored upper-case with what they are; the list shows them with no redemptions yet', async () => {
    const r = await s.admin('GET', '/v1/admin/discount-codes');
    const eu10 = r.body.items.find((c: { code: string }) => c.code === 'EU10');
    assert.deepEqual([eu10.kind, eu10.percent, eu10.market, eu10.redemptions, eu10.active], ['percentage', '10', 'eu', 0, true]);
    const five = r.body.items.find((c: { code: string }) => c.code === 'FIVEOFF');
    assert.deepEqual([five.amount, five.minSubtotal, five.maxRedemptions], [euro('5.00'), euro('50.00'), null]);
    const bad = await s.admin('POST', '/v1/admin/discount-codes', { body: { code: 'BAD', kind: 'fixed', amount: { amount: '5.00', currency: 'USD' }, market: 'eu' } });
    assert.deepEqual([bad.status, fields(bad)], [400, ['amount.currency']], 'a fixed amount must be in the market\'s currency');
  });

  test('a 10% code takes 10% of the line totals, spread over the lines exactly; taxes follow the discounted goods', async () => {
    const c = await createCart(s, { market: 'eu', country: 'DE', lines: DE_LINES });
    assert.equal(c.totals.goods.amount, '216.40');
    const r = await applyCode(c.id, 'eu10');
    assert.equal(r.status, 200, said(r));
    const d = r.body;
    assert.equal(d.discountCode, 'EU10');
    assert.deepEqual(d.discount, { code: 'EU10', applied: true, kind: 'percentage', amount: euro('21.64'), reason: null });
    // 10% of 216.40 = 21.64, shared 27.80 : 83.90 : 104.70 (exactly 2.78 + 8.39 + 10.47).
    assert.deepEqual(d.lines.map((l: any) => [l.sku, l.lineTotal.amount, l.discount.amount, l.goods.amount, l.taxIncluded.amount.amount]), [
      ['COF-ROB-250', '27.80', '2.78', '25.02', '1.64'], // 25.02 x 7/107 = 1.6368
      ['SCF-SQ90-IND', '83.90', '8.39', '75.51', '12.06'], // 75.51 x 19/119 = 12.0562
      ['TEE-LAN-M', '104.70', '10.47', '94.23', '15.05'], // 94.23 x 19/119 = 15.0451
    ]);
    // Nets 23.38, 63.45, 79.18; the 12.89 delivery shared 1.81 + 4.93 + 6.15; VAT on goods then on the
    // delivery share: 7% of 23.38 = 1.6366, of 1.81 = 0.1267; 19% of 63.45 = 12.0555, of 4.93 = 0.9367;
    // 19% of 79.18 = 15.0442, of 6.15 = 1.1685.
    assert.deepEqual(d.deliveryOptions[0].shipments[0].charges.map((x: { amount: string }) => x.amount), ['1.64', '0.13', '12.06', '0.94', '15.04', '1.17']);
    const t = assertTotalsAddUp(d.totals);
    // 216.40 - 21.64 + 12.89 + (30.98 - 28.75) = 209.88
    assert.deepEqual([t.goods, t.discount, t.shipping, t.taxes, t.taxesIncluded, t.total], [21640, 2164, 1289, 3098, 2875, 20988]);
    assert.equal(d.totals.payableAtCheckout.amount, '209.88');

    const removed = await applyCode(c.id, null);
    assert.equal(removed.status, 200, said(removed));
    assert.deepEqual([removed.body.discountCode, removed.body.discount, removed.body.totals.total.amount], [null, null, '231.53']);
  });

  test('a fixed EUR 5.00 code with a EUR 50.00 minimum: refused below it, shared by value above it, and shown as not applying when the cart falls below', async () => {
    const small = await createCart(s, { market: 'eu', country: 'DE', lines: [{ sku: 'TEE-LAN-M', quantity: 1 }] });
    const refused = await applyCode(small.id, 'FIVEOFF');
    assert.equal(refused.status, 422, said(refused));
    assert.equal(refused.body.code, 'DISCOUNT_NOT_APPLICABLE');
    assert.deepEqual(fields(refused), ['discountCode']);
    assert.match(refused.body.detail, /EUR 50\.00 or more; your subtotal is EUR 34\.90/);
    assert.deepEqual((await cartState(s, small.id)).discountCode, null);
    assert.equal((await cartState(s, small.id)).version, small.version, 'the refused code changed nothing');

    const c = await createCart(s, { market: 'eu', country: 'DE', lines: [{ sku: 'COF-ROB-250', quantity: 2 }, { sku: 'TEE-LAN-M', quantity: 1 }] });
    const r = await applyCode(c.id, 'fiveoff');
    assert.equal(r.status, 200, said(r));
    // 5.00 shared 27.80 : 34.90 = 2.2169 : 2.7831 -> 2.21 + 2.78, the cent left over to the larger remainder (2.22).
    assert.deepEqual(r.body.lines.map((l: any) => [l.sku, l.discount.amount, l.goods.amount]), [['COF-ROB-250', '2.22', '25.58'], ['TEE-LAN-M', '2.78', '32.12']]);
    assert.deepEqual([r.body.totals.goods.amount, r.body.totals.discount.amount], ['62.70', '5.00']);
    assertTotalsAddUp(r.body.totals);

    const below = await s.call('PUT', `/v1/carts/${c.id}/lines/TEE-LAN-M`, { body: { quantity: 0 } });
    assert.equal(below.status, 200, said(below));
    assert.equal(below.body.discountCode, 'FIVEOFF', 'the code stays on the cart');
    assert.equal(below.body.discount.applied, false);
    assert.match(below.body.discount.reason, /EUR 50\.00 or more/);
    assert.equal(below.body.totals.discount.amount, '0.00');
    // A code that stopped applying stops the checkout until the buyer removes it: paying more must be their choice.
    assert.deepEqual(below.body.problems.filter((p: { code: string }) => p.code === 'DISCOUNT_NOT_APPLICABLE').map((p: { field: string }) => p.field), ['discountCode']);
    assert.equal(below.body.checkoutReady, false);
  });

  for (const [code, why] of [
    ['UK5', 'a code for another market'],
    ['OLD10', 'an expired code'],
    ['NOPE123', 'an unknown code'],
  ] as const) {
    test(`${why} (${code}) is 422 DISCOUNT_NOT_APPLICABLE naming discountCode, and the cart is unchanged`, async () => {
      const c = await createCart(s, { market: 'eu', country: 'DE', lines: DE_LINES });
      const before = await cartState(s, c.id);
      const r = await applyCode(c.id, code);
      assert.equal(r.status, 422, said(r));
      assert.equal(r.body.code, 'DISCOUNT_NOT_APPLICABLE');
      assert.deepEqual(fields(r), ['discountCode']);
      assert.deepEqual(await cartState(s, c.id), before);
    });
  }

  test('a code for one redemption: the first order takes it; checking out a second cart that holds it is 422 and creates nothing', async () => {
    const first = await readyCart(s, 'eu', 'DE', [{ sku: 'SCF-SQ90-SAF', quantity: 1 }]);
    const second = await readyCart(s, 'eu', 'DE', [{ sku: 'SCF-SQ90-SAF', quantity: 1 }], 'second@example.com');
    for (const c of [first, second]) {
      const r = await applyCode(c.id, 'ONCE');
      assert.equal(r.status, 200, said(r));
      assert.equal(r.body.discount.applied, true);
    }
    const placed = await checkout(s, first.id);
    assert.equal(placed.status, 201, said(placed));
    assert.equal(placed.body.order.discountCode, 'ONCE');
    assert.equal(placed.body.order.totals.discount.amount, '8.39'); // 10% of 83.90
    assert.equal(await redemptions('ONCE'), 1);

    const orders = await s.orderCount();
    const stock = await s.levels('SCF-SQ90-SAF');
    const cartBefore = await cartState(s, second.id);
    const refused = await checkout(s, second.id);
    assert.equal(refused.status, 422, said(refused));
    assert.equal(refused.body.code, 'DISCOUNT_NOT_APPLICABLE');
    assert.deepEqual(fields(refused), ['discountCode']);
    assert.equal(await s.orderCount(), orders, 'no order');
    assert.deepEqual(await s.levels('SCF-SQ90-SAF'), stock, 'no stock held');
    assert.deepEqual(await cartState(s, second.id), cartBefore, 'the cart is still open, unchanged');
    assert.equal(await redemptions('ONCE'), 1);
  });
});
