import { fail, ok, type Result } from '../../../core/result/result.js';
import type { Deps } from '../../deps.js';

/** Remove a buyer from a company (quotes keep their record of who asked, with the buyer cleared). */
export async function removeBuyer(deps: Pick<Deps, 'companies'>, companyId: string, buyerId: string): Promise<Result<null, 'COMPANY_NOT_FOUND' | 'BUYER_NOT_FOUND'>> {
  if (!(await deps.companies.get(companyId))) return fail('COMPANY_NOT_FOUND', `there is no company ${companyId}`, { field: 'id' });
  if (!(await deps.companies.deleteBuyer(companyId, buyerId))) return fail('BUYER_NOT_FOUND', `company ${companyId} has no buyer ${buyerId}`, { field: 'buyerId' });
  return ok(null);
}
