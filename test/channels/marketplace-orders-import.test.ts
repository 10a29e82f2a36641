import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq, inArray } from 'drizzle-orm';
import { emailMessages } from '../../src/db/schema/notifications.js';
import { orderLines, orders } from '../../src/db/schema/orders.js';
import { describeWithDatabases } from '../support/test-database.js';
import { placePaidOrder, readyCart, said, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { pdfOf } from '../documents/support.js';
import { amazonExport, amazonOrder, ebayReport, ebayRow } from './fixtures/marketplace-orders.js';

/** POST the export as the marketplace wrote it, with an operator key. */
async function importFile(s: CheckoutServer, key: string, channel: string, body: string, type: string) {
  const res = await s.app.inject({ method: 'POST', url: `/v1/admin/channel-orders/import?channel=${channel}`, headers: { authorization: `Bearer ${key}`, 'content-type': type }, payload: body });
  return { status: res.statusCode, body: res.json() };
}

const AMAZON_FILE = amazonExport([
  amazonOrder('303-1000001-0000001'),
  amazonOrder('303-1000001-0000002', { OrderTotal: { CurrencyCode: 'EUR', Amount: '27.90' } }, [{ SellerSKU: 'NO-SUCH-SKU', QuantityOrdered: 1, ItemPrice: { CurrencyCode: 'EUR', Amount: '27.90' } }]),
  amazonOrder('303-1000001-0000003', { OrderTotal: { CurrencyCode: 'EUR', Amount: '9999.00' } }, [{ SellerSKU: 'CER-TEA-LOT', QuantityOrdered: 500, ItemPrice: { CurrencyCode: 'EUR', Amount: '9999.00' } }]),
  amazonOrder('303-1000001-0000004', { ShippingAddress: { Name: 'Ana', AddressLine1: 'Rua 1', City: 'São Paulo', CountryCode: 'BR' } }),
  amazonOrder('303-1000001-0000005', { OrderTotal: { CurrencyCode: 'EUR', Amount: '63.8' } }, [{ SellerSKU: 'TEE-LAN-M', QuantityOrdered: 2, ItemPrice: { CurrencyCode: 'EUR', Amount: '55.8x' } }]),
]);
const EBAY_FILE = ebayReport([ebayRow({ 'Order Number': '12-10000-00001' }), ebayRow({ 'Order Number': '12-10000-00002', 'Custom Label': 'TEE-LAN-L', Quantity: '1', 'Sold For': '$29.99', 'eBay Collected Tax': '$0.00', 'Seller Collected Tax': '$0.00', 'Total Price': '$35.99', 'Ship To Country': 'Canada', 'Ship To State': 'ON', 'Ship To City': 'Toronto', 'Ship To Zip': 'M5V 2T6' })]);

describeWithDatabases('marketplace orders imported into the order pipeline', (db) => {
  let s: CheckoutServer;
  let operator: string;
  let first: { status: number; body: any };
  const before0: Record<string, Record<string, number>> = {};
  const SKUS = ['TEE-LAN-M', 'CER-TEA-LOT', 'COF-ROB-250', 'TEE-LAN-L'];

  before(async () => {
    s = await startCheckoutServer(db());
    const key = await s.admin('POST', '/v1/admin/api-keys', { body: { name: 'operator', scopes: ['admin:operator'] } });
    assert.equal(key.status, 201, said(key));
    operator = key.body.key;
    for (const sku of SKUS) before0[sku] = Object.fromEntries(Object.entries(await s.levels(sku)).map(([w, l]) => [w, l.onHand]));
    first = await importFile(s, operator, 'amazon', AMAZON_FILE, 'application/json');
  });
  after(() => s.close());

  const orderOf = async (channel: string, id: string) => {
    const [row] = await db().orm.select().from(orders).where(and(eq(orders.salesChannel, channel), eq(orders.channelOrderId, id)));
    return row;
  };

  test('good orders import; bad ones are refused with line, order id and field, and the others go on', () => {
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.imported, 1);
    assert.equal(first.body.skipped, 0);
    assert.deepEqual(
      first.body.refused.map((r: any) => [r.orderId, r.field, r.code]),
      [
        ['303-1000001-0000002', 'OrderItems[0].SellerSKU', 'UNKNOWN_SKU'],
        ['303-1000001-0000003', 'OrderItems[0].QuantityOrdered', 'INSUFFICIENT_STOCK'],
        ['303-1000001-0000004', 'ShippingAddress.CountryCode', 'UNKNOWN_COUNTRY'],
        ['303-1000001-0000005', 'OrderItems[0].ItemPrice.Amount', 'INVALID_AMOUNT'],
      ],
    );
    for (const r of first.body.refused) assert.ok(AMAZON_FILE.split('\n')[r.line - 1]!.includes(r.orderId), `line ${r.line} holds ${r.orderId}`);
  });

  test('the imported order is paid, in its channel, with the marketplace amounts and stock taken where routing put it', async () => {
    const o = (await orderOf('amazon', '303-1000001-0000001'))!;
    assert.equal(o.status, 'paid');
    assert.equal(o.currency, 'EUR');
    assert.equal(o.market, 'eu');
    assert.equal(o.totalMinor, 6380);
    assert.equal(o.capturedMinor, 0, 'the marketplace holds the money, not the store\'s payment provider');
    assert.equal(o.goodsMinor, 5580);
    assert.equal(o.shippingMinor, 800);
    assert.equal(o.taxesMinor, 891 + 128);
    assert.equal(o.taxesIncludedMinor, 891);
    assert.equal(o.paidAt!.toISOString(), '2026-11-20T08:15:00.000Z');
    const lines = await db().orm.select().from(orderLines).where(eq(orderLines.orderId, o.id));
    assert.deepEqual(lines.map((l) => [l.sku, l.quantity, l.unitPriceMinor, l.taxScheme]), [['TEE-LAN-M', 2, 2790, 'MARKETPLACE']]);
    const after = await s.levels('TEE-LAN-M');
    const moved = Object.entries(after).filter(([w, l]) => l.onHand !== before0['TEE-LAN-M']![w]);
    assert.deepEqual(moved.map(([w, l]) => [w, before0['TEE-LAN-M']![w]! - l.onHand]), [[lines[0]!.warehouse, 2]]);
    const view = await s.admin('GET', `/v1/admin/orders/${o.number}`);
    assert.equal(view.status, 200, said(view));
    assert.equal(view.body.shipments.length, 1);
    assert.equal(view.body.shipments[0].status, 'planned');
    assert.equal(view.body.shipments[0].warehouse, lines[0]!.warehouse);
    assert.deepEqual(await s.orderEvents(o.id), ['order.created', 'order.paid']);
    const mails = await db().orm.select().from(emailMessages).where(eq(emailMessages.orderId, o.id));
    assert.deepEqual(mails, [], 'no email goes to a marketplace buyer');
  });

  test('refused orders change no stock', async () => {
    for (const sku of ['CER-TEA-LOT']) {
      const now = Object.fromEntries(Object.entries(await s.levels(sku)).map(([w, l]) => [w, l.onHand]));
      assert.deepEqual(now, before0[sku]);
    }
    for (const id of ['303-1000001-0000002', '303-1000001-0000003', '303-1000001-0000004', '303-1000001-0000005']) assert.equal(await orderOf('amazon', id), undefined);
  });

  test('the commercial invoice of an imported order builds like any order', async () => {
    const o = (await orderOf('amazon', '303-1000001-0000001'))!;
    const text = await pdfOf(s, `/v1/orders/${o.number}/documents/commercial-invoice`);
    assert.match(text, /COMMERCIAL INVOICE/);
    assert.match(text, new RegExp(o.number));
    // And its parcel ships like any other (the status follows: fulfilled, with order.fulfilled for webhooks).
    const shipped = await s.admin('POST', `/v1/admin/orders/${o.number}/shipments/0/ship`, { body: { trackingNumber: 'TRACK-1' } });
    assert.equal(shipped.status, 200, said(shipped));
    assert.equal(shipped.body.status, 'fulfilled');
    assert.deepEqual(await db().orm.select().from(emailMessages).where(eq(emailMessages.orderId, o.id)), [], 'no shipping email either');
  });

  test('importing the same file again changes nothing: the orders are skipped', async () => {
    const count = async () => (await db().orm.select().from(orders).where(eq(orders.salesChannel, 'amazon'))).length;
    const n = await count();
    const level = await s.levels('TEE-LAN-M');
    const again = await importFile(s, operator, 'amazon', AMAZON_FILE, 'application/json');
    assert.equal(again.status, 200);
    assert.equal(again.body.imported, 0);
    assert.equal(again.body.skipped, 1);
    assert.equal(again.body.refused.length, 4);
    assert.equal(await count(), n);
    assert.deepEqual(await s.levels('TEE-LAN-M'), level);
  });

  test('two imports of the same new file at once write each order once', async () => {
    const file = amazonExport([amazonOrder('303-1000001-0000009', { PurchaseDate: '2026-10-15T10:00:00Z' })]);
    const [x, y] = await Promise.all([importFile(s, operator, 'amazon', file, 'application/json'), importFile(s, operator, 'amazon', file, 'application/json')]);
    assert.deepEqual([x.status, y.status], [200, 200]);
    assert.deepEqual([x.body.imported + y.body.imported, x.body.skipped + y.body.skipped], [1, 1]);
    assert.equal(x.body.orders[0].number, y.body.orders[0].number);
    const found = await db().orm.select().from(orders).where(and(eq(orders.salesChannel, 'amazon'), eq(orders.channelOrderId, '303-1000001-0000009')));
    assert.equal(found.length, 1);
  });

  test('an eBay Orders report (CSV with BOM and trailer) imports into its channel and markets', async () => {
    const r = await importFile(s, operator, 'ebay', EBAY_FILE, 'text/csv');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(r.body.refused, []);
    assert.equal(r.body.imported, 2);
    assert.equal(r.body.ignored, 2);
    const us = (await orderOf('ebay', '12-10000-00001'))!;
    assert.deepEqual([us.market, us.currency, us.country, us.totalMinor, us.taxesMinor], ['us', 'USD', 'US', 5543, 446]);
    const ca = (await orderOf('ebay', '12-10000-00002'))!;
    assert.deepEqual([ca.market, ca.currency, ca.country, ca.totalMinor], ['ca', 'USD', 'CA', 3599]);
    const lines = await db().orm.select().from(orderLines).where(inArray(orderLines.orderId, [us.id, ca.id]));
    assert.deepEqual(lines.map((l) => l.taxScheme).sort(), ['MARKETPLACE', null].sort());
  });

  test('an imported order cancelled in Landfall gives its stock back and refunds nothing', async () => {
    const ca = (await orderOf('ebay', '12-10000-00002'))!;
    const [line] = await db().orm.select().from(orderLines).where(eq(orderLines.orderId, ca.id));
    const before = (await s.levels('TEE-LAN-L'))[line!.warehouse]!.onHand;
    const r = await s.admin('POST', `/v1/admin/orders/${ca.number}/cancel`, { body: { reason: 'cancelled on eBay' } });
    assert.equal(r.status, 200, said(r));
    assert.equal(r.body.status, 'cancelled');
    assert.equal((await s.levels('TEE-LAN-L'))[line!.warehouse]!.onHand, before + 1);
  });

  test('bad input at the door: unknown channel, wrong content type, empty body, an unreadable file, a read-only key', async () => {
    const bad = async (url: string, type: string, payload: string, status: number, field?: string, key = operator) => {
      const res = await s.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${key}`, 'content-type': type }, payload });
      assert.equal(res.statusCode, status, res.body);
      if (field) assert.equal(res.json().errors?.[0]?.field, field, res.body);
    };
    await bad('/v1/admin/channel-orders/import?channel=etsy', 'text/csv', 'a', 400, 'channel');
    await bad('/v1/admin/channel-orders/import?channel=ebay', 'application/json', '{}', 400, 'content-type');
    await bad('/v1/admin/channel-orders/import?channel=ebay', 'application/xml', '<a/>', 415);
    await bad('/v1/admin/channel-orders/import?channel=amazon', 'application/json', '{"payload":', 400, 'file');
    await bad('/v1/admin/channel-orders/import?channel=ebay', 'text/csv', 'Order Number\n1\n', 400, 'Sale Date');
    const readOnly = await s.admin('POST', '/v1/admin/api-keys', { body: { name: 'reader', scopes: ['admin:read'] } });
    await bad('/v1/admin/channel-orders/import?channel=ebay', 'text/csv', EBAY_FILE, 403, undefined, readOnly.body.key);
  });

  test('a storefront order still gets its buyer emails', async () => {
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-S', quantity: 1 }]);
    const order = await placePaidOrder(s, cart.id);
    const mails = await db().orm.select().from(emailMessages).where(eq(emailMessages.orderId, order.id));
    assert.ok(mails.length > 0);
  });

  test('reports split by channel: the dashboard breakdown, a channel filter on every figure, the orders list, CSV', async () => {
    const range = 'from=2026-11-01&to=2026-11-27';
    const all = await s.admin('GET', `/v1/admin/reports/dashboard?${range}`);
    assert.equal(all.status, 200, said(all));
    assert.equal(all.body.channel, null);
    const by = Object.fromEntries(all.body.byChannel.map((r: any) => [`${r.channel}:${r.currency}`, [r.orders, r.total.amount, r.taxes.amount]]));
    assert.deepEqual(by['amazon:EUR'], [1, '63.80', '10.19']);
    assert.deepEqual(by['ebay:USD'], [2, '91.42', '4.46']);
    assert.ok(by['storefront:EUR'] && by['storefront:EUR'][0] >= 1, JSON.stringify(by));
    // The per-channel orders add up to the per-currency totals.
    for (const t of all.body.totals) {
      const sum = all.body.byChannel.filter((r: any) => r.currency === t.currency).reduce((n: number, r: any) => n + r.orders, 0);
      assert.equal(sum, t.orders, t.currency);
    }

    const amazon = await s.admin('GET', `/v1/admin/reports/dashboard?${range}&channel=amazon`);
    assert.equal(amazon.status, 200, said(amazon));
    assert.equal(amazon.body.channel, 'amazon');
    assert.deepEqual(amazon.body.sales.map((r: any) => [r.market, r.currency, r.orders, r.total.amount]), [['eu', 'EUR', 1, '63.80']]);
    assert.equal(amazon.body.counts.paid, 1);
    assert.deepEqual(amazon.body.byChannel.map((r: any) => r.channel), ['amazon']);

    const list = await s.admin('GET', `/v1/admin/reports/orders?${range}&channel=ebay`);
    assert.equal(list.status, 200, said(list));
    assert.equal(list.body.filter.channel, 'ebay');
    assert.deepEqual(list.body.items.map((o: any) => [o.salesChannel, o.channelOrderId]).sort(), [['ebay', '12-10000-00001'], ['ebay', '12-10000-00002']]);

    const csv = await s.admin('GET', `/v1/admin/reports/dashboard?${range}&by=channel&format=csv`);
    assert.equal(csv.status, 200, csv.text);
    assert.match(csv.text, /^from,to,channel,currency,orders,/);
    assert.match(csv.text, /\r\n2026-11-01,2026-11-27,amazon,EUR,1,55\.80,/);
    const ordersCsv = await s.admin('GET', `/v1/admin/reports/orders?${range}&channel=amazon&format=csv`);
    assert.match(ordersCsv.text.split('\r\n')[0]!, /,sales_channel,channel_order_id$/);
    assert.match(ordersCsv.text, /,amazon,303-1000001-0000001\r\n/);

    // Tax the marketplace collected as deemed supplier is not the store's to declare: no return of its schemes lists those orders.
    const imported = (await db().orm.select().from(orders).where(inArray(orders.salesChannel, ['amazon', 'ebay']))).map((o) => o.number);
    for (const scheme of ['IOSS', 'UK_VAT']) {
      const lines = await s.admin('GET', `/v1/admin/reports/tax-returns/lines?scheme=${scheme}&period=${scheme === 'IOSS' ? '2026-11' : '2026-Q4'}&limit=1000`);
      if (lines.status === 400 && lines.body.errors?.[0]?.field === 'scheme') continue;
      assert.equal(lines.status, 200, said(lines));
      assert.deepEqual(lines.body.items.filter((l: any) => imported.includes(l.orderNumber)), [], scheme);
    }

    for (const url of [`/v1/admin/reports/dashboard?${range}&channel=Amazon!`, `/v1/admin/reports/orders?${range}&channel=x`]) {
      const bad = await s.admin('GET', url);
      assert.equal(bad.status, 400, url);
      assert.equal(bad.body.errors?.[0]?.field, 'channel', said(bad));
    }
  });
});
