import type { PriceListItemRow, PriceListRow } from '../../../db/repositories/company-repository.js';

export type PriceListItemView = { sku: string; variantId: string; minOrderQuantity: number; orderMultiple: number; tiers: Array<{ minQuantity: number; unitPriceMinor: number }> };
export type PriceListSummaryView = { code: string; name: string; currency: string; validFrom: string; validTo: string | null; note: string | null; itemCount: number; createdAt: string; updatedAt: string };
export type PriceListView = PriceListSummaryView & { items: PriceListItemView[] };

export function toPriceListSummary(row: PriceListRow, itemCount: number): PriceListSummaryView {
  return { code: row.code, name: row.name, currency: row.currency, validFrom: row.validFrom, validTo: row.validTo, note: row.note, itemCount, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export function toPriceListView(row: PriceListRow, items: readonly PriceListItemRow[]): PriceListView {
  return { ...toPriceListSummary(row, items.length), items: items.map((i) => ({ sku: i.sku, variantId: i.variantId, minOrderQuantity: i.minOrderQuantity, orderMultiple: i.orderMultiple, tiers: i.tiers })) };
}
