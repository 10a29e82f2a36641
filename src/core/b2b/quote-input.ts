import { parseDecimal, type Decimal } from '../decimal/decimal.js';
import { isUuid } from '../ids/uuid.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import { INCOTERM_CODES, isIncotermCode, TRANSPORT_MODES, type IncotermCode, type TransportMode } from './incoterms.js';

/**
 * A distributor's quote request as the operator sends it (`POST /v1/admin/quotes`): the company,
 * the Incoterms 2020 rule with its named place and the way the goods travel, the lines (SKU and
 * quantity, priced later from the company's price list), and the forwarder's costs in minor units
 * of the price list's currency. Insurance is either a forwarder's figure (`costs.insurance`) or a
 * premium rate in percent of the insured value (`insuranceRatePercent`), from which the minimum cover
 * of CIF and CIP is worked out (quote-insurance.ts).
 */

/** The forwarder's costs a quote may carry; duties and import taxes come from the landed-cost engine. */
export const QUOTE_COST_FIELDS = ['loading', 'exportClearance', 'mainCarriage', 'insurance', 'unloading', 'importClearance'] as const;
export type QuoteCostField = (typeof QUOTE_COST_FIELDS)[number];

export type QuoteRequest = {
  companyId: string;
  buyerId: string | null;
  incoterm: IncotermCode;
  transportMode: TransportMode;
  namedPlace: string;
  warehouse: string | null;
  lines: Array<{ sku: string; quantity: number }>;
  costs: Partial<Record<QuoteCostField, number>>;
  /** Premium in percent of the insured value ("0.35" is 0.35 %), when insurance is to be computed. */
  insuranceRatePercent: Decimal | null;
  validDays: number;
  note: string | null;
};

