import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeWithDatabases } from '../support/test-database.js';
import { registerIoss, said, startReportsServer, type ReportsServer } from './support.js';

/** An amount's minor units ("147.49" -> 14749n, "-3" JPY -> -3n). */
const minor = (m: { amount: string }) => BigInt(m.amount.replace('.', ''));
/** round(n / d) half-up (away from zero), in integers. */
const divHalfUp = (n: bigint, d: bigint) => {
  const q = n / d;
  const r = n % d;
  const twice = (r < 0n ? -r : r) * 2n;
  return twice >= d ? q + (n < 0n ? -1n : 1n) : q;
};
/** The demo's ECB rates (2025-05-09): USD 1.1252, JPY 163.36 per EUR. EUR cents -> USD cents, JPY -> USD cents, times a percent. */
const eurToUsd = (cents: bigint, percent = 100n) => divHalfUp(cents * 11252n * percent, 10000n * 100n);
const jpyToUsd = (yen: bigint, percent = 100n) => divHalfUp(yen * 100n * 11252n * 100n * percent, 16336n * 10000n * 100n);
const usd = (cents: bigint) => ({ amount: `${cents < 0n ? '-' : ''}${(cents < 0n ? -cents : cents) / 100n}.${String((cents < 0n ? -cents : cents) % 100n).padStart(2, '0')}`, currency: 'USD' });

/** The duties, import taxes and fees an order's quote put on the seller for a carrier to pay at the border (DDP). */
function carrierCharges(order: any, position = 0): { duties: bigint; taxes: bigint; fees: bigint } {
  const charges = order.quote.shipments[position].charges.filter((c: any) => c.payer === 'seller' && c.program !== 'low-value scheme' && c.program !== 'domestic tax');
  const sum = (type: string) => charges.filter((c: any) => c.type === type).reduce((n: bigint, c: any) => n + minor(c), 0n);
  return { duties: sum('duty'), taxes: sum('tax'), fees: sum('fee') };
}

