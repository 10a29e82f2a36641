import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readCsvRecords } from '../../src/core/encoding/csv-records.js';
import { MAX_CSV_CELL } from '../../src/core/channels/marketplace-orders/parse-ebay-orders.js';
import { parseAmazonOrders } from '../../src/core/channels/marketplace-orders/parse-amazon-orders.js';
import { parseEbayOrders } from '../../src/core/channels/marketplace-orders/parse-ebay-orders.js';
import { AMAZON_ORDERS } from '../../src/data/channels/marketplaces/amazon.js';
import { EBAY_ORDERS_REPORT } from '../../src/data/channels/marketplaces/ebay.js';
import { amazonExport, amazonOrder, ebayReport, ebayRow } from './fixtures/marketplace-orders.js';

const amazon = (text: string) => {
  const r = parseAmazonOrders(text, AMAZON_ORDERS);
  assert.ok(r.ok, JSON.stringify(r));
  return r.value;
};
const ebay = (text: string) => {
  const r = parseEbayOrders(text, EBAY_ORDERS_REPORT);
  assert.ok(r.ok, JSON.stringify(r));
  return r.value;
};

describe('CSV records (RFC 4180)', () => {
  test('quoted commas, doubled quotes, line breaks inside quotes; each record keeps its first line; BOM and blank lines skipped', () => {
    const r = readCsvRecords('\uFEFFa,b\r\n\r\n"x, ""y""","line1\nline2"\n3,4');
    assert.ok(r.ok);
    assert.deepEqual(r.value.map((x) => [x.line, x.fields]), [[1, ['a', 'b']], [3, ['x, "y"', 'line1\nline2']], [5, ['3', '4']]]);
  });
  test('an unclosed quote or text after a closing quote makes the file unreadable, naming the line', () => {
    const open = readCsvRecords('a,b\n"x,1\n');
    assert.equal(open.ok, false);
    assert.match(!open.ok ? open.message : '', /line 2: .*never closed/);
    const after = readCsvRecords('a,b\n"x"y,1\n');
    assert.equal(after.ok, false);
  });
  test('a huge cell is not kept: its column is reported', () => {
    const r = readCsvRecords(`a,b\n1,${'x'.repeat(20_000)}\n`, { maxCell: MAX_CSV_CELL });
    assert.ok(r.ok);
    assert.equal(r.value[1]!.tooLong, 1);
    assert.equal(r.value[1]!.fields[1], '');
  });
});

