import { validateMarket } from '../../core/markets/validate-market.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { Orm } from '../../db/create-db.js';
import { createMarketRepository } from '../../db/repositories/market-repository.js';
import type { Deps } from '../deps.js';
import { toMarketView, toMarketWrite, type MarketView } from './market-record.js';

/**
 * Create or replace a market. A country belongs to one market: a market that would take a country
 * another market sells to is a CONFLICT naming both. Written in one transaction.
 */
export async function saveMarket(
  deps: Pick<Deps, 'database' | 'clock'> & Partial<Pick<Deps, 'referenceCache'>>,
  input: unknown,
): Promise<Result<MarketView, 'VALIDATION_FAILED' | 'CONFLICT'>> {
  const market = validateMarket(input);
  if (!market.ok) return market;
  const extra = input as { dutiesIncluded?: unknown; isDefault?: unknown; position?: unknown };
  if (extra.dutiesIncluded !== undefined && typeof extra.dutiesIncluded !== 'boolean') return fail('VALIDATION_FAILED', 'dutiesIncluded must be true or false', { field: 'dutiesIncluded' });
  if (extra.isDefault !== undefined && typeof extra.isDefault !== 'boolean') return fail('VALIDATION_FAILED', 'isDefault must be true or false', { field: 'isDefault' });
  if (extra.position !== undefined && (typeof extra.position !== 'number' || !Number.isInteger(extra.position) || extra.position < 0 || extra.position > 10_000)) {
    return fail('VALIDATION_FAILED', 'position must be a whole number from 0 to 10,000', { field: 'position' });
  }
  if (extra.dutiesIncluded === true && (market.value.incoterm !== 'DDP' || !market.value.taxInclusive)) {
    return fail('VALIDATION_FAILED', 'dutiesIncluded needs a DDP market that shows tax-inclusive prices', { field: 'dutiesIncluded' });
  }
  return deps.database.orm.transaction(async (tx) => {
    const repo = createMarketRepository(tx as unknown as Orm);
    const clash = await repo.overlapping(market.value.id, [...market.value.countries]);
    if (clash.length > 0) {
      const taken = clash.map((c) => `${c.countries.filter((x) => market.value.countries.includes(x)).join(', ')} (market ${c.id})`).join('; ');
      return fail('CONFLICT', `these countries already belong to another market: ${taken}`, { field: 'countries' });
    }
    const saved = await repo.upsert(
      toMarketWrite(market.value, { dutiesIncluded: extra.dutiesIncluded === true, isDefault: extra.isDefault === true, position: (extra.position as number | undefined) ?? 0 }),
      deps.clock(),
    );
    if (extra.isDefault === true) await repo.setDefault(saved.id);
    deps.referenceCache?.clear();
    return ok(toMarketView({ ...saved, isDefault: extra.isDefault === true || saved.isDefault }));
  });
}
