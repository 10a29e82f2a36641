import { isCountry } from '../geo/countries.js';
import { parseMoney } from '../money/money.js';
import { isCurrency } from '../money/currencies.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';

/**
 * The order a risk assessment reads, as checkout builds it and as API and CLI callers send it.
 * Money is in MAJOR units of `currency`, as a JSON number or a decimal string ("129.90"), read
 * exactly into minor units. Every field may be missing. What cannot be valued is refused with
 * the field named (a negative total, an unknown currency, a quantity that is not a count); any
 * other field that is absent or unusable (a malformed IP address or BIN, an unknown country) is
 * left out and recorded as a gap, so the assessment can say which signals it did not have.
 */
export type RiskAddress = { name: string | null; line1: string | null; city: string | null; postalCode: string | null; country: string | null };

export type RiskOrder = {
  id: string | null;
  createdAt: Date | null;
  market: string | null;
  currency: string | null;
  totalMinor: number | null;
  items: { sku: string | null; title: string | null; category: string | null; quantity: number; unitPriceMinor: number | null }[];
  customer: { id: string | null; email: string | null; name: string | null; createdAt: Date | null; phone: string | null } | null;
  billing: RiskAddress | null;
  shipping: (RiskAddress & { service: string | null }) | null;
  payment: {
    method: string | null;
    card: { bin: string | null; last4: string | null; issuerCountry: string | null; fingerprint: string | null; funding: string | null } | null;
    attempt: number | null;
    declinedBefore: number | null;
    avsResult: string | null;
    cvcResult: string | null;
  } | null;
  ip: { address: string | null; country: string | null; isProxy: boolean | null; isHosting: boolean | null } | null;
  device: { id: string | null; language: string | null; timezone: string | null; userAgent: string | null } | null;
  session: { secondsOnSite: number | null; pagesViewed: number | null } | null;
};

/** A signal the order did not give, or gave in a form that cannot be used. */
export type SignalGap = { field: string; problem: 'missing' | 'invalid'; message: string };

export type ParsedRiskOrder = { order: RiskOrder; gaps: SignalGap[] };

export const RISK_ORDER_LIMITS = { items: 500, text: 500, quantity: 100_000 } as const;

const AVS = new Set(['match', 'partial', 'no_match', 'unavailable']);
const CVC = new Set(['match', 'no_match', 'unavailable']);
const FUNDING = new Set(['credit', 'debit', 'prepaid', 'unknown']);
const TOP_FIELDS = new Set(['id', 'createdAt', 'market', 'currency', 'total', 'items', 'customer', 'billing', 'shipping', 'payment', 'ip', 'device', 'session', 'outcome']);

type Obj = Record<string, unknown>;

class Reader {
  readonly gaps: SignalGap[] = [];
  readonly errors: FieldIssue[] = [];

  object(value: unknown, field: string): Obj | null {
    if (value === undefined || value === null) return this.missing(field);
    if (typeof value !== 'object' || Array.isArray(value)) return this.invalid(field, 'is not an object');
    return value as Obj;
  }

  text(parent: Obj | null, key: string, field: string, check?: (s: string) => string | null): string | null {
    const value = parent?.[key];
    if (value === undefined || value === null || value === '') return this.missing(field);
    if (typeof value !== 'string' && typeof value !== 'number') return this.invalid(field, 'is not text');
    const s = String(value).trim();
    if (s === '') return this.missing(field);
    if (s.length > RISK_ORDER_LIMITS.text) return this.invalid(field, `is ${s.length} characters long (at most ${RISK_ORDER_LIMITS.text})`);
    const problem = check?.(s);
    return problem ? this.invalid(field, problem) : s;
  }

  country(parent: Obj | null, key: string, field: string): string | null {
    const s = this.text(parent, key, field, (v) => (isCountry(v.toUpperCase()) ? null : `"${v}" is not an ISO 3166 country code`));
    return s === null ? null : s.toUpperCase();
  }

