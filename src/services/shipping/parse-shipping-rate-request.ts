import { isIsoDate } from '../../core/calendar/iso-date.js';
import { isCountry } from '../../core/geo/countries.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { normalizePostalCode } from '../../core/shipping/postal-code.js';

/** A request for shipping rates, checked. `postalCode` is kept as written (quoteRate normalizes it). */
export type ShippingRateRequest = {
  market: string;
  destination: { country: string; postalCode: string | undefined };
  lines: Array<{ sku: string; quantity: number }>;
  date: string | undefined;
};

export const MAX_LINES = 100;
export const MAX_QUANTITY = 1_000;
const MARKET_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const SKU = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Check `{ market, destination: { country, postalCode? }, lines: [{ sku, quantity }], date? }` as it
 * arrives (HTTP body, library call); every problem named by its path (`lines[2].quantity`).
 * Quantities are whole numbers from 1 to 1,000; at most 100 lines.
 */
export function parseShippingRateRequest(input: unknown): Result<ShippingRateRequest, 'VALIDATION_FAILED'> {
  if (!isObject(input)) return fail('VALIDATION_FAILED', 'body must be an object', { field: 'body', details: [{ field: 'body', message: 'must be an object' }] });
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => void issues.push({ field, message });
  const market = typeof input.market === 'string' && MARKET_ID.test(input.market) ? input.market : undefined;
  if (!market) add('market', 'must be a market id such as eu');

  let destination: ShippingRateRequest['destination'] | undefined;
  if (!isObject(input.destination)) add('destination', 'must be { "country": "DE", "postalCode": "10115" }');
  else {
    const d = input.destination;
    const country = typeof d.country === 'string' && isCountry(d.country) ? d.country : undefined;
    if (!country) add('destination.country', 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. DE');
    let postalCode: string | undefined;
    if (d.postalCode !== undefined && d.postalCode !== null) {
      if (typeof d.postalCode !== 'string') add('destination.postalCode', 'must be a string, e.g. "10115"');
      else if (normalizePostalCode(d.postalCode) === undefined) add('destination.postalCode', 'must be letters, digits, spaces and hyphens (at most 10 letters and digits)');
      else postalCode = d.postalCode;
    }
    if (country) destination = { country, postalCode };
  }

  const lines: ShippingRateRequest['lines'] = [];
  if (!Array.isArray(input.lines) || input.lines.length === 0) add('lines', 'must list at least one { "sku", "quantity" }');
  else if (input.lines.length > MAX_LINES) add('lines', `must list at most ${MAX_LINES} lines`);
  else input.lines.forEach((line, i) => {
    if (!isObject(line)) return add(`lines[${i}]`, 'must be { "sku": "...", "quantity": 1 }');
    const sku = typeof line.sku === 'string' && SKU.test(line.sku) ? line.sku : undefined;
    if (!sku) add(`lines[${i}].sku`, 'must be 1 to 64 letters, digits, dots, dashes or underscores');
    const q = line.quantity;
    const quantity = typeof q === 'number' && Number.isInteger(q) && q >= 1 && q <= MAX_QUANTITY ? q : undefined;
    if (quantity === undefined) add(`lines[${i}].quantity`, `must be a whole number from 1 to ${MAX_QUANTITY.toLocaleString('en-US')}`);
    if (sku && quantity !== undefined) lines.push({ sku, quantity });
  });

  const date = input.date === undefined ? undefined : typeof input.date === 'string' && isIsoDate(input.date) ? input.date : null;
  if (date === null) add('date', 'must be a date as YYYY-MM-DD');
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ market: market!, destination: destination!, lines, date: date ?? undefined });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
