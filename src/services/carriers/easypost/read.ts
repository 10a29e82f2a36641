/**
 * Reading EasyPost's Shipment and Rate objects into Landfall's shapes. Rates are decimal strings in
 * major units (`"rate": "7.33", "currency": "USD"`), read exactly into minor units.
 */
import type { CarrierRate } from '../../../core/carriers/carrier.js';
import { decimalFromNumber, formatDecimal } from '../../../core/decimal/decimal.js';
import { majorTextToMinor } from './units.js';

type Json = Record<string, unknown>;

/** `USPS:Priority`: Landfall's service name for an EasyPost rate (carrier and service, as EasyPost names them). */
export function serviceName(carrier: string, service: string): string {
  return `${carrier}:${service}`;
}

/**
 * An EasyPost Rate as a CarrierRate, or undefined when it cannot be read exactly (no id, no
 * carrier or service, an amount that is not a decimal, an unknown currency). Amounts are never
 * rounded down: a rate with more decimals than the currency has is rounded up (`ceil`).
 */
export function readRate(raw: unknown): CarrierRate | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Json;
  if (typeof r.id !== 'string' || typeof r.carrier !== 'string' || typeof r.service !== 'string' || r.carrier === '' || r.service === '') return undefined;
  const currency = typeof r.currency === 'string' ? r.currency.toUpperCase() : '';
  const amount = decimalText(r.rate);
  const amountMinor = amount === undefined ? undefined : majorTextToMinor(amount, currency, 'ceil');
  if (amountMinor === undefined) return undefined;
  const days = firstWholeNumber(r.delivery_days, r.est_delivery_days);
  return {
    carrier: r.carrier,
    service: serviceName(r.carrier, r.service),
    amountMinor,
    currency,
    transitDays: days === undefined ? null : { min: days, max: days },
    rateId: r.id,
  };
}

/** The readable rates of a Shipment, cheapest first (ties keep EasyPost's order). */
export function readRates(shipment: Json): CarrierRate[] {
  const rates = Array.isArray(shipment.rates) ? shipment.rates : [];
  const out: CarrierRate[] = [];
  for (const raw of rates) {
    const rate = readRate(raw);
    if (rate) out.push(rate);
  }
  return out.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => a.amountMinor - b.amountMinor || i - j).map(([r]) => r);
}

/** The carriers' own refusals (`messages: [{ carrier, type, message }]`), for an answer with no rates. */
export function readMessages(shipment: Json): string {
  const messages = Array.isArray(shipment.messages) ? shipment.messages : [];
  return messages
    .slice(0, 10)
    .map((m) => {
      const x = (typeof m === 'object' && m !== null ? m : {}) as Json;
      const text = typeof x.message === 'string' ? x.message.replace(/\s+/g, ' ').trim().slice(0, 300) : String(m);
      return typeof x.carrier === 'string' ? `${x.carrier}: ${text}` : text;
    })
    .join('; ');
}

/** The raw rates of a Shipment whose Landfall service name (or bare EasyPost service) is `service`. */
export function ratesForService(shipment: Json, service: string): Json[] {
  const rates = (Array.isArray(shipment.rates) ? shipment.rates : []).filter((r): r is Json => typeof r === 'object' && r !== null);
  const wanted = service.trim();
  const exact = rates.filter((r) => typeof r.carrier === 'string' && typeof r.service === 'string' && serviceName(r.carrier, r.service) === wanted);
  if (exact.length > 0 || wanted.includes(':')) return exact;
  return rates.filter((r) => r.service === wanted);
}

/** EasyPost documents amounts as strings; a JSON number is read by its shortest decimal form. */
export function decimalText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') {
    const d = decimalFromNumber(v);
    return d === undefined ? undefined : formatDecimal(d);
  }
  return undefined;
}

function firstWholeNumber(...values: unknown[]): number | undefined {
  for (const v of values) if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v < 1000) return v;
  return undefined;
}
