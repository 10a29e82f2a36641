import type { Deps } from '../deps.js';

/** What carts, checkout and orders use. */
export type CheckoutDeps = Pick<
  Deps,
  'database' | 'clock' | 'carts' | 'orders' | 'markets' | 'store' | 'warehouses' | 'shipping' | 'inventory' | 'quotes' | 'payments' | 'reservationTtlMinutes' | 'cartTtlDays' | 'referenceCache' | 'risk' | 'screening' | 'registrations' | 'goodsRestrictions'
>;