  date(parent: Obj | null, key: string, field: string): Date | null {
    const s = this.text(parent, key, field, (v) => (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)) ? null : `"${v}" is not an ISO 8601 date-time`));
    return s === null ? null : new Date(s);
  }

  count(parent: Obj | null, key: string, field: string, max: number): number | null {
    const value = parent?.[key];
    if (value === undefined || value === null) return this.missing(field);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) return this.invalid(field, `must be a whole number from 0 to ${max}`);
    return value;
  }

  flag(parent: Obj | null, key: string, field: string): boolean | null {
    const value = parent?.[key];
    if (value === undefined || value === null) return this.missing(field);
    if (typeof value !== 'boolean') return this.invalid(field, 'must be true or false');
    return value;
  }

  oneOf(parent: Obj | null, key: string, field: string, allowed: ReadonlySet<string>): string | null {
    return this.text(parent, key, field, (v) => (allowed.has(v) ? null : `must be one of ${[...allowed].join(', ')}`));
  }

  /** Money in major units: a refusal names the field (an order that cannot be valued is not scored). */
  amount(parent: Obj | null, key: string, field: string, currency: string | null): number | null {
    const value = parent?.[key];
    if (value === undefined || value === null) return this.missing(field);
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) return this.refuse(field, 'must be an amount in major units, like 129.90 or "129.90"');
    if (currency === null) return this.refuse(field, 'needs a currency (ISO 4217) to be read');
    const parsed = parseMoney(String(value).trim(), currency);
    if (!parsed.ok) return this.refuse(field, parsed.message);
    if (parsed.value.amount < 0) return this.refuse(field, `is negative (${value}); an order is never worth less than nothing`);
    return parsed.value.amount;
  }

  missing(field: string): null {
    this.gaps.push({ field, problem: 'missing', message: `${field} was not given` });
    return null;
  }

  invalid(field: string, problem: string): null {
    this.gaps.push({ field, problem: 'invalid', message: `${field} ${problem}; it was left out` });
    return null;
  }

  refuse(field: string, message: string): null {
    this.errors.push({ field, message });
    return null;
  }
}

function address(r: Reader, value: unknown, field: string): RiskAddress | null {
  const o = r.object(value, field);
  if (!o) return null;
  return {
    name: r.text(o, 'name', `${field}.name`),
    line1: r.text(o, 'line1', `${field}.line1`),
    city: r.text(o, 'city', `${field}.city`),
    postalCode: r.text(o, 'postalCode', `${field}.postalCode`),
    country: r.country(o, 'country', `${field}.country`),
  };
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/** Read an order for scoring: the order with what could be used, and the gaps; or the fields that make it unscoreable. */
export function parseRiskOrder(input: unknown): Result<ParsedRiskOrder, 'VALIDATION_FAILED'> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('VALIDATION_FAILED', 'an order must be a JSON object', { field: 'order' });
  const o = input as Obj;
  const r = new Reader();
  for (const key of Object.keys(o)) if (!TOP_FIELDS.has(key)) r.gaps.push({ field: key, problem: 'invalid', message: `${key} is not a field of an order; it was ignored` });
  const currencyText = r.text(o, 'currency', 'currency');
  const currency = currencyText === null ? null : isCurrency(currencyText.toUpperCase()) ? currencyText.toUpperCase() : r.refuse('currency', `"${currencyText}" is not an ISO 4217 currency code`);
  const totalMinor = r.amount(o, 'total', 'total', currency);

  let items: RiskOrder['items'] = [];
  if (o.items === undefined || o.items === null) r.missing('items');
  else if (!Array.isArray(o.items)) r.refuse('items', 'must be an array of lines');
  else if (o.items.length > RISK_ORDER_LIMITS.items) r.refuse('items', `has ${o.items.length} lines (at most ${RISK_ORDER_LIMITS.items})`);
  else {
    items = o.items.flatMap((raw, i) => {
      const field = `items[${i}]`;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return r.refuse(field, 'must be an object'), [];
      const line = raw as Obj;
      const quantity = line.quantity === undefined ? 1 : line.quantity;
      if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > RISK_ORDER_LIMITS.quantity) {
        r.refuse(`${field}.quantity`, `must be a whole number from 1 to ${RISK_ORDER_LIMITS.quantity}`);
        return [];
      }
      const category = r.text(line, 'category', `${field}.category`);
      return [{ sku: r.text(line, 'sku', `${field}.sku`), title: r.text(line, 'title', `${field}.title`), category: category === null ? null : category.toLowerCase(), quantity, unitPriceMinor: r.amount(line, 'unitPrice', `${field}.unitPrice`, currency) }];
    });
  }

  const c = r.object(o.customer, 'customer');
  const customer = c && {
    id: r.text(c, 'id', 'customer.id'),
    email: lower(r.text(c, 'email', 'customer.email', (v) => (EMAIL.test(v) ? null : `"${v.slice(0, 80)}" is not an email address`))),
    name: r.text(c, 'name', 'customer.name'),
    createdAt: r.date(c, 'createdAt', 'customer.createdAt'),
    phone: r.text(c, 'phone', 'customer.phone'),
  };
  const billing = address(r, o.billing, 'billing');
  const shippingBase = address(r, o.shipping, 'shipping');
  const shipping = shippingBase && { ...shippingBase, service: lower(r.text(o.shipping as Obj, 'service', 'shipping.service')) };

  const p = r.object(o.payment, 'payment');
  let payment: RiskOrder['payment'] = null;
  if (p) {
    const method = lower(r.text(p, 'method', 'payment.method'));
    const cardObj = method !== null && method !== 'card' && p.card === undefined ? null : r.object(p.card, 'payment.card');
    payment = {
      method,
      card: cardObj && {
        bin: r.text(cardObj, 'bin', 'payment.card.bin', (v) => (/^\d{6,8}$/.test(v) ? null : `"${v}" is not a BIN (6 to 8 digits)`)),
        last4: r.text(cardObj, 'last4', 'payment.card.last4', (v) => (/^\d{4}$/.test(v) ? null : 'must be 4 digits')),
        issuerCountry: r.country(cardObj, 'issuerCountry', 'payment.card.issuerCountry'),
        fingerprint: r.text(cardObj, 'fingerprint', 'payment.card.fingerprint'),
        funding: lower(r.oneOf(cardObj, 'funding', 'payment.card.funding', FUNDING)),
      },
      attempt: r.count(p, 'attempt', 'payment.attempt', 1000),
      declinedBefore: r.count(p, 'declinedBefore', 'payment.declinedBefore', 1000),
      avsResult: r.oneOf(p, 'avsResult', 'payment.avsResult', AVS),
      cvcResult: r.oneOf(p, 'cvcResult', 'payment.cvcResult', CVC),
    };
  }

  const i = r.object(o.ip, 'ip');
  const ip = i && {
    address: r.text(i, 'address', 'ip.address', (v) => (isIpAddress(v) ? null : `"${v.slice(0, 60)}" is not an IPv4 or IPv6 address`)),
    country: r.country(i, 'country', 'ip.country'),
    isProxy: r.flag(i, 'isProxy', 'ip.isProxy'),
    isHosting: r.flag(i, 'isHosting', 'ip.isHosting'),
  };
  const d = r.object(o.device, 'device');
  const device = d && {
    id: r.text(d, 'id', 'device.id'),
    language: r.text(d, 'language', 'device.language', (v) => (/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(v) ? null : `"${v.slice(0, 40)}" is not a language tag`)),
    timezone: r.text(d, 'timezone', 'device.timezone', (v) => (/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$/.test(v) ? null : `"${v.slice(0, 40)}" is not an IANA time zone`)),
    userAgent: r.text(d, 'userAgent', 'device.userAgent'),
  };
  const s = r.object(o.session, 'session');
  const session = s && { secondsOnSite: r.count(s, 'secondsOnSite', 'session.secondsOnSite', 10_000_000), pagesViewed: r.count(s, 'pagesViewed', 'session.pagesViewed', 1_000_000) };

  const order: RiskOrder = {
    id: r.text(o, 'id', 'id'),
    createdAt: r.date(o, 'createdAt', 'createdAt'),
    market: r.text(o, 'market', 'market'),
    currency,
    totalMinor,
    items,
    customer,
    billing,
    shipping,
    payment,
    ip,
    device,
    session,
  };
  if (r.errors.length > 0) return fail('VALIDATION_FAILED', r.errors.map((e) => `${e.field} ${e.message}`).join('; '), { field: r.errors[0]!.field, details: r.errors });
  return ok({ order, gaps: r.gaps });
}