export const MAX_QUOTE_LINES = 200;
/** Quotes are valid 30 days unless the request says otherwise (1 to 180). */
export const DEFAULT_VALID_DAYS = 30;
const MAX_COST_MINOR = 1_000_000_000_000;
const KNOWN = new Set(['companyId', 'buyerId', 'incoterm', 'transportMode', 'namedPlace', 'warehouse', 'lines', 'costs', 'insuranceRatePercent', 'validDays', 'note']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const plainText = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.trim().length >= min && v.length <= max && !/[\u0000-\u001f]/.test(v);

/**
 * Check a quote request, reporting every problem with its field at once (`lines[2].quantity`,
 * `costs.mainCarriage`, `incoterm`). An incoterm that is not one of the eleven rules is named with
 * the accepted list; whether it suits the transport mode is decided later (INCOTERM_NOT_APPLICABLE).
 */
export function parseQuoteRequest(input: unknown): Result<QuoteRequest, 'VALIDATION_FAILED'> {
  if (!isRecord(input)) return fail('VALIDATION_FAILED', 'the request is a JSON object', { field: 'body' });
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  for (const key of Object.keys(input)) if (!KNOWN.has(key)) add(key, 'is not a field of a quote request');

  if (!isUuid(input.companyId)) add('companyId', 'must be the id (UUID) of a distributor company');
  const buyerId = input.buyerId ?? null;
  if (buyerId !== null && !isUuid(buyerId)) add('buyerId', 'must be the id (UUID) of one of the company\'s buyers');
  if (!isIncotermCode(input.incoterm)) add('incoterm', `${JSON.stringify(input.incoterm ?? null)} is not an Incoterms 2020 rule; use one of ${INCOTERM_CODES.join(', ')}`);
  if (typeof input.transportMode !== 'string' || !(TRANSPORT_MODES as readonly string[]).includes(input.transportMode)) add('transportMode', `must be one of ${TRANSPORT_MODES.join(', ')}`);
  if (!plainText(input.namedPlace, 2, 120)) add('namedPlace', 'must name the place the rule refers to, 2 to 120 characters (e.g. "Rotterdam, NL" or the buyer\'s warehouse)');
  const warehouse = input.warehouse ?? null;
  if (warehouse !== null && (typeof warehouse !== 'string' || !/^[a-z0-9][a-z0-9-]{0,39}$/.test(warehouse))) add('warehouse', 'must be a warehouse code like vn-hoian');

  const lines: QuoteRequest['lines'] = [];
  if (!Array.isArray(input.lines) || input.lines.length === 0) add('lines', 'must be a non-empty array of { sku, quantity }');
  else if (input.lines.length > MAX_QUOTE_LINES) add('lines', `must have at most ${MAX_QUOTE_LINES} lines`);
  else
    input.lines.forEach((raw: unknown, i: number) => {
      const at = `lines[${i}]`;
      if (!isRecord(raw)) return add(at, 'must be an object { sku, quantity }');
      for (const key of Object.keys(raw)) if (key !== 'sku' && key !== 'quantity') add(`${at}.${key}`, 'is not a field of a quote line');
      const sku = plainText(raw.sku, 1, 64) ? raw.sku.trim() : undefined;
      if (!sku) add(`${at}.sku`, 'must be a SKU of 1 to 64 characters');
      else if (lines.some((l) => l.sku === sku)) add(`${at}.sku`, `${sku} is already on the quote; give each SKU once`);
      const q = raw.quantity;
      if (typeof q !== 'number' || !Number.isSafeInteger(q) || q < 1 || q > 10_000_000) add(`${at}.quantity`, 'must be a whole number of units from 1 to 10,000,000');
      if (sku && typeof q === 'number') lines.push({ sku, quantity: q });
    });

  const costs: QuoteRequest['costs'] = {};
  if (input.costs !== undefined) {
    if (!isRecord(input.costs)) add('costs', `must be an object of minor-unit amounts: ${QUOTE_COST_FIELDS.join(', ')}`);
    else
      for (const [key, value] of Object.entries(input.costs)) {
        if (!(QUOTE_COST_FIELDS as readonly string[]).includes(key)) {
          add(`costs.${key}`, `is not a cost a quote carries (${QUOTE_COST_FIELDS.join(', ')}); duties and import taxes come from the landed-cost engine`);
        } else if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > MAX_COST_MINOR) {
          add(`costs.${key}`, 'must be a whole, non-negative number of minor units of the quote currency (cents)');
        } else costs[key as QuoteCostField] = value;
      }
  }

  let insuranceRatePercent: Decimal | null = null;
  if (input.insuranceRatePercent !== undefined && input.insuranceRatePercent !== null) {
    const rate = typeof input.insuranceRatePercent === 'string' ? parseDecimal(input.insuranceRatePercent) : undefined;
    if (!rate || rate.coef <= 0 || rate.scale > 6 || rate.coef >= 10 * 10 ** rate.scale) add('insuranceRatePercent', 'must be a premium rate in percent as a decimal string above 0 and below 10, e.g. "0.35"');
    else if (costs.insurance !== undefined) add('insuranceRatePercent', 'give either costs.insurance (the premium quoted) or insuranceRatePercent (to compute it), not both');
    else insuranceRatePercent = rate;
  }

  const validDays = input.validDays ?? DEFAULT_VALID_DAYS;
  if (typeof validDays !== 'number' || !Number.isSafeInteger(validDays) || validDays < 1 || validDays > 180) add('validDays', 'must be a whole number of days from 1 to 180');
  const note = input.note ?? null;
  if (note !== null && !(typeof note === 'string' && note.length <= 2000)) add('note', 'must be text of at most 2,000 characters');

  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({
    companyId: input.companyId as string,
    buyerId: buyerId as string | null,
    incoterm: input.incoterm as IncotermCode,
    transportMode: input.transportMode as TransportMode,
    namedPlace: (input.namedPlace as string).trim(),
    warehouse: warehouse as string | null,
    lines,
    costs,
    insuranceRatePercent,
    validDays: validDays as number,
    note: note as string | null,
  });
}
