import { and, eq, ne, sql } from 'drizzle-orm';
import { cjkIndexTerms, textSearchConfigFor } from '../../core/catalog/search-terms.js';
import type { ProductStatus, ValidProduct } from '../../core/catalog/valid-product.js';
import type { Orm } from '../create-db.js';
import { products } from '../schema/index.js';

export type CatalogWriteRepository = ReturnType<typeof createCatalogWriteRepository>;

/** A product to write with the id of its row (children are written by product id). */
export type ProductWithId = { readonly id: string; readonly product: ValidProduct };

/** What writing children did: which products changed, and the variants' counts. */
export type ChildrenOutcome = {
  changedProductIds: Set<string>;
  variants: { inserted: number; updated: number; unchanged: number; deleted: number };
};

/** SKUs the batch wanted that belong to another product; the caller rolls the transaction back. */
export class SkuTakenError extends Error {
  constructor(readonly skus: ReadonlyArray<{ sku: string; productId: string }>) {
    super(`SKU ${skus.map((s) => s.sku).join(', ')} belongs to another product`);
    this.name = 'SkuTakenError';
  }
}

/**
 * Writes of the catalog, meant to run inside one transaction per operation or batch (the services
 * open it). Rows travel as ONE jsonb parameter per statement, spread by jsonb_to_recordset: a
 * 200-product batch is a handful of statements whatever its size, far below PostgreSQL's parameter
 * limit. Rows are written in key order (handles, SKUs sorted) so that two concurrent imports lock
 * rows in the same order and cannot deadlock each other. An identical row is not rewritten.
 */
