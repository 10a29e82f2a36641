import { isIsoDate } from '../../core/calendar/iso-date.js';
import { formatAmount, parseMoney } from '../../core/money/money.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import type { Orm } from '../../db/create-db.js';
import { createMarketRepository } from '../../db/repositories/market-repository.js';
import type { Deps } from '../deps.js';

export type PriceListEntryView = { sku: string; price: { amount: string; currency: string }; effectiveFrom: string; effectiveTo: string | null };

/**
 * Set a market price for a SKU between two dates (`effectiveTo` exclusive, null for open-ended).
 * The price is in the market's currency and is shown as it is (no conversion, rounding or charm).
 * Two entries for one SKU may not overlap in time (CONFLICT), so a price on a date is never ambiguous.
 */
export async function addPriceListEntry(deps: Pick<Deps, 'database'>, marketId: string, input: unknown): Promise<Result<PriceListEntryView, 'VALIDATION_FAILED' | 'NOT_FOUND' | 'CONFLICT'>> {
  const issues: FieldIssue[] = [];
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const sku = typeof body.sku === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(body.sku) ? body.sku : undefined;
  if (!sku) issues.push({ field: 'sku', message: 'must be 1 to 64 letters, digits, dots, dashes or underscores' });
  const from = typeof body.effectiveFrom === 'string' && isIsoDate(body.effectiveFrom) ? body.effectiveFrom : undefined;
  if (!from) issues.push({ field: 'effectiveFrom', message: 'must be a date as YYYY-MM-DD' });
  const to = body.effectiveTo === undefined || body.effectiveTo === null ? null : typeof body.effectiveTo === 'string' && isIsoDate(body.effectiveTo) ? body.effectiveTo : undefined;
  if (to === undefined) issues.push({ field: 'effectiveTo', message: 'must be a date as YYYY-MM-DD or null' });
  else if (to !== null && from && to <= from) issues.push({ field: 'effectiveTo', message: 'must be after effectiveFrom' });
  const price = body.price as { amount?: unknown; currency?: unknown } | undefined;
  if (typeof price !== 'object' || price === null || typeof price.amount !== 'string' || typeof price.currency !== 'string') issues.push({ field: 'price', message: 'must be {"amount": "19.90", "currency": "EUR"}' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });

  const until: string | null = to ?? null;
  return deps.database.orm.transaction(async (tx) => {
    const repo = createMarketRepository(tx as unknown as Orm);
    const market = await repo.get(marketId);
    if (!market) return fail('NOT_FOUND', `no market "${marketId}"`, { field: 'marketId' });
    if (price!.currency !== market.currency) return fail('VALIDATION_FAILED', `the price must be in the market's currency, ${market.currency}`, { field: 'price.currency' });
    const money = parseMoney(price!.amount as string, market.currency);
    if (!money.ok) return fail('VALIDATION_FAILED', money.message, { field: 'price.amount' });
    if (money.value.amount < 0) return fail('VALIDATION_FAILED', 'must not be negative', { field: 'price.amount' });
    const existing = await repo.priceListEntries(marketId, sku!);
    const clash = existing.find((e) => (e.effectiveTo === null || e.effectiveTo > from!) && (until === null || until > e.effectiveFrom));
    if (clash) return fail('CONFLICT', `${sku} already has a price from ${clash.effectiveFrom} to ${clash.effectiveTo ?? 'open'} in market ${marketId}`, { field: 'effectiveFrom' });
    await repo.addPriceListEntry({ marketId, sku: sku!, amountMinor: money.value.amount, currency: market.currency, effectiveFrom: from!, effectiveTo: until });
    return ok({ sku: sku!, price: { amount: formatAmount(money.value), currency: market.currency }, effectiveFrom: from!, effectiveTo: until });
  });
}

/** A market's price list, optionally for one SKU, by SKU and start date. */
export async function listPriceList(deps: Pick<Deps, 'markets'>, marketId: string, sku?: string): Promise<Result<PriceListEntryView[], 'NOT_FOUND'>> {
  const market = await deps.markets.get(marketId);
  if (!market) return fail('NOT_FOUND', `no market "${marketId}"`, { field: 'marketId' });
  const rows = await deps.markets.priceListEntries(marketId, sku);
  return ok(rows.map((r) => ({ sku: r.sku, price: { amount: formatAmount({ amount: r.amountMinor, currency: r.currency }), currency: r.currency }, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo })));
}
