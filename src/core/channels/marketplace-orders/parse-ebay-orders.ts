import { isIsoDate } from '../../calendar/iso-date.js';
import { allocate } from '../../money/allocate.js';
import { fail, ok, type Result } from '../../result/result.js';
import { readCsvRecords, type CsvRecord } from '../../encoding/csv-records.js';
import type { MarketplaceOrder, MarketplaceOrderLine, MarketplaceRefusal, ParsedMarketplaceOrders } from './marketplace-order.js';
import { email, prefixedAmount, quantity, RefuseOrder, refuse, shorten, text } from './read-fields.js';
import { MAX_ORDERS_PER_FILE } from './parse-amazon-orders.js';

/** A cell longer than this is not kept (its record is refused, naming the column): exports hold short values. */
export const MAX_CSV_CELL = 10_000;

type Column =
  | 'orderNumber'
  | 'saleDate'
  | 'buyerEmail'
  | 'shipToName'
  | 'shipToPhone'
  | 'shipToAddress1'
  | 'shipToAddress2'
  | 'shipToCity'
  | 'shipToState'
  | 'shipToZip'
  | 'shipToCountry'
  | 'itemNumber'
  | 'itemTitle'
  | 'customLabel'
  | 'quantity'
  | 'soldFor'
  | 'shippingAndHandling'
  | 'sellerCollectedTax'
  | 'ebayCollectedTax'
  | 'totalPrice';

/** The Orders report's column names and the values it writes, as data (src/data/channels/marketplaces/ebay.ts, with sources). */
export type EbayOrdersReportSpec = {
  readonly channel: string;
  readonly columns: Readonly<Record<Column, string>>;
  /** Columns a file must have to be read as this report. */
  readonly required: readonly Column[];
  /** Currency prefixes of the amounts ("$", "US $", "£", "EUR") and their ISO 4217 codes. */
  readonly currencyPrefixes: Readonly<Record<string, string>>;
  /** Ship To Country as the report writes it (an English country name), in lower case, to ISO 3166-1 alpha-2. */
  readonly countries: Readonly<Record<string, string>>;
  /** Month abbreviations of Sale Date ("Nov-03-25"), January first. */
  readonly months: readonly string[];
  /** A record whose first cell matches this is the report's trailer ("2 record(s) downloaded", "Seller ID: ..."), not an order. */
  readonly trailer: RegExp;
};

type Row = { line: number; get: (c: Column) => string; name: (c: Column) => string };

/**
 * Read an eBay Seller Hub Orders report (CSV, RFC 4180, byte order mark tolerated). Rows are grouped
 * by Order Number: an order of several items has a row for the order (no item; it carries shipping,
 * taxes and the total) and one row per item; an order of one item is one row. "Sold For" is the
 * price of one unit. The report's trailer lines are ignored. Each order is checked on its own and a
 * bad one refused with its line and the column at fault; an unreadable file fails as a whole.
 */