describe('Amazon orders export (Selling Partner API JSON)', () => {
  test('a good order: exact minor units, tax collected by Amazon as facilitator, tax on top of the prices', () => {
    const { orders, refused } = amazon(amazonExport([amazonOrder('303-0000001-0000001', { OrderTotal: { CurrencyCode: 'EUR', Amount: '73.99' } })]));
    assert.deepEqual(refused, []);
    const o = orders[0]!;
    assert.equal(o.orderId, '303-0000001-0000001');
    assert.equal(o.currency, 'EUR');
    assert.equal(o.line, 5); // the line of its AmazonOrderId
    assert.deepEqual(o.lines.map((l) => [l.sku, l.quantity, l.goodsMinor, l.taxMinor]), [['TEE-LAN-M', 2, 5580, 891]]);
    assert.equal(o.shippingMinor, 800);
    assert.equal(o.shippingTaxMinor, 128);
    assert.equal(o.totalMinor, 7399);
    assert.equal(o.taxIncluded, false);
    assert.equal(o.taxCollectedBy, 'marketplace');
    assert.equal(o.address.country, 'DE');
    assert.equal(o.email, 'abc123@marketplace.amazon.de');
  });
  test('a total without the tax on top means the prices include it (EU shelf prices)', () => {
    const { orders } = amazon(amazonExport([amazonOrder('303-0000001-0000002')]));
    assert.equal(orders[0]!.taxIncluded, true);
    assert.equal(orders[0]!.totalMinor, 6380);
  });
  test('each malformed field is refused with the order id, its line and the field; the other orders are read', () => {
    const good = amazonOrder('303-0000001-0000010');
    const bad = (id: string, over: Record<string, unknown>, item?: Record<string, unknown>) => amazonOrder(id, over, item ? [{ ...((amazonOrder('x').OrderItems as unknown[])[0] as object), ...item }] : undefined);
    const text = amazonExport([
      good,
      bad('303-0000001-0000011', {}, { ItemPrice: { CurrencyCode: 'EUR', Amount: '55.8O' } }),
      bad('303-0000001-0000012', {}, { ItemPrice: { CurrencyCode: 'EUR', Amount: 55.8 } }),
      bad('303-0000001-0000013', {}, { ItemTax: { CurrencyCode: 'EUR', Amount: '8.915' } }),
      bad('303-0000001-0000014', {}, { ShippingPrice: { CurrencyCode: 'USD', Amount: '8.00' } }),
      bad('303-0000001-0000015', {}, { QuantityOrdered: 0 }),
      bad('303-0000001-0000016', {}, { SellerSKU: '' }),
      bad('303-0000001-0000017', { ShippingAddress: { Name: 'A', AddressLine1: 'B', City: 'C', CountryCode: 'Germany' } }),
      bad('303-0000001-0000018', { OrderStatus: 'Pending' }),
      bad('303-0000001-0000019', { OrderTotal: { CurrencyCode: 'EUR', Amount: '99.00' } }),
      bad('303-0000001-0000020', { PurchaseDate: 'yesterday' }),
      bad('303-0000001-0000021', { OrderItems: [] }),
      bad('303-0000001-0000022', { BuyerInfo: { BuyerEmail: 'not an email' } }),
      bad('303-0000001-0000023', { FulfillmentChannel: 'AFN' }),
      bad('303-0000001-0000024', { PurchaseDate: '2026-02-30T10:00:00Z' }),
    ]);
    const { orders, refused } = amazon(text);
    assert.deepEqual(orders.map((o) => o.orderId), ['303-0000001-0000010']);
    assert.deepEqual(
      refused.map((r) => [r.orderId, r.field, r.code]),
      [
        ['303-0000001-0000011', 'OrderItems[0].ItemPrice.Amount', 'INVALID_AMOUNT'],
        ['303-0000001-0000012', 'OrderItems[0].ItemPrice.Amount', 'INVALID_AMOUNT'],
        ['303-0000001-0000013', 'OrderItems[0].ItemTax.Amount', 'INVALID_AMOUNT'],
        ['303-0000001-0000014', 'OrderItems[0].ShippingPrice.CurrencyCode', 'INVALID_AMOUNT'],
        ['303-0000001-0000015', 'OrderItems[0].QuantityOrdered', 'VALIDATION_FAILED'],
        ['303-0000001-0000016', 'OrderItems[0].SellerSKU', 'VALIDATION_FAILED'],
        ['303-0000001-0000017', 'ShippingAddress.CountryCode', 'UNKNOWN_COUNTRY'],
        ['303-0000001-0000018', 'OrderStatus', 'ORDER_NOT_IMPORTABLE'],
        ['303-0000001-0000019', 'OrderTotal.Amount', 'TOTAL_MISMATCH'],
        ['303-0000001-0000020', 'PurchaseDate', 'VALIDATION_FAILED'],
        ['303-0000001-0000021', 'OrderItems', 'VALIDATION_FAILED'],
        ['303-0000001-0000022', 'BuyerInfo.BuyerEmail', 'VALIDATION_FAILED'],
        ['303-0000001-0000023', 'FulfillmentChannel', 'ORDER_NOT_IMPORTABLE'],
        ['303-0000001-0000024', 'PurchaseDate', 'VALIDATION_FAILED'],
      ],
    );
    // Lines point at each order's id in the file, in order.
    const lines = refused.map((r) => r.line);
    assert.deepEqual([...lines].sort((a, b) => a - b), lines);
    for (const r of refused) assert.equal(text.split('\n')[r.line - 1]!.includes(r.orderId!), true, `line ${r.line} holds ${r.orderId}`);
    assert.match(refused[0]!.message, /"55\.8O" is not a decimal amount/);
  });
  test('formula characters and control characters: text is kept as text, never a formula; control characters are refused', () => {
    const formula = amazonOrder('303-0000001-0000030', { ShippingAddress: { Name: '=HYPERLINK("http://x")', AddressLine1: '+1 Main St', City: '@Berlin', CountryCode: 'DE' } });
    const control = amazonOrder('303-0000001-0000031', { ShippingAddress: { Name: 'A\u0007B', AddressLine1: 'x', City: 'y', CountryCode: 'DE' } });
    const { orders, refused } = amazon(amazonExport([formula, control]));
    assert.equal(orders[0]!.address.name, '=HYPERLINK("http://x")');
    assert.deepEqual(refused.map((r) => r.field), ['ShippingAddress.Name']);
    assert.match(refused[0]!.message, /control characters/);
  });
  test('hostile files: not JSON, no orders array, a huge cell, too deep a value', () => {
    for (const [text, field] of [
      ['{"payload": {"Orders": [', 'file'],
      ['{"orders": []}', 'payload.Orders'],
      ['[1,2,3]', 'payload.Orders'],
    ] as const) {
      const r = parseAmazonOrders(text, AMAZON_ORDERS);
      assert.equal(r.ok, false, text);
      assert.equal(!r.ok && r.field, field);
    }
    const huge = amazon(amazonExport([amazonOrder('303-0000001-0000040', { ShippingAddress: { Name: 'x'.repeat(100_000), AddressLine1: 'a', City: 'b', CountryCode: 'DE' } })]));
    assert.deepEqual(huge.refused.map((r) => [r.field, r.code]), [['ShippingAddress.Name', 'VALIDATION_FAILED']]);
    assert.match(huge.refused[0]!.message, /longer than 1000/);
    const longId = amazon(amazonExport([amazonOrder('9'.repeat(5000))]));
    assert.equal(longId.refused[0]!.orderId, null);
    assert.equal(longId.refused[0]!.field, 'AmazonOrderId');
  });
});

