import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { goodsLicences } from '../schema/compliance.js';
import { products, variants } from '../schema/catalog.js';

export type GoodsLicenceRecord = typeof goodsLicences.$inferSelect;

/** A product as the restricted-goods rules read it: HS code, attributes and its text in every locale. */
export type ComplianceGoods = {
  productId: string;
  handle: string;
  status: string;
  hsCode: string;
  material: string | null;
  categories: string[];
  tags: string[];
  /** Title, description and customs description of every translation. */
  texts: string[];
  /** The first title in `en` or any locale, for people. */
  title: string;
  skus: string[];
};

/**
 * The text the rules read: every translation's title, description and customs description. Written
 * with explicit aliases: in a one-table select the query builder leaves column names unqualified,
 * which inside a subquery would bind to the subquery's own table.
 */
export const goodsTexts = sql<string[] | null>`(select array_agg(concat_ws(' ', gt.title, gt.customs_description, gt.description) order by gt.locale) from product_translations gt where gt.product_id = "products"."id")`;
const goodsTitle = sql<string | null>`(select gt.title from product_translations gt where gt.product_id = "products"."id" order by (gt.locale = 'en') desc, gt.locale limit 1)`;
const goodsSkus = sql<string[] | null>`(select array_agg(gv.sku order by gv.sku) from variants gv where gv.product_id = "products"."id")`;

/** The licences and certificates the merchant holds for restricted-goods rules, and the catalog as those rules read it. */
export function createGoodsRestrictionRepository(orm: Orm) {
  const goodsColumns = { productId: products.id, handle: products.handle, status: products.status, hsCode: products.hsCode, material: products.material, categories: products.categories, tags: products.tags, texts: goodsTexts, title: goodsTitle, skus: goodsSkus };
  const tidy = (r: { texts: string[] | null; title: string | null; skus: string[] | null } & Omit<ComplianceGoods, 'texts' | 'title' | 'skus'>): ComplianceGoods => ({ ...r, texts: r.texts ?? [], title: r.title ?? r.handle, skus: r.skus ?? [] });
  return {
    /** Every product not archived, by handle. */
    async catalogGoods(): Promise<ComplianceGoods[]> {
      const found = await orm.select(goodsColumns).from(products).where(sql`${products.status} <> 'archived'`).orderBy(asc(products.handle));
      return found.map(tidy);
    },
    /** The products of these SKUs, keyed by SKU. */
    async goodsBySku(skus: readonly string[]): Promise<Map<string, ComplianceGoods>> {
      if (skus.length === 0) return new Map();
      const found = await orm.select({ ...goodsColumns, sku: variants.sku }).from(variants).innerJoin(products, eq(products.id, variants.productId)).where(inArray(variants.sku, [...skus]));
      return new Map(found.map(({ sku, ...r }) => [sku, tidy(r)]));
    },

    async list(): Promise<GoodsLicenceRecord[]> {
      return orm.select().from(goodsLicences).orderBy(asc(goodsLicences.rule), asc(goodsLicences.destination), asc(goodsLicences.validFrom));
    },
    /** Undefined when the same rule, destination and reference is already held. */
    async insert(row: typeof goodsLicences.$inferInsert): Promise<GoodsLicenceRecord | undefined> {
      const [r] = await orm.insert(goodsLicences).values(row).onConflictDoNothing().returning();
      return r;
    },
    async remove(id: string): Promise<boolean> {
      return (await orm.delete(goodsLicences).where(eq(goodsLicences.id, id)).returning({ id: goodsLicences.id })).length > 0;
    },
    /** Valid on a date (YYYY-MM-DD). */
    async validOn(date: string): Promise<GoodsLicenceRecord[]> {
      return orm.select().from(goodsLicences).where(sql`${goodsLicences.validFrom} <= ${date} and (${goodsLicences.validTo} is null or ${goodsLicences.validTo} >= ${date})`);
    },
  };
}
