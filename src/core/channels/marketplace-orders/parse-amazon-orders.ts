import { isIsoDate } from '../../calendar/iso-date.js';
import { isCurrency } from '../../money/currencies.js';
import { fail, ok, type Result } from '../../result/result.js';
import type { MarketplaceOrder, MarketplaceOrderLine, MarketplaceRefusal, ParsedMarketplaceOrders } from './marketplace-order.js';
import { amount, email, quantity, RefuseOrder, refuse, shorten, text } from './read-fields.js';

/**
 * The Selling Partner API's names (Orders API v0) and the values that decide an import, as data
 * (src/data/channels/marketplaces/amazon.ts, with its sources).
 */
export type AmazonOrdersSpec = {
  readonly channel: string;
  /** Paths to the orders array, tried in turn: ['payload', 'Orders'] (getOrders' answer), ['Orders']. */
  readonly ordersAt: ReadonlyArray<readonly string[]>;
  readonly order: { readonly id: string; readonly purchaseDate: string; readonly status: string; readonly fulfillmentChannel: string; readonly total: string; readonly address: string; readonly buyerInfo: string; readonly buyerEmail: string; readonly items: string };
  readonly money: { readonly currency: string; readonly amount: string };
  readonly address: { readonly name: string; readonly lines: readonly string[]; readonly city: string; readonly region: string; readonly postalCode: string; readonly country: string; readonly phone: string };
  readonly item: { readonly sku: string; readonly title: string; readonly quantity: string; readonly price: string; readonly tax: string; readonly shippingPrice: string; readonly shippingTax: string; readonly promotionDiscount: string; readonly shippingDiscount: string; readonly taxCollection: string; readonly taxModel: string };
  /** OrderStatus values of paid orders that can be imported. */
  readonly importable: readonly string[];
  /** Other statuses and why such an order is not imported (yet). */
  readonly notImported: Readonly<Record<string, string>>;
  /** FulfillmentChannel values of orders the marketplace ships from its own stock (not the store's), and why they are not imported. */
  readonly fulfilledByMarketplace: Readonly<Record<string, string>>;
  /** TaxCollection.Model value meaning Amazon collected and remits the tax (marketplace facilitator / deemed supplier). */
  readonly facilitatorModel: string;
};

/** At most this many orders in one file. */
export const MAX_ORDERS_PER_FILE = 10_000;

/**
 * Read an Amazon orders export: getOrders' `payload.Orders[]`, each order carrying the
 * `OrderItems[]` of getOrderItems. Amounts ({ CurrencyCode, Amount }) become exact minor units,
 * all in the order total's currency. Whether prices include tax is read from the totals (the order
 * total equals goods + shipping + tax, or goods + shipping with the tax inside). Each order is
 * checked on its own: a bad one is refused with its line, id and field (`OrderItems[1].ItemPrice.Amount`)
 * and the others are read. An unreadable file (not JSON, no orders array) fails as a whole.
 */
export function parseAmazonOrders(input: string, spec: AmazonOrdersSpec): Result<ParsedMarketplaceOrders, 'VALIDATION_FAILED'> {
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let doc: unknown;
  try {
    doc = JSON.parse(source);
  } catch (error) {
    return fail('VALIDATION_FAILED', `not JSON: ${(error as Error).message}`, { field: 'file' });
  }
  let list: unknown;
  for (const path of spec.ordersAt) {
    let at: unknown = doc;
    for (const key of path) at = isObject(at) ? at[key] : undefined;
    if (Array.isArray(at)) {
      list = at;
      break;
    }
  }
  if (!Array.isArray(list)) return fail('VALIDATION_FAILED', `not an Amazon orders export: no ${spec.ordersAt.map((p) => p.join('.')).join(' or ')} array`, { field: spec.ordersAt[0]!.join('.') });
  if (list.length > MAX_ORDERS_PER_FILE) return fail('VALIDATION_FAILED', `the file holds ${list.length} orders; at most ${MAX_ORDERS_PER_FILE} are read at once`, { field: 'file' });

  const lines = orderLines(source, spec.order.id, list.length);
  const orders: MarketplaceOrder[] = [];
  const refused: MarketplaceRefusal[] = [];
  list.forEach((raw, index) => {
    const line = lines[index] ?? 1;
    const id = isObject(raw) && typeof raw[spec.order.id] === 'string' && (raw[spec.order.id] as string).length <= 100 ? (raw[spec.order.id] as string) : null;
    try {
      orders.push(readOrder(raw, spec, line));
    } catch (error) {
      if (!(error instanceof RefuseOrder)) throw error;
      refused.push({ line, orderId: id, ...error.problem, message: `Orders[${index}]${id ? ` (${id})` : ''}: ${error.problem.message}` });
    }
  });
  return ok({ orders, refused, ignored: 0 });
}

