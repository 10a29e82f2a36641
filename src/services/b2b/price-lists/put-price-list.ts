import { fail, ok, type FieldIssue, type Result } from '../../../core/result/result.js';
import type { Orm } from '../../../db/create-db.js';
import { createCompanyRepository } from '../../../db/repositories/company-repository.js';
import type { Deps } from '../../deps.js';
import { parsePriceListInput } from './price-list-input.js';
import { toPriceListView, type PriceListView } from './price-list-view.js';

/**
 * Create or replace a wholesale price list whole: its header and items, SKUs resolved to variants
 * (an unknown SKU is refused at `items[i].sku`). One transaction: a refusal changes nothing, and the
 * items not in the body leave the list.
 */
export async function putPriceList(deps: Pick<Deps, 'database' | 'clock'>, code: string, input: unknown): Promise<Result<{ created: boolean; priceList: PriceListView }, 'VALIDATION_FAILED'>> {
  const parsed = parsePriceListInput(code, input);
  if (!parsed.ok) return parsed;
  const list = parsed.value;
  return deps.database.orm.transaction(async (tx) => {
    const repo = createCompanyRepository(tx as unknown as Orm);
    const ids = await repo.variantIdsBySku(list.items.map((i) => i.sku));
    const unknown: FieldIssue[] = list.items.flatMap((item, i) => (ids.has(item.sku) ? [] : [{ field: `items[${i}].sku`, message: `no product variant has SKU ${item.sku}` }]));
    if (unknown.length > 0) return fail('VALIDATION_FAILED', unknown.map((u) => `${u.field}: ${u.message}`).join('; '), { field: unknown[0]!.field, details: unknown });
    const existed = (await repo.priceList(list.code)) !== undefined;
    const row = await repo.putPriceList(
      { code: list.code, name: list.name, currency: list.currency, validFrom: list.validFrom, validTo: list.validTo, note: list.note },
      list.items.map(({ sku, ...item }) => ({ ...item, variantId: ids.get(sku)! })),
      deps.clock(),
    );
    return ok({ created: !existed, priceList: toPriceListView(row, await repo.priceListItems(list.code)) });
  });
}
