import { methodUnavailableReason, type PaymentMethod, type UnavailableReason } from './payment-method.js';

export type SkippedMethod = { readonly id: string; readonly reason: UnavailableReason };
export type AvailableMethods = { readonly methods: PaymentMethod[]; readonly skipped: SkippedMethod[] };

/**
 * The methods a buyer is offered: those the market lists (in the market's order, each once) that
 * serve the buyer's country and can charge the checkout's currency. Ids the catalog does not know
 * are skipped with reason 'unknown' so that a typo in a market shows up instead of silently
 * hiding a method; known methods that do not fit are skipped with reason 'country' or 'currency'.
 * @example availableMethods({ marketMethods: ['card', 'ideal'], country: 'DE', currency: 'EUR' }, catalog)
 *   // { methods: [card], skipped: [{ id: 'ideal', reason: 'country' }] }
 */
export function availableMethods(
  input: { marketMethods: readonly string[]; country: string; currency: string },
  catalog: ReadonlyMap<string, PaymentMethod>,
): AvailableMethods {
  const methods: PaymentMethod[] = [];
  const skipped: SkippedMethod[] = [];
  const seen = new Set<string>();
  for (const id of input.marketMethods) {
    if (seen.has(id)) continue;
    seen.add(id);
    const method = catalog.get(id);
    if (!method) {
      skipped.push({ id, reason: 'unknown' });
      continue;
    }
    const reason = methodUnavailableReason(method, input.country, input.currency);
    if (reason) skipped.push({ id, reason });
    else methods.push(method);
  }
  return { methods, skipped };
}

/** Index a list of methods by id; a duplicate id is a bug in the catalog. */
export function indexMethods(methods: readonly PaymentMethod[]): ReadonlyMap<string, PaymentMethod> {
  const map = new Map<string, PaymentMethod>();
  for (const m of methods) {
    if (map.has(m.id)) throw new Error(`payment method ${m.id} is listed twice`);
    map.set(m.id, m);
  }
  return map;
}
