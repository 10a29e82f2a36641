import type { Deps } from '../../../services/deps.js';
import { trackingOfOrder, type OrderTrackingView } from '../../../services/carriers/shipment-tracking.js';
import type { OrderView } from '../../../services/orders/order-view.js';
import { returnsOfOrder } from '../../../services/returns/request-return.js';
import type { OrderReturnsSummary } from '../../../web/storefront/render-return-parts.js';

/** The buyer's returns for the order page, of the order the lookup found (the email as the buyer gave it, for the form). */
async function orderReturnsForPage(deps: Deps, orderId: string, email: unknown): Promise<OrderReturnsSummary> {
  const r = await returnsOfOrder(deps, orderId);
  return { email: String(email).trim(), items: r.items, returnable: r.returnable };
}

/** What the order page shows beside the order the lookup found: the carriers' tracking and the buyer's returns. */
export async function orderPageExtras(deps: Deps, order: OrderView, email: unknown): Promise<{ tracking: OrderTrackingView; returns: OrderReturnsSummary }> {
  const [tracking, returns] = await Promise.all([trackingOfOrder(deps, order), orderReturnsForPage(deps, order.id, email)]);
  return { tracking, returns };
}
