import type { CompanyInput } from '../../../core/b2b/company-input.js';
import type { AddressRecord } from '../../../db/schema/orders.js';
import type { CompanyBuyerRow, CompanyRow, NewCompany } from '../../../db/repositories/company-repository.js';
import { IBAN_LENGTHS } from '../../../data/banking/iban-registry.js';
import { EORI_FORMATS } from '../../../data/b2b/eori-formats.js';
import type { CompanyRefs } from '../../../core/b2b/company-input.js';

/** The reference data company checks read: IBAN lengths (SWIFT registry) and EORI formats. */
export const COMPANY_REFS: CompanyRefs = { ibanLengths: IBAN_LENGTHS, eoriFormats: EORI_FORMATS };

export type BuyerView = { id: string; companyId: string; name: string; email: string; phone: string | null; role: string; createdAt: string };
export type BankDetailsView = { iban: string; ibanPrinted: string; bic: string; accountHolder: string | null };
export type CompanySummaryView = {
  id: string;
  name: string;
  country: string;
  email: string;
  taxNumber: string | null;
  eori: string | null;
  priceList: string | null;
  paymentTerms: string;
  creditLimitMinor: number | null;
  status: string;
  createdAt: string;
  updatedAt: string;
};
export type CompanyView = CompanySummaryView & { address: AddressRecord; bankDetails: BankDetailsView | null; note: string | null; buyers: BuyerView[] };

/** An IBAN as printed: groups of four (`DE89 3704 0044 0532 0130 00`). */
export function printIban(compact: string): string {
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}

export function toBuyerView(row: CompanyBuyerRow): BuyerView {
  return { id: row.id, companyId: row.companyId, name: row.name, email: row.email, phone: row.phone, role: row.role, createdAt: row.createdAt.toISOString() };
}

export function toCompanySummary(row: CompanyRow): CompanySummaryView {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    email: row.email,
    taxNumber: row.taxNumber,
    eori: row.eori,
    priceList: row.priceList,
    paymentTerms: row.paymentTerms,
    creditLimitMinor: row.creditLimitMinor,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toCompanyView(row: CompanyRow, buyers: readonly CompanyBuyerRow[]): CompanyView {
  return {
    ...toCompanySummary(row),
    address: row.address,
    bankDetails: row.iban && row.bic ? { iban: row.iban, ibanPrinted: printIban(row.iban), bic: row.bic, accountHolder: row.accountHolder } : null,
    note: row.note,
    buyers: buyers.map(toBuyerView),
  };
}

/** The columns a checked company writes (the compact IBAN, normalized tax number and EORI). */
export function toCompanyWrite(input: CompanyInput): Omit<NewCompany, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    name: input.name,
    country: input.country,
    taxNumber: input.taxNumber?.normalized ?? null,
    eori: input.eori?.normalized ?? null,
    email: input.email,
    address: input.address,
    priceList: input.priceList,
    paymentTerms: input.paymentTerms,
    creditLimitMinor: input.creditLimitMinor,
    iban: input.bank?.iban.compact ?? null,
    bic: input.bank?.bic.bic ?? null,
    accountHolder: input.bank?.accountHolder ?? null,
    status: input.status,
    note: input.note,
  };
}

/** A stored company as the fields of its body, for laying a change over it. */
export function toCompanyFields(row: CompanyRow): Record<string, unknown> {
  return {
    name: row.name,
    country: row.country,
    email: row.email,
    address: row.address,
    taxNumber: row.taxNumber,
    eori: row.eori,
    priceList: row.priceList,
    paymentTerms: row.paymentTerms,
    creditLimitMinor: row.creditLimitMinor,
    iban: row.iban,
    bic: row.bic,
    accountHolder: row.accountHolder,
    status: row.status,
    note: row.note,
  };
}

/** The constraint a PostgreSQL unique violation (23505) names, searched through the error's causes. */
export function uniqueViolation(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === '23505') return typeof e.constraint === 'string' ? e.constraint : '';
  }
  return undefined;
}