function readOrder(raw: unknown, spec: AmazonOrdersSpec, line: number): MarketplaceOrder {
  const f = spec.order;
  if (!isObject(raw)) refuse('order', 'each order must be an object');
  const orderId = text(raw[f.id], f.id, true)!;
  if (!/^[A-Za-z0-9-]{1,64}$/.test(orderId)) refuse(f.id, `${f.id} ${JSON.stringify(shorten(orderId))} is not an order id (letters, digits and dashes)`);
  const status = text(raw[f.status], f.status, true)!;
  if (!spec.importable.includes(status)) refuse(f.status, `${f.status} is ${JSON.stringify(shorten(status))}: ${spec.notImported[status] ?? `only ${spec.importable.join(', ')} orders are imported`}`, 'ORDER_NOT_IMPORTABLE');
  const channel = typeof raw[f.fulfillmentChannel] === 'string' ? (raw[f.fulfillmentChannel] as string) : '';
  if (spec.fulfilledByMarketplace[channel]) refuse(f.fulfillmentChannel, `${f.fulfillmentChannel} is ${channel}: ${spec.fulfilledByMarketplace[channel]}`, 'ORDER_NOT_IMPORTABLE');
  const placedAt = text(raw[f.purchaseDate], f.purchaseDate, true)!;
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(placedAt)) refuse(f.purchaseDate, `${f.purchaseDate} must be an ISO 8601 date and time, like 2026-11-02T10:15:00Z`);
  if (!isIsoDate(placedAt.slice(0, 10))) refuse(f.purchaseDate, `${f.purchaseDate} ${JSON.stringify(placedAt)} is not a calendar date`);

  const total = money(raw[f.total], f.total, null, spec);
  const currency = total.currency;
  const address = readAddress(raw[f.address], spec);
  const buyer = raw[f.buyerInfo];
  const buyerEmail = isObject(buyer) ? email(buyer[spec.order.buyerEmail], `${f.buyerInfo}.${spec.order.buyerEmail}`) : null;

  const items = raw[f.items];
  if (!Array.isArray(items) || items.length === 0) refuse(f.items, `${f.items} must list the order's items (getOrderItems' OrderItems)`);
  if (items.length > 500) refuse(f.items, `${f.items} has ${items.length} items; at most 500 are read`);
  const it = spec.item;
  let shipping = 0;
  let shippingTax = 0;
  let facilitated = false;
  const read: MarketplaceOrderLine[] = items.map((item, i) => {
    const at = `${f.items}[${i}]`;
    if (!isObject(item)) refuse(at, `${at} must be an object`);
    const sku = text(item[it.sku], `${at}.${it.sku}`, true)!;
    const qty = quantity(item[it.quantity], `${at}.${it.quantity}`);
    const optional = (key: string) => (item[key] === undefined || item[key] === null ? 0 : money(item[key], `${at}.${key}`, currency, spec).minor);
    const goods = money(item[it.price], `${at}.${it.price}`, currency, spec).minor;
    const discount = optional(it.promotionDiscount);
    if (discount > goods) refuse(`${at}.${it.promotionDiscount}`, `${at}.${it.promotionDiscount} is more than the item's price`, 'INVALID_AMOUNT');
    shipping += optional(it.shippingPrice) - optional(it.shippingDiscount);
    shippingTax += optional(it.shippingTax);
    const collection = item[it.taxCollection];
    if (isObject(collection) && collection[it.taxModel] === spec.facilitatorModel) facilitated = true;
    return { line, sku, title: text(item[it.title], `${at}.${it.title}`, false), quantity: qty, goodsMinor: goods, discountMinor: discount, taxMinor: optional(it.tax), fields: { sku: `${at}.${it.sku}`, quantity: `${at}.${it.quantity}`, price: `${at}.${it.price}.${spec.money.amount}` } };
  });
  if (shipping < 0) refuse(`${f.items}[0].${it.shippingDiscount}`, 'the shipping discounts are more than the shipping price', 'INVALID_AMOUNT');
  const net = read.reduce((s, l) => s + l.goodsMinor - l.discountMinor, 0) + shipping;
  const tax = read.reduce((s, l) => s + l.taxMinor, 0) + shippingTax;
  let taxIncluded: boolean;
  if (total.minor === net + tax) taxIncluded = false;
  else if (total.minor === net) taxIncluded = true;
  else refuse(`${f.total}.${spec.money.amount}`, `${f.total}.${spec.money.amount} ${raw[f.total] && isObject(raw[f.total]) ? String((raw[f.total] as Record<string, unknown>)[spec.money.amount]) : ''} is neither the items and shipping with their tax nor without it`, 'TOTAL_MISMATCH');
  return { channel: spec.channel, orderId, line, placedAt, currency, email: buyerEmail, address, countryField: `${f.address}.${spec.address.country}`, dateField: f.purchaseDate, lines: read, shippingMinor: shipping, shippingTaxMinor: shippingTax, totalMinor: total.minor, taxIncluded, taxCollectedBy: facilitated ? 'marketplace' : 'seller' };
}

