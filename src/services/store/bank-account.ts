import { checkBankDetails } from '../../core/b2b/bank-details.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { IBAN_LENGTHS } from '../../data/banking/iban-registry.js';
import type { Deps } from '../deps.js';

/** A bank account as printed on a pro forma invoice: the IBAN compact and in groups of four. */
export type BankAccount = { accountHolder: string; iban: string; ibanPrinted: string; bic: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Check `{ accountHolder, iban, bic }`: the holder's name (2 to 140 characters, no control
 * characters), the IBAN (ISO 13616: the registry's length for its country, MOD 97-10 check digits)
 * and the BIC (ISO 9362) of a bank in the IBAN's country. Failures name `<prefix>.<field>`
 * (`payTo.iban`), or the field alone without a prefix.
 * @example parseBankAccount({ accountHolder: 'Hội An Atelier', iban: 'NL91 ABNA 0417 1643 00', bic: 'ABNANL2A' })
 */
export function parseBankAccount(input: unknown, prefix?: string): Result<BankAccount, 'VALIDATION_FAILED'> {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  if (!isRecord(input)) return fail('VALIDATION_FAILED', 'a bank account is { accountHolder, iban, bic }', { field: prefix ?? 'body' });
  for (const key of Object.keys(input)) if (!['accountHolder', 'iban', 'bic'].includes(key)) return fail('VALIDATION_FAILED', `${key} is not a field of a bank account`, { field: at(key) });
  const holder = input.accountHolder;
  if (typeof holder !== 'string' || holder.trim().length < 2 || holder.length > 140 || /[\u0000-\u001f\u007f]/.test(holder)) {
    return fail('VALIDATION_FAILED', 'the account holder is the name on the account, 2 to 140 characters', { field: at('accountHolder') });
  }
  const bank = checkBankDetails({ iban: input.iban, bic: input.bic }, IBAN_LENGTHS);
  if (!bank.ok) return fail('VALIDATION_FAILED', bank.message, { field: at(bank.field ?? 'iban') });
  return ok({ accountHolder: holder.trim(), iban: bank.value.iban.compact, ibanPrinted: bank.value.iban.printed, bic: bank.value.bic.bic });
}

/** The store's own bank account, which distributors pay into, or null while none is set. */
export async function getStoreBankAccount(deps: Pick<Deps, 'store'>): Promise<BankAccount | null> {
  const row = await deps.store.bankAccount();
  return row ? { accountHolder: row.accountHolder, iban: row.iban, ibanPrinted: row.iban.replace(/(.{4})(?=.)/g, '$1 '), bic: row.bic } : null;
}
