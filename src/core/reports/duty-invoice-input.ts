import { isIsoDate } from '../calendar/iso-date.js';
import { isCurrency } from '../money/currencies.js';
import { parseMoney } from '../money/money.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';

/** A carrier's invoice of a parcel's import charges, checked: amounts in minor units of `currency`. */
export type DutyInvoiceInput = {
  carrier: string | null;
  invoiceNumber: string;
  invoiceDate: string;
  currency: string;
  dutiesMinor: number;
  taxesMinor: number;
  feesMinor: number;
  note: string | null;
};

const FIELDS = ['carrier', 'invoiceNumber', 'invoiceDate', 'currency', 'duties', 'taxes', 'fees', 'note'];
/** Letters, digits and the separators invoice numbers use; no spaces at either end. */
const INVOICE_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N} ._/#:-]{0,62}[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u;
/** The largest amount accepted: far above any parcel's import charges, well inside a bigint column and a safe integer. */
const MAX_MINOR = 1_000_000_000_000;

/**
 * Check a carrier duty invoice from the admin API: `invoiceNumber` (1-64 characters), `invoiceDate`
 * (YYYY-MM-DD, not after `today`), `currency` (ISO 4217), `duties` and `taxes` (decimal strings
 * such as "12.50", at least zero, no more decimals than the currency has), `fees` (the same, default
 * "0"), `carrier` (default: the parcel's carrier) and `note` (up to 500 characters). Every field in
 * error is named; unknown fields too.
 *
 * @example readDutyInvoice({ invoiceNumber: 'DHL-881', invoiceDate: '2026-12-02', currency: 'EUR', duties: '3.00', taxes: '0.00' }, '2026-12-05')
 */
export function readDutyInvoice(input: unknown, today: string): Result<DutyInvoiceInput, 'VALIDATION_FAILED'> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('VALIDATION_FAILED', 'body must be a JSON object like { "invoiceNumber": "...", "invoiceDate": "2026-12-02", "currency": "EUR", "duties": "3.00", "taxes": "0.00" }', { field: 'body' });
  }
  const body = input as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => void issues.push({ field, message });
  for (const key of Object.keys(body)) if (!FIELDS.includes(key)) add(key, 'is not a field of a duty invoice');

  const text = (field: string, max: number, required: boolean): string | null => {
    const v = body[field];
    if (v === undefined || v === null) {
      if (required) add(field, 'is required');
      return null;
    }
    if (typeof v !== 'string' || v.trim() === '' || v.length > max) {
      add(field, `must be text of 1 to ${max} characters`);
      return null;
    }
    return v.trim();
  };
  const invoiceNumber = text('invoiceNumber', 64, true);
  if (invoiceNumber !== null && !INVOICE_NUMBER.test(invoiceNumber)) add('invoiceNumber', 'must be letters and digits, with spaces, dots, slashes, #, colons or hyphens between them');
  const carrier = text('carrier', 64, false);
  const note = text('note', 500, false);

  const date = body.invoiceDate;
  let invoiceDate = '';
  if (date === undefined || date === null) add('invoiceDate', 'is required');
  else if (typeof date !== 'string' || !isIsoDate(date)) add('invoiceDate', 'must be a calendar date written YYYY-MM-DD');
  else if (date > today) add('invoiceDate', `must not be after today (${today})`);
  else invoiceDate = date;

  const c = body.currency;
  let currency = '';
  if (c === undefined || c === null) add('currency', 'is required');
  else if (typeof c !== 'string' || !/^[A-Z]{3}$/.test(c) || !isCurrency(c)) add('currency', 'must be an ISO 4217 currency code such as EUR');
  else currency = c;

  const amount = (field: string, required: boolean): number => {
    const v = body[field];
    if (v === undefined || v === null) {
      if (required) add(field, 'is required');
      return 0;
    }
    if (typeof v !== 'string') {
      add(field, 'must be an amount written as a decimal string, such as "12.50"');
      return 0;
    }
    if (!currency) {
      // The currency is in error too: the amount's shape and sign can still be checked.
      if (!/^\d{1,15}(\.\d{1,4})?$/.test(v)) add(field, v.startsWith('-') ? 'must not be below zero' : 'must be an amount written as a decimal string, such as "12.50"');
      return 0;
    }
    const m = parseMoney(v, currency);
    if (!m.ok) add(field, m.error === 'TOO_MANY_DECIMALS' ? m.message : 'must be an amount written as a decimal string, such as "12.50"');
    else if (m.value.amount < 0) add(field, 'must not be below zero');
    else if (m.value.amount > MAX_MINOR) add(field, 'is larger than any parcel\'s import charges can be');
    else return m.value.amount;
    return 0;
  };
  const dutiesMinor = amount('duties', true);
  const taxesMinor = amount('taxes', true);
  const feesMinor = amount('fees', false);

  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ carrier, invoiceNumber: invoiceNumber!, invoiceDate, currency, dutiesMinor, taxesMinor, feesMinor, note });
}
