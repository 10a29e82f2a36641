import { fail, ok, type Result } from '../../../core/result/result.js';
import type { Deps } from '../../deps.js';
import { toCompanyView, type CompanyView } from './company-view.js';

/** A company with its buyers and bank details (the IBAN also printed in groups of four). */
export async function getCompany(deps: Pick<Deps, 'companies'>, id: string): Promise<Result<CompanyView, 'COMPANY_NOT_FOUND'>> {
  const row = await deps.companies.get(id);
  if (!row) return fail('COMPANY_NOT_FOUND', `there is no company ${id}`, { field: 'id' });
  return ok(toCompanyView(row, await deps.companies.buyers(id)));
}
