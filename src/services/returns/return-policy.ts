import { ok, type Result } from '../../core/result/result.js';
import { DEFAULT_RETURN_POLICY, isShippingRefundPolicy, type ReturnPolicy } from '../../core/returns/return-policy.js';
import { parseReturnPolicyInput } from '../../core/returns/return-input.js';
import { returnRepository, type ReturnDeps } from './return-support.js';

export type ReturnPolicyView = ReturnPolicy & { isDefault: boolean; updatedAt: string | null };

/** The store's return policy (the default until the merchant sets one). */
export async function getReturnPolicy(deps: Pick<ReturnDeps, 'database'>): Promise<ReturnPolicy> {
  const row = await returnRepository(deps).policy();
  return row && isShippingRefundPolicy(row.refundShipping) ? { refundShipping: row.refundShipping } : DEFAULT_RETURN_POLICY;
}

export async function getReturnPolicyView(deps: Pick<ReturnDeps, 'database'>): Promise<ReturnPolicyView> {
  const row = await returnRepository(deps).policy();
  return row && isShippingRefundPolicy(row.refundShipping) ? { refundShipping: row.refundShipping, isDefault: false, updatedAt: row.updatedAt.toISOString() } : { ...DEFAULT_RETURN_POLICY, isDefault: true, updatedAt: null };
}

/** Set the store's return policy: `{ refundShipping: "never" | "shop_at_fault" | "always" }`. */
export async function putReturnPolicy(deps: Pick<ReturnDeps, 'database' | 'clock'>, input: unknown): Promise<Result<ReturnPolicyView, 'VALIDATION_FAILED'>> {
  const parsed = parseReturnPolicyInput(input);
  if (!parsed.ok) return parsed;
  await returnRepository(deps).savePolicy(parsed.value.refundShipping, deps.clock());
  return ok(await getReturnPolicyView(deps));
}
