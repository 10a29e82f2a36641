import type { Deps } from '../../deps.js';

/** What the quote services read and write. */
export type QuoteServiceDeps = Pick<
  Deps,
  'database' | 'clock' | 'quotes' | 'companies' | 'distributorQuotes' | 'carts' | 'warehouses' | 'markets' | 'referenceCache' | 'orders' | 'store' | 'registrations'
>;

/** The deps clock's day (UTC), YYYY-MM-DD. */
export const today = (deps: Pick<Deps, 'clock'>): string => deps.clock().toISOString().slice(0, 10);
