import { mergeCompanyPatch, parseCompanyInput } from '../../../core/b2b/company-input.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import type { Orm } from '../../../db/create-db.js';
import { createCompanyRepository } from '../../../db/repositories/company-repository.js';
import type { CompanyWriteDeps } from './create-company.js';
import { COMPANY_REFS, toCompanyFields, toCompanyView, toCompanyWrite, type CompanyView } from './company-view.js';

/**
 * Change a company: the fields given replace the stored ones (null clears an optional field), and the
 * result is checked whole, so a new country rechecks the tax number and a new VAT number the EORI.
 * The row is locked for the change; a refusal writes nothing.
 */
export async function updateCompany(deps: CompanyWriteDeps, id: string, patch: unknown): Promise<Result<CompanyView, 'VALIDATION_FAILED' | 'COMPANY_NOT_FOUND'>> {
  return deps.database.orm.transaction(async (tx) => {
    const repo = createCompanyRepository(tx as unknown as Orm);
    const current = await repo.lock(id);
    if (!current) return fail('COMPANY_NOT_FOUND', `there is no company ${id}`, { field: 'id' });
    const merged = mergeCompanyPatch(toCompanyFields(current), patch);
    if (!merged.ok) return merged;
    const parsed = parseCompanyInput(merged.value, COMPANY_REFS, { allowBuyers: false });
    if (!parsed.ok) return parsed;
    if (parsed.value.priceList !== null && parsed.value.priceList !== current.priceList && !(await repo.priceList(parsed.value.priceList))) {
      return fail('VALIDATION_FAILED', `priceList: there is no price list ${parsed.value.priceList}`, { field: 'priceList' });
    }
    const saved = await repo.update(id, { ...toCompanyWrite(parsed.value), updatedAt: deps.clock() });
    return ok(toCompanyView(saved!, await repo.buyers(id)));
  });
}