function readAddress(raw: unknown, spec: AmazonOrdersSpec): MarketplaceOrder['address'] {
  const at = spec.order.address;
  const a = spec.address;
  if (!isObject(raw)) refuse(at, `${at} is missing (the export must carry the ship-to address)`);
  const lines = a.lines.map((k) => text(raw[k], `${at}.${k}`, false)).filter((l): l is string => l !== null);
  if (lines.length === 0) refuse(`${at}.${a.lines[0]}`, `${at}.${a.lines[0]} is empty`);
  const country = text(raw[a.country], `${at}.${a.country}`, true)!;
  if (!/^[A-Z]{2}$/.test(country)) refuse(`${at}.${a.country}`, `${at}.${a.country} must be a two-letter ISO country code, not ${JSON.stringify(shorten(country))}`, 'UNKNOWN_COUNTRY');
  return {
    name: text(raw[a.name], `${at}.${a.name}`, true)!,
    lines,
    city: text(raw[a.city], `${at}.${a.city}`, true)!,
    postalCode: text(raw[a.postalCode], `${at}.${a.postalCode}`, false),
    region: text(raw[a.region], `${at}.${a.region}`, false),
    country,
    phone: text(raw[a.phone], `${at}.${a.phone}`, false),
  };
}

/** A Money object of the export in `currency` (or, for the order total, whatever valid currency it names). */
function money(raw: unknown, field: string, currency: string | null, spec: AmazonOrdersSpec): { currency: string; minor: number } {
  const m = spec.money;
  if (!isObject(raw)) refuse(field, `${field} must be an object like { "${m.currency}": "EUR", "${m.amount}": "12.99" }`, 'INVALID_AMOUNT');
  const code = raw[m.currency];
  if (typeof code !== 'string' || !isCurrency(code)) refuse(`${field}.${m.currency}`, `${field}.${m.currency} must be an ISO 4217 currency code`, 'INVALID_AMOUNT');
  if (currency !== null && code !== currency) refuse(`${field}.${m.currency}`, `${field}.${m.currency} is ${code}, not the order's ${currency}`, 'INVALID_AMOUNT');
  return { currency: code, minor: amount(raw[m.amount], code, `${field}.${m.amount}`) };
}

/** The line of each order: where its id key is written (the nth occurrence belongs to the nth order). */
function orderLines(source: string, idKey: string, count: number): number[] {
  const out: number[] = [];
  const needle = `"${idKey}"`;
  let line = 1;
  let scanned = 0;
  for (let at = source.indexOf(needle); at >= 0 && out.length < count; at = source.indexOf(needle, at + needle.length)) {
    for (let i = scanned; i < at; i++) if (source.charCodeAt(i) === 10) line++;
    scanned = at;
    out.push(line);
  }
  return out.length === count ? out : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
