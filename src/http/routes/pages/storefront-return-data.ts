import type { Deps } from '../../../services/deps.js';
import { listBuyerReturns } from '../../../services/returns/request-return.js';
import type { OrderReturnsSummary } from '../../../web/storefront/render-return-parts.js';

/** The buyer's returns for the order page (number and email, as the lookup was made), or undefined when the lookup fails. */
export async function orderReturnsForPage(deps: Deps, number: string, email: unknown): Promise<OrderReturnsSummary | undefined> {
  const r = await listBuyerReturns(deps, number, email);
  if (!r.ok) return undefined;
  return { email: String(email).trim(), items: r.value.items, returnable: r.value.returnable };
}
