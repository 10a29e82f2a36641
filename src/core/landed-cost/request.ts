import { isIsoDate } from '../calendar/iso-date.js';
import { decimalFromNumber, parseDecimal, type Decimal } from '../decimal/decimal.js';
import { isCountry } from '../geo/countries.js';
import { isCurrency } from '../money/currencies.js';
import { parseMoney, type Money } from '../money/money.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import type { DutyRate } from '../tariff/duty-rate.js';
import { parseDutyRate } from '../tariff/parse-duty-rate.js';

export type Incoterm = 'DDP' | 'DAP';
export type Channel = 'courier' | 'postal';

export type QuoteItem = {
  sku: string;
  description: string;
  /** Digits only, 6 to 10 (dots and spaces are removed on input). Absent: duty cannot be calculated. */
  hsCode: string | undefined;
  originCountry: string;
  unitPrice: Money;
  quantity: number;
  unitWeightKg: Decimal | undefined;
  unitVolumeLitres: Decimal | undefined;
  claimPreference: boolean;
  /** A rate the merchant already knows (binding ruling), used instead of the tariff. */
  dutyRate: { text: string; rate: DutyRate } | undefined;
};

/** A validated landed-cost request: the JSON request with amounts as Money and rates parsed. */
export type LandedCostRequest = {
  date: string;
  currency: string;
  incoterm: Incoterm;
  shipFrom: { country: string };
  shipTo: { country: string; region: string | undefined; postalCode: string | undefined };
  channel: Channel;
  shipping: Money;
  insurance: Money;
  registrations: ReadonlyArray<{ scheme: string; number: string }>;
  items: readonly QuoteItem[];
};

export const MAX_ITEMS = 500;
const HS_DIGITS = /^\d{6,10}$/;
const KNOWN_TOP = new Set(['date', 'currency', 'incoterm', 'shipFrom', 'shipTo', 'channel', 'shipping', 'insurance', 'seller', 'items']);
const KNOWN_ITEM = new Set(['sku', 'description', 'hsCode', 'originCountry', 'unitPrice', 'quantity', 'unitWeightKg', 'unitVolumeLitres', 'claimPreference', 'dutyRate']);

/**
 * Check a landed-cost request as it arrives (JSON from HTTP, stdin or a library caller) and turn it
 * into typed values. Every problem is reported with the path of its field, all at once.
 * Amounts are decimal strings in major units ("25.00") and may not have more decimals than their
 * currency; weights are kilograms as a number or a decimal string.
 */
