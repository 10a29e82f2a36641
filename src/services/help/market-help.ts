import { isIsoDate } from '../../core/calendar/iso-date.js';
import { isCountry } from '../../core/geo/countries.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { Deps } from '../deps.js';
import { latestFxTable } from '../checkout/latest-fx.js';
import type { MarketView } from '../markets/market-record.js';
import { getReturnPolicy } from '../returns/return-policy.js';
import { deliveryFacts, type HelpDeliveryService } from './delivery-facts.js';
import { importFacts, type ImportFacts } from './import-facts.js';
import { returnFacts, type HelpReturns } from './return-facts.js';

export type { HelpAmount, HelpDeMinimis, HelpFee, HelpFlatDuty, HelpRule, HelpScheme, HelpTax, ImportFacts, ImportRuleFacts } from './import-facts.js';
export type { HelpDeliveryService } from './delivery-facts.js';
export type { HelpRefundCase, HelpReturns } from './return-facts.js';

/** Everything the help page of one market and country says, from the rules and the store's data on one date. */
export type MarketHelp = {
  date: string;
  market: string;
  country: string;
  currency: string;
  incoterm: 'DDP' | 'DAP';
  taxInclusive: boolean;
  dutiesIncluded: boolean;
  /** The rules version the facts come from. */
  rulesVersion: string;
  /** Null when the rules have no profile for the country on the date. */
  imports: ImportFacts | null;
  /** Null when no price can be converted into the market's currency. */
  delivery: HelpDeliveryService[] | null;
  returns: HelpReturns;
};

/**
 * What a buyer in `country` needs to know before ordering in `market` on `date` (YYYY-MM-DD): the
 * import rules in effect and those already scheduled (landed-cost rules, the store's registrations
 * for low-value schemes, amounts also in the market's currency at the latest ECB rate on or before
 * the date, as the storefront converts prices), the shipping services reaching the country with
 * their transit days and lowest price, and the return policy with the refund rules for the
 * country. Reads only; a bad country or date is VALIDATION_FAILED naming the field, a country the
 * market does not sell to is NOT_FOUND (field `country`).
 */
export async function describeMarketHelp(
  deps: Pick<Deps, 'quotes' | 'registrations' | 'markets' | 'referenceCache' | 'warehouses' | 'shipping' | 'database'>,
  input: { market: MarketView; country: string; date: string },
): Promise<Result<MarketHelp, 'VALIDATION_FAILED' | 'NOT_FOUND'>> {
  const { market, country, date } = input;
  if (!isCountry(country)) return fail('VALIDATION_FAILED', 'country must be an ISO 3166-1 alpha-2 code', { field: 'country' });
  if (!isIsoDate(date)) return fail('VALIDATION_FAILED', 'date must be YYYY-MM-DD', { field: 'date' });
  if (!market.countries.includes(country)) return fail('NOT_FOUND', `market ${market.id} does not sell to ${country}`, { field: 'country' });

  const [rules, fx, registered, policy, warehouses] = await Promise.all([
    deps.quotes.rules.get(),
    latestFxTable(deps, date),
    // The same cache key as the cart's quote, cleared when a registration changes in this process.
    deps.referenceCache.get(`registrations:${date}`, () => deps.registrations.validOn(date)),
    getReturnPolicy(deps),
    deps.referenceCache.get('warehouses', () => deps.warehouses.list()),
  ]);
  const imports = importFacts(rules, { country, date, marketCurrency: market.currency, registrations: registered.map((r) => r.scheme) }, fx);
  const delivery = await deliveryFacts(deps, { market, country, date }, fx);
  const returns = returnFacts(rules, {
    country,
    territory: imports?.territory ?? country,
    incoterm: market.incoterm,
    date,
    refundShipping: policy.refundShipping,
    warehouseCountries: warehouses.filter((w) => w.active && w.markets.includes(market.id)).map((w) => w.country),
    schemes: imports?.current.schemes ?? [],
  });
  return ok({
    date,
    market: market.id,
    country,
    currency: market.currency,
    incoterm: market.incoterm,
    taxInclusive: market.taxInclusive,
    dutiesIncluded: market.dutiesIncluded,
    rulesVersion: rules.version,
    imports,
    delivery,
    returns,
  });
}
