import { resolveMarket, type MarketSignals } from '../../core/markets/resolve-market.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { MarketRepository } from '../../db/repositories/market-repository.js';
import { toMarket, toMarketView, type MarketView } from './market-record.js';

/** The buyer's market and language from the request's signals, over the stored markets. */
export async function resolveBuyerMarket(
  deps: { markets: MarketRepository },
  signals: MarketSignals,
): Promise<Result<{ market: MarketView; country: string; locale: string; source: string }, 'MARKET_NOT_FOUND' | 'VALIDATION_FAILED'>> {
  const rows = await deps.markets.list();
  if (rows.length === 0) return fail('MARKET_NOT_FOUND', 'no markets are set up yet; run "landfall seed" or PUT /v1/admin/markets/{id}');
  const markets = rows.map(toMarket);
  const defaultId = rows.find((r) => r.isDefault)?.id ?? rows[0]!.id;
  const r = resolveMarket(markets, defaultId, signals);
  if (!r.ok) return r;
  const row = rows.find((x) => x.id === r.value.market.id)!;
  return ok({ market: toMarketView(row), country: r.value.country, locale: r.value.locale, source: r.value.source });
}
