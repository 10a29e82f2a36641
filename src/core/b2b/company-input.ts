import { checkAddress, checkEmail, type AddressInput } from '../checkout/cart-input.js';
import { isCountry } from '../geo/countries.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import { parseBic, parseIban, type Bic, type Iban } from './bank-details.js';
import { PAYMENT_TERMS, isPaymentTerms, type PaymentTerms } from './payment-terms.js';
import { checkEori, checkEoriMatchesVat, checkTaxNumber, type Eori, type EoriFormats, type TaxNumber } from './tax-numbers.js';

/**
 * The body of a distributor company (create, or the stored company with a change laid over it):
 * every problem reported at once with its path (`taxNumber`, `iban`, `buyers[1].email`), so the
 * admin API, the admin app and imports name bad fields alike.
 */

export const COMPANY_STATUSES = ['active', 'suspended'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];
export const BUYER_ROLES = ['buyer', 'approver'] as const;
export type BuyerRole = (typeof BUYER_ROLES)[number];
export const MAX_BUYERS = 50;

export type BuyerInput = { name: string; email: string; phone: string | null; role: BuyerRole };
export type BankDetailsInput = { iban: Iban; bic: Bic; accountHolder: string | null };
export type CompanyInput = {
  name: string;
  country: string;
  email: string;
  address: AddressInput;
  taxNumber: TaxNumber | null;
  eori: Eori | null;
  priceList: string | null;
  paymentTerms: PaymentTerms;
  creditLimitMinor: number | null;
  bank: BankDetailsInput | null;
  status: CompanyStatus;
  note: string | null;
  buyers: BuyerInput[];
};

/** Reference data the checks need: IBAN lengths per country and EORI formats per issuer. */
export type CompanyRefs = { ibanLengths: Readonly<Record<string, number>>; eoriFormats: EoriFormats };

/** The fields of a company; `buyers` only when it is created (later through the buyer routes). */
export const COMPANY_FIELDS = ['name', 'country', 'email', 'address', 'taxNumber', 'eori', 'priceList', 'paymentTerms', 'creditLimitMinor', 'iban', 'bic', 'accountHolder', 'status', 'note'] as const;
const BUYER_FIELDS = ['name', 'email', 'phone', 'role'] as const;
export const PRICE_LIST_CODE = /^[a-z0-9][a-z0-9_-]{0,39}$/;

type Add = (field: string, message: string) => void;

function asObject(input: unknown): Record<string, unknown> | undefined {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
}

export function failed(issues: readonly FieldIssue[]): Result<never, 'VALIDATION_FAILED'> {
  return fail('VALIDATION_FAILED', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
}

function unknownFields(body: Record<string, unknown>, known: readonly string[], at: string, add: Add): void {
  for (const key of Object.keys(body)) if (!known.includes(key)) add(at ? `${at}.${key}` : key, `is not a field here (fields: ${known.join(', ')})`);
}

function text(value: unknown, field: string, min: number, max: number, add: Add): string | undefined {
  if (typeof value !== 'string' || /[\u0000-\u001f\u007f]/.test(value) || value.trim().length < min || value.trim().length > max) {
    add(field, `must be text of ${min} to ${max} characters`);
    return undefined;
  }
  return value.trim();
}

const given = (v: unknown): boolean => v !== undefined && v !== null;

/** One buyer: name, email (unique across companies, checked where stored), phone, role. */
export function checkBuyer(input: unknown, field: string, add: Add): BuyerInput | undefined {
  const b = asObject(input);
  if (!b) {
    add(field, 'must be an object with name and email (phone and role optional)');
    return undefined;
  }
  let bad = false;
  const note: Add = (f, m) => {
    bad = true;
    add(f, m);
  };
  unknownFields(b, BUYER_FIELDS, field, note);
  const name = text(b.name, `${field}.name`, 1, 100, note);
  const email = checkEmail(b.email, `${field}.email`, note);
  let phone: string | null = null;
  if (given(b.phone)) {
    if (typeof b.phone !== 'string' || !/^\+?[0-9 ()./-]{5,25}$/.test(b.phone)) note(`${field}.phone`, 'must be a phone number like +49 30 1234567');
    else phone = b.phone.trim();
  }
  const role = b.role ?? 'buyer';
  if (!(BUYER_ROLES as readonly unknown[]).includes(role)) note(`${field}.role`, `must be one of ${BUYER_ROLES.join(', ')}`);
  if (bad || !name || !email) return undefined;
  return { name, email, phone, role: role as BuyerRole };
}

/** A list of buyers; the same email twice (case-insensitive) is refused at the second. */
export function checkBuyers(value: unknown, field: string, add: Add, max = MAX_BUYERS): BuyerInput[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > max) {
    add(field, `must be a list of at most ${max} buyers`);
    return [];
  }
  const seen = new Map<string, number>();
  const buyers: BuyerInput[] = [];
  value.forEach((b, i) => {
    const buyer = checkBuyer(b, `${field}[${i}]`, add);
    if (!buyer) return;
    const key = buyer.email.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) add(`${field}[${i}].email`, `${buyer.email} is already ${field}[${first}]'s email`);
    else seen.set(key, i);
    buyers.push(buyer);
  });
  return buyers;
}

