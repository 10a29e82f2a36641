import { sql, type SQL } from 'drizzle-orm';
import type { Orm } from '../../../db/create-db.js';

export type FeedProductRow = {
  id: string;
  handle: string;
  hsCode: string;
  originCountry: string;
  categories: string[];
  images: Array<{ url: string; alt: string | null }>;
};
export type FeedTextRow = { productId: string; locale: string; title: string; description: string | null };
export type FeedVariantRow = {
  productId: string;
  sku: string;
  options: Record<string, string>;
  priceMinor: number;
  currency: string;
  weightG: number;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  barcode: string | null;
  /** On hand minus reserved, summed over the warehouses asked for; 0 without stock rows. */
  available: number;
};

export type FeedCatalog = { products: FeedProductRow[]; texts: FeedTextRow[]; variants: FeedVariantRow[] };

const rows = async <R>(orm: Orm, query: SQL): Promise<R[]> => ((await orm.execute(query)) as unknown as { rows: R[] }).rows;

/**
 * The active catalog as a market's feed needs it, in three set-based statements (not one per
 * product or variant): the products, their texts in the candidate locales (exact tags, or the same
 * languages, for pickTranslation), and every variant with its sellable stock in `warehouseIds`.
 * Products in creation order, variants in the merchant's order.
 */
export async function readFeedCatalog(orm: Orm, input: { locales: readonly string[]; languages: readonly string[]; warehouseIds: readonly string[] }): Promise<FeedCatalog> {
  const [products, texts, variants] = await Promise.all([
    rows<FeedProductRow>(
      orm,
      sql`select id, handle, hs_code as "hsCode", origin_country as "originCountry", categories, images
          from products where status = 'active' order by created_at, id`,
    ),
    rows<FeedTextRow>(
      orm,
      sql`select t.product_id as "productId", t.locale, t.title, t.description
          from product_translations t join products p on p.id = t.product_id
          where p.status = 'active' and (t.locale = any(${sql.param([...input.locales])}::text[]) or split_part(t.locale, '-', 1) = any(${sql.param([...input.languages])}::text[]))`,
    ),
    rows<FeedVariantRow>(
      orm,
      sql`select v.product_id as "productId", v.sku, v.options, v.price_minor::float8 as "priceMinor", v.currency, v.weight_g as "weightG",
            v.length_mm as "lengthMm", v.width_mm as "widthMm", v.height_mm as "heightMm", v.barcode, coalesce(s.available, 0)::int as available
          from variants v join products p on p.id = v.product_id
          left join (select variant_id, sum(on_hand - reserved) as available from stock_levels
                     where warehouse_id = any(${sql.param([...input.warehouseIds])}::uuid[]) group by variant_id) s on s.variant_id = v.id
          where p.status = 'active'
          order by v.product_id, v.position, v.sku`,
    ),
  ]);
  return { products, texts, variants };
}
