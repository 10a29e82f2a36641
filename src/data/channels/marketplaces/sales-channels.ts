/**
 * The sales channels whose buyers Landfall writes to: its own storefront and distributors (b2b).
 * A marketplace keeps the conversation with its buyers (and often relays their address), so its
 * orders get no buyer email from Landfall.
 */
export function emailsBuyers(salesChannel: string): boolean {
  return salesChannel === 'storefront' || salesChannel === 'b2b';
}

/**
 * The tax scheme written on an order line whose tax the marketplace collected and remits as the
 * deemed supplier: not the merchant's to declare, so no tax return of the merchant's schemes
 * (IOSS, UK VAT, ...) counts it, and customs documents print no number of the merchant's for it.
 */
export const MARKETPLACE_TAX_SCHEME = 'MARKETPLACE';
