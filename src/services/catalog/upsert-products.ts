import type { ValidProduct } from '../../core/catalog/valid-product.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { inCatalogTransaction, type CatalogDeps } from './catalog-deps.js';

export type Counts = { inserted: number; updated: number; unchanged: number };

/** What one upsert did; `rejected` products were left out (nothing of them written). */
export type UpsertProductsOutcome = {
  products: Counts;
  variants: Counts;
  rejected: Array<{ handle: string; field: string; message: string }>;
};

/**
 * Insert or update products by handle and their variants by SKU, ALL IN ONE TRANSACTION: either
 * every accepted product of the list is written or none is (an import calls this once per batch).
 * Texts are upserted by locale and national codes by territory; variants, texts and codes that the
 * database has but the list does not are kept, so an import adds and updates and never deletes.
 * A product that lists a SKU belonging to another product is rejected (CONFLICT) and the rest of
 * the list is written. Running the same list again changes nothing and counts it all unchanged.
 * Safe to run concurrently: rows are locked in key order, and a deadlock or a SKU taken by a
 * concurrent writer makes the transaction start over.
 * @example await upsertProducts(deps, [validProduct]) // ok({ products: { inserted: 1, ... }, variants: { inserted: 2, ... }, rejected: [] })
 */
export async function upsertProducts(deps: Pick<CatalogDeps, 'database' | 'clock'>, list: readonly ValidProduct[]): Promise<Result<UpsertProductsOutcome, 'VALIDATION_FAILED' | 'CONFLICT'>> {
  const handles = new Set<string>();
  const skus = new Set<string>();
  for (const p of list) {
    if (handles.has(p.handle)) return fail('VALIDATION_FAILED', `the handle ${p.handle} is in the list twice`, { field: 'handle' });
    handles.add(p.handle);
    for (const v of p.variants) {
      if (skus.has(v.sku)) return fail('VALIDATION_FAILED', `the SKU ${v.sku} is in the list twice`, { field: 'sku' });
      skus.add(v.sku);
    }
  }
  const at = deps.clock();
  for (let attempt = 1; ; attempt++) {
    const done = await inCatalogTransaction(deps, async ({ read, write }) => {
      const owners = await read.skuOwners([...skus]);
      const rejected: UpsertProductsOutcome['rejected'] = [];
      const accepted = list.filter((p) => {
        const i = p.variants.findIndex((v) => {
          const owner = owners.get(v.sku);
          return owner !== undefined && owner.handle !== p.handle;
        });
        if (i === -1) return true;
        const sku = p.variants[i]!.sku;
        rejected.push({ handle: p.handle, field: `variants[${i}].sku`, message: `SKU ${sku} already belongs to the product ${owners.get(sku)!.handle}` });
        return false;
      });
      const products: Counts = { inserted: 0, updated: 0, unchanged: 0 };
      let variants: Counts = { inserted: 0, updated: 0, unchanged: 0 };
      if (accepted.length > 0) {
        const rows = await write.upsertProducts(accepted, at);
        const items = accepted.map((product) => ({ id: rows.get(product.handle)!.id, product }));
        const children = await write.writeChildren(items, at, { replace: false });
        const touched: string[] = [];
        for (const { id, product } of items) {
          const row = rows.get(product.handle)!.row;
          if (row === 'unchanged' && children.changedProductIds.has(id)) {
            touched.push(id);
            products.updated++;
          } else products[row]++;
        }
        await write.touch(touched, at);
        variants = { inserted: children.variants.inserted, updated: children.variants.updated, unchanged: children.variants.unchanged };
      }
      return { products, variants, rejected };
    });
    if (done.ok) return ok(done.value);
    // A concurrent writer took one of the SKUs after our check: start over, the check now sees it.
    if (done.code === 'CONFLICT' && attempt < 3) continue;
    return fail(done.code === 'CONFLICT' ? 'CONFLICT' : 'VALIDATION_FAILED', done.message, done.field ? { field: done.field } : {});
  }
}