export function parseEbayOrders(input: string, spec: EbayOrdersReportSpec): Result<ParsedMarketplaceOrders, 'VALIDATION_FAILED'> {
  const read = readCsvRecords(input, { maxCell: MAX_CSV_CELL });
  if (!read.ok) return read;
  const [head, ...body] = read.value;
  if (!head) return fail('VALIDATION_FAILED', 'the file is empty', { field: 'file' });
  const header = head.fields.map((h) => h.trim().toLowerCase());
  const index = new Map<Column, number>();
  for (const [key, name] of Object.entries(spec.columns) as Array<[Column, string]>) {
    const at = header.indexOf(name.toLowerCase());
    if (at >= 0) index.set(key, at);
  }
  const missing = spec.required.filter((c) => !index.has(c)).map((c) => spec.columns[c]);
  if (missing.length > 0) return fail('VALIDATION_FAILED', `not an eBay Orders report: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, { field: missing[0]! });

  const refused: MarketplaceRefusal[] = [];
  let ignored = 0;
  const groups = new Map<string, Row[]>();
  for (const record of body) {
    const first = (record.fields[0] ?? '').trim();
    if (record.fields.every((f) => f.trim() === '') || spec.trailer.test(first)) {
      ignored++;
      continue;
    }
    if (record.fields.length !== head.fields.length) {
      refused.push({ line: record.line, orderId: null, field: 'row', code: 'VALIDATION_FAILED', message: `line ${record.line}: the row has ${record.fields.length} fields, the header has ${head.fields.length}` });
      continue;
    }
    const row = toRow(record, index, spec);
    if (record.tooLong !== null) {
      refused.push({ line: record.line, orderId: null, field: head.fields[record.tooLong]!.trim(), code: 'VALIDATION_FAILED', message: `line ${record.line}: ${head.fields[record.tooLong]!.trim()} is too long` });
      continue;
    }
    const number = row.get('orderNumber').trim();
    if (number === '') {
      ignored++;
      continue;
    }
    groups.set(number, [...(groups.get(number) ?? []), row]);
  }
  if (groups.size > MAX_ORDERS_PER_FILE) return fail('VALIDATION_FAILED', `the file holds ${groups.size} orders; at most ${MAX_ORDERS_PER_FILE} are read at once`, { field: 'file' });

  const orders: MarketplaceOrder[] = [];
  for (const [number, rows] of groups) {
    let at = rows[0]!;
    try {
      orders.push(readOrder(number, rows, spec, (r) => (at = r)));
    } catch (error) {
      if (!(error instanceof RefuseOrder)) throw error;
      refused.push({ line: at.line, orderId: number.length <= 100 ? number : null, ...error.problem, message: `line ${at.line}: ${error.problem.message}` });
    }
  }
  return ok({ orders, refused, ignored });
}

function toRow(record: CsvRecord, index: ReadonlyMap<Column, number>, spec: EbayOrdersReportSpec): Row {
  return { line: record.line, get: (c) => (index.has(c) ? record.fields[index.get(c)!] ?? '' : ''), name: (c) => spec.columns[c] };
}

function readOrder(orderId: string, rows: readonly Row[], spec: EbayOrdersReportSpec, reading: (row: Row) => void): MarketplaceOrder {
  const first = rows[0]!;
  reading(first);
  if (!/^[A-Za-z0-9-]{1,64}$/.test(orderId)) refuse(first.name('orderNumber'), `${first.name('orderNumber')} ${JSON.stringify(shorten(orderId))} is not an order number (letters, digits and dashes)`);
  const isItem = (r: Row) => r.get('customLabel').trim() !== '' || r.get('itemNumber').trim() !== '';
  const items = rows.filter(isItem);
  const summary = rows.find((r) => !isItem(r));
  if (items.length === 0) refuse(first.name('customLabel'), `${first.name('customLabel')} is empty: the order has no item rows`);
  if (items.length > 500) refuse(first.name('orderNumber'), `the order has ${items.length} items; at most 500 are read`);
  const main = summary ?? first;
  const field = (c: Column) => main.name(c);
  let currency: string | null = null;
  const money = (row: Row, c: Column, optional: boolean): number => {
    reading(row);
    const raw = row.get(c).trim();
    if (raw === '') {
      if (optional) return 0;
      refuse(row.name(c), `${row.name(c)} is empty`, 'INVALID_AMOUNT');
    }
    const m = prefixedAmount(raw, spec.currencyPrefixes, row.name(c));
    if (m.minor < 0) refuse(row.name(c), `${row.name(c)} must not be negative`, 'INVALID_AMOUNT');
    if (currency !== null && m.currency !== currency) refuse(row.name(c), `${row.name(c)} is in ${m.currency}, the order's other amounts in ${currency}`, 'INVALID_AMOUNT');
    currency = m.currency;
    return m.minor;
  };

  const lines: MarketplaceOrderLine[] = items.map((row) => {
    reading(row);
    const sku = text(row.get('customLabel'), row.name('customLabel'), false);
    if (sku === null) refuse(row.name('customLabel'), `${row.name('customLabel')} is empty: give the listing a Custom Label (the SKU) so the item can be matched`, 'UNKNOWN_SKU');
    const qty = quantity(row.get('quantity'), row.name('quantity'));
    const unit = money(row, 'soldFor', false);
    reading(row);
    return { line: row.line, sku, title: text(row.get('itemTitle'), row.name('itemTitle'), false), quantity: qty, goodsMinor: unit * qty, discountMinor: 0, taxMinor: 0, fields: { sku: row.name('customLabel'), quantity: row.name('quantity'), price: row.name('soldFor') } };
  });
  // Order-level amounts: from the order's own row, else (one item per row) summed over the rows.
  const orderRows = summary ? [summary] : items;
  const sum = (c: Column) => orderRows.reduce((s, r) => s + money(r, c, true), 0);
  const shipping = sum('shippingAndHandling');
  const sellerTax = sum('sellerCollectedTax');
  const ebayTax = sum('ebayCollectedTax');
  const total = orderRows.reduce((s, r) => s + money(r, 'totalPrice', false), 0);
  reading(main);
  const goods = lines.reduce((s, l) => s + l.goodsMinor, 0);
  const full = goods + shipping + sellerTax + ebayTax;
  // The report's Total Price includes eBay's collected tax or not, by site and period; both are accepted.
  if (total !== full && total !== full - ebayTax) refuse(field('totalPrice'), `${field('totalPrice')} ${main.get('totalPrice').trim()} is not the items (Sold For x Quantity), shipping and tax`, 'TOTAL_MISMATCH');
  // Tax is spread over the lines by value, largest remainder, so the lines hold all of it.
  const tax = sellerTax + ebayTax;
  const spread = allocate({ amount: tax, currency: currency! }, lines.map((l) => l.goodsMinor)).map((m) => m.amount);
  const withTax = lines.map((l, i) => ({ ...l, taxMinor: spread[i]! }));

  const country = readCountry(main, spec);
  const placedAt = readSaleDate(main, spec);
  const address = {
    name: text(main.get('shipToName'), field('shipToName'), true)!,
    lines: [text(main.get('shipToAddress1'), field('shipToAddress1'), true)!, ...[text(main.get('shipToAddress2'), field('shipToAddress2'), false)].filter((l): l is string => l !== null)],
    city: text(main.get('shipToCity'), field('shipToCity'), true)!,
    postalCode: text(main.get('shipToZip'), field('shipToZip'), false),
    region: text(main.get('shipToState'), field('shipToState'), false),
    country,
    phone: text(main.get('shipToPhone'), field('shipToPhone'), false),
  };
  return {
    channel: spec.channel,
    orderId,
    line: first.line,
    placedAt,
    currency: currency!,
    email: email(main.get('buyerEmail'), field('buyerEmail')),
    address,
    countryField: field('shipToCountry'),
    dateField: field('saleDate'),
    lines: withTax,
    shippingMinor: shipping,
    shippingTaxMinor: 0,
    totalMinor: full,
    taxIncluded: false,
    taxCollectedBy: ebayTax > 0 ? 'marketplace' : 'seller',
  };
}