describeWithDatabases('reports: currency exposure, carrier duty invoices and the duties reconciliation, sales drill-down', (db) => {
  let s: ReportsServer;
  let a: any;
  let j: any;
  const exposure = (query = '') => s.admin('GET', `/v1/admin/reports/currency-exposure${query}`);
  const invoices = (number: string, position: number | string) => `/v1/admin/orders/${number}/shipments/${position}/duty-invoices`;
  const invoice = { invoiceNumber: 'VNP-2026/0001', invoiceDate: '2026-11-27', currency: 'EUR', duties: '3.00', taxes: '0.00', fees: '6.50', note: 'duty and clearance' };

  before(async () => {
    s = await startReportsServer(db());
    await registerIoss(s);
    // A: DE under IOSS (VAT EUR 22.67 collected, EUR 3.00 duty at the border); J: JP, duty and consumption tax at the border.
    a = await s.placePaidOrder('eu', 'DE', [{ sku: 'CER-TEA-LOT', quantity: 1 }]);
    j = await s.placePaidOrder('jp', 'JP', [{ sku: 'BAG-TOT-TAN', quantity: 1 }]);
  });
  after(() => s?.close());

  test('currency exposure before any invoice: held, scheme VAT not yet due, quoted border charges, in USD at the ECB rates, and a 10 % move', async () => {
    const r = await exposure();
    assert.equal(r.status, 200, said(r));
    const e = r.body;
    assert.deepEqual([e.from, e.to, e.valuedOn, e.baseCurrency, e.move], ['2026-10-29', '2026-11-27', '2026-11-27', 'USD', '10']);
    assert.deepEqual(e.rates, { source: 'ECB', base: 'EUR', date: '2025-05-09', stale: true });
    assert.match(e.warnings.join(' '), /ECB rates stored are of 2025-05-09/);
    assert.deepEqual(e.currencies.map((c: any) => c.currency), ['EUR', 'JPY']);

    const eur = e.currencies[0];
    const aBorder = carrierCharges(a);
    assert.deepEqual(aBorder, { duties: 300n, taxes: 0n, fees: 0n }, 'the EUR 3 duty per classification');
    const eurOwed = 2267n + 300n;
    const eurNet = minor(a.totals.total) - eurOwed;
    assert.deepEqual(eur.owed, { schemeTaxes: { amount: '22.67', currency: 'EUR' }, carriers: { amount: '3.00', currency: 'EUR' }, pendingRefunds: { amount: '0.00', currency: 'EUR' }, total: { amount: '25.67', currency: 'EUR' } });
    assert.deepEqual([eur.captured, eur.held, minor(eur.net)], [a.totals.total, a.totals.total, eurNet]);
    assert.deepEqual([eur.rate, eur.inBase.net, eur.ifStronger, eur.ifWeaker], ['1.1252', usd(eurToUsd(eurNet)), usd(eurToUsd(eurNet, 10n)), usd(-eurToUsd(eurNet, 10n))]);

    const jpy = e.currencies[1];
    const jBorder = carrierCharges(j);
    assert.ok(jBorder.duties > 0n && jBorder.taxes > 0n, `${jBorder.duties} ${jBorder.taxes}`);
    const jpyNet = minor(j.totals.total) - (jBorder.duties + jBorder.taxes + jBorder.fees);
    assert.deepEqual([minor(jpy.owed.carriers), minor(jpy.owed.schemeTaxes), minor(jpy.net)], [jBorder.duties + jBorder.taxes + jBorder.fees, 0n, jpyNet]);
    assert.deepEqual([jpy.inBase.net, jpy.ifStronger], [usd(jpyToUsd(jpyNet)), usd(jpyToUsd(jpyNet, 10n))]);

    assert.deepEqual(e.totals.net, usd(eurToUsd(eurNet) + jpyToUsd(jpyNet)));
    assert.deepEqual(e.totals.ifStronger, usd(eurToUsd(eurNet, 10n) + jpyToUsd(jpyNet, 10n)));
    assert.deepEqual(e.schemeTaxes, [{ scheme: 'IOSS', period: '2026-11', dueDate: '2026-12-31', amount: { amount: '22.67', currency: 'EUR' }, collected: [{ amount: '22.67', currency: 'EUR' }], estimated: false }]);
    assert.equal(e.ordersUrl, '/v1/admin/reports/orders?from=2026-10-29&to=2026-11-27');

    const moved = await exposure('?move=2.5');
    assert.deepEqual([moved.body.move, moved.body.currencies[0].ifStronger], ['2.5', usd(divHalfUp(eurNet * 11252n * 25n, 10000n * 1000n))]);
  });

  test('a carrier duty invoice is recorded for a parcel, listed, and refused twice or with fields in error', async () => {
    const shipped = await s.admin('POST', `/v1/admin/orders/${a.number}/shipments/0/ship`, { body: { trackingNumber: 'RR123456785VN' } });
    assert.equal(shipped.status, 200, said(shipped));
    const created = await s.admin('POST', invoices(a.number, 0), { body: invoice });
    assert.equal(created.status, 201, said(created));
    assert.deepEqual({ ...created.body, id: 'id', createdAt: 'at' }, {
      id: 'id',
      order: a.number,
      shipment: 0,
      carrier: a.shipments[0].carrier,
      invoiceNumber: 'VNP-2026/0001',
      invoiceDate: '2026-11-27',
      currency: 'EUR',
      duties: { amount: '3.00', currency: 'EUR' },
      taxes: { amount: '0.00', currency: 'EUR' },
      fees: { amount: '6.50', currency: 'EUR' },
      total: { amount: '9.50', currency: 'EUR' },
      note: 'duty and clearance',
      createdAt: 'at',
    });
    const list = await s.admin('GET', invoices(a.number, 0));
    assert.equal(list.status, 200, said(list));
    assert.deepEqual([list.body.order, list.body.shipment, list.body.items.map((i: any) => i.invoiceNumber)], [a.number, 0, ['VNP-2026/0001']]);

    const again = await s.admin('POST', invoices(a.number, 0), { body: { ...invoice, duties: '1.00' } });
    assert.deepEqual([again.status, again.body.code, again.body.errors[0].field], [409, 'CONFLICT', 'invoiceNumber']);
    const otherCurrency = await s.admin('POST', invoices(a.number, 0), { body: { ...invoice, invoiceNumber: 'VNP-2026/0002', currency: 'GBP' } });
    assert.deepEqual([otherCurrency.status, otherCurrency.body.errors[0].field], [409, 'currency']);
    const bad = await s.admin('POST', invoices(a.number, 0), { body: { invoiceNumber: '', invoiceDate: '2026-11-31', currency: 'EURO', duties: 3, taxes: '-1', extra: true } });
    assert.equal(bad.status, 400, said(bad));
    assert.deepEqual(bad.body.errors.map((x: any) => x.field), ['extra', 'invoiceNumber', 'invoiceDate', 'currency', 'duties', 'taxes']);
    assert.deepEqual([(await s.admin('POST', invoices(a.number, 0), { body: { ...invoice, invoiceDate: '2026-11-28' } })).body.errors[0].field], ['invoiceDate'], 'not after today');
    assert.deepEqual([(await s.admin('POST', invoices('LF-999999', 0), { body: invoice })).status], [404]);
    const noShipment = await s.admin('POST', invoices(a.number, 5), { body: invoice });
    assert.deepEqual([noShipment.status, noShipment.body.code, noShipment.body.errors[0].field], [404, 'SHIPMENT_NOT_FOUND', 'position']);
    assert.equal((await s.admin('GET', invoices(a.number, 5))).status, 404);
    assert.equal((await s.admin('GET', invoices(a.number, 'x'))).status, 400);
    const badPosition = await s.admin('POST', invoices(a.number, 'x'), { body: invoice });
    assert.deepEqual([badPosition.status, badPosition.body.errors[0].field], [400, 'position']);
    assert.equal((await s.call('POST', invoices(a.number, 0), { body: invoice })).status, 403, 'admin only');
    assert.equal((await s.admin('GET', invoices(a.number, 0))).body.items.length, 1, 'nothing was added by the refused requests');
  });

  test('duties reconciliation: quoted against invoiced per parcel and per market and currency; the Japanese parcel awaits its invoice', async () => {
    const shipped = await s.admin('POST', `/v1/admin/orders/${j.number}/shipments/0/ship`, { body: { trackingNumber: 'EE123456785VN', carrier: '=HYPERLINK("http://evil.example","x")' } });
    assert.equal(shipped.status, 200, said(shipped));
    const r = await s.admin('GET', '/v1/admin/reports/duties-reconciliation');
    assert.equal(r.status, 200, said(r));
    const jBorder = carrierCharges(j);
    const jQuoted = jBorder.duties + jBorder.taxes + jBorder.fees;
    assert.deepEqual(
      r.body.parcels.map((p: any) => [p.orderNumber, p.position, p.market, p.currency, p.quoted.total.amount, p.invoiced?.total.amount ?? null, p.difference?.fees.amount ?? null, p.difference?.total.amount ?? null, p.quotedFrom]),
      [
        [a.number, 0, 'eu', 'EUR', '3.00', '9.50', '6.50', '6.50', 'order'],
        [j.number, 0, 'jp', 'JPY', String(jQuoted), null, null, null, 'order'],
      ].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
    );
    assert.deepEqual(
      r.body.summary.map((x: any) => [x.market, x.currency, x.parcels, x.invoicedParcels, x.quoted.total.amount, x.invoiced.total.amount, x.difference.total.amount, x.awaitingParcels, x.awaitingQuoted.amount]),
      [
        ['eu', 'EUR', 1, 1, '3.00', '9.50', '6.50', 0, '0.00'],
        ['jp', 'JPY', 1, 0, '0', '0', '0', 1, String(jQuoted)],
      ],
    );
    assert.equal(r.body.parcels.find((p: any) => p.orderNumber === a.number).orderUrl, `/v1/admin/orders/${a.number}`);

    // CSV: the carrier name an operator typed cannot become a formula in a spreadsheet.
    const csv = await s.admin('GET', '/v1/admin/reports/duties-reconciliation?format=csv');
    assert.equal(csv.status, 200, said(csv));
    const parcelJ = csv.text.split('\r\n').find((l) => l.includes(j.number))!;
    assert.ok(parcelJ.includes(`,"'=HYPERLINK(""http://evil.example"",""x"")",`), parcelJ);
    assert.ok(csv.text.split('\r\n').includes('market,eu,EUR,,,,,,,1,1,3.00,0.00,0.00,3.00,3.00,0.00,6.50,9.50,6.50,0,0.00,,'), csv.text);

    // The exposure now counts the invoice (EUR 9.50) instead of the quote (EUR 3.00).
    const e = (await exposure()).body;
    assert.deepEqual(e.currencies[0].owed.carriers, { amount: '9.50', currency: 'EUR' });
  });

  test('sales drill-down: the orders behind a market and currency, as JSON pages and CSV; the dashboard as CSV', async () => {
    const eu = await s.admin('GET', '/v1/admin/reports/orders?market=eu&currency=EUR');
    assert.equal(eu.status, 200, said(eu));
    assert.deepEqual(eu.body.items.map((o: any) => [o.number, o.market, o.currency, o.total, o.net]), [[a.number, 'eu', 'EUR', a.totals.total, a.totals.total]]);
    assert.deepEqual(eu.body.filter, { market: 'eu', currency: 'EUR', country: null, channel: null });
    const page = await s.admin('GET', '/v1/admin/reports/orders?limit=1');
    assert.equal(page.body.items.length, 1);
    const next = await s.admin('GET', `/v1/admin/reports/orders?limit=1&cursor=${page.body.nextCursor}`);
    assert.deepEqual([next.body.items.length, next.body.nextCursor, [page.body.items[0].number, next.body.items[0].number].sort()], [1, null, [a.number, j.number].sort()]);
    const csv = await s.admin('GET', '/v1/admin/reports/orders?currency=JPY&format=csv');
    assert.equal(csv.headers.get('content-disposition'), 'attachment; filename="orders-JPY-2026-10-29-2026-11-27.csv"');
    const [header, row] = csv.text.split('\r\n');
    assert.equal(header, 'order,paid_at,market,country,currency,incoterm,status,goods,discount,shipping,duties,taxes,fees,total,refunded,net,sales_channel,channel_order_id');
    assert.match(row!, new RegExp(`^${j.number},2026-11-27T09:\\d\\d:\\d\\d\\.\\d{3}Z,jp,JP,JPY,DDP,fulfilled,${j.totals.goods.amount},0,${j.totals.shipping.amount},${j.totals.duties.amount},${j.totals.taxes.amount},${j.totals.fees.amount},${j.totals.total.amount},0,${j.totals.total.amount},storefront,$`));

    const dashboard = await s.admin('GET', '/v1/admin/reports/dashboard?format=csv');
    assert.equal(dashboard.status, 200, said(dashboard));
    const lines = dashboard.text.split('\r\n');
    assert.equal(lines[0], 'from,to,market,currency,orders,goods,discount,shipping,duties,taxes,taxes_included,fees,total,due_on_delivery,refunded,net,duties_refunded,taxes_refunded');
    assert.equal(lines[1], `2026-10-29,2026-11-27,eu,EUR,1,${a.totals.goods.amount},0.00,${a.totals.shipping.amount},3.00,22.67,${a.totals.taxesIncluded.amount},0.00,${a.totals.total.amount},0.00,0.00,${a.totals.total.amount},0.00,0.00`);
    assert.equal(lines.length, 4, 'eu, jp and the final line break');
  });

  test('bad input is 400 naming each field, and only admin keys may read', async () => {
    const cases: Array<[string, string[]]> = [
      ['/v1/admin/reports/currency-exposure?move=0', ['move']],
      ['/v1/admin/reports/currency-exposure?move=101', ['move']],
      ['/v1/admin/reports/currency-exposure?move=ten', ['move']],
      ['/v1/admin/reports/currency-exposure?from=2026-13-01&move=-1', ['from', 'move']],
      ['/v1/admin/reports/currency-exposure?from=2026-11-28&to=2026-11-27', ['from']],
      ['/v1/admin/reports/currency-exposure?base=EUR', ['base']],
      ['/v1/admin/reports/duties-reconciliation?to=2026-02-30', ['to']],
      ['/v1/admin/reports/duties-reconciliation?from=2025-01-01&to=2026-11-27', ['to']],
      ['/v1/admin/reports/orders?currency=eur&limit=501', ['currency', 'limit']],
      ['/v1/admin/reports/orders?market=EU&country=deu', ['country']],
      ['/v1/admin/reports/orders?cursor=abc', ['cursor']],
      ['/v1/admin/reports/orders?status=paid', ['status']],
      ['/v1/admin/reports/dashboard?format=pdf', ['format']],
    ];
    for (const [path, fields] of cases) {
      const r = await s.admin('GET', path);
      assert.equal(r.status, 400, `${path}: ${said(r)}`);
      assert.deepEqual(r.body.errors.map((e: any) => e.field), fields, path);
    }
    for (const path of ['/v1/admin/reports/currency-exposure', '/v1/admin/reports/duties-reconciliation', '/v1/admin/reports/orders']) {
      assert.equal((await s.call('GET', path)).status, 403, path);
      assert.equal((await s.call('GET', path, { key: null })).status, 401, path);
    }
  });
});
