import { fail, ok, type Result } from '../../../core/result/result.js';
import type { Deps } from '../../deps.js';
import { toPriceListSummary, toPriceListView, type PriceListSummaryView, type PriceListView } from './price-list-view.js';

/** Every wholesale price list with its number of items, by code. */
export async function listPriceLists(deps: Pick<Deps, 'companies'>): Promise<PriceListSummaryView[]> {
  return (await deps.companies.priceLists()).map((row) => toPriceListSummary(row, row.itemCount));
}

/** A price list with its items by SKU. */
export async function getPriceList(deps: Pick<Deps, 'companies'>, code: string): Promise<Result<PriceListView, 'PRICE_LIST_NOT_FOUND'>> {
  const row = await deps.companies.priceList(code);
  if (!row) return fail('PRICE_LIST_NOT_FOUND', `there is no price list ${code}`, { field: 'code' });
  return ok(toPriceListView(row, await deps.companies.priceListItems(code)));
}