function readCountry(row: Row, spec: EbayOrdersReportSpec): string {
  const raw = text(row.get('shipToCountry'), row.name('shipToCountry'), true)!;
  const code = /^[A-Z]{2}$/.test(raw) ? raw : spec.countries[raw.toLowerCase()];
  if (!code) refuse(row.name('shipToCountry'), `${row.name('shipToCountry')} ${JSON.stringify(shorten(raw))} is not a country the report's names or ISO codes know`, 'UNKNOWN_COUNTRY');
  return code;
}

/** Sale Date as the report writes it ("Nov-03-25", month-day-year) or as an ISO 8601 date, to YYYY-MM-DD. */
function readSaleDate(row: Row, spec: EbayOrdersReportSpec): string {
  const raw = text(row.get('saleDate'), row.name('saleDate'), true)!;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  const short = /^([A-Za-z]{3})-(\d{1,2})-(\d{2}|\d{4})$/.exec(raw);
  let y: number, m: number, d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (short) {
    m = spec.months.findIndex((x) => x.toLowerCase() === short[1]!.toLowerCase()) + 1;
    d = Number(short[2]);
    y = short[3]!.length === 2 ? 2000 + Number(short[3]) : Number(short[3]);
  } else return refuse(row.name('saleDate'), `${row.name('saleDate')} ${JSON.stringify(shorten(raw))} is not a date like Nov-03-25 or 2025-11-03`);
  const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!isIsoDate(date)) refuse(row.name('saleDate'), `${row.name('saleDate')} ${JSON.stringify(raw)} is not a calendar date`);
  return date;
}
