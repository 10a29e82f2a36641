import { formatAmount } from '../../core/money/money.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { riskCategoryForHs } from '../../data/fraud/references.js';
import type { FrozenCart } from './cart-quote.js';
import type { CartView } from './carts.js';

/**
 * What the storefront knows about the buyer's session and passes at checkout for fraud screening:
 * { ip, device, session, card, customer, billing } in the shape of a risk order (see
 * src/core/fraud/risk-order.ts). Every part is optional; the risk assessment states what was missing.
 */
export type RiskContext = Record<string, unknown>;

const PARTS = ['ip', 'device', 'session', 'card', 'customer', 'billing'];
const MAX_BYTES = 8_192;

export function parseRiskContext(value: unknown): Result<RiskContext | undefined, 'VALIDATION_FAILED'> {
  if (value === undefined || value === null) return ok(undefined);
  if (typeof value !== 'object' || Array.isArray(value)) return fail('VALIDATION_FAILED', 'risk must be an object like {"ip": {...}, "device": {...}}', { field: 'risk' });
  for (const key of Object.keys(value)) if (!PARTS.includes(key)) return fail('VALIDATION_FAILED', `risk.${key} is not a part of the risk context (${PARTS.join(', ')})`, { field: `risk.${key}` });
  if (JSON.stringify(value).length > MAX_BYTES) return fail('VALIDATION_FAILED', `risk is larger than ${MAX_BYTES} bytes`, { field: 'risk' });
  return ok(value as RiskContext);
}

/** The order a checkout is about to place, as the risk assessment reads it. */
export function riskOrderForCheckout(c: { orderId: string; at: Date; view: CartView; frozen: FrozenCart; paymentMethod: string | null; context: RiskContext | undefined }): Record<string, unknown> {
  const { view, frozen, context } = c;
  const address = view.address;
  const chosen = view.deliveryOptions.find((o) => o.chosen);
  const ctxCustomer = (context?.customer ?? {}) as Record<string, unknown>;
  const shipping = address && { name: address.name, line1: address.lines[0], city: address.city, postalCode: address.postalCode, country: address.country, service: chosen?.shipments[0]?.service ?? null };
  return {
    id: c.orderId,
    createdAt: c.at.toISOString(),
    market: view.market,
    currency: view.currency,
    total: formatAmount({ amount: frozen.totals.payableAtCheckout, currency: view.currency }),
    items: frozen.lines.map((l) => ({ sku: l.line.sku, title: l.line.title, category: riskCategoryForHs(l.variant.hsCode), quantity: l.line.quantity, unitPrice: formatAmount({ amount: l.unitMinor, currency: view.currency }) })),
    customer: { ...ctxCustomer, email: view.email, name: (ctxCustomer.name as string | undefined) ?? address?.name ?? null, phone: (ctxCustomer.phone as string | undefined) ?? address?.phone ?? null },
    ...(context?.billing ? { billing: context.billing } : {}),
    shipping,
    payment: { method: c.paymentMethod, ...(context?.card ? { card: context.card } : {}), attempt: 1, declinedBefore: 0 },
    ...(context?.ip ? { ip: context.ip } : {}),
    ...(context?.device ? { device: context.device } : {}),
    ...(context?.session ? { session: context.session } : {}),
  };
}