export function parseLandedCostRequest(input: unknown): Result<LandedCostRequest, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (!isObject(input)) return fail('VALIDATION_FAILED', 'request must be a JSON object', { field: 'body', details: [{ field: 'body', message: 'must be a JSON object' }] });

  for (const key of Object.keys(input)) if (!KNOWN_TOP.has(key)) add(key, 'is not a known field');

  const date = typeof input.date === 'string' ? input.date : '';
  if (!isIsoDate(date)) add('date', 'must be a date as YYYY-MM-DD');
  else if (date < '2000-01-01' || date > '2099-12-31') add('date', 'must be between 2000-01-01 and 2099-12-31');

  const currency = typeof input.currency === 'string' ? input.currency : '';
  if (!isCurrency(currency)) add('currency', `must be an ISO 4217 currency code, got ${JSON.stringify(input.currency ?? null)}`);

  const incoterm = input.incoterm === undefined ? 'DDP' : input.incoterm;
  if (incoterm !== 'DDP' && incoterm !== 'DAP') add('incoterm', 'must be DDP or DAP');
  const channel = input.channel === undefined ? 'courier' : input.channel;
  if (channel !== 'courier' && channel !== 'postal') add('channel', 'must be courier or postal');

  const shipFromCountry = countryAt(input.shipFrom, 'shipFrom', add);
  const shipTo = isObject(input.shipTo) ? input.shipTo : {};
  const shipToCountry = countryAt(input.shipTo, 'shipTo', add);
  const region = optionalText(shipTo.region, 'shipTo.region', 1, 10, add)?.toUpperCase();
  const postalCode = optionalText(shipTo.postalCode, 'shipTo.postalCode', 1, 20, add);

  const fallbackCurrency = isCurrency(currency) ? currency : 'USD';
  const shipping = input.shipping === undefined ? { amount: 0, currency: fallbackCurrency } : moneyAt(input.shipping, 'shipping', add);
  const insurance = input.insurance === undefined ? { amount: 0, currency: fallbackCurrency } : moneyAt(input.insurance, 'insurance', add);
  if (shipping && shipping.amount < 0) add('shipping.amount', 'must not be negative');
  if (insurance && insurance.amount < 0) add('insurance.amount', 'must not be negative');

  const registrations: Array<{ scheme: string; number: string }> = [];
  if (input.seller !== undefined) {
    if (!isObject(input.seller)) add('seller', 'must be an object');
    else {
      const regs = input.seller.registrations ?? [];
      if (!Array.isArray(regs)) add('seller.registrations', 'must be an array');
      else
        regs.forEach((r: unknown, i: number) => {
          const at = `seller.registrations[${i}]`;
          if (!isObject(r)) return add(at, 'must be an object with scheme and number');
          const scheme = typeof r.scheme === 'string' && /^[A-Z][A-Z0-9_]{1,19}$/.test(r.scheme) ? r.scheme : undefined;
          if (!scheme) add(`${at}.scheme`, 'must be a scheme code such as IOSS, UK_VAT, AU_GST, NZ_GST, NO_VOEC, SG_OVR, CH_VAT');
          const number = typeof r.number === 'string' && /^[A-Za-z0-9 .-]{2,30}$/.test(r.number) ? r.number : undefined;
          if (!number) add(`${at}.number`, 'must be the registration number (2 to 30 letters, digits, spaces, dots or dashes)');
          if (scheme && number) registrations.push({ scheme, number });
        });
    }
  }

  const items: QuoteItem[] = [];
  if (!Array.isArray(input.items) || input.items.length === 0) add('items', 'must be a non-empty array');
  else if (input.items.length > MAX_ITEMS) add('items', `must have at most ${MAX_ITEMS} items`);
  else input.items.forEach((raw: unknown, i: number) => {
    const item = parseItem(raw, `items[${i}]`, add);
    if (item) items.push(item);
  });

  if (issues.length > 0) {
    return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  }
  return ok({
    date,
    currency,
    incoterm: incoterm as Incoterm,
    shipFrom: { country: shipFromCountry! },
    shipTo: { country: shipToCountry!, region, postalCode },
    channel: channel as Channel,
    shipping: shipping!,
    insurance: insurance!,
    registrations,
    items,
  });
}

