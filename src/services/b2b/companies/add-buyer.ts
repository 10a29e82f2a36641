import { checkBuyer, failed, MAX_BUYERS } from '../../../core/b2b/company-input.js';
import { fail, ok, type FieldIssue, type Result } from '../../../core/result/result.js';
import type { Orm } from '../../../db/create-db.js';
import { createCompanyRepository } from '../../../db/repositories/company-repository.js';
import { takenBuyerEmail, type CompanyWriteDeps } from './create-company.js';
import { toBuyerView, uniqueViolation, type BuyerView } from './company-view.js';

/**
 * Add a buyer to a company: name, email (not already another buyer's, of any company), phone, role
 * (`buyer` or `approver`). At most MAX_BUYERS per company.
 */
export async function addBuyer(deps: CompanyWriteDeps, companyId: string, input: unknown): Promise<Result<BuyerView, 'VALIDATION_FAILED' | 'COMPANY_NOT_FOUND' | 'CONFLICT'>> {
  const issues: FieldIssue[] = [];
  const buyer = checkBuyer(input, '', (field, message) => void issues.push({ field: field.replace(/^\./, '') || 'body', message }));
  if (!buyer || issues.length > 0) return failed(issues.length > 0 ? issues : [{ field: 'body', message: 'is not a buyer' }]);
  try {
    return await deps.database.orm.transaction(async (tx) => {
      const repo = createCompanyRepository(tx as unknown as Orm);
      if (!(await repo.lock(companyId))) return fail('COMPANY_NOT_FOUND', `there is no company ${companyId}`, { field: 'id' });
      if ((await repo.buyers(companyId)).length >= MAX_BUYERS) return fail('CONFLICT', `a company has at most ${MAX_BUYERS} buyers: remove one first`, { field: 'email' });
      const taken = await takenBuyerEmail(repo, [buyer], () => 'email');
      if (!taken.ok) return taken;
      const [row] = await repo.insertBuyers([{ ...buyer, companyId, createdAt: deps.clock() }]);
      return ok(toBuyerView(row!));
    });
  } catch (error) {
    if (uniqueViolation(error) === 'company_buyers_email_idx') return fail('CONFLICT', `${buyer.email} is already a buyer of a company`, { field: 'email' });
    throw error;
  }
}
