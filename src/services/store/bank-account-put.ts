import { fail, ok, type Result } from '../../core/result/result.js';
import type { Deps } from '../deps.js';
import { parseBankAccount, type BankAccount } from './bank-account.js';

/**
 * Set the store's bank account, which pro forma invoices print and distributors pay into. The
 * whole account is checked first (`accountHolder`, `iban`, `bic`, each refusal naming its field);
 * a refusal changes nothing. A store not set up yet (`landfall seed`) is refused naming `store`.
 */
export async function putStoreBankAccount(deps: Pick<Deps, 'store' | 'clock'>, input: unknown): Promise<Result<BankAccount, 'VALIDATION_FAILED'>> {
  const parsed = parseBankAccount(input);
  if (!parsed.ok) return parsed;
  const a = parsed.value;
  const saved = await deps.store.setBankAccount({ accountHolder: a.accountHolder, iban: a.iban, bic: a.bic }, deps.clock());
  if (!saved) return fail('VALIDATION_FAILED', 'the store is not set up yet: run `landfall seed` first', { field: 'store' });
  return ok(a);
}