export function createCatalogWriteRepository(orm: Orm) {
  const rows = async <R>(query: ReturnType<typeof sql>): Promise<R[]> => ((await orm.execute(query)) as unknown as { rows: R[] }).rows;

  return {
    /** Insert a new product row; undefined when the handle is taken. */
    async insertProduct(p: ValidProduct, at: Date): Promise<string | undefined> {
      const [row] = await orm
        .insert(products)
        .values({ ...productColumns(p), createdAt: at, updatedAt: at })
        .onConflictDoNothing({ target: products.handle })
        .returning({ id: products.id });
      return row?.id;
    },

    /** Rewrite a product row by id (handle included); false when there is no such product. */
    async updateProduct(id: string, p: ValidProduct, at: Date): Promise<boolean> {
      const updated = await orm.update(products).set({ ...productColumns(p), updatedAt: at }).where(eq(products.id, id)).returning({ id: products.id });
      return updated.length > 0;
    },

    /** Lock a product row until the transaction ends (read-modify-write of one product). */
    async lockProduct(id: string): Promise<boolean> {
      return (await rows<{ id: string }>(sql`select id from products where id = ${id}::uuid for update`)).length > 0;
    },

    /** Whether another product than `exceptId` has this handle. */
    async handleTaken(handle: string, exceptId?: string): Promise<boolean> {
      const [row] = await orm
        .select({ id: products.id })
        .from(products)
        .where(exceptId ? and(eq(products.handle, handle), ne(products.id, exceptId)) : eq(products.handle, handle));
      return row !== undefined;
    },

    /** Set a product's status; 'unchanged' when it already had it, 'missing' when there is no such product. */
    async setStatus(id: string, status: ProductStatus, at: Date): Promise<'changed' | 'unchanged' | 'missing'> {
      const updated = await orm
        .update(products)
        .set({ status, updatedAt: at })
        .where(and(eq(products.id, id), ne(products.status, status)))
        .returning({ id: products.id });
      if (updated.length > 0) return 'changed';
      const [row] = await orm.select({ id: products.id }).from(products).where(eq(products.id, id));
      return row ? 'unchanged' : 'missing';
    },

    /**
     * Insert or update product rows by handle. Returns every product's id and whether its row was
     * inserted, updated, or left as it was.
     */
    async upsertProducts(list: readonly ValidProduct[], at: Date): Promise<Map<string, { id: string; row: 'inserted' | 'updated' | 'unchanged' }>> {
      const sorted = [...list].sort((a, b) => (a.handle < b.handle ? -1 : 1));
      const payload = JSON.stringify(sorted.map((p) => ({ ...snake(productColumns(p)) })));
      const stamp = at.toISOString();
      const written = await rows<{ id: string; handle: string; inserted: boolean }>(sql`
        insert into products as p (handle, status, hs_code, origin_country, material, categories, tags, images, created_at, updated_at)
        select r.handle, r.status, r.hs_code, r.origin_country, r.material, r.categories, r.tags, r.images, ${stamp}::timestamptz, ${stamp}::timestamptz
        from jsonb_to_recordset(${payload}::jsonb) as r(handle text, status text, hs_code text, origin_country text, material text, categories text[], tags text[], images jsonb)
        order by r.handle
        on conflict (handle) do update set
          status = excluded.status, hs_code = excluded.hs_code, origin_country = excluded.origin_country, material = excluded.material,
          categories = excluded.categories, tags = excluded.tags, images = excluded.images, updated_at = excluded.updated_at
        where (p.status, p.hs_code, p.origin_country, p.material, p.categories, p.tags, p.images)
          is distinct from (excluded.status, excluded.hs_code, excluded.origin_country, excluded.material, excluded.categories, excluded.tags, excluded.images)
        returning p.id, p.handle, (p.xmax = 0) as inserted`);
      const out = new Map<string, { id: string; row: 'inserted' | 'updated' | 'unchanged' }>();
      for (const w of written) out.set(w.handle, { id: w.id, row: w.inserted ? 'inserted' : 'updated' });
      const untouched = sorted.filter((p) => !out.has(p.handle)).map((p) => p.handle);
      if (untouched.length > 0) {
        const found = await rows<{ id: string; handle: string }>(sql`select id, handle from products where handle = any(${pgTextArray(untouched)}::text[])`);
        for (const f of found) out.set(f.handle, { id: f.id, row: 'unchanged' });
      }
      return out;
    },

    /**
     * Write the translations, national codes and variants of these products: upsert by (product,
     * locale), (product, territory) and SKU. With `replace`, children not listed are deleted (a
     * PATCH replaces the lists); without, they are kept (an import adds and updates, never deletes).
     * A SKU that belongs to another product is not taken over: SkuTakenError is thrown.
     */
    async writeChildren(items: readonly ProductWithId[], at: Date, options: { replace: boolean }): Promise<ChildrenOutcome> {
      const changed = new Set<string>();
      const stamp = at.toISOString();
      const ids = items.map((i) => i.id);
      const texts = items.flatMap(({ id, product }) =>
        product.translations.map((t) => {
          const extra = cjkIndexTerms([t.title, t.customsDescription ?? '', t.description ?? ''].join(' '));
          return { product_id: id, locale: t.locale, title: t.title, description: t.description, customs_description: t.customsDescription, search_config: textSearchConfigFor(t.locale), search_extra: extra };
        }),
      );
      for (const r of await rows<{ product_id: string }>(sql`
        insert into product_translations as t (product_id, locale, title, description, customs_description, search_config, search_extra)
        select r.product_id, r.locale, r.title, r.description, r.customs_description, r.search_config::regconfig, r.search_extra
        from jsonb_to_recordset(${JSON.stringify(texts)}::jsonb) as r(product_id uuid, locale text, title text, description text, customs_description text, search_config text, search_extra text)
        order by r.product_id, r.locale
        on conflict (product_id, locale) do update set title = excluded.title, description = excluded.description,
          customs_description = excluded.customs_description, search_config = excluded.search_config, search_extra = excluded.search_extra
        where (t.title, t.description, t.customs_description, t.search_config, t.search_extra)
          is distinct from (excluded.title, excluded.description, excluded.customs_description, excluded.search_config, excluded.search_extra)
        returning t.product_id`)) changed.add(r.product_id);

      const codes = items.flatMap(({ id, product }) => product.nationalCodes.map((c) => ({ product_id: id, territory: c.territory, code: c.code })));
      if (codes.length > 0) {
        for (const r of await rows<{ product_id: string }>(sql`
          insert into product_national_codes as c (product_id, territory, code)
          select r.product_id, r.territory, r.code from jsonb_to_recordset(${JSON.stringify(codes)}::jsonb) as r(product_id uuid, territory text, code text)
          order by r.product_id, r.territory
          on conflict (product_id, territory) do update set code = excluded.code where c.code is distinct from excluded.code
          returning c.product_id`)) changed.add(r.product_id);
      }

      const variantRows = items
        .flatMap(({ id, product }) =>
          product.variants.map((v, position) => ({
            product_id: id,
            sku: v.sku,
            options: v.options,
            price_minor: v.price.amount,
            currency: v.price.currency,
            weight_g: v.weightG,
            length_mm: v.dimensionsMm?.length ?? null,
            width_mm: v.dimensionsMm?.width ?? null,
            height_mm: v.dimensionsMm?.height ?? null,
            barcode: v.barcode,
            position,
          })),
        )
        .sort((a, b) => (a.sku < b.sku ? -1 : 1));
      const variantJson = JSON.stringify(variantRows);
      const written = await rows<{ product_id: string; inserted: boolean }>(sql`
        insert into variants as v (product_id, sku, options, price_minor, currency, weight_g, length_mm, width_mm, height_mm, barcode, position, created_at, updated_at)
        select r.product_id, r.sku, r.options, r.price_minor, r.currency, r.weight_g, r.length_mm, r.width_mm, r.height_mm, r.barcode, r.position, ${stamp}::timestamptz, ${stamp}::timestamptz
        from jsonb_to_recordset(${variantJson}::jsonb) as r(product_id uuid, sku text, options jsonb, price_minor bigint, currency text, weight_g integer,
          length_mm integer, width_mm integer, height_mm integer, barcode text, position integer)
        order by r.sku
        on conflict (sku) do update set options = excluded.options, price_minor = excluded.price_minor, currency = excluded.currency,
          weight_g = excluded.weight_g, length_mm = excluded.length_mm, width_mm = excluded.width_mm, height_mm = excluded.height_mm,
          barcode = excluded.barcode, position = excluded.position, updated_at = excluded.updated_at
        where v.product_id = excluded.product_id
          and (v.options, v.price_minor, v.currency, v.weight_g, v.length_mm, v.width_mm, v.height_mm, v.barcode, v.position)
            is distinct from (excluded.options, excluded.price_minor, excluded.currency, excluded.weight_g, excluded.length_mm, excluded.width_mm, excluded.height_mm, excluded.barcode, excluded.position)
        returning v.product_id, (v.xmax = 0) as inserted`);
      // ON CONFLICT ... WHERE leaves a SKU of another product alone without a word: look for them.
      const taken = await rows<{ sku: string; product_id: string }>(sql`
        select r.sku, v.product_id from jsonb_to_recordset(${variantJson}::jsonb) as r(sku text, product_id uuid)
        join variants v on v.sku = r.sku where v.product_id <> r.product_id`);
      if (taken.length > 0) throw new SkuTakenError(taken.map((t) => ({ sku: t.sku, productId: t.product_id })));
      const inserted = written.filter((w) => w.inserted).length;
      for (const w of written) changed.add(w.product_id);

      let deleted = 0;
      if (options.replace && ids.length > 0) {
        const idArray = sql`${pgTextArray(ids)}::uuid[]`;
        const keepTexts = JSON.stringify(texts.map((t) => ({ product_id: t.product_id, locale: t.locale })));
        for (const r of await rows<{ product_id: string }>(sql`
          delete from product_translations where product_id = any(${idArray})
          and (product_id, locale) not in (select r.product_id, r.locale from jsonb_to_recordset(${keepTexts}::jsonb) as r(product_id uuid, locale text))
          returning product_id`)) changed.add(r.product_id);
        const keepCodes = JSON.stringify(codes.map((c) => ({ product_id: c.product_id, territory: c.territory })));
        for (const r of await rows<{ product_id: string }>(sql`
          delete from product_national_codes where product_id = any(${idArray})
          and (product_id, territory) not in (select r.product_id, r.territory from jsonb_to_recordset(${keepCodes}::jsonb) as r(product_id uuid, territory bpchar))
          returning product_id`)) changed.add(r.product_id);
        const gone = await rows<{ product_id: string }>(sql`
          delete from variants where product_id = any(${idArray})
          and sku <> all(${pgTextArray(variantRows.map((v) => v.sku))}::text[])
          returning product_id`);
        deleted = gone.length;
        for (const r of gone) changed.add(r.product_id);
      }
      return {
        changedProductIds: changed,
        variants: { inserted, updated: written.length - inserted, unchanged: variantRows.length - written.length, deleted },
      };
    },

    /** Move products' updated_at to `at` (a child changed while the product row did not). */
    async touch(ids: readonly string[], at: Date): Promise<void> {
      if (ids.length === 0) return;
      await orm.execute(sql`update products set updated_at = ${at.toISOString()}::timestamptz where id = any(${pgTextArray(ids)}::uuid[]) and updated_at < ${at.toISOString()}::timestamptz`);
    },
  };
}

function productColumns(p: ValidProduct) {
  return {
    handle: p.handle,
    status: p.status,
    hsCode: p.hsCode,
    originCountry: p.originCountry,
    material: p.material,
    categories: [...p.categories],
    tags: [...p.tags],
    images: p.images.map((i) => ({ url: i.url, alt: i.alt })),
  };
}

function snake(c: ReturnType<typeof productColumns>) {
  return { handle: c.handle, status: c.status, hs_code: c.hsCode, origin_country: c.originCountry, material: c.material, categories: c.categories, tags: c.tags, images: c.images };
}

/**
 * A PostgreSQL array literal of strings, passed as ONE text parameter and cast in SQL. (Drizzle
 * would otherwise spread a JS array into one parameter per element; node-postgres and PGlite also
 * disagree on how they send JS arrays.) Every element is quoted and escaped.
 */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