function checkBank(c: Record<string, unknown>, refs: CompanyRefs, add: Add): BankDetailsInput | null | undefined {
  const hasIban = given(c.iban);
  const hasBic = given(c.bic);
  if (!hasIban && !hasBic) {
    if (given(c.accountHolder)) add('accountHolder', 'give it with the iban and bic it belongs to');
    return null;
  }
  if (!hasIban) add('iban', 'give the IBAN with the BIC (both, or neither)');
  if (!hasBic) add('bic', 'give the BIC with the IBAN (both, or neither)');
  const iban = hasIban ? parseIban(c.iban, refs.ibanLengths, 'iban') : undefined;
  if (iban && !iban.ok) add('iban', `${typeof c.iban === 'string' ? `${c.iban.trim()}: ` : ''}${iban.message}`);
  const bic = hasBic ? parseBic(c.bic, 'bic') : undefined;
  if (bic && !bic.ok) add('bic', `${typeof c.bic === 'string' ? `${c.bic.trim()}: ` : ''}${bic.message}`);
  const accountHolder = given(c.accountHolder) ? text(c.accountHolder, 'accountHolder', 1, 140, add) : null;
  if (!iban?.ok || !bic?.ok || accountHolder === undefined) return undefined;
  if (bic.value.country !== iban.value.country) {
    add('bic', `${bic.value.bic} is a bank in ${bic.value.country} and the IBAN an account in ${iban.value.country}: give the BIC of the bank holding the account`);
    return undefined;
  }
  return { iban: iban.value, bic: bic.value, accountHolder };
}

/**
 * Check a company as a whole. `allowBuyers` is true when it is created with its buyers.
 *
 * @example parseCompanyInput({ name: 'Kaffeehaus GmbH', country: 'DE', email: 'ap@kaffeehaus.example',
 *   address: {...}, taxNumber: 'DE136695976', iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX' }, refs)
 */
export function parseCompanyInput(input: unknown, refs: CompanyRefs, options: { allowBuyers: boolean }): Result<CompanyInput, 'VALIDATION_FAILED'> {
  const c = asObject(input);
  if (!c) return fail('VALIDATION_FAILED', 'a company is a JSON object', { field: 'body' });
  const issues: FieldIssue[] = [];
  const add: Add = (field, message) => void issues.push({ field, message });
  unknownFields(c, options.allowBuyers ? [...COMPANY_FIELDS, 'buyers'] : COMPANY_FIELDS, '', add);

  const name = text(c.name, 'name', 1, 200, add);
  const country = typeof c.country === 'string' ? c.country.trim().toUpperCase() : '';
  if (!isCountry(country)) add('country', 'must be an ISO 3166-1 alpha-2 country code like DE');
  const email = checkEmail(c.email, 'email', add);
  const address = checkAddress(c.address, 'address', add);

  let taxNumber: TaxNumber | null = null;
  if (given(c.taxNumber) && isCountry(country)) {
    const t = checkTaxNumber(country, c.taxNumber, 'taxNumber');
    if (t.ok) taxNumber = t.value;
    else add('taxNumber', t.message);
  }
  let eori: Eori | null = null;
  if (given(c.eori)) {
    const e = checkEori(c.eori, refs.eoriFormats, 'eori');
    if (!e.ok) add('eori', e.message);
    else {
      const match = checkEoriMatchesVat(e.value, taxNumber, 'eori');
      if (match.ok) eori = e.value;
      else add('eori', match.message);
    }
  }

  let priceList: string | null = null;
  if (given(c.priceList)) {
    if (typeof c.priceList !== 'string' || !PRICE_LIST_CODE.test(c.priceList)) add('priceList', 'must be a price list code: lower-case letters, digits, - and _, up to 40');
    else priceList = c.priceList;
  }
  const terms = c.paymentTerms ?? 'prepayment';
  if (!isPaymentTerms(terms)) add('paymentTerms', `must be one of ${PAYMENT_TERMS.join(', ')}`);
  let creditLimitMinor: number | null = null;
  if (given(c.creditLimitMinor)) {
    if (typeof c.creditLimitMinor !== 'number' || !Number.isSafeInteger(c.creditLimitMinor) || c.creditLimitMinor < 0) {
      add('creditLimitMinor', "must be a whole, non-negative amount in minor units of the price list's currency (null: no limit)");
    } else creditLimitMinor = c.creditLimitMinor;
  }
  const bank = checkBank(c, refs, add);
  const status = c.status ?? 'active';
  if (!(COMPANY_STATUSES as readonly unknown[]).includes(status)) add('status', `must be one of ${COMPANY_STATUSES.join(', ')}`);
  const note = given(c.note) ? text(c.note, 'note', 0, 2000, add) ?? null : null;
  const buyers = options.allowBuyers ? checkBuyers(c.buyers, 'buyers', add) : [];

  if (issues.length > 0 || !name || !email || !address || bank === undefined) return failed(issues.length > 0 ? issues : [{ field: 'body', message: 'is not a company' }]);
  return ok({ name, country, email, address, taxNumber, eori, priceList, paymentTerms: terms as PaymentTerms, creditLimitMinor, bank, status: status as CompanyStatus, note, buyers });
}

/**
 * A change to a company laid over its current fields: only the fields given change; null clears an
 * optional field. The result is checked whole by parseCompanyInput (a new country rechecks the tax
 * number, a new VAT number the EORI).
 */
export function mergeCompanyPatch(current: Readonly<Record<string, unknown>>, patch: unknown): Result<Record<string, unknown>, 'VALIDATION_FAILED'> {
  const p = asObject(patch);
  if (!p) return fail('VALIDATION_FAILED', 'a change is a JSON object of the fields to change', { field: 'body' });
  const issues: FieldIssue[] = [];
  unknownFields(p, COMPANY_FIELDS, '', (field, message) => void issues.push({ field, message: field === 'buyers' ? 'buyers are added and removed through /buyers' : message }));
  if (Object.keys(p).length === 0) issues.push({ field: 'body', message: 'give at least one field to change' });
  if (issues.length > 0) return failed(issues);
  return ok({ ...current, ...p });
}