function lower(s: string | null): string | null {
  return s === null ? null : s.toLowerCase();
}

/** An IPv4 dotted quad or an IPv6 address (with :: compression, optionally ending in IPv4). */
export function isIpAddress(s: string): boolean {
  const v4 = (x: string) => /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(x);
  if (v4(s)) return true;
  if (s.length > 45 || !s.includes(':')) return false;
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const parts = halves.flatMap(groups);
  const last = parts[parts.length - 1] ?? '';
  const tailV4 = last.includes('.');
  if (tailV4 && !v4(last)) return false;
  const hex = tailV4 ? parts.slice(0, -1) : parts;
  if (!hex.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const count = hex.length + (tailV4 ? 2 : 0);
  return halves.length === 2 ? count < 8 : count === 8;
}

/**
 * True for addresses that are not a buyer's internet address: loopback, private (RFC 1918, RFC 4193),
 * link-local, carrier-grade NAT (RFC 6598) and unspecified. A server that sees these behind a proxy
 * must not count every buyer as one IP.
 */
export function isLocalIpAddress(s: string): boolean {
  const v = s.toLowerCase().replace(/^::ffff:(?=\d+\.)/, '');
  const m = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(v);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
  }
  return v === '::1' || v === '::' || /^f[cd][0-9a-f]{2}:/.test(v) || /^fe[89ab][0-9a-f]:/.test(v);
}
