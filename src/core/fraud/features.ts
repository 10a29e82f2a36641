import type { HistorySnapshot, RiskKeyKind } from './history.js';
import type { RiskAddress, RiskOrder } from './risk-order.js';

/**
 * The features a risk assessment is made of: every rule and the learned model read these, and
 * nothing else. A feature is null when the order lacks what it needs (no IP, no card); rules on a
 * null feature do not fire (except "missing" conditions), and the reasons say so.
 */
export type FeatureValue = number | boolean | string | null;
export type Features = Record<string, FeatureValue>;

/** Reference data the features need (country facts, time zones, email and address lists): data, passed in. */
export type RiskReferences = {
  continentOf(country: string): string | null;
  /** Countries that use an IANA time zone; null when the zone is unknown. */
  timezoneCountries(timezone: string): readonly string[] | null;
  /** UTC offsets in minutes (standard time) of a time zone, and of a country's zones. */
  timezoneOffset(timezone: string): number | null;
  countryOffsets(country: string): readonly number[];
  isDisposableDomain(domain: string): boolean;
  /** The freight forwarder or reshipper marker an address matches, if any (a name, a known depot). */
  forwarder(address: RiskAddress): string | null;
  /** Categories resellers target (electronics, sneakers, gift cards...), lower case. */
  resellerCategories: ReadonlySet<string>;
};

export type FeatureKind = 'number' | 'boolean' | 'text';
export type FeatureSpec = { name: string; kind: FeatureKind; description: string; needs: string };

const KEY_FIELD: Record<RiskKeyKind, string> = { card: 'payment.card', email: 'customer.email', device: 'device.id', ip: 'ip.address', address: 'shipping' };
const V = (kind: RiskKeyKind, label: string): FeatureSpec[] =>
  (['10m', '1h', '24h', '7d'] as const).map((w) => ({ name: `${kind}Orders${w}`, kind: 'number', description: `earlier orders with the same ${label} in the last ${w === '10m' ? '10 minutes' : w === '1h' ? 'hour' : w === '24h' ? '24 hours' : '7 days'}`, needs: KEY_FIELD[kind] }));