describe('eBay Orders report (Seller Hub CSV)', () => {
  test('a one-item order: Sold For per unit x Quantity, eBay collected tax, the trailer ignored, BOM tolerated', () => {
    const { orders, refused, ignored } = ebay(ebayReport([ebayRow()]));
    assert.deepEqual(refused, []);
    assert.equal(ignored, 2);
    const o = orders[0]!;
    assert.equal(o.orderId, '12-34567-89012');
    assert.equal(o.line, 3);
    assert.equal(o.currency, 'USD');
    assert.deepEqual(o.lines.map((l) => [l.sku, l.quantity, l.goodsMinor, l.taxMinor, l.line]), [['COF-ROB-250', 3, 4497, 446, 3]]);
    assert.equal(o.shippingMinor, 600);
    assert.equal(o.totalMinor, 5543);
    assert.equal(o.taxCollectedBy, 'marketplace');
    assert.equal(o.placedAt, '2026-11-20');
    assert.deepEqual(o.address, { name: 'Sam Buyer', lines: ['350 5th Ave', 'Suite 100'], city: 'New York', postalCode: '10118', region: 'NY', country: 'US', phone: '+1 212 555 0100' });
  });
  test('an order of several items: the order row carries shipping, tax and total; the item rows their SKUs; tax spread by value', () => {
    const order = ebayRow({ 'Order Number': '12-00000-00002', 'Item Number': '', 'Item Title': '', 'Custom Label': '', Quantity: '2', 'Sold For': '', 'Shipping And Handling': '$9.00', 'eBay Collected Tax': '$3.00', 'Total Price': '$1,012.00' });
    const a = ebayRow({ 'Order Number': '12-00000-00002', 'Custom Label': 'BAG-TOT-TAN', Quantity: '1', 'Sold For': '$900.00', 'Shipping And Handling': '', 'eBay Collected Tax': '', 'Total Price': '' });
    const b = ebayRow({ 'Order Number': '12-00000-00002', 'Custom Label': 'TEE-LAN-M', 'Item Number': '325000000002', Quantity: '4', 'Sold For': '$25.00', 'Shipping And Handling': '', 'eBay Collected Tax': '', 'Total Price': '' });
    const { orders, refused } = ebay(ebayReport([order, a, b]));
    assert.deepEqual(refused, []);
    const o = orders[0]!;
    assert.deepEqual(o.lines.map((l) => [l.sku, l.goodsMinor, l.taxMinor, l.line]), [['BAG-TOT-TAN', 90000, 270, 4], ['TEE-LAN-M', 10000, 30, 5]]);
    assert.equal(o.lines.reduce((s, l) => s + l.taxMinor, 0), 300);
    assert.equal(o.totalMinor, 101200);
  });
  test('each malformed field is refused with its line and column; the other orders are read', () => {
    const rows = [
      ebayRow({ 'Order Number': '12-00000-00010' }),
      ebayRow({ 'Order Number': '12-00000-00011', 'Sold For': '$14.9X' }),
      ebayRow({ 'Order Number': '12-00000-00012', 'Sold For': '14,99 €' }),
      ebayRow({ 'Order Number': '12-00000-00013', Quantity: '-1' }),
      ebayRow({ 'Order Number': '12-00000-00014', 'Custom Label': '' , 'Item Number': '325000000009' }),
      ebayRow({ 'Order Number': '12-00000-00015', 'Ship To Country': 'Atlantis' }),
      ebayRow({ 'Order Number': '12-00000-00016', 'Total Price': '$99.00' }),
      ebayRow({ 'Order Number': '12-00000-00017', 'Sale Date': 'Feb-30-26' }),
      ebayRow({ 'Order Number': '12-00000-00018', 'Shipping And Handling': '£6.00' }),
      ebayRow({ 'Order Number': '12-00000-00019', 'Sold For': '=1+2' }),
    ];
    const { orders, refused } = ebay(ebayReport(rows));
    assert.deepEqual(orders.map((o) => o.orderId), ['12-00000-00010']);
    assert.deepEqual(
      refused.map((r) => [r.line, r.orderId, r.field, r.code]),
      [
        [4, '12-00000-00011', 'Sold For', 'INVALID_AMOUNT'],
        [5, '12-00000-00012', 'Sold For', 'INVALID_AMOUNT'],
        [6, '12-00000-00013', 'Quantity', 'VALIDATION_FAILED'],
        [7, '12-00000-00014', 'Custom Label', 'UNKNOWN_SKU'],
        [8, '12-00000-00015', 'Ship To Country', 'UNKNOWN_COUNTRY'],
        [9, '12-00000-00016', 'Total Price', 'TOTAL_MISMATCH'],
        [10, '12-00000-00017', 'Sale Date', 'VALIDATION_FAILED'],
        [11, '12-00000-00018', 'Shipping And Handling', 'INVALID_AMOUNT'],
        [12, '12-00000-00019', 'Sold For', 'INVALID_AMOUNT'],
      ],
    );
    for (const r of refused) assert.match(r.message, new RegExp(`^line ${r.line}: `));
  });
  test('a report without its columns, an empty file, a broken quote: the file fails naming the column or line', () => {
    const missing = parseEbayOrders('Order Number,Sale Date\n1,Nov-01-26\n', EBAY_ORDERS_REPORT);
    assert.equal(missing.ok, false);
    assert.equal(!missing.ok && missing.field, 'Ship To Name');
    assert.equal(parseEbayOrders('', EBAY_ORDERS_REPORT).ok, false);
    const broken = parseEbayOrders(ebayReport([ebayRow({ 'Ship To Name': 'a' })]).replace('Sam Buyer', '"Sam Buyer'), EBAY_ORDERS_REPORT);
    assert.equal(broken.ok, false);
  });
  test('a row with too many fields, a huge cell: refused by line, the rest read', () => {
    const text = ebayReport([ebayRow({ 'Order Number': '12-00000-00020' }), ebayRow({ 'Order Number': '12-00000-00021', 'Item Title': 'x'.repeat(50_000) })]).replace('\r\n1 record', '\r\n1 record');
    const extra = text.replace(/(12-00000-00020[^\r]*)/, '$1,surplus');
    const { orders, refused } = ebay(extra);
    assert.deepEqual(orders, []);
    assert.deepEqual(refused.map((r) => [r.line, r.field]), [[3, 'row'], [4, 'Item Title']]);
  });
});