function parseItem(raw: unknown, at: string, add: (f: string, m: string) => void): QuoteItem | undefined {
  if (!isObject(raw)) {
    add(at, 'must be an object');
    return undefined;
  }
  for (const key of Object.keys(raw)) if (!KNOWN_ITEM.has(key)) add(`${at}.${key}`, 'is not a known field');
  const sku = requiredText(raw.sku, `${at}.sku`, 1, 64, add);
  const description = optionalText(raw.description, `${at}.description`, 0, 500, add) ?? '';
  let hsCode: string | undefined;
  if (raw.hsCode !== undefined && raw.hsCode !== null) {
    const cleaned = typeof raw.hsCode !== 'string' ? '' : HS_DIGITS.test(raw.hsCode) ? raw.hsCode : raw.hsCode.replace(/[.\s]/g, '');
    if (!HS_DIGITS.test(cleaned)) add(`${at}.hsCode`, 'must be 6 to 10 digits (dots and spaces allowed), e.g. "6109.10"');
    else hsCode = cleaned;
  }
  const originCountry = typeof raw.originCountry === 'string' && isCountry(raw.originCountry) ? raw.originCountry : undefined;
  if (!originCountry) add(`${at}.originCountry`, 'must be an ISO 3166-1 alpha-2 country code');
  const unitPrice = moneyAt(raw.unitPrice, `${at}.unitPrice`, add);
  if (unitPrice && unitPrice.amount < 0) add(`${at}.unitPrice.amount`, 'must not be negative');
  const quantity = raw.quantity;
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > 1_000_000) {
    add(`${at}.quantity`, 'must be a whole number from 1 to 1,000,000');
  }
  const unitWeightKg = quantityAt(raw.unitWeightKg, `${at}.unitWeightKg`, add);
  const unitVolumeLitres = quantityAt(raw.unitVolumeLitres, `${at}.unitVolumeLitres`, add);
  if (raw.claimPreference !== undefined && typeof raw.claimPreference !== 'boolean') add(`${at}.claimPreference`, 'must be true or false');
  let dutyRate: QuoteItem['dutyRate'];
  if (raw.dutyRate !== undefined) {
    const text = typeof raw.dutyRate === 'string' ? raw.dutyRate : '';
    const parsed = parseDutyRate(text);
    if (!parsed.ok) add(`${at}.dutyRate`, `${parsed.message} (write it as "12%", "3.50 EUR/kg" or "Free")`);
    else dutyRate = { text, rate: parsed.value };
  }
  if (!sku || !originCountry || !unitPrice || typeof quantity !== 'number') return undefined;
  return {
    sku,
    description,
    hsCode,
    originCountry,
    unitPrice,
    quantity,
    unitWeightKg,
    unitVolumeLitres,
    claimPreference: raw.claimPreference === true,
    dutyRate,
  };
}

function countryAt(value: unknown, at: string, add: (f: string, m: string) => void): string | undefined {
  const country = isObject(value) ? value.country : undefined;
  if (typeof country === 'string' && isCountry(country)) return country;
  add(`${at}.country`, `must be an ISO 3166-1 alpha-2 country code, got ${JSON.stringify(country ?? null)}`);
  return undefined;
}

function moneyAt(value: unknown, at: string, add: (f: string, m: string) => void): Money | undefined {
  if (!isObject(value)) {
    add(at, 'must be an object like {"amount": "25.00", "currency": "EUR"}');
    return undefined;
  }
  if (typeof value.currency !== 'string' || !isCurrency(value.currency)) {
    add(`${at}.currency`, `must be an ISO 4217 currency code, got ${JSON.stringify(value.currency ?? null)}`);
    return undefined;
  }
  if (typeof value.amount !== 'string') {
    add(`${at}.amount`, 'must be a decimal string like "25.00"');
    return undefined;
  }
  const parsed = parseMoney(value.amount, value.currency);
  if (!parsed.ok) {
    add(`${at}.amount`, parsed.message);
    return undefined;
  }
  return parsed.value;
}

function quantityAt(value: unknown, at: string, add: (f: string, m: string) => void): Decimal | undefined {
  if (value === undefined || value === null) return undefined;
  const d = typeof value === 'number' ? decimalFromNumber(value) : typeof value === 'string' ? parseDecimal(value) : undefined;
  if (!d || d.coef <= 0 || d.scale > 6 || d.coef / 10 ** d.scale > 100_000) {
    add(at, 'must be a positive number up to 100,000 with at most 6 decimals');
    return undefined;
  }
  return d;
}

function requiredText(value: unknown, at: string, min: number, max: number, add: (f: string, m: string) => void): string | undefined {
  if (typeof value !== 'string' || value.trim().length < min || value.length > max || /[\u0000-\u001f]/.test(value)) {
    add(at, `must be text of ${min} to ${max} characters`);
    return undefined;
  }
  return value.trim();
}

function optionalText(value: unknown, at: string, min: number, max: number, add: (f: string, m: string) => void): string | undefined {
  return value === undefined || value === null ? undefined : requiredText(value, at, min, max, add);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