/** Every feature, with what it means in plain words and what it needs from the order. */
export const FEATURES: readonly FeatureSpec[] = [
  { name: 'ipCountry', kind: 'text', description: 'country of the IP address', needs: 'ip.country' },
  { name: 'billingCountry', kind: 'text', description: 'billing country', needs: 'billing.country' },
  { name: 'shippingCountry', kind: 'text', description: 'shipping country', needs: 'shipping.country' },
  { name: 'issuerCountry', kind: 'text', description: "card issuer's country", needs: 'payment.card.issuerCountry' },
  { name: 'ipBillingMismatch', kind: 'boolean', description: 'IP country differs from the billing country', needs: 'ip.country, billing.country' },
  { name: 'ipShippingMismatch', kind: 'boolean', description: 'IP country differs from the shipping country', needs: 'ip.country, shipping.country' },
  { name: 'billingShippingMismatch', kind: 'boolean', description: 'billing and shipping countries differ', needs: 'billing.country, shipping.country' },
  { name: 'issuerBillingMismatch', kind: 'boolean', description: "card issuer's country differs from the billing country", needs: 'payment.card.issuerCountry, billing.country' },
  { name: 'issuerShippingMismatch', kind: 'boolean', description: "card issuer's country differs from the shipping country", needs: 'payment.card.issuerCountry, shipping.country' },
  { name: 'countriesInvolved', kind: 'number', description: 'distinct countries among IP, billing, shipping and card issuer', needs: 'ip.country, billing.country, shipping.country, payment.card.issuerCountry' },
  { name: 'ipShippingOtherContinent', kind: 'boolean', description: 'IP and shipping address are on different continents', needs: 'ip.country, shipping.country' },
  { name: 'timezoneFitsIp', kind: 'boolean', description: "device time zone is used in the IP's country", needs: 'device.timezone, ip.country' },
  { name: 'timezoneFitsShipping', kind: 'boolean', description: 'device time zone is used in the shipping country', needs: 'device.timezone, shipping.country' },
  { name: 'timezoneFitsBilling', kind: 'boolean', description: 'device time zone is used in the billing country', needs: 'device.timezone, billing.country' },
  { name: 'timezoneHoursFromBilling', kind: 'number', description: 'hours between the device time zone and the nearest zone of the billing country', needs: 'device.timezone, billing.country' },
  { name: 'guest', kind: 'boolean', description: 'buyer checks out without an account', needs: 'customer.id' },
  { name: 'accountAgeDays', kind: 'number', description: 'age of the buyer account in days', needs: 'customer.createdAt' },
  { name: 'pastOrders', kind: 'number', description: "buyer's earlier orders", needs: 'customer' },
  { name: 'pastGoodOrders', kind: 'number', description: "buyer's earlier orders that turned out good", needs: 'customer' },
  { name: 'pastFraudOrders', kind: 'number', description: "buyer's earlier orders labeled fraud (chargebacks, fraud refunds)", needs: 'customer' },
  { name: 'newDeviceForBuyer', kind: 'boolean', description: 'a returning buyer on a device never seen with them', needs: 'device.id, customer' },
  { name: 'newCardForBuyer', kind: 'boolean', description: 'a returning buyer with a card never seen with them', needs: 'payment.card, customer' },
  { name: 'newAddressForBuyer', kind: 'boolean', description: 'a returning buyer shipping to an address never seen with them', needs: 'shipping, customer' },
  ...V('card', 'card'),
  ...V('email', 'email'),
  ...V('device', 'device'),
  ...V('ip', 'IP address'),
  ...V('address', 'shipping address'),
  { name: 'cardsOnDevice24h', kind: 'number', description: 'distinct cards used on this device in 24 hours', needs: 'device.id, payment.card' },
  { name: 'cardsOnDevice7d', kind: 'number', description: 'distinct cards used on this device in 7 days', needs: 'device.id, payment.card' },
  { name: 'emailsOnCard7d', kind: 'number', description: 'distinct emails used with this card in 7 days', needs: 'payment.card' },
  { name: 'addressesOnCard7d', kind: 'number', description: 'distinct shipping addresses used with this card in 7 days', needs: 'payment.card' },
  { name: 'linkedToFraud', kind: 'number', description: 'keys (card, email, device, IP, address) shared with an earlier order labeled fraud', needs: 'payment.card, customer.email, device.id, ip.address, shipping' },
  { name: 'valueVsBuyer', kind: 'number', description: "order value as a multiple of the buyer's average", needs: 'total, customer' },
  { name: 'valueVsStore', kind: 'number', description: "order value in standard deviations above the store's normal (log scale)", needs: 'total' },
  { name: 'totalEur', kind: 'number', description: 'order value in euros', needs: 'total, currency' },
  { name: 'resellerGoodsShare', kind: 'number', description: 'share of the order value in goods resellers target', needs: 'items' },
  { name: 'maxUnitsOfOneItem', kind: 'number', description: 'largest quantity of one item', needs: 'items' },
  { name: 'forwarderAddress', kind: 'boolean', description: 'shipping address is a freight forwarder or reshipper', needs: 'shipping' },
  { name: 'shippingNameDiffers', kind: 'boolean', description: 'shipping name shares no word with the billing name', needs: 'billing.name, shipping.name' },
  { name: 'disposableEmail', kind: 'boolean', description: 'email domain hands out throwaway addresses', needs: 'customer.email' },
  { name: 'nameEmailMismatch', kind: 'boolean', description: "buyer's name does not appear in the email address, which looks random", needs: 'customer.name, customer.email' },
  { name: 'cardPayment', kind: 'boolean', description: 'paid by card', needs: 'payment.method' },
  { name: 'prepaidCard', kind: 'boolean', description: 'card is prepaid', needs: 'payment.card.funding' },
  { name: 'declinedBefore', kind: 'number', description: 'declined payment attempts before this one', needs: 'payment.declinedBefore' },
  { name: 'avsNoMatch', kind: 'boolean', description: 'billing address does not match what the issuer holds', needs: 'payment.avsResult' },
  { name: 'cvcNoMatch', kind: 'boolean', description: 'card security code did not match', needs: 'payment.cvcResult' },
  { name: 'proxyIp', kind: 'boolean', description: 'IP address is a proxy or VPN', needs: 'ip.isProxy' },
  { name: 'hostingIp', kind: 'boolean', description: 'IP address belongs to a hosting provider', needs: 'ip.isHosting' },
  { name: 'secondsOnSite', kind: 'number', description: 'seconds spent on the site before ordering', needs: 'session.secondsOnSite' },
  { name: 'pagesViewed', kind: 'number', description: 'pages viewed before ordering', needs: 'session.pagesViewed' },
  { name: 'expressShipping', kind: 'boolean', description: 'fastest shipping chosen', needs: 'shipping.service' },
  { name: 'missingIp', kind: 'boolean', description: 'no usable IP address', needs: 'ip.address, ip.country' },
  { name: 'missingDevice', kind: 'boolean', description: 'no device identifier', needs: 'device.id' },
  { name: 'missingCard', kind: 'boolean', description: 'a card payment without card details', needs: 'payment.card' },
];

