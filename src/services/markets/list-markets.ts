import type { MarketRepository } from '../../db/repositories/market-repository.js';
import { toMarketView, type MarketView } from './market-record.js';

/** Every market, in display order. */
export async function listMarkets(deps: { markets: MarketRepository }): Promise<MarketView[]> {
  return (await deps.markets.list()).map(toMarketView);
}
