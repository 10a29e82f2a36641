import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkout, minor, placePaidOrder, readyCart, said, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { describeWithDatabases } from '../support/test-database.js';

/** Minor units of a list of amounts, added as integers. */
const total = (amounts: Array<{ amount: string }>) => amounts.reduce((s, a) => s + minor(a), 0);
/** Minor units as the API writes them: 2 decimals for EUR. */
const eur = (m: number) => ({ amount: (m / 100).toFixed(2), currency: 'EUR' });
const jpy = (m: number) => ({ amount: String(m), currency: 'JPY' });

describeWithDatabases('HTTP reports: the sales dashboard', (db) => {
  let s: CheckoutServer;
  // Orders placed on 2026-11-27 (the suite's clock): A and D paid in EUR, B paid in JPY, C never paid, E paid then cancelled.
  let a: any;
  let b: any;
  let d: any;
  let e: any;
  const dashboard = (query = '', key?: string) => s.call('GET', `/v1/admin/reports/dashboard${query}`, { key: key ?? s.adminKey });

  before(async () => {
    s = await startCheckoutServer(db());
    a = await placePaidOrder(s, (await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 3 }, { sku: 'COF-ROB-250', quantity: 2 }])).id);
    b = await placePaidOrder(s, (await readyCart(s, 'jp', 'JP', [{ sku: 'BAG-TOT-TAN', quantity: 1 }, { sku: 'TEE-LAN-M', quantity: 2 }, { sku: 'COF-ROB-250', quantity: 2 }])).id);
    const c = await checkout(s, (await readyCart(s, 'eu', 'FR', [{ sku: 'COF-ROB-250', quantity: 1 }], 'lea@example.fr')).id, {});
    assert.equal(c.status, 201, said(c));
    d = await placePaidOrder(s, (await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }])).id);
    e = await placePaidOrder(s, (await readyCart(s, 'eu', 'NL', [{ sku: 'COF-ROB-250', quantity: 3 }])).id);

    // A: one tee of three goes back after shipping (goods 29.32 net of VAT, its VAT 5.57: EUR 34.89).
    const shipped = await s.admin('POST', `/v1/admin/orders/${a.number}/shipments/0/ship`, { body: { trackingNumber: 'RR123456785NL' } });
    assert.equal(shipped.status, 200, said(shipped));
    const refunded = await s.admin('POST', `/v1/admin/orders/${a.number}/refunds`, { body: { lines: [{ sku: 'TEE-LAN-M', quantity: 1 }] }, headers: { 'idempotency-key': 'report-refund-a' } });
    assert.equal(refunded.status, 201, said(refunded));
    a = refunded.body;
    // E: cancelled before shipping, so refunded in full.
    const cancelled = await s.admin('POST', `/v1/admin/orders/${e.number}/cancel`, { body: {}, headers: { 'idempotency-key': 'report-cancel-e' } });
    assert.equal(cancelled.status, 200, said(cancelled));
    e = cancelled.body;
    assert.equal(e.totals.refunded.amount, e.totals.total.amount);
  });
  after(() => s.close());

  test('the known orders are what the dashboard adds up (A and B worked out by hand in the checkout suite)', () => {
    assert.deepEqual([a.totals.goods.amount, a.totals.shipping.amount, a.totals.taxes.amount, a.totals.taxesIncluded.amount, a.totals.total.amount, a.totals.refunded.amount], ['132.50', '12.89', '20.64', '18.54', '147.49', '34.89']);
    assert.deepEqual(a.refunds[0].parts, { goods: '29.32', shipping: '0.00', duties: '0.00', taxes: '5.57', fees: '0.00' });
    assert.equal(b.totals.total.amount, '58239');
    assert.equal(b.totals.duties.amount, String(3339 + 1103 + 544));
    assert.deepEqual([b.currency, d.currency, e.currency], ['JPY', 'EUR', 'EUR']);
  });

  test('sales by market and currency: paid orders only, exact sums, never across currencies', async () => {
    const r = await dashboard();
    assert.equal(r.status, 200, said(r));
    const body = r.body;
    assert.deepEqual([body.from, body.to, body.days, body.timeZone], ['2026-10-29', '2026-11-27', 30, 'UTC']);
    assert.deepEqual(body.currencies, ['EUR', 'JPY']);
    assert.deepEqual(body.counts, { placed: 5, paid: 4 });

    const paidEu = [a, d, e];
    const sum = (k: string) => eur(total(paidEu.map((o) => o.totals[k])));
    const eu = body.sales.find((x: any) => x.market === 'eu');
    assert.deepEqual(eu, {
      market: 'eu',
      currency: 'EUR',
      orders: 3,
      goods: sum('goods'),
      discount: eur(0),
      shipping: sum('shipping'),
      duties: eur(0),
      taxes: sum('taxes'),
      taxesIncluded: sum('taxesIncluded'),
      fees: eur(0),
      total: sum('total'),
      dueOnDelivery: eur(0),
      refunded: eur(3489 + minor(e.totals.total)),
      net: eur(14749 + minor(d.totals.total) - 3489),
    });
    assert.equal(minor(eu.goods), 13250 + minor(d.totals.goods) + minor(e.totals.goods));
    const jp = body.sales.find((x: any) => x.market === 'jp');
    assert.deepEqual([jp.orders, jp.total, jp.duties, jp.taxes, jp.refunded, jp.net], [1, jpy(58239), jpy(4986), b.totals.taxes, jpy(0), jpy(58239)]);
    assert.equal(body.sales.length, 2, 'the unpaid order C is no sale');
    assert.deepEqual(
      body.totals.map((t: any) => [t.currency, t.orders, t.total.amount, t.refunded.amount]),
      [
        ['EUR', 3, eu.total.amount, eu.refunded.amount],
        ['JPY', 1, '58239', '0'],
      ],
    );
  });

  test('orders per day: every day of the range, placed and paid, paid totals per currency', async () => {
    const days = (await dashboard()).body.ordersPerDay;
    assert.equal(days.length, 30);
    assert.deepEqual([days[0].date, days[29].date], ['2026-10-29', '2026-11-27']);
    assert.deepEqual(days[28], { date: '2026-11-26', placed: 0, paid: 0, sales: [] });
    assert.deepEqual(days[29], {
      date: '2026-11-27',
      placed: 5,
      paid: 4,
      sales: [
        { currency: 'EUR', orders: 3, total: eur(14749 + minor(d.totals.total) + minor(e.totals.total)) },
        { currency: 'JPY', orders: 1, total: jpy(58239) },
      ],
    });
  });

  test('duties and taxes per market and currency, with what refunds gave back', async () => {
    const rows = (await dashboard()).body.dutiesAndTaxes;
    const eTaxesBack = minor({ amount: e.refunds[0].parts.taxes });
    assert.ok(eTaxesBack > 0);
    const euTaxes = 2064 + minor(d.totals.taxes) + minor(e.totals.taxes);
    assert.deepEqual(rows.find((x: any) => x.market === 'eu'), {
      market: 'eu',
      currency: 'EUR',
      orders: 3,
      duties: eur(0),
      taxes: eur(euTaxes),
      dutiesRefunded: eur(0),
      taxesRefunded: eur(557 + eTaxesBack),
      dutiesNet: eur(0),
      taxesNet: eur(euTaxes - 557 - eTaxesBack),
    });
    assert.deepEqual(rows.find((x: any) => x.market === 'jp'), {
      market: 'jp',
      currency: 'JPY',
      orders: 1,
      duties: jpy(4986),
      taxes: b.totals.taxes,
      dutiesRefunded: jpy(0),
      taxesRefunded: jpy(0),
      dutiesNet: jpy(4986),
      taxesNet: b.totals.taxes,
    });
  });

  test('a range is UTC days, both included; a range without sales answers zeros', async () => {
    const oneDay = await dashboard('?from=2026-11-27&to=2026-11-27');
    assert.equal(oneDay.status, 200, said(oneDay));
    assert.deepEqual([oneDay.body.days, oneDay.body.ordersPerDay.length, oneDay.body.counts], [1, 1, { placed: 5, paid: 4 }]);
    const before = await dashboard('?to=2026-11-26');
    assert.equal(before.status, 200, said(before));
    assert.deepEqual([before.body.from, before.body.to, before.body.currencies, before.body.sales, before.body.totals, before.body.dutiesAndTaxes, before.body.counts], ['2026-10-28', '2026-11-26', [], [], [], [], { placed: 0, paid: 0 }]);
    assert.ok(before.body.ordersPerDay.every((x: any) => x.placed === 0 && x.paid === 0 && x.sales.length === 0));
    const leapYear = await dashboard('?from=2028-01-01&to=2028-12-31');
    assert.equal(leapYear.status, 200, said(leapYear));
    assert.equal(leapYear.body.ordersPerDay.length, 366);
  });

  test('bad input is 400 naming the field, and only admin keys may read', async () => {
    const cases: Array<[string, string[]]> = [
      ['?from=2026-11-28&to=2026-11-27', ['from']],
      ['?from=2026-12-01', ['from']],
      ['?from=2026-13-01', ['from']],
      ['?from=2026-02-29', ['from']],
      ['?to=27.11.2026', ['to']],
      ['?from=yesterday&to=today', ['from', 'to']],
      ['?from=2025-11-26&to=2026-11-27', ['to']],
      ['?from=2026-11-01&to=2026-11-270', ['to']],
      ['?since=2026-11-01', ['since']],
    ];
    for (const [query, expected] of cases) {
      const r = await dashboard(query);
      assert.equal(r.status, 400, `${query}: ${said(r)}`);
      assert.equal(r.body.code, 'VALIDATION_FAILED', query);
      assert.deepEqual(r.body.errors.map((x: { field: string }) => x.field), expected, query);
    }
    const tooLong = await dashboard('?from=2025-11-26&to=2026-11-27');
    assert.match(tooLong.body.detail, /366 days/);
    assert.equal((await dashboard('', s.apiKey)).status, 403);
    assert.equal((await s.call('GET', '/v1/admin/reports/dashboard', { key: null })).status, 401);
  });
});
