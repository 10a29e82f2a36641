import { parseCompanyInput, type BuyerInput } from '../../../core/b2b/company-input.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import type { Orm } from '../../../db/create-db.js';
import { createCompanyRepository, type CompanyRepository } from '../../../db/repositories/company-repository.js';
import type { Deps } from '../../deps.js';
import { COMPANY_REFS, toCompanyView, toCompanyWrite, uniqueViolation, type CompanyView } from './company-view.js';

export type CompanyWriteDeps = Pick<Deps, 'database' | 'clock'>;

/** Buyers whose email another buyer already has (case-insensitive), as CONFLICT naming `${field}[i].email`. */
export async function takenBuyerEmail(repo: CompanyRepository, buyers: readonly BuyerInput[], field: (i: number) => string): Promise<Result<null, 'CONFLICT'>> {
  const taken = await repo.buyersByEmail(buyers.map((b) => b.email));
  if (taken.length === 0) return ok(null);
  const lower = new Set(taken.map((t) => t.email.toLowerCase()));
  const details = buyers.flatMap((b, i) => (lower.has(b.email.toLowerCase()) ? [{ field: field(i), message: `${b.email} is already a buyer of a company` }] : []));
  return fail('CONFLICT', details.map((d) => `${d.field}: ${d.message}`).join('; '), { field: details[0]!.field, details });
}

/**
 * Create a distributor company with its buyers: every field checked (tax number by country, EORI,
 * IBAN and BIC), the price list must exist, and no buyer email may belong to another buyer. One
 * transaction: a refusal writes nothing.
 */
export async function createCompany(deps: CompanyWriteDeps, input: unknown): Promise<Result<CompanyView, 'VALIDATION_FAILED' | 'CONFLICT'>> {
  const parsed = parseCompanyInput(input, COMPANY_REFS, { allowBuyers: true });
  if (!parsed.ok) return parsed;
  const company = parsed.value;
  const at = deps.clock();
  try {
    return await deps.database.orm.transaction(async (tx) => {
      const repo = createCompanyRepository(tx as unknown as Orm);
      if (company.priceList !== null && !(await repo.priceList(company.priceList))) {
        return fail('VALIDATION_FAILED', `priceList: there is no price list ${company.priceList}`, { field: 'priceList' });
      }
      const taken = await takenBuyerEmail(repo, company.buyers, (i) => `buyers[${i}].email`);
      if (!taken.ok) return taken;
      const row = await repo.insert({ ...toCompanyWrite(company), createdAt: at, updatedAt: at });
      await repo.insertBuyers(company.buyers.map((b) => ({ ...b, companyId: row.id, createdAt: at })));
      return ok(toCompanyView(row, await repo.buyers(row.id)));
    });
  } catch (error) {
    if (uniqueViolation(error) === 'company_buyers_email_idx') return fail('CONFLICT', 'a buyer email was taken by another company meanwhile', { field: 'buyers' });
    throw error;
  }
}
