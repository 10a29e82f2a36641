import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Position } from '../../core/pagination/cursor.js';
import type { WholesaleItem } from '../../core/b2b/wholesale-price.js';
import type { Orm } from '../create-db.js';
import { companies, companyBuyers, variants, wholesalePriceLists, wholesalePrices } from '../schema/index.js';
import { keysetBefore } from './keyset.js';

export type CompanyRow = typeof companies.$inferSelect;
export type NewCompany = typeof companies.$inferInsert;
export type CompanyBuyerRow = typeof companyBuyers.$inferSelect;
export type NewCompanyBuyer = typeof companyBuyers.$inferInsert;
export type PriceListRow = typeof wholesalePriceLists.$inferSelect;
export type CompanyRepository = ReturnType<typeof createCompanyRepository>;

/** A wholesale price list's header and the items asked for, by variant id (absent: not on the list). */
export type WholesalePriceSet = {
  code: string;
  name: string;
  currency: string;
  validFrom: string;
  validTo: string | null;
  items: Map<string, WholesaleItem>;
};

/** A price list item as stored, with the variant's SKU. */
export type PriceListItemRow = { variantId: string; sku: string; minOrderQuantity: number; orderMultiple: number; tiers: Array<{ minQuantity: number; unitPriceMinor: number }> };

