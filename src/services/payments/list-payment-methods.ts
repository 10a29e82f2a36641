import { isCountry } from '../../core/geo/countries.js';
import { availableMethods } from '../../core/payments/available-methods.js';
import { describeUnavailable, type PaymentMethod, type UnavailableReason } from '../../core/payments/payment-method.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { PAYMENT_METHOD_CATALOG } from '../../data/payments/payment-methods.js';
import type { MarketRepository, MarketRow } from '../../db/repositories/market-repository.js';

export type MethodView = Pick<PaymentMethod, 'id' | 'name' | 'kind' | 'flow' | 'manualCapture'>;
export type SkippedView = { id: string; reason: UnavailableReason; message: string };
export type PaymentMethodsAnswer = { market: string; country: string; currency: string; methods: MethodView[]; skipped: SkippedView[] };

/** The methods a market offers a buyer in `country`, with those it lists but cannot offer and why. */
export function methodsOffered(market: Pick<MarketRow, 'paymentMethods' | 'currency'>, country: string): { methods: PaymentMethod[]; skipped: SkippedView[] } {
  const r = availableMethods({ marketMethods: market.paymentMethods, country, currency: market.currency }, PAYMENT_METHOD_CATALOG);
  return {
    methods: r.methods,
    skipped: r.skipped.map((s) => ({ ...s, message: describeUnavailable(s.id, s.reason, country, market.currency, PAYMENT_METHOD_CATALOG.get(s.id)?.name) })),
  };
}

/**
 * The payment methods for a buyer at checkout (public: the storefront asks before showing the
 * choice). `market` defaults to the market that sells to `country`; `country` defaults to the
 * market's first country. Both missing, or a country the market does not sell to, is
 * VALIDATION_FAILED naming the field.
 */
export async function listPaymentMethods(deps: { markets: MarketRepository }, query: { market?: string; country?: string }): Promise<Result<PaymentMethodsAnswer, 'VALIDATION_FAILED' | 'MARKET_NOT_FOUND'>> {
  const country = query.country?.toUpperCase();
  if (country !== undefined && !isCountry(country)) return fail('VALIDATION_FAILED', 'country must be an ISO 3166-1 alpha-2 code like NL', { field: 'country' });
  if (query.market === undefined && country === undefined) return fail('VALIDATION_FAILED', 'give the buyer country (and optionally the market)', { field: 'country' });
  let market: MarketRow | undefined;
  if (query.market !== undefined) {
    market = await deps.markets.get(query.market);
    if (!market) return fail('MARKET_NOT_FOUND', `no market "${query.market}"`, { field: 'market' });
  } else {
    market = (await deps.markets.list()).find((m) => m.countries.includes(country!));
    if (!market) return fail('MARKET_NOT_FOUND', `no market sells to ${country}`, { field: 'country' });
  }
  const buyerCountry = country ?? market.countries[0]!;
  if (!market.countries.includes(buyerCountry)) return fail('VALIDATION_FAILED', `market ${market.id} does not sell to ${buyerCountry} (it sells to ${market.countries.join(', ')})`, { field: 'country' });
  const offered = methodsOffered(market, buyerCountry);
  return ok({
    market: market.id,
    country: buyerCountry,
    currency: market.currency,
    methods: offered.methods.map(({ id, name, kind, flow, manualCapture }) => ({ id, name, kind, flow, manualCapture })),
    skipped: offered.skipped,
  });
}