export const FEATURE_BY_NAME: ReadonlyMap<string, FeatureSpec> = new Map(FEATURES.map((f) => [f.name, f]));

const DAY = 86_400_000;

/** Compute every feature of an order from the order, the history before it and the references. */
/** `context.totalEur` is in euro cents; the feature is in euros (rules read "totalEur gte 500"). */
export function extractFeatures(order: RiskOrder, history: HistorySnapshot, refs: RiskReferences, context: { at: Date; totalEur: number | null }): Features {
  const f: Features = {};
  const ipC = order.ip?.country ?? null;
  const billC = order.billing?.country ?? null;
  const shipC = order.shipping?.country ?? null;
  const issC = order.payment?.card?.issuerCountry ?? null;
  f.ipCountry = ipC;
  f.billingCountry = billC;
  f.shippingCountry = shipC;
  f.issuerCountry = issC;
  const differ = (a: string | null, b: string | null) => (a === null || b === null ? null : a !== b);
  f.ipBillingMismatch = differ(ipC, billC);
  f.ipShippingMismatch = differ(ipC, shipC);
  f.billingShippingMismatch = differ(billC, shipC);
  f.issuerBillingMismatch = differ(issC, billC);
  f.issuerShippingMismatch = differ(issC, shipC);
  const countries = [ipC, billC, shipC, issC].filter((c) => c !== null);
  f.countriesInvolved = countries.length === 0 ? null : new Set(countries).size;
  f.ipShippingOtherContinent = ipC && shipC ? differ(refs.continentOf(ipC), refs.continentOf(shipC)) : null;

  const tz = order.device?.timezone ?? null;
  const tzCountries = tz === null ? null : refs.timezoneCountries(tz);
  const fits = (c: string | null) => (tzCountries === null || c === null ? null : tzCountries.includes(c));
  f.timezoneFitsIp = fits(ipC);
  f.timezoneFitsShipping = fits(shipC);
  f.timezoneFitsBilling = fits(billC);
  const offset = tz === null ? null : refs.timezoneOffset(tz);
  const billOffsets = billC === null ? [] : refs.countryOffsets(billC);
  f.timezoneHoursFromBilling = offset === null || billOffsets.length === 0 ? null : Math.min(...billOffsets.map((o) => Math.abs(o - offset))) / 60;

  const customer = order.customer;
  f.guest = customer === null ? null : customer.id === null;
  f.accountAgeDays = customer?.createdAt ? Math.max(0, Math.floor((context.at.getTime() - customer.createdAt.getTime()) / DAY)) : null;
  const past = history.customer;
  f.pastOrders = past?.orders ?? null;
  f.pastGoodOrders = past?.goodOrders ?? null;
  f.pastFraudOrders = past?.fraudOrders ?? null;
  const returning = past !== null && past.orders > 0;
  f.newDeviceForBuyer = returning && order.device?.id ? !past.knownDevice : null;
  f.newCardForBuyer = returning && order.payment?.card ? !past.knownCard : null;
  f.newAddressForBuyer = returning && order.shipping ? !past.knownAddress : null;

  for (const [kind, v] of Object.entries(history.velocity)) for (const w of ['10m', '1h', '24h', '7d'] as const) f[`${kind}Orders${w}`] = v === null ? null : v[w];
  f.cardsOnDevice24h = history.cardsOnDevice?.['24h'] ?? null;
  f.cardsOnDevice7d = history.cardsOnDevice?.['7d'] ?? null;
  f.emailsOnCard7d = history.emailsOnCard7d;
  f.addressesOnCard7d = history.addressesOnCard7d;
  f.linkedToFraud = history.fraudLinks.length;

  const total = order.totalMinor ?? (order.items.every((i) => i.unitPriceMinor !== null) && order.items.length > 0 ? order.items.reduce((a, i) => a + i.unitPriceMinor! * i.quantity, 0) : null);
  f.valueVsBuyer = total !== null && past?.meanTotalMinor ? round2(total / past.meanTotalMinor) : null;
  const sv = history.storeValue;
  f.valueVsStore = total !== null && total > 0 && sv && sv.count >= 20 ? round2((Math.log(total) - sv.meanLog) / Math.max(Math.sqrt(sv.varLog), 0.25)) : null;
  f.totalEur = context.totalEur === null ? null : context.totalEur / 100;

  const lines = order.items;
  const lineValue = (i: RiskOrder['items'][number]) => (i.unitPriceMinor ?? 0) * i.quantity;
  const itemsValue = lines.reduce((a, i) => a + lineValue(i), 0);
  const reseller = lines.filter((i) => i.category !== null && refs.resellerCategories.has(i.category));
  f.resellerGoodsShare = lines.length === 0 ? null : itemsValue > 0 ? round2(reseller.reduce((a, i) => a + lineValue(i), 0) / itemsValue) : reseller.length > 0 ? 1 : 0;
  f.maxUnitsOfOneItem = lines.length === 0 ? null : Math.max(...lines.map((i) => i.quantity));

  f.forwarderAddress = order.shipping ? refs.forwarder(order.shipping) !== null : null;
  const bName = words(order.billing?.name ?? null);
  const sName = words(order.shipping?.name ?? null);
  f.shippingNameDiffers = bName.length === 0 || sName.length === 0 ? null : !sName.some((w) => bName.includes(w));
  const email = customer?.email ?? null;
  const domain = email?.split('@')[1] ?? null;
  f.disposableEmail = domain === null ? null : refs.isDisposableDomain(domain);
  f.nameEmailMismatch = email === null || customer?.name == null ? null : nameEmailMismatch(customer.name, email);

  const pay = order.payment;
  const method = pay?.method ?? null;
  f.cardPayment = method === null ? (pay?.card ? true : null) : method === 'card';
  f.prepaidCard = pay?.card?.funding ? pay.card.funding === 'prepaid' : null;
  f.declinedBefore = pay?.declinedBefore ?? (pay?.attempt ? pay.attempt - 1 : null);
  f.avsNoMatch = pay?.avsResult ? pay.avsResult === 'no_match' : null;
  f.cvcNoMatch = pay?.cvcResult ? pay.cvcResult === 'no_match' : null;
  f.proxyIp = order.ip?.isProxy ?? null;
  f.hostingIp = order.ip?.isHosting ?? null;
  f.secondsOnSite = order.session?.secondsOnSite ?? null;
  f.pagesViewed = order.session?.pagesViewed ?? null;
  const service = order.shipping?.service ?? null;
  f.expressShipping = service === null ? null : /express|priority|overnight|next.?day/.test(service);
  f.missingIp = !order.ip?.address && !order.ip?.country;
  f.missingDevice = !order.device?.id;
  f.missingCard = f.cardPayment === true && !pay?.card;
  return f;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

function words(name: string | null): string[] {
  if (name === null) return [];
  return fold(name)
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2);
}

function fold(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * True when no part of the buyer's name (3+ letters, or the initials) appears in the email's local
 * part AND the local part looks machine-made (long runs of digits or consonants). A nickname email
 * like "sunnyday88@..." alone is not a mismatch: many real buyers use one.
 */
export function nameEmailMismatch(name: string, email: string): boolean | null {
  const local = fold(email.split('@')[0] ?? '').replace(/[^a-z0-9]/g, '');
  const parts = words(name).filter((w) => w.length >= 3);
  if (local === '' || parts.length === 0) return null;
  if (parts.some((p) => local.includes(p) || local.includes(p.slice(0, 4)))) return false;
  const initials = words(name).map((w) => w[0]).join('');
  if (initials.length >= 2 && local.startsWith(initials)) return false;
  const digits = (local.match(/\d/g) ?? []).length;
  const consonantRun = /[bcdfghjklmnpqrstvwxz]{5,}/.test(local);
  return digits >= 4 || consonantRun || local.length >= 16;
}
