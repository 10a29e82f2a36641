import type { PriceRules } from '../pricing/price-rules.js';

/**
 * A market: where a merchant sells under one set of terms. `locales` are BCP 47 language tags the
 * storefront speaks there, the first being the default; `taxInclusive` says whether shown prices
 * include the import tax (as EU, UK and AU buyers expect) or not (US, CA).
 */
export type Market = {
  id: string;
  name: string;
  countries: readonly string[];
  currency: string;
  locales: readonly string[];
  incoterm: 'DDP' | 'DAP';
  taxInclusive: boolean;
  paymentMethods: readonly string[];
  pricing: PriceRules;
};
