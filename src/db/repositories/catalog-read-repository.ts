import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { searchQueryParts, textSearchConfigFor } from '../../core/catalog/search-terms.js';
import type { ProductStatus } from '../../core/catalog/valid-product.js';
import type { Orm } from '../create-db.js';
import { productNationalCodes, products, productTranslations, variants } from '../schema/index.js';
import { groupBy, toProductRecord, type ProductRecord } from './catalog-records.js';

export type CatalogReadRepository = ReturnType<typeof createCatalogReadRepository>;

/**
 * Full-text search: `q` as typed in a search box (websearch syntax: words, "phrases", -not, or),
 * matched in the translations of `locales` (each with its own language's configuration, so the
 * GIN index is used), or in every translation when `locales` is absent.
 */
export type ProductSearch = { q: string; locales?: readonly string[] };

export type ProductFilter = {
  statuses?: readonly ProductStatus[];
  category?: string;
  tag?: string;
  search?: ProductSearch;
};

/** Which translations to load: all, or only these locales and any locale of these languages. */
export type TranslationScope = { locales: readonly string[]; languages: readonly string[] } | undefined;

export type KeysetPosition = { createdAt: Date; id: string };

/** Products read back as plain records; lists are keyset-paginated newest first by (created_at, id). */
/**
 * Run independent reads together on the pool, or one after the other inside a transaction (whose
 * one connection cannot run two statements at once).
 */
async function together<T extends readonly (() => Promise<unknown>)[]>(orm: Orm, reads: T): Promise<{ [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const inTransaction = typeof (orm as unknown as { rollback?: unknown }).rollback === 'function';
  if (!inTransaction) return (await Promise.all(reads.map((r) => r()))) as never;
  const out: unknown[] = [];
  for (const r of reads) out.push(await r());
  return out as never;
}

export function createCatalogReadRepository(orm: Orm) {
  return {
    /** One page of product positions matching `filter`, after `after` (exclusive). */
    async listPositions(filter: ProductFilter, page: { limit: number; after?: KeysetPosition }): Promise<KeysetPosition[]> {
      const where = [...filterConditions(filter)];
      if (page.after) where.push(sql`(${products.createdAt}, ${products.id}) < (${page.after.createdAt.toISOString()}::timestamptz, ${page.after.id}::uuid)`);
      return orm
        .select({ id: products.id, createdAt: products.createdAt })
        .from(products)
        .where(where.length > 0 ? and(...where) : undefined)
        .orderBy(desc(products.createdAt), desc(products.id))
        .limit(page.limit);
    },

    async findIdByHandle(handle: string): Promise<string | undefined> {
      const [row] = await orm.select({ id: products.id }).from(products).where(eq(products.handle, handle));
      return row?.id;
    },

    /** Full records of these products, in the order of `ids` (missing ids are left out). */
    async getByIds(ids: readonly string[], translations?: TranslationScope): Promise<ProductRecord[]> {
      if (ids.length === 0) return [];
      const list = [...ids];
      const [rows, texts, codes, variantRows] = await together(orm, [
        () => orm.select().from(products).where(inArray(products.id, list)),
        () => orm
          .select({
            productId: productTranslations.productId,
            locale: productTranslations.locale,
            title: productTranslations.title,
            description: productTranslations.description,
            customsDescription: productTranslations.customsDescription,
          })
          .from(productTranslations)
          .where(and(inArray(productTranslations.productId, list), translations ? translationScope(translations) : undefined)),
        () => orm.select().from(productNationalCodes).where(inArray(productNationalCodes.productId, list)),
        () => orm.select().from(variants).where(inArray(variants.productId, list)).orderBy(asc(variants.productId), asc(variants.position), asc(variants.sku)),
      ] as const);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const textsBy = groupBy(texts, (t) => t.productId);
      const codesBy = groupBy(codes, (c) => c.productId);
      const variantsBy = groupBy(variantRows, (v) => v.productId);
      return list.flatMap((id) => {
        const p = byId.get(id);
        return p ? [toProductRecord(p, textsBy.get(id) ?? [], codesBy.get(id) ?? [], variantsBy.get(id) ?? [])] : [];
      });
    },

    /** Which product owns each of these SKUs (SKUs nobody owns are absent). */
    async skuOwners(skus: readonly string[]): Promise<Map<string, { productId: string; handle: string }>> {
      if (skus.length === 0) return new Map();
      const rows = await orm
        .select({ sku: variants.sku, productId: variants.productId, handle: products.handle })
        .from(variants)
        .innerJoin(products, eq(products.id, variants.productId))
        .where(inArray(variants.sku, [...skus]));
      return new Map(rows.map((r) => [r.sku, { productId: r.productId, handle: r.handle }]));
    },
  };
}

function filterConditions(filter: ProductFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.statuses && filter.statuses.length > 0) where.push(inArray(products.status, [...filter.statuses]));
  if (filter.category !== undefined) where.push(sql`${products.categories} @> array[${filter.category}]::text[]`);
  if (filter.tag !== undefined) where.push(sql`${products.tags} @> array[${filter.tag}]::text[]`);
  if (filter.search) where.push(searchCondition(filter.search));
  return where;
}

/**
 * EXISTS over the product's translations. With locales, one branch per locale whose tsquery is
 * built with that locale's configuration as a constant, which is what lets PostgreSQL use the GIN
 * index; without, each row's own configuration (a scan, fine for an admin's catalogue).
 */
function searchCondition(search: ProductSearch): SQL {
  const t = productTranslations;
  if (!search.locales) {
    const query = tsquery(search.q, sql`${t.searchConfig}`);
    return sql`exists (select 1 from ${t} where ${t.productId} = ${products.id} and ${query ? sql`${t.search} @@ ${query}` : sql`false`})`;
  }
  const branches = search.locales.flatMap((locale) => {
    const query = tsquery(search.q, sql`${textSearchConfigFor(locale)}::regconfig`, locale);
    return query ? [sql`(${t.locale} = ${locale} and ${t.search} @@ ${query})`] : [];
  });
  if (branches.length === 0) return sql`false`;
  return sql`exists (select 1 from ${t} where ${t.productId} = ${products.id} and (${sql.join(branches, sql` or `)}))`;
}

/** The tsquery for `q`: its words in `config` AND its CJK character pairs; undefined when empty. */
function tsquery(q: string, config: SQL, locale = 'simple'): SQL | undefined {
  const parts = searchQueryParts(locale, q);
  // Every lexeme becomes a prefix match ('kaffe':* finds 'kaffeebohn'): results while typing, and
  // the head of a German or Dutch compound finds the compound.
  const words = parts.words !== '' ? sql`regexp_replace(websearch_to_tsquery(${config}, ${parts.words})::text, '''(?:[^'']|'''')+''', '\\&:*', 'g')::tsquery` : undefined;
  const cjk = parts.cjkTerms.length > 0 ? sql`plainto_tsquery('simple'::regconfig, ${parts.cjkTerms.join(' ')})` : undefined;
  if (words && cjk) return sql`(${words} && ${cjk})`;
  return words ?? cjk;
}

function translationScope(scope: NonNullable<TranslationScope>): SQL {
  const t = productTranslations;
  return sql`(${inArray(t.locale, [...scope.locales])} or split_part(${t.locale}, '-', 1) in (${sql.join(scope.languages.map((l) => sql`${l}`), sql`, `)}))`;
}