/** Distributor companies, their buyers, and the wholesale price lists they buy from. */
export function createCompanyRepository(orm: Orm) {
  return {
    async get(id: string): Promise<CompanyRow | undefined> {
      const [row] = await orm.select().from(companies).where(eq(companies.id, id));
      return row;
    },
    async lock(id: string): Promise<CompanyRow | undefined> {
      const [row] = await orm.select().from(companies).where(eq(companies.id, id)).for('update');
      return row;
    },
    /** Newest first; `q` matches the name, email, tax number or EORI (case-insensitive, contains). */
    async list(filter: { q?: string; country?: string; status?: string; priceList?: string }, page: { limit: number; after?: Position }): Promise<CompanyRow[]> {
      const like = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
      const where = [
        like ? or(ilike(companies.name, like), ilike(companies.email, like), ilike(companies.taxNumber, like), ilike(companies.eori, like)) : undefined,
        filter.country ? eq(companies.country, filter.country) : undefined,
        filter.status ? eq(companies.status, filter.status) : undefined,
        filter.priceList ? eq(companies.priceList, filter.priceList) : undefined,
        page.after ? keysetBefore(companies.createdAt, companies.id, page.after) : undefined,
      ].filter((x) => x !== undefined);
      return orm.select().from(companies).where(and(...where)).orderBy(desc(companies.createdAt), desc(companies.id)).limit(page.limit);
    },
    async insert(row: NewCompany): Promise<CompanyRow> {
      const [saved] = await orm.insert(companies).values(row).returning();
      return saved!;
    },
    async update(id: string, patch: Partial<NewCompany>): Promise<CompanyRow | undefined> {
      const [saved] = await orm.update(companies).set(patch).where(eq(companies.id, id)).returning();
      return saved;
    },

    /** A company's buyers, oldest first (those added together by email). */
    async buyers(companyId: string): Promise<CompanyBuyerRow[]> {
      return orm.select().from(companyBuyers).where(eq(companyBuyers.companyId, companyId)).orderBy(asc(companyBuyers.createdAt), asc(companyBuyers.email), asc(companyBuyers.id));
    },
    async buyer(id: string): Promise<CompanyBuyerRow | undefined> {
      const [row] = await orm.select().from(companyBuyers).where(eq(companyBuyers.id, id));
      return row;
    },
    /** Buyers whose email (case-insensitive) is one of `emails`, of any company. */
    async buyersByEmail(emails: readonly string[]): Promise<CompanyBuyerRow[]> {
      if (emails.length === 0) return [];
      const lowered = emails.map((e) => e.toLowerCase());
      return orm.select().from(companyBuyers).where(inArray(sql`lower(${companyBuyers.email})`, lowered));
    },
    async insertBuyers(rows: readonly NewCompanyBuyer[]): Promise<CompanyBuyerRow[]> {
      return rows.length === 0 ? [] : orm.insert(companyBuyers).values([...rows]).returning();
    },
    async deleteBuyer(companyId: string, buyerId: string): Promise<boolean> {
      return (await orm.delete(companyBuyers).where(and(eq(companyBuyers.companyId, companyId), eq(companyBuyers.id, buyerId))).returning({ id: companyBuyers.id })).length > 0;
    },

    async priceList(code: string): Promise<PriceListRow | undefined> {
      const [row] = await orm.select().from(wholesalePriceLists).where(eq(wholesalePriceLists.code, code));
      return row;
    },
    /** Every price list with its number of items, by code. */
    async priceLists(): Promise<Array<PriceListRow & { itemCount: number }>> {
      const counts = orm
        .select({ priceList: wholesalePrices.priceList, n: sql<number>`count(*)::int`.as('n') })
        .from(wholesalePrices)
        .groupBy(wholesalePrices.priceList)
        .as('counts');
      const rows = await orm
        .select({ list: wholesalePriceLists, n: counts.n })
        .from(wholesalePriceLists)
        .leftJoin(counts, eq(counts.priceList, wholesalePriceLists.code))
        .orderBy(asc(wholesalePriceLists.code));
      return rows.map((r) => ({ ...r.list, itemCount: r.n ?? 0 }));
    },
    async priceListItems(code: string): Promise<PriceListItemRow[]> {
      return orm
        .select({ variantId: wholesalePrices.variantId, sku: variants.sku, minOrderQuantity: wholesalePrices.minOrderQuantity, orderMultiple: wholesalePrices.orderMultiple, tiers: wholesalePrices.tiers })
        .from(wholesalePrices)
        .innerJoin(variants, eq(variants.id, wholesalePrices.variantId))
        .where(eq(wholesalePrices.priceList, code))
        .orderBy(asc(variants.sku));
    },
    /** Write a price list whole: its header, and its items replacing the ones it had. Call inside a transaction. */
    async putPriceList(list: typeof wholesalePriceLists.$inferInsert, items: ReadonlyArray<{ variantId: string } & WholesaleItem>, at: Date): Promise<PriceListRow> {
      const header = { name: list.name, currency: list.currency, validFrom: list.validFrom, validTo: list.validTo ?? null, note: list.note ?? null, updatedAt: at };
      const [row] = await orm
        .insert(wholesalePriceLists)
        .values({ ...list, createdAt: at, updatedAt: at })
        .onConflictDoUpdate({ target: wholesalePriceLists.code, set: header })
        .returning();
      await orm.delete(wholesalePrices).where(eq(wholesalePrices.priceList, list.code));
      if (items.length > 0) {
        await orm.insert(wholesalePrices).values(
          items.map((i) => ({ priceList: list.code, variantId: i.variantId, minOrderQuantity: i.minOrderQuantity, orderMultiple: i.orderMultiple, tiers: i.tiers.map((t) => ({ ...t })) })),
        );
      }
      return row!;
    },
    /**
     * The items of price list `priceListCode` for these variants, with the list's currency and dates;
     * undefined when there is no such list. Variants not on the list are absent from `items`.
     */
    async wholesalePrices(priceListCode: string, variantIds: readonly string[]): Promise<WholesalePriceSet | undefined> {
      const [list] = await orm.select().from(wholesalePriceLists).where(eq(wholesalePriceLists.code, priceListCode));
      if (!list) return undefined;
      const rows =
        variantIds.length === 0
          ? []
          : await orm
              .select()
              .from(wholesalePrices)
              .where(and(eq(wholesalePrices.priceList, priceListCode), inArray(wholesalePrices.variantId, [...new Set(variantIds)])));
      const items = new Map<string, WholesaleItem>(rows.map((r) => [r.variantId, { minOrderQuantity: r.minOrderQuantity, orderMultiple: r.orderMultiple, tiers: r.tiers }]));
      return { code: list.code, name: list.name, currency: list.currency, validFrom: list.validFrom, validTo: list.validTo, items };
    },
    /** Variant ids by SKU for the SKUs that exist. */
    async variantIdsBySku(skus: readonly string[]): Promise<Map<string, string>> {
      if (skus.length === 0) return new Map();
      const rows = await orm.select({ id: variants.id, sku: variants.sku }).from(variants).where(inArray(variants.sku, [...new Set(skus)]));
      return new Map(rows.map((r) => [r.sku, r.id]));
    },
  };
}
